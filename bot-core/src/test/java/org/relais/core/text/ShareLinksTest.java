package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.relais.core.testing.Links;

class ShareLinksTest {
    private static final String POST = ".@luciecharlebois les #OCASSS ont besoin d’un rehaussement & plus + 100 % ? 👨‍👩‍👧 https://example.org/a?b=c#d";

    @Test
    void everyNetworkLinkCarriesTheExactTextBack() {
        for (String link : new String[] {ShareLinks.x(POST), ShareLinks.bluesky(POST), ShareLinks.threads(POST),
            ShareLinks.mastodon("mastodon.social", POST)}) {
            assertThat(URI.create(link).getScheme()).isEqualTo("https");
            assertThat(Links.text(link)).isEqualTo(POST);
        }
    }

    @Test
    void linksUseTheDocumentedEndpoints() {
        assertThat(ShareLinks.x("a b")).isEqualTo("https://x.com/intent/tweet?text=a%20b");
        assertThat(ShareLinks.bluesky("a")).isEqualTo("https://bsky.app/intent/compose?text=a");
        assertThat(ShareLinks.threads("a")).isEqualTo("https://www.threads.com/intent/post?text=a");
        assertThat(ShareLinks.mastodon("eldritch.cafe", "a")).isEqualTo("https://eldritch.cafe/share?text=a");
        assertThat(ShareLinks.retweet("123")).isEqualTo("https://x.com/intent/retweet?tweet_id=123");
        assertThat(ShareLinks.like("123")).isEqualTo("https://x.com/intent/like?tweet_id=123");
    }

    @Test
    void mailtoFollowsRfc6068() {
        String link = ShareLinks.mailto("bureau+regional@example.org", "Financement du PSOC", "Bonjour,\n\nles #OCASSS + vous");
        assertThat(link).startsWith("mailto:bureau+regional@example.org?subject=Financement%20du%20PSOC&body=")
                .contains("Bonjour%2C%0D%0A%0D%0Ales%20%23OCASSS%20%2B%20vous")
                .doesNotContain(" ").doesNotContain("+vous");
        assertThat(Links.query(link)).containsEntry("subject", "Financement du PSOC")
                .containsEntry("body", "Bonjour,\r\n\r\nles #OCASSS + vous");
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharacters() {
        assertThat(Percent.encode("aZ09-._~ é/?#&=+%")).isEqualTo("aZ09-._~%20%C3%A9%2F%3F%23%26%3D%2B%25");
    }
}
