package org.relais.core.platform;

/**
 * How a platform adapter is doing, for {@code GET /healthz}: connected means its last exchange with
 * the platform succeeded.
 *
 * @param mode how it receives events ({@code long-polling}, {@code webhook}, {@code socket-mode}, {@code http})
 * @param detail a short reason when not connected (never a token or a URL with one)
 */
public record PlatformStatus(String platform, String mode, boolean connected, String detail) {}
