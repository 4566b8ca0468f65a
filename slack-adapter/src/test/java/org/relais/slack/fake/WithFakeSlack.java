package org.relais.slack.fake;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.AfterEach;

/** A fake per test and Slack's own SDK pointed at it, both closed after the test. */
abstract class WithFakeSlack {

    protected final FakeSlack fake = startFake();
    protected final Slack slack = sdk(fake);
    protected final MethodsClient methods = slack.methods(fake.botToken());

    /** The fake of each test; a test class may configure another. */
    FakeSlack startFake() {
        return FakeSlack.start();
    }

    /** A fake with the bot in these channels ({@code C…}). */
    static FakeSlack startWithChannels(String... channels) {
        FakeSlack started = FakeSlack.start();
        for (String channel : channels) {
            started.declareChannel(channel);
        }
        return started;
    }

    /** Slack's SDK with its Web API on the fake. */
    static Slack sdk(FakeSlack fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return Slack.getInstance(config);
    }

    @AfterEach
    void closeFake() throws Exception {
        slack.close();
        fake.close();
    }
}
