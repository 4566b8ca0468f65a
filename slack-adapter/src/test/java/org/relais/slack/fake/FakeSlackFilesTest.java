package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Sharing a file the way Slack wants it now, through Slack's own SDK: an upload URL, the bytes POSTed there,
 * the upload completed with a channel; and what Slack refuses on the way.
 */
class FakeSlackFilesTest extends WithFakeSlack {
    private static final byte[] BYTES = "not really a PNG, the fake does not care".getBytes(StandardCharsets.UTF_8);

    private final OkHttpClient http = new OkHttpClient();

    private FilesGetUploadURLExternalResponse uploadUrl(String name, int length) throws IOException, SlackApiException {
        return methods.filesGetUploadURLExternal(r -> r.filename(name).length(length).altTxt("A chart"));
    }

    private Response post(String url, byte[] bytes) throws IOException {
        return http.newCall(new Request.Builder().url(url).post(RequestBody.create(bytes)).build()).execute();
    }

    private FilesCompleteUploadExternalResponse complete(String fileId, String channel) throws IOException, SlackApiException {
        return methods.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder().id(fileId).title("Stats").build()))
                .channelId(channel));
    }

    @Test
    void aFileIsUploadedThenSharedInTheChannelWithItsBytes() throws Exception {
        String dm = fake.dmChannel("U0ANNE001");

        FilesGetUploadURLExternalResponse url = uploadUrl("stats.png", BYTES.length);
        try (Response upload = post(url.getUploadUrl(), BYTES)) {
            assertThat(upload.code()).isEqualTo(200);
            assertThat(upload.body().string()).isEqualTo("OK - " + BYTES.length);
        }
        FilesCompleteUploadExternalResponse done = complete(url.getFileId(), dm);

        assertThat(url.isOk()).isTrue();
        assertThat(url.getFileId()).matches("F0[0-9A-Z]{9}");
        assertThat(url.getUploadUrl()).startsWith(fake.url() + "/upload/v1/");
        assertThat(done.isOk()).isTrue();
        assertThat(done.getFiles()).singleElement().satisfies(f -> {
            assertThat(f.getId()).isEqualTo(url.getFileId());
            assertThat(f.getTitle()).isEqualTo("Stats");
        });
        assertThat(fake.files(dm)).singleElement().satisfies(f -> {
            assertThat(f.bytes()).isEqualTo(BYTES);
            assertThat(f.fileName()).isEqualTo("stats.png");
            assertThat(f.altText()).isEqualTo("A chart");
        });
        assertThat(fake.calls(Call.FILE_UPLOAD)).singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void anUploadUrlNeedsANameAndALength() throws Exception {
        FilesGetUploadURLExternalResponse noLength = methods.filesGetUploadURLExternal(r -> r.filename("stats.png"));
        FilesGetUploadURLExternalResponse empty = uploadUrl("stats.png", 0);

        assertThat(noLength.isOk()).isFalse();
        assertThat(noLength.getError()).isEqualTo("invalid_arguments");
        assertThat(empty.getError()).isEqualTo("invalid_arguments");
    }

    @Test
    void anUploadOfAnotherSizeThanAnnouncedOrToAnUnknownUrlIsRefused() throws Exception {
        FilesGetUploadURLExternalResponse url = uploadUrl("stats.png", BYTES.length + 1);
        try (Response wrong = post(url.getUploadUrl(), BYTES); Response unknown = post(fake.url() + "/upload/v1/F0NOPE", BYTES)) {
            assertThat(wrong.code()).isEqualTo(400);
            assertThat(unknown.code()).isEqualTo(404);
        }
        assertThat(complete(url.getFileId(), fake.dmChannel("U0ANNE001")).getError()).as("never uploaded").isEqualTo("file_not_found");
    }

    @Test
    void anUploadIsCompletedOnceInAChannelThatExists() throws Exception {
        String dm = fake.dmChannel("U0ANNE001");
        FilesGetUploadURLExternalResponse url = uploadUrl("stats.png", BYTES.length);
        post(url.getUploadUrl(), BYTES).close();

        assertThat(complete(url.getFileId(), "C0NOWHERE").getError()).isEqualTo("channel_not_found");
        assertThat(complete(url.getFileId(), dm).isOk()).isTrue();
        assertThat(complete(url.getFileId(), dm).getError()).as("a second time").isEqualTo("file_not_found");
        assertThat(complete("F0UNKNOWN", dm).getError()).isEqualTo("file_not_found");
        assertThat(fake.files(dm)).hasSize(1);
    }
}
