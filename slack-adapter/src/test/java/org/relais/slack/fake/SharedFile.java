package org.relais.slack.fake;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file the bot uploaded and shared ({@code files.getUploadURLExternal}, the upload, then
 * {@code files.completeUploadExternal}).
 *
 * @param id its id ({@code F…})
 * @param fileName the {@code filename} announced
 * @param title the {@code title} given at completion, or the file name
 * @param altText the {@code alt_txt} announced, or null
 * @param bytes what was uploaded
 * @param channel where it was shared
 * @param threadTs the thread it was shared in, or null
 * @param ts when it was shared, comparable with the messages' {@code ts}
 */
public record SharedFile(String id, String fileName, String title, String altText, byte[] bytes, String channel,
        String threadTs, String ts) {

    public SharedFile {
        bytes = bytes.clone();
    }

    /** A copy of what was uploaded. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedFile f && id.equals(f.id) && Arrays.equals(bytes, f.bytes)
                && Objects.equals(channel, f.channel) && Objects.equals(ts, f.ts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(bytes), channel, ts);
    }

    @Override
    public String toString() {
        return "SharedFile[" + id + " " + fileName + ", " + bytes.length + " bytes, in " + channel + " at " + ts + "]";
    }
}
