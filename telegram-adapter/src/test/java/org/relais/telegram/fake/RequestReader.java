package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.relais.core.testing.loopback.LoopbackRequest;

/**
 * Reads a request's parameters as Telegram accepts them: the query string, then the body as JSON,
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}. A file part becomes
 * {@code {"file_name":…,"bytes":N}}, its content kept beside the values ({@link Params#file}).
 */
final class RequestReader {

    private RequestReader() {
    }

    static Params read(LoopbackRequest request) {
        ObjectNode values = Params.JSON.createObjectNode();
        request.query().forEach(values::put);
        byte[] body = request.body();
        if (body.length == 0) {
            return new Params(values);
        }
        if (request.hasType("application/json")) {
            putJson(values, body);
        } else if (request.hasType("application/x-www-form-urlencoded")) {
            LoopbackRequest.decodeForm(request.text()).forEach(values::put);
        } else if (Multipart.isMultipart(request.contentType())) {
            Map<String, byte[]> files = new HashMap<>();
            for (Multipart.Part part : Multipart.parse(request.contentType(), body)) {
                if (part.fileName() == null) {
                    values.put(part.name(), part.text());
                } else {
                    values.putObject(part.name()).put("file_name", part.fileName()).put("bytes", part.content().length);
                    files.put(part.name(), part.content());
                }
            }
            return new Params(values, files);
        }
        return new Params(values);
    }

    private static void putJson(ObjectNode values, byte[] body) {
        JsonNode tree;
        try {
            tree = Params.JSON.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        values.setAll(object);
    }
}
