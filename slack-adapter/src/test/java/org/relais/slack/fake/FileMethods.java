package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.relais.core.testing.loopback.Waits;

/**
 * Slack's way to share a file: {@code files.getUploadURLExternal} ({@code filename} and {@code length} required,
 * {@code alt_txt} optional) answers {@code {"ok":true,"upload_url":…,"file_id":"F…"}}; the bytes are POSTed to
 * that URL (raw, as Slack's Java SDK sends them; answered {@code 200 OK - <length>}); {@code files.completeUploadExternal} with
 * {@code files} (a JSON array of {@code {"id":…,"title":…}}) and {@code channel_id} shares it, once, answering
 * {@code {"ok":true,"files":[{"id":…,"title":…}]}}. Refused: a missing or invalid argument
 * ({@code invalid_arguments}), a file id never issued, never uploaded or already completed
 * ({@code file_not_found}), an unknown channel ({@code channel_not_found}); an upload to an unknown URL gets 404
 * and one whose size is not the announced {@code length} gets 400 (the fake's own wording: Slack does not
 * document it).
 */
final class FileMethods {

    /** An upload under way. */
    private static final class Pending {
        final String fileName;
        final int length;
        final String altText;
        byte[] bytes;

        Pending(String fileName, int length, String altText) {
            this.fileName = fileName;
            this.length = length;
            this.altText = altText;
        }
    }

    private final SlackState state;
    private final Supplier<String> baseUrl;
    private final Map<String, Pending> pending = new HashMap<>();
    private final List<SharedFile> shared = new ArrayList<>();

    FileMethods(SlackState state, Supplier<String> baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    synchronized JsonObject getUploadUrl(Params params) {
        String fileName = params.string("filename");
        String length = params.string("length");
        if (fileName == null || fileName.isBlank() || length == null || !length.matches("[0-9]{1,10}")
                || Long.parseLong(length) < 1 || Long.parseLong(length) > Integer.MAX_VALUE) {
            throw ApiError.invalidArguments(List.of("filename and a length of at least one byte are required"));
        }
        String id = "F0" + state.ids().base36(9);
        pending.put(id, new Pending(fileName, Integer.parseInt(length), params.string("alt_txt")));
        JsonObject answer = MessageMethods.ok();
        answer.addProperty("upload_url", baseUrl.get() + "/upload/v1/" + id);
        answer.addProperty("file_id", id);
        return answer;
    }

    /**
     * The bytes POSTed to an upload URL.
     *
     * @return the HTTP status and the body to answer
     */
    synchronized Upload receive(String id, byte[] bytes) {
        Pending upload = pending.get(id);
        if (upload == null) {
            return new Upload(404, "not found");
        }
        if (bytes.length != upload.length) {
            return new Upload(400, "the upload is " + bytes.length + " bytes, not the " + upload.length + " announced");
        }
        upload.bytes = bytes.clone();
        return new Upload(200, "OK - " + bytes.length);
    }

    /** What the upload URL answers. */
    record Upload(int status, String body) {
    }

    synchronized JsonObject complete(Params params) {
        JsonElement files;
        try {
            files = params.structured("files");
        } catch (JsonParseException e) {
            throw ApiError.invalidArguments(List.of("files must be a JSON array"));
        }
        if (files == null || !files.isJsonArray() || files.getAsJsonArray().isEmpty()) {
            throw ApiError.invalidArguments(List.of("files must be a non-empty JSON array of {\"id\":…}"));
        }
        String channel = params.has("channel_id") ? channelOrRefuse(params.string("channel_id")) : null;
        JsonArray answered = new JsonArray();
        List<SharedFile> done = new ArrayList<>();
        for (JsonElement element : files.getAsJsonArray()) {
            String id = element.isJsonObject() ? Json.string(element.getAsJsonObject(), "id") : null;
            Pending upload = id == null ? null : pending.get(id);
            if (upload == null || upload.bytes == null) {
                throw ApiError.invalid("file_not_found");
            }
            String title = Json.string(element.getAsJsonObject(), "title");
            title = title == null ? upload.fileName : title;
            done.add(new SharedFile(id, upload.fileName, title, upload.altText, upload.bytes, channel,
                    params.string("thread_ts"), state.ids().ts()));
            JsonObject file = new JsonObject();
            file.addProperty("id", id);
            file.addProperty("title", title);
            answered.add(file);
        }
        done.forEach(file -> pending.remove(file.id()));
        if (channel != null) {
            shared.addAll(done);
            notifyAll();
        }
        JsonObject answer = MessageMethods.ok();
        answer.add("files", answered);
        return answer;
    }

    private String channelOrRefuse(String requested) {
        String channel = state.directory().resolve(requested);
        if (channel == null) {
            throw ApiError.invalid("channel_not_found");
        }
        return channel;
    }

    synchronized List<SharedFile> shared(String channel) {
        return shared.stream().filter(file -> channel.equals(file.channel())).toList();
    }

    SharedFile await(String channel, Duration timeout) {
        return Waits.until(this, () -> shared(channel).stream().findFirst().orElse(null), timeout,
                () -> "no file shared in " + channel + " within " + timeout);
    }
}
