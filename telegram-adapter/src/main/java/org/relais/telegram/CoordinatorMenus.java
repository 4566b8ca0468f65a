package org.relais.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.core.chat.ConversationKey;
import org.relais.core.flows.Commands;
import org.relais.core.i18n.Language;
import org.relais.telegram.inbound.UpdateTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The coordinators' own command menu: Telegram lets a bot give one private chat its own list
 * ({@code setMyCommands} with a {@code chat} scope), so each coordinator's private chat shows the
 * coordinator commands after everyone's, in French, in English and by default; someone who stops
 * coordinating gets the common menu back ({@code deleteMyCommands}). Synchronised at start and after
 * each {@code /coordinateur} typed on Telegram. The menu only shows: the engine checks every command.
 */
final class CoordinatorMenus {
    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorMenus.class);

    private final TelegramApi api;
    private final Supplier<List<ConversationKey>> coordinators;
    private final Language byDefault;
    private final Set<String> shown = new HashSet<>();

    CoordinatorMenus(TelegramApi api, Supplier<List<ConversationKey>> coordinators, Language byDefault) {
        this.api = api;
        this.coordinators = coordinators;
        this.byDefault = byDefault;
    }

    /** Gives the menu to new coordinators and takes it from former ones. */
    synchronized void sync() {
        Set<String> now;
        try {
            now = coordinators.get().stream().filter(key -> key.platform().equals(UpdateTranslator.PLATFORM))
                    .map(ConversationKey::userId).filter(id -> id.matches("[0-9]{1,20}")).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            LOG.warn("coordinators' menus not updated: the store could not be read ({})", e.getClass().getSimpleName());
            return;
        }
        for (String id : now) {
            if (!shown.contains(id) && call(id, true)) {
                shown.add(id);
            }
        }
        for (String id : Set.copyOf(shown)) {
            if (!now.contains(id) && call(id, false)) {
                shown.remove(id);
            }
        }
    }

    private boolean call(String chatId, boolean set) {
        BotCommandScopeChat scope = BotCommandScopeChat.builder().chatId(chatId).build();
        try {
            for (Language language : Stream.concat(Stream.of((Language) null), Stream.of(Language.values())).toList()) {
                String code = language == null ? null : language.code();
                if (set) {
                    api.call(SetMyCommands.builder().commands(commands(language == null ? byDefault : language)).scope(scope)
                            .languageCode(code).build());
                } else {
                    api.call(DeleteMyCommands.builder().scope(scope).languageCode(code).build());
                }
            }
            return true;
        } catch (TelegramApiException e) {
            LOG.warn("the coordinators' menu of chat {} could not be {} ({})", chatId, set ? "set" : "removed",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** Everyone's commands, then the coordinators'. */
    static List<BotCommand> commands(Language language) {
        return CommandMenu.menu(language, Stream.concat(Commands.forEveryone().stream(), Commands.forCoordinators().stream())
                .toList());
    }
}
