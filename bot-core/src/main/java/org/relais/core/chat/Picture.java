package org.relais.core.chat;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image that goes with a reply (a statistics chart), platform-neutral: Telegram sends it as a
 * photo, Slack uploads it as a file, the terminal writes it to a file and says where.
 *
 * @param png the image, PNG-encoded
 * @param fileName what the file is called where it is saved or shared ({@code stats-psoc.png})
 * @param alt what the image shows, in words, for screen readers and where images are not shown
 */
public record Picture(byte[] png, String fileName, String alt) {

    public Picture {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(alt, "alt");
        if (png.length == 0) {
            throw new IllegalArgumentException("an empty picture");
        }
        if (!fileName.matches("[A-Za-z0-9._-]{1,80}\\.png")) {
            throw new IllegalArgumentException("a picture's file name is 1-80 of [A-Za-z0-9._-] ending in .png: " + fileName);
        }
        png = png.clone();
    }

    /** A copy: the picture stays as it was made. */
    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture p && Arrays.equals(png, p.png) && fileName.equals(p.fileName) && alt.equals(p.alt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), fileName, alt);
    }

    @Override
    public String toString() {
        return "Picture[" + fileName + ", " + png.length + " bytes, alt=" + alt + "]";
    }
}
