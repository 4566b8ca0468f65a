package org.relais.slack.e2e;

/** The scenarios in HTTP mode: signed requests at /slack/events. */
class SlackHttpTest extends SlackScenarios {
    @Override
    SlackRun start() {
        return SlackRun.http(fake, engine);
    }
}
