package org.relais.slack.e2e;

/** The scenarios in Socket Mode: envelopes over the fake's WebSocket, each acknowledged. */
class SlackSocketModeTest extends SlackScenarios {
    @Override
    SlackRun start() {
        return SlackRun.socket(fake, engine);
    }
}
