package org.relais.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Slack's message text back to what the person typed: its three escapes undone, and its
 * angle-bracket entities (links, e-mail addresses, channels, people, special mentions) as written.
 */
class SlackTextTest {
    private static final String BOT = "U0RELAISBOT";

    @Test
    void slacksThreeEscapesAreUndone() {
        assertThat(SlackText.plain("a &lt; b &gt; c &amp; d")).isEqualTo("a < b > c & d");
    }

    @Test
    void anEscapedEscapeIsUndoneOnlyOnce() {
        assertThat(SlackText.plain("tapez &amp;lt; ou &amp;amp;")).isEqualTo("tapez &lt; ou &amp;");
    }

    @Test
    void anEmailAddressIsTheAddressItself() {
        assertThat(SlackText.plain("écrire à <mailto:a@b.c|a@b.c> svp")).isEqualTo("écrire à a@b.c svp");
        assertThat(SlackText.plain("<mailto:depute@example.org>")).isEqualTo("depute@example.org");
    }

    @Test
    void aLinkIsItsUrlNotTheLabelSlackShows() {
        assertThat(SlackText.plain("voir <https://x.org|label>")).isEqualTo("voir https://x.org");
        assertThat(SlackText.plain("<https://x.org/a?b=1&amp;c=2>")).isEqualTo("https://x.org/a?b=1&c=2");
        assertThat(SlackText.plain("<http://mastodon.social|mastodon.social>")).isEqualTo("http://mastodon.social");
    }

    @Test
    void aChannelIsItsNameAsAHashtag() {
        assertThat(SlackText.plain("dans <#C1|polqc> aussi")).isEqualTo("dans #polqc aussi");
    }

    @Test
    void aPersonIsTheirIdAfterAnAt() {
        assertThat(SlackText.plain("merci <@U1>")).isEqualTo("merci @U1");
    }

    @Test
    void aSpecialMentionIsItsWordAfterAnAt() {
        assertThat(SlackText.plain("<!here> et <!channel>")).isEqualTo("@here et @channel");
    }

    @Test
    void textWithoutEntitiesIsUnchangedAndNullIsEmpty() {
        assertThat(SlackText.plain("#café #123 @un_nom")).isEqualTo("#café #123 @un_nom");
        assertThat(SlackText.plain(null)).isEmpty();
    }

    @Test
    void withoutMentionDropsTheLeadingMentionOfTheBotOnly() {
        assertThat(SlackText.withoutMention("<@" + BOT + "> comment lier facebook et twitter ?", BOT))
                .isEqualTo("comment lier facebook et twitter ?");
        assertThat(SlackText.withoutMention("  <@" + BOT + "|relais>   guide ", BOT)).isEqualTo("guide");
        assertThat(SlackText.withoutMention("<@" + BOT + ">", BOT)).isEmpty();
        assertThat(SlackText.withoutMention("<@U0OTHER1> bonjour &amp; merci", BOT)).isEqualTo("@U0OTHER1 bonjour & merci");
        assertThat(SlackText.withoutMention("dis <@" + BOT + "> bonjour", BOT)).isEqualTo("dis @" + BOT + " bonjour");
        assertThat(SlackText.withoutMention(null, BOT)).isEmpty();
    }
}
