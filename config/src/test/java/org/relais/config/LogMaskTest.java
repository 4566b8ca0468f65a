package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The shipped logback.xml masks anything shaped like a token, in messages and in stack traces,
 * whatever code logs it: the last line of defence if a library puts a token in a URL or an error.
 */
class LogMaskTest {
    private static final String TELEGRAM = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
    private static final String SHORT_ID = "42:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
    private static final String SLACK_BOT = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
    private static final String SLACK_APP = "xapp-1-A0123456789-1234567890123-abcdef0123456789";

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private LoggerContext context;

    /** The shipped configuration, its console appender's pattern writing to a buffer instead. */
    @BeforeEach
    void configure() throws Exception {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskTest.class.getResource("/logback.xml"));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        String pattern = ((PatternLayoutEncoder) console.getEncoder()).getPattern();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> buffer = new OutputStreamAppender<>();
        buffer.setContext(context);
        buffer.setEncoder(encoder);
        buffer.setOutputStream(captured);
        buffer.start();
        root.detachAppender(console);
        root.addAppender(buffer);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String logged() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tokensInMessagesAreMasked() {
        Logger log = context.getLogger("test");
        log.error("calling https://api.telegram.org/bot{}/getMe", TELEGRAM);
        log.error("short ids too: bot{}/getMe", SHORT_ID);
        log.error("slack {} and {}", SLACK_BOT, SLACK_APP);
        assertThat(logged()).contains("[token]", "https://api.telegram.org/bot[token]/getMe")
                .doesNotContain(TELEGRAM, "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0", SLACK_BOT, SLACK_APP);
    }

    @Test
    void tokensInStackTracesAreMasked() {
        Exception cause = new IllegalStateException("GET https://api.telegram.org/bot" + TELEGRAM + "/getUpdates failed");
        context.getLogger("test").error("it failed", new RuntimeException("wrapped " + SLACK_BOT, cause));
        assertThat(logged()).contains("it failed", "getUpdates failed", "IllegalStateException")
                .doesNotContain(TELEGRAM, SLACK_BOT);
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        context.getLogger("test").warn("update 12345 for chat 6023381147 at 10:30:15");
        assertThat(logged()).contains("update 12345 for chat 6023381147 at 10:30:15").doesNotContain("[token]");
    }
}
