package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures, delays and rate limits on demand, as Slack's SDK sees them. */
class FakeSlackFaultsTest extends WithFakeSlack {

    private static final String CHANNEL = "C0GENERAL";

    @Override
    FakeSlack startFake() {
        return startWithChannels(CHANNEL, "C0RANDOM");
    }

    private ChatPostMessageResponse post(String channel) throws IOException, SlackApiException {
        return methods.chatPostMessage(r -> r.channel(channel).text("hello"));
    }

    @Test
    void a429ReachesTheSdkAsAnExceptionWithRetryAfter() throws IOException, SlackApiException {
        fake.failNext("chat.postMessage", 1, 429, 7);

        SlackApiException limited = catchThrowableOfType(SlackApiException.class, () -> post(CHANNEL));
        ChatPostMessageResponse then = post(CHANNEL);

        assertThat(limited.getResponse().code()).isEqualTo(429);
        assertThat(limited.getResponse().header("Retry-After")).isEqualTo("7");
        assertThat(limited.getError().getError()).isEqualTo("ratelimited");
        assertThat(then.isOk()).isTrue();
        assertThat(fake.messages(CHANNEL)).hasSize(1);
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        assertThat(fake.rejections()).extracting(Rejection::kind).containsExactly(Rejection.Kind.INJECTED);
    }

    @Test
    void serverErrorsComeWithTheEdgesBodies() throws IOException, SlackApiException {
        methods.authTest(r -> r); // the SDK's own auth.test, made once per token, would take the "*" failure
        fake.failNext("chat.postMessage", 1, 503, null);
        fake.failNext("*", 1, 500, null);

        SlackApiException unavailable = catchThrowableOfType(SlackApiException.class, () -> post(CHANNEL));
        SlackApiException internal = catchThrowableOfType(SlackApiException.class, () -> post(CHANNEL));
        RawHttp.Answer raw = rawAfter(502);

        assertThat(unavailable.getResponse().code()).isEqualTo(503);
        assertThat(unavailable.getResponseBody()).isEmpty();
        assertThat(unavailable.getError()).isNull();
        assertThat(internal.getResponse().code()).isEqualTo(500);
        assertThat(internal.getResponseBody()).startsWith("<!DOCTYPE html>");
        assertThat(raw.status()).isEqualTo(502);
        assertThat(fake.messages(CHANNEL)).isEmpty();
    }

    private RawHttp.Answer rawAfter(int status) {
        fake.failNext("auth.test", 1, status, null);
        return RawHttp.post(fake.apiUrl() + "auth.test", HttpInbound.FORM, "token=" + fake.botToken(),
                java.util.Map.of());
    }

    @Test
    void anErrorCanBeInjectedAsAnOkFalseAnswer() throws IOException, SlackApiException {
        fake.failNext("chat.postMessage", 2, "fatal_error");

        assertThat(post(CHANNEL).getError()).isEqualTo("fatal_error");
        assertThat(post(CHANNEL).getError()).isEqualTo("fatal_error");
        assertThat(post(CHANNEL).isOk()).isTrue();
    }

    @Test
    void aDelayedCallTimesTheClientOutButIsStillHandled() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setHttpClientReadTimeoutMillis(300);
        fake.delayNext("chat.postMessage", Duration.ofMillis(800));
        Slack impatient = Slack.getInstance(config);
        try {
            IOException timeout = catchThrowableOfType(IOException.class,
                    () -> impatient.methods(fake.botToken()).chatPostMessage(r -> r.channel(CHANNEL).text("late")));

            assertThat(timeout).isNotNull();
            assertThat(fake.awaitText(CHANNEL, "late", Duration.ofSeconds(2)).text()).isEqualTo("late");
        } finally {
            impatient.close();
        }
    }

    @Test
    void latencyHoldsEveryCall() throws IOException, SlackApiException {
        post(CHANNEL);
        fake.latency(Duration.ofMillis(150));

        long start = System.nanoTime();
        post(CHANNEL);
        post(CHANNEL);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aRateRuleRefusesCallsPastTheLimitPerChannelInAnySecond() throws IOException, SlackApiException {
        fake.rateLimit("chat.postMessage", 3);
        List<String> outcomes = new ArrayList<>();

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            try {
                post(CHANNEL);
                outcomes.add("ok");
            } catch (SlackApiException e) {
                outcomes.add(e.getResponse().code() + " after " + e.getResponse().header("Retry-After"));
            }
        }
        boolean withinASecond = System.nanoTime() - start < 900_000_000L;
        ChatPostMessageResponse elsewhere = post("C0RANDOM");

        if (withinASecond) {
            assertThat(outcomes).containsExactly("ok", "ok", "ok", "429 after 1", "429 after 1");
            assertThat(fake.tooManyRequestsGiven()).isEqualTo(2);
        }
        assertThat(elsewhere.isOk()).isTrue();
        assertThat(fake.rejections()).extracting(Rejection::kind).containsOnly(Rejection.Kind.RATE_LIMITED);
        fake.rateLimit("chat.postMessage", 0);
        assertThat(post(CHANNEL).isOk()).isTrue();
    }

    @Test
    void closingLeavesNoThreadBehind() throws Exception {
        try (FakeSlack other = FakeSlack.start()) {
            Slack sdk = WithFakeSlack.sdk(other);
            other.declareChannel(CHANNEL);
            sdk.methods(other.botToken()).chatPostMessage(r -> r.channel(CHANNEL).text("x"));
            other.socketMode();
            sdk.close();
            assertThat(threads(false)).as("threads of the fake that are not daemons").isEmpty();
        }
        fake.close();

        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!threads(true).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(threads(true)).isEmpty();
    }

    /** The names of the fake's live threads (daemons included, or only the others). */
    private static List<String> threads(boolean daemonsToo) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> daemonsToo || !thread.isDaemon()).map(Thread::getName)
                .filter(name -> name.startsWith("fake-slack") || name.startsWith("WebSocketSelector")
                        || name.startsWith("WebSocketWorker"))
                .toList();
    }
}
