package org.relais.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Span;
import org.relais.core.flows.Commands;

/**
 * Spans as Slack mrkdwn: {@code & < >} escaped in every kind of span, bold line by line with the
 * spaces outside its asterisks, and Relais's commands named as subcommands of {@code /relais},
 * nowhere else (not in URLs, unknown commands, code).
 */
class MrkdwnTest {
    private static String render(Span... spans) {
        return Mrkdwn.render(List.of(spans));
    }

    @Test
    void plainTextHasItsAmpersandsAndAngleBracketsEscaped() {
        assertThat(render(new Span.Plain("R&D < 5 > 3 &amp;"))).isEqualTo("R&amp;D &lt; 5 &gt; 3 &amp;amp;");
    }

    @Test
    void boldTextIsEscapedInsideItsAsterisks() {
        assertThat(render(new Span.Bold("Q&A <urgent>"))).isEqualTo("*Q&amp;A &lt;urgent&gt;*");
    }

    @Test
    void codeIsEscapedAndCannotBeClosedByABacktick() {
        assertThat(render(new Span.Code("a<b> & `c`"))).isEqualTo("`a&lt;b&gt; &amp; ʼcʼ`");
        assertThat(render(new Span.Code("ligne 1 & 2\nligne <3>"))).isEqualTo("```ligne 1 &amp; 2\nligne &lt;3&gt;```");
    }

    @Test
    void aLinkLabelIsEscapedAndCannotEndTheLinkEarly() {
        assertThat(render(new Span.Link("Q&A <ici> | là", "https://x.org/?a=1&b=2")))
                .isEqualTo("<https://x.org/?a=1&amp;b=2|Q&amp;A &lt;ici&gt; ¦ là>");
    }

    @Test
    void boldIsOneMarkUpPerLineWithTheSpacesOutsideTheAsterisks() {
        assertThat(render(new Span.Bold("  Étape 1 \ndeux\n\n trois"))).isEqualTo("  *Étape 1* \n*deux*\n\n *trois*");
        assertThat(render(new Span.Bold("un *vrai* titre"))).as("no asterisk inside to end it early").isEqualTo("*un vrai titre*");
    }

    @Test
    void relaisCommandsBecomeSubcommandsOfTheSlashCommand() {
        assertThat(render(new Span.Plain("Tapez /annuler pour arrêter, ou /aide."))).isEqualTo("Tapez /relais annuler pour arrêter, ou /relais aide.");
        assertThat(render(new Span.Plain("/menu\n(/cancel) « /langue en »"))).isEqualTo("/relais menu\n(/relais cancel) « /relais langue en »");
        assertThat(render(new Span.Bold("/guide"))).isEqualTo("*/relais guide*");
    }

    @Test
    void everyNameOfEveryCommandIsRewritten() {
        for (Commands command : Commands.values()) {
            for (String name : command.names()) {
                assertThat(render(new Span.Plain("essayez /" + name))).isEqualTo("essayez /relais " + name);
            }
        }
    }

    @Test
    void urlsUnknownCommandsLongerWordsAndCodeKeepTheirSlashes() {
        assertThat(render(new Span.Plain("https://x.org/annuler et x.org/aide"))).isEqualTo("https://x.org/annuler et x.org/aide");
        assertThat(render(new Span.Plain("/unknown /annulerai /aide/plus"))).isEqualTo("/unknown /annulerai /aide/plus");
        assertThat(render(new Span.Code("/annuler"))).isEqualTo("`/annuler`");
        assertThat(render(new Span.Link("/aide", "https://x.org/aide"))).isEqualTo("<https://x.org/aide|/aide>");
        assertThat(render(new Span.Plain("/relais annuler"))).as("already the Slack way").isEqualTo("/relais annuler");
    }
}
