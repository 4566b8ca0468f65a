package org.relais.slack.fake;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.relais.core.testing.loopback.Answers;
import org.relais.core.testing.loopback.CallLog;
import org.relais.core.testing.loopback.Faults;
import org.relais.core.testing.loopback.LoopbackRequest;

/**
 * The HTTP side: {@code POST /api/{method}} (method lookup, token check, the delays, failures and rate rules a test
 * asked for, then the method), {@code POST /respond/{id}} (response URLs) and {@code POST /upload/v1/{file id}}
 * (the upload URLs of {@code files.getUploadURLExternal}). Every call is recorded; Web API errors
 * are answered as Slack answers them, {@code {"ok":false,"error":…}} with HTTP 200 unless rate-limited or failed.
 */
final class HttpFront implements HttpHandler {
    private static final String UPLOAD = "/upload/v1/";

    private final Workspace workspace;
    private final Routes routes;
    private final ResponseUrls responses;
    private final Faults<ApiError> faults;
    private final RateRules rates;
    private final CallLog<Call, Rejection> recorder;
    private final FileMethods files;

    HttpFront(Workspace workspace, Routes routes, ResponseUrls responses, Faults<ApiError> faults, RateRules rates,
            CallLog<Call, Rejection> recorder, FileMethods files) {
        this.files = files;
        this.workspace = workspace;
        this.routes = routes;
        this.responses = responses;
        this.faults = faults;
        this.rates = rates;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant time = Instant.now();
        try (exchange) {
            LoopbackRequest request = LoopbackRequest.read(exchange);
            String path = request.path();
            Outcome outcome;
            if (path.startsWith("/api/")) {
                outcome = api(request, path.substring("/api/".length()));
            } else if (path.startsWith("/respond/")) {
                outcome = respond(request, path.substring("/respond/".length()));
            } else if (path.startsWith(UPLOAD)) {
                upload(exchange, request, path.substring(UPLOAD.length()), time);
                return;
            } else {
                outcome = new Outcome(path, new JsonObject(), null, null,
                        ApiError.of("not_found", Rejection.Kind.ROUTING).withStatus(404));
            }
            recorder.record(outcome.call(time), outcome.rejection(time));
            answer(exchange, outcome);
        }
    }

    /** What a request came to: its method, parameters and channel, and the result or the error. */
    private record Outcome(String method, JsonObject params, String channel, JsonObject result, ApiError error) {

        Call call(Instant time) {
            return new Call(method, params, channel, time, error == null ? 200 : error.status, error == null,
                    error == null ? null : error.error);
        }

        Rejection rejection(Instant time) {
            if (error != null) {
                return new Rejection(method, error.error, error.messages, params, error.status, error.kind, time);
            }
            String warning = Json.string(result, "warning");
            return warning == null ? null
                    : new Rejection(method, warning, List.of(), params, 200, Rejection.Kind.WARNING, time);
        }
    }

    private Outcome api(LoopbackRequest request, String method) {
        Params params = new Params(new JsonObject());
        try {
            params = Params.read(request);
            Routes.Route route = routes.find(method);
            if (route == null) {
                throw ApiError.of("unknown_method", Rejection.Kind.ROUTING);
            }
            Routes.Token token = authenticate(request.header("Authorization"), params, route);
            faults.apply(method);
            rates.admit(method, params.string("channel"), System.nanoTime());
            return new Outcome(method, params.recorded(), params.string("channel"),
                    route.handler().apply(params, token), null);
        } catch (ApiError e) {
            return new Outcome(method, params.recorded(), params.string("channel"), null, e);
        } catch (RuntimeException e) {
            return new Outcome(method, params.recorded(), params.string("channel"), null, internal(e));
        }
    }

    private Routes.Token authenticate(String authorization, Params params, Routes.Route route) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim() : params.string("token");
        if (token == null || token.isEmpty()) {
            throw ApiError.of("not_authed", Rejection.Kind.AUTH);
        }
        Routes.Token kind = token.equals(workspace.botToken()) ? Routes.Token.BOT
                : token.equals(workspace.appToken()) ? Routes.Token.APP : null;
        if (kind == null) {
            throw ApiError.of("invalid_auth", Rejection.Kind.AUTH);
        }
        if (!route.tokens().contains(kind)) {
            throw ApiError.of("not_allowed_token_type", Rejection.Kind.AUTH);
        }
        return kind;
    }

    private Outcome respond(LoopbackRequest request, String id) {
        ResponseUrls.Target target = responses.target(id);
        String channel = target == null ? null : target.channel();
        JsonObject params = new JsonObject();
        try {
            params = ResponseUrls.read(request);
            faults.apply(Call.RESPONSE_URL);
            return new Outcome(Call.RESPONSE_URL, params, channel, responses.respond(id, params), null);
        } catch (ApiError e) {
            return new Outcome(Call.RESPONSE_URL, params, channel, null, e);
        } catch (RuntimeException e) {
            return new Outcome(Call.RESPONSE_URL, params, channel, null, internal(e));
        }
    }

    /**
     * The upload URLs {@code files.getUploadURLExternal} hands out. The body is taken as the file's raw bytes, as
     * Slack's Java SDK sends it (Slack also takes a multipart form, which the fake does not read).
     */
    private void upload(HttpExchange exchange, LoopbackRequest request, String fileId, Instant time) {
        byte[] bytes = request.body();
        FileMethods.Upload answer = files.receive(fileId, bytes);
        JsonObject params = new JsonObject();
        params.addProperty("file_id", fileId);
        params.addProperty("bytes", bytes.length);
        boolean ok = answer.status() == 200;
        recorder.record(new Call(Call.FILE_UPLOAD, params, null, time, answer.status(), ok, ok ? null : answer.body()),
                ok ? null : new Rejection(Call.FILE_UPLOAD, answer.body(), List.of(), params, answer.status(),
                        Rejection.Kind.VALIDATION, time));
        Answers.send(exchange, answer.status(), "text/plain; charset=utf-8", answer.body().getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError internal(RuntimeException e) {
        e.printStackTrace();
        return ApiError.of("fake_internal_error: " + e, Rejection.Kind.INTERNAL).withStatus(500);
    }

    private static void answer(HttpExchange exchange, Outcome outcome) {
        ApiError error = outcome.error();
        if (error != null && error.retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(error.retryAfter));
        }
        int status = error == null ? 200 : error.status;
        if (error != null && !error.isJson()) {
            Answers.send(exchange, status, "text/html; charset=utf-8", error.rawBody.getBytes(StandardCharsets.UTF_8));
        } else {
            Answers.send(exchange, status, "application/json; charset=utf-8",
                    Json.write(error == null ? outcome.result() : error.body()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
