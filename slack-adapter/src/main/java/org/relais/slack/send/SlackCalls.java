package org.relais.slack.send;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.relais.core.chat.Picture;
import org.relais.core.send.Call;
import org.relais.core.send.Lane;
import org.relais.core.send.Traffic;
import org.relais.core.send.PacedSender;
import org.relais.slack.outbound.BlockKit;

/**
 * The Web API calls Relais makes, each through the one {@link PacedSender}: messages on their
 * channel's lane (in order, at Slack's pace), lookups and views unpaced (they are not messages, but
 * they get the same retries). A call Slack answers with {@code "ok": false} fails with a
 * {@link SlackRefusal}; the sender's {@link SlackVerdicts} decides what comes next.
 */
public final class SlackCalls {
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final MethodsClient methods;
    private final PacedSender sender;
    private final ApiHealth health = new ApiHealth();

    public SlackCalls(Slack slack, String botToken, PacedSender sender) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.sender = sender;
    }

    /** How the Web API answered lately. */
    public ApiHealth health() {
        return health;
    }

    /** Every call goes through here: on the lane, paced, and its outcome noted for health. */
    private <T> CompletableFuture<T> submit(Lane lane, String description, Call<T> call) {
        return sender.submit(lane, description, () -> {
            try {
                T result = call.make();
                health.succeeded();
                return result;
            } catch (Exception e) {
                health.failed(e);
                throw e;
            }
        });
    }

    public static Lane channel(String channel) {
        return new Lane(channel, channel.startsWith("D") ? "im" : "channel", false);
    }

    /** Posts a message; completes with its {@code ts}. */
    public CompletableFuture<String> post(String channel, Optional<String> threadTs, BlockKit.Message message) {
        return submit(channel(channel), "chat.postMessage to " + channel, () -> ok("chat.postMessage",
                methods.chatPostMessage(r -> r.channel(channel).text(message.text()).blocks(message.blocks())
                        .threadTs(threadTs.orElse(null)).unfurlLinks(false).unfurlMedia(false))).getTs());
    }

    /**
     * Posts a message once {@code claim} agrees, asked right before each attempt on the sending thread;
     * completes empty when it does not (a broadcast's delivery taken by another worker, or settled).
     */
    public CompletableFuture<Optional<String>> postClaimed(String channel, BlockKit.Message message, BooleanSupplier claim) {
        return submit(channel(channel).as(Traffic.BULK), "chat.postMessage to " + channel, () -> claim.getAsBoolean()
                ? Optional.of(ok("chat.postMessage", methods.chatPostMessage(r -> r.channel(channel).text(message.text())
                        .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false))).getTs())
                : Optional.empty());
    }

    public CompletableFuture<String> update(String channel, String ts, BlockKit.Message message) {
        return submit(channel(channel).as(Traffic.EDIT), "chat.update in " + channel, () -> ok("chat.update",
                methods.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks()))).getTs());
    }

    /** A message only {@code user} sees, in a channel they are in. */
    public CompletableFuture<String> ephemeral(String channel, String user, BlockKit.Message message) {
        return submit(channel(channel), "chat.postEphemeral in " + channel, () -> ok("chat.postEphemeral",
                methods.chatPostEphemeral(r -> r.channel(channel).user(user).text(message.text()).blocks(message.blocks())))
                .getMessageTs());
    }

    /** Answers through an interaction's {@code response_url} (up to five times in thirty minutes). */
    public CompletableFuture<Integer> respond(String channel, String responseUrl, BlockKit.Message message, boolean ephemeral) {
        JsonObject body = new JsonObject();
        body.addProperty("text", message.text());
        body.add("blocks", JSON.toJsonTree(message.blocks()));
        body.addProperty("response_type", ephemeral ? "ephemeral" : "in_channel");
        body.addProperty("replace_original", false);
        return submit(channel(channel), "response_url in " + channel, () -> {
            WebhookResponse response = slack.send(responseUrl, JSON.toJson(body));
            if (response.getCode() == null || response.getCode() / 100 != 2) {
                throw new SlackRefusal("response_url", response.getBody(), response.getCode() == null ? 0 : response.getCode());
            }
            return response.getCode();
        });
    }

    /**
     * Shares a picture in a channel (or a thread) as Slack wants files shared now: ask for an upload
     * URL ({@code files.getUploadURLExternal}), POST the bytes there, then complete the upload with
     * the channel ({@code files.completeUploadExternal}). The three steps are one call on the
     * channel's lane, so the picture keeps its place among the messages, and a retry (a 429, a 5xx)
     * starts again from a new URL: an upload never completed is discarded by Slack.
     *
     * @return the file's id
     */
    public CompletableFuture<String> share(String channel, Optional<String> threadTs, Picture picture) {
        return submit(channel(channel), "file upload to " + channel, () -> {
            byte[] png = picture.png();
            FilesGetUploadURLExternalResponse url = ok("files.getUploadURLExternal", methods.filesGetUploadURLExternal(
                    r -> r.filename(picture.fileName()).length(png.length).altTxt(picture.alt())));
            upload(url.getUploadUrl(), png);
            ok("files.completeUploadExternal", methods.filesCompleteUploadExternal(r -> r
                    .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder().id(url.getFileId())
                            .title(picture.fileName()).build()))
                    .channelId(channel).threadTs(threadTs.orElse(null))));
            return url.getFileId();
        });
    }

    /** The raw bytes to the upload URL, on the SDK's own HTTP client; anything but 200 fails with its status. */
    private void upload(String url, byte[] bytes) throws IOException, SlackRefusal {
        Request request = new Request.Builder().url(url).post(RequestBody.create(bytes)).build();
        try (Response response = slack.getHttpClient().getOkHttpClient().newCall(request).execute()) {
            if (response.code() != 200) {
                throw new SlackRefusal("file upload", "http_" + response.code(), response.code());
            }
        }
    }

    public CompletableFuture<Boolean> publishHome(String user, List<LayoutBlock> blocks) {
        View view = View.builder().type("home").blocks(blocks).build();
        return submit(Lane.unpaced("home:" + user), "views.publish for " + user,
                () -> ok("views.publish", methods.viewsPublish(r -> r.userId(user).view(view))).isOk());
    }

    /** The direct-message channel between the person and the app. */
    public CompletableFuture<String> openDirect(String user) {
        return submit(Lane.unpaced("open:" + user), "conversations.open with " + user,
                () -> ok("conversations.open", methods.conversationsOpen(r -> r.users(List.of(user)))).getChannel().getId());
    }

    /** The person's locale ({@code fr-CA}), when Slack says it. */
    public CompletableFuture<Optional<String>> locale(String user) {
        return submit(Lane.unpaced("user:" + user), "users.info for " + user, () -> Optional.ofNullable(
                ok("users.info", methods.usersInfo(r -> r.user(user).includeLocale(true))).getUser()).map(u -> u.getLocale()));
    }

    static <T extends SlackApiTextResponse> T ok(String method, T response) throws SlackRefusal {
        if (!response.isOk()) {
            throw new SlackRefusal(method, response.getError());
        }
        return response;
    }
}
