package org.relais.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Slack's documented signing example (api.slack.com, "Verifying requests from Slack") verifies,
 * within five minutes either way of its timestamp and not a second more; anything altered fails.
 */
class SignatureCheckTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long TIMESTAMP = 1531420618;
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SignatureCheck at(long epochSecond) {
        return new SignatureCheck(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    private static boolean verifies(SignatureCheck check, String timestamp, String signature, String body) {
        return check.verify(timestamp, signature, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void slacksDocumentedExampleVerifiesAtItsTime() {
        assertThat(verifies(at(TIMESTAMP), "1531420618", SIGNATURE, BODY)).isTrue();
        assertThat(at(TIMESTAMP).sign("1531420618", BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNATURE);
    }

    @Test
    void exactlyFiveMinutesEitherWayStillVerifies() {
        assertThat(verifies(at(TIMESTAMP + 300), "1531420618", SIGNATURE, BODY)).isTrue();
        assertThat(verifies(at(TIMESTAMP - 300), "1531420618", SIGNATURE, BODY)).isTrue();
    }

    @Test
    void fiveMinutesAndOneSecondEitherWayFails() {
        assertThat(verifies(at(TIMESTAMP + 301), "1531420618", SIGNATURE, BODY)).as("a replay").isFalse();
        assertThat(verifies(at(TIMESTAMP - 301), "1531420618", SIGNATURE, BODY)).as("from the future").isFalse();
    }

    @Test
    void aWrongOrMissingSignatureFails() {
        SignatureCheck check = at(TIMESTAMP);
        String lastDigitChanged = SIGNATURE.substring(0, SIGNATURE.length() - 1) + "4";
        assertThat(verifies(check, "1531420618", lastDigitChanged, BODY)).isFalse();
        assertThat(verifies(check, "1531420618", SIGNATURE.toUpperCase(), BODY)).isFalse();
        assertThat(verifies(check, "1531420618", SIGNATURE.substring(3), BODY)).as("without v0=").isFalse();
        assertThat(verifies(check, "1531420618", "", BODY)).isFalse();
        assertThat(verifies(check, "1531420618", null, BODY)).isFalse();
        assertThat(verifies(new SignatureCheck("another-secret", Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC)),
                "1531420618", SIGNATURE, BODY)).as("another app's secret").isFalse();
    }

    @Test
    void aWrongMissingOrNonNumericTimestampFails() {
        SignatureCheck check = at(TIMESTAMP);
        assertThat(verifies(check, "1531420619", SIGNATURE, BODY)).as("signed for another second").isFalse();
        assertThat(verifies(check, null, SIGNATURE, BODY)).isFalse();
        assertThat(verifies(check, "", SIGNATURE, BODY)).isFalse();
        assertThat(verifies(check, "1531420618.0", SIGNATURE, BODY)).isFalse();
        assertThat(verifies(check, "-1531420618", SIGNATURE, BODY)).isFalse();
        assertThat(verifies(check, "abc", SIGNATURE, BODY)).isFalse();
        assertThat(verifies(check, "99999999999999999999", SIGNATURE, BODY)).isFalse();
    }

    @Test
    void aBodyChangedByOneByteFails() {
        SignatureCheck check = at(TIMESTAMP);
        assertThat(verifies(check, "1531420618", SIGNATURE, BODY.replace("roadrunner", "roadrunnes"))).isFalse();
        assertThat(verifies(check, "1531420618", SIGNATURE, BODY + "&")).isFalse();
        assertThat(verifies(check, "1531420618", SIGNATURE, BODY.substring(1))).isFalse();
        assertThat(verifies(check, "1531420618", SIGNATURE, "")).isFalse();
    }
}
