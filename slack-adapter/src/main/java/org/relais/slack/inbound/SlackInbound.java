package org.relais.slack.inbound;

import org.relais.core.chat.Event;

/** A request read: the event for the engine, and where to answer. */
public record SlackInbound(Event event, SlackReach reach) {}
