package org.relais.core.chat;

/** A piece of a reply's text. Adapters render them: Telegram HTML, Slack mrkdwn, plain terminal. */
public sealed interface Span {

    String text();

    record Plain(String text) implements Span {}

    record Bold(String text) implements Span {}

    /** A link in the text; {@code mailto:} links live here, since Telegram buttons refuse them. */
    record Link(String text, String url) implements Span {}

    /** Text meant to be copied as it is (the post itself). */
    record Code(String text) implements Span {}
}
