package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.testing.loopback.Answers;
import org.relais.core.testing.loopback.CallLog;
import org.relais.core.testing.loopback.Faults;
import org.relais.core.testing.loopback.LoopbackRequest;

/**
 * The HTTP side: {@code /bot<TOKEN>/<method>}, the token check (401), the method lookup (404), the delays and
 * failures a test asked for, flood control, then the method; every call is recorded and answered with Telegram's
 * {@code {"ok":…}} envelope, the HTTP status being the {@code error_code}.
 */
final class HttpFront implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([^/]+)");

    private final String token;
    private final Routes routes;
    private final Faults<ApiError> faults;
    private final CallLog<Call, Rejection> recorder;
    private final ChatStore chats;
    private final AtomicReference<FloodControl> flood;

    HttpFront(String token, Routes routes, Faults<ApiError> faults, CallLog<Call, Rejection> recorder, ChatStore chats,
            AtomicReference<FloodControl> flood) {
        this.token = token;
        this.routes = routes;
        this.faults = faults;
        this.recorder = recorder;
        this.chats = chats;
        this.flood = flood;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant time = Instant.now();
        Params params = new Params(Params.JSON.createObjectNode());
        JsonNode result = null;
        ApiError error = null;
        try (exchange) {
            LoopbackRequest request = LoopbackRequest.read(exchange);
            String method = request.path();
            try {
                Matcher path = PATH.matcher(method);
                if (!path.matches()) {
                    throw new ApiError(404, "Not Found", null, Rejection.Kind.ROUTING);
                }
                method = path.group(2);
                params = RequestReader.read(request);
                Routes.Route route = routes.find(method);
                if (!path.group(1).equals(token)) {
                    throw new ApiError(401, "Unauthorized", null, Rejection.Kind.ROUTING);
                }
                if (route == null) {
                    throw new ApiError(404, "Not Found", null, Rejection.Kind.ROUTING);
                }
                method = route.name();
                result = call(route, params);
            } catch (ApiError e) {
                error = e;
            } catch (RuntimeException e) {
                error = new ApiError(500, "Internal Server Error: " + e, null, Rejection.Kind.INTERNAL);
            }
            Call call = new Call(method, params.asJson().deepCopy(), params.longOrNull("chat_id"), time,
                    error == null ? 200 : error.code);
            recorder.record(call, error == null ? null
                    : new Rejection(method, error.code, error.description(), call.params(), error.kind, time));
            answer(exchange, result, error);
        }
    }

    private JsonNode call(Routes.Route route, Params params) {
        faults.apply(route.name());
        FloodControl control = flood.get();
        if (control != null && Routes.SENDING.contains(route.name())) {
            Long chatId = params.longOrNull("chat_id");
            if (chatId != null) {
                control.admit(chatId, chats.isGroup(chatId), System.nanoTime());
            }
        }
        return route.handler().apply(params);
    }

    private static void answer(HttpExchange exchange, JsonNode result, ApiError error) {
        ObjectNode answer = Params.JSON.createObjectNode();
        if (error == null) {
            answer.put("ok", true).set("result", result);
        } else {
            answer.put("ok", false).put("error_code", error.code).put("description", error.description());
            if (error.retryAfter != null) {
                answer.putObject("parameters").put("retry_after", error.retryAfter);
            }
        }
        Answers.send(exchange, error == null ? 200 : error.code, "application/json",
                answer.toString().getBytes(StandardCharsets.UTF_8));
    }
}
