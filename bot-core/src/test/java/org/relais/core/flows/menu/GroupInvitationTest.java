package org.relais.core.flows.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.i18n.Language;

class GroupInvitationTest {
    @Test
    void theButtonOpensThePrivateChatWhereTheRequestPointed() {
        assertThat(GroupInvitation.payload("/start a_psoc")).isEqualTo("a_psoc");
        assertThat(GroupInvitation.payload("/start@relais_bot a_depute")).isEqualTo("a_depute");
        assertThat(GroupInvitation.payload("@relais_bot comment lier facebook et twitter ?")).isEqualTo("guide");
        assertThat(GroupInvitation.payload("/conseils")).isEqualTo("tips");
        assertThat(GroupInvitation.payload("/aide")).isEqualTo("menu");
        assertThat(GroupInvitation.payload("/start a bad payload!")).isEqualTo("menu");
    }

    @Test
    void oneShortMessageWithOneButtonInTheGroupsLanguage() {
        Reply reply = GroupInvitation.answer(Language.EN, "@relais_bot hello").get(0);
        assertThat(reply.plainText()).isEqualTo("Not to clutter the group, I answer in private: tap the button.");
        assertThat(reply.buttons()).containsExactly(new Button.Start("💬 Continue in private", "menu"));
    }
}
