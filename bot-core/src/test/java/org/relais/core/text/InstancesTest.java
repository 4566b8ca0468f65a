package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstancesTest {
    @ParameterizedTest
    @CsvSource({
        "mastodon.social, mastodon.social", "https://Mastodon.Social/@moi, mastodon.social",
        "@moi@eldritch.cafe, eldritch.cafe", "mastodon.social., mastodon.social", "écolo.social, xn--colo-9oa.social"
    })
    void acceptsADomainHoweverItIsGiven(String input, String expected) {
        assertThat(Instances.check(input)).isEqualTo(Checked.accepted(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pas un serveur", "localhost", "http://", "a..b", "-bad.social", "x"})
    void refusesWhatIsNotADomain(String input) {
        assertThat(Instances.check(input)).isInstanceOf(Checked.Rejected.class);
    }
}
