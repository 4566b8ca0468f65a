package org.relais.slack.e2e;

import org.relais.slack.BotOnFake;

/** The scenarios in Socket Mode: envelopes over the fake's WebSocket, each acknowledged. */
class SlackSocketModeTest extends SlackScenarios {
    @Override
    BotOnFake start() {
        return BotOnFake.socket(fake, engine);
    }
}
