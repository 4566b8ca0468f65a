package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP calls to the fake, for what TelegramBots' client cannot send (other cases, forms, wrong tokens). */
final class RawHttp {

    /** An answer: the HTTP status and the JSON body. */
    record Answer(int status, JsonNode body) {
    }

    private RawHttp() {
    }

    static Answer post(OkHttpClient okHttp, String url, String contentType, String body) {
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(body, MediaType.parse(contentType))).build();
        return send(okHttp, request);
    }

    static Answer get(OkHttpClient okHttp, String url) {
        return send(okHttp, new Request.Builder().url(url).get().build());
    }

    private static Answer send(OkHttpClient okHttp, Request request) {
        try (Response response = okHttp.newCall(request).execute()) {
            return new Answer(response.code(), Params.JSON.readTree(response.body().string()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
