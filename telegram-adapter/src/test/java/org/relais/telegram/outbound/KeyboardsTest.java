package org.relais.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class KeyboardsTest {
    private final Keyboards keyboards = new Keyboards("relais_bot");

    @Test
    void choicesLinksAndStartButtons() {
        InlineKeyboardMarkup markup = keyboards.markup(List.of(List.of(
                new Button.Choice("Suivant ▶", "nx2~1"),
                new Button.Link("Publier sur X", "https://x.com/intent/tweet?text=a"),
                new Button.Start("💬 Continuer en privé", "a_psoc"))));
        var row = markup.getKeyboard().get(0);
        assertThat(row.get(0).getCallbackData()).isEqualTo("nx2~1");
        assertThat(row.get(0).getUrl()).isNull();
        assertThat(row.get(1).getUrl()).isEqualTo("https://x.com/intent/tweet?text=a");
        assertThat(row.get(2).getUrl()).isEqualTo("https://t.me/relais_bot?start=a_psoc");
    }

    @Test
    void rowsLongerThanEightAreWrapped() {
        List<Button> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(new Button.Choice(Integer.toString(i), "w:" + i));
        }
        InlineKeyboardMarkup markup = keyboards.markup(List.of(twenty, List.of(new Button.Choice("Menu", "menu"))));
        assertThat(markup.getKeyboard()).extracting(List::size).containsExactly(8, 8, 4, 1);
    }
}
