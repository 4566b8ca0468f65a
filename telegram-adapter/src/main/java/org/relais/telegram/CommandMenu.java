package org.relais.telegram;

import java.util.List;
import org.relais.core.flows.Commands;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The commands Telegram shows in its menu, in French for French users (and by default) and in
 * English for English ones: {@code setMyCommands} per {@code language_code}.
 */
final class CommandMenu {
    private CommandMenu() {}

    static void register(TelegramApi api, Language byDefault) throws TelegramApiException {
        api.call(SetMyCommands.builder().commands(commands(byDefault)).build());
        for (Language language : Language.values()) {
            api.call(SetMyCommands.builder().commands(commands(language)).languageCode(language.code()).build());
        }
    }

    static List<BotCommand> commands(Language language) {
        return menu(language, Commands.forEveryone());
    }

    /** These commands as Telegram lists them: the name in {@code language}, and its one-line description. */
    static List<BotCommand> menu(Language language, List<Commands> commands) {
        return commands.stream()
                .map(command -> new BotCommand(command.name(language), Messages.get(language, command.descriptionKey())))
                .toList();
    }
}
