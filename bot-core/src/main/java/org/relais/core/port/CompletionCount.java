package org.relais.core.port;

/** How many completions share one (target, network). */
public record CompletionCount(String target, String network, long count) {}
