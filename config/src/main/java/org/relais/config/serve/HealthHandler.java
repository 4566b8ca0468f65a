package org.relais.config.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.relais.core.platform.Platform;
import org.relais.core.platform.PlatformStatus;

/**
 * {@code GET /healthz}: whether each configured platform is connected. 200 when all are, 503
 * otherwise (and while they are still starting), with the details as JSON, for a load balancer or a
 * person.
 */
final class HealthHandler implements HttpHandler {
    private final List<Platform> platforms;
    private final int configured;

    /** @param platforms filled as they start; {@code configured} of them are expected */
    HealthHandler(List<Platform> platforms, int configured) {
        this.platforms = platforms;
        this.configured = configured;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<PlatformStatus> statuses = platforms.stream().map(Platform::status).toList();
            boolean started = statuses.size() >= configured;
            boolean healthy = started && statuses.stream().allMatch(PlatformStatus::connected);
            String state = !started ? "starting" : healthy ? "ok" : "degraded";
            String body = "{\"status\":\"" + state + "\",\"platforms\":["
                    + statuses.stream().map(HealthHandler::json).collect(Collectors.joining(",")) + "]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(healthy ? 200 : 503, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String json(PlatformStatus status) {
        return "{\"platform\":\"" + status.platform() + "\",\"mode\":\"" + status.mode() + "\",\"connected\":"
                + status.connected() + ",\"detail\":\"" + status.detail().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
