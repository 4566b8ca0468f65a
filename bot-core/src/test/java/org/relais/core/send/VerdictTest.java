package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.relais.core.send.Verdict.Kind;

/** The verdicts a judge can give, and the ones it cannot. */
class VerdictTest {

    private static final IOException FAILURE = new IOException("connection reset");

    @Test
    void eachFactoryGivesItsKindWithWhatALogMaySay() {
        assertThat(Verdict.delivered()).isEqualTo(new Verdict(Kind.DELIVERED, null, Duration.ZERO, "none", "", false));
        Verdict flood = Verdict.flood(FAILURE, Duration.ofSeconds(3), "error 429", "ratelimited");
        assertThat(flood.kind()).isEqualTo(Kind.FLOOD);
        assertThat(flood.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(Verdict.retry(FAILURE, "IOException", "").kind()).isEqualTo(Kind.RETRY);
        assertThat(Verdict.blocked(FAILURE, "error 403", "Forbidden").kind()).isEqualTo(Kind.BLOCKED);
        Verdict rejected = Verdict.rejected(FAILURE, "error 400", "Bad Request");
        assertThat(rejected.kind()).isEqualTo(Kind.REJECTED);
        assertThat(rejected.quiet()).isFalse();
        assertThat(rejected.quietly()).isEqualTo(new Verdict(Kind.REJECTED, FAILURE, Duration.ZERO, "error 400", "Bad Request", true));
    }

    @Test
    void refusesVerdictsTheSenderCouldNotFollow() {
        assertThatThrownBy(() -> Verdict.retry(null, "IOException", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(Kind.DELIVERED, FAILURE, Duration.ZERO, "none", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdict.flood(FAILURE, Duration.ofSeconds(-1), "error 429", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(Kind.RETRY, FAILURE, Duration.ofSeconds(1), "error 503", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdict.retry(FAILURE, "error 503", "").quietly())
                .as("a failure given up on is always worth a warning").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdict.rejected(FAILURE, null, "")).isInstanceOf(NullPointerException.class);
    }
}
