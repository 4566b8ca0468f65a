package org.relais.telegram.fake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * What {@code sendPhoto} refuses in an uploaded photo (Bot API: "The photo must be at most 10 MB in size. The
 * photo's width and height must not exceed 10000 in total. Width and height ratio must be at most 20."), with
 * the descriptions Telegram gives as bots report them: {@code IMAGE_PROCESS_FAILED} for what is not an image,
 * {@code PHOTO_INVALID_DIMENSIONS} for its sizes. Telegram's wording for a photo over 10 MB is not documented;
 * the fake says {@code photo is too big}.
 */
final class PhotoChecks {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDES = 10_000;
    static final int MAX_RATIO = 20;

    private PhotoChecks() {
    }

    static void upload(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw ApiError.badRequest("photo is too big");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        if (width + height > MAX_SIDES || Math.max(width, height) > MAX_RATIO * Math.min(width, height)) {
            throw ApiError.badRequest("PHOTO_INVALID_DIMENSIONS");
        }
    }
}
