package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake refuses the photos Telegram refuses: not an image, too big, sides too long or too unequal. */
class PhotoUploadsTest extends WithFakeTelegram {

    /** A real PNG of that size (one bit a pixel, so even a large one is small). */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }

    private TelegramApiRequestException refused(byte[] bytes) {
        return catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(SendPhoto.builder().chatId(5L)
                .photo(new InputFile(new ByteArrayInputStream(bytes), "chart.png")).build()));
    }

    @Test
    void whatIsNotAnImageIsRefused() {
        assertThat(refused(new byte[3210]).getApiResponse()).isEqualTo("Bad Request: IMAGE_PROCESS_FAILED");
        assertThat(refused("<svg/>".getBytes()).getErrorCode()).isEqualTo(400);
        assertThat(fake.messages(5)).isEmpty();
    }

    @Test
    void sidesOverTenThousandInAllOrMoreThanTwentyToOneAreRefused() throws IOException {
        assertThat(refused(png(5001, 5000)).getApiResponse()).isEqualTo("Bad Request: PHOTO_INVALID_DIMENSIONS");
        assertThat(refused(png(21, 1)).getApiResponse()).isEqualTo("Bad Request: PHOTO_INVALID_DIMENSIONS");
        assertThat(refused(png(1, 21)).getApiResponse()).isEqualTo("Bad Request: PHOTO_INVALID_DIMENSIONS");
        assertThat(refused(png(5000, 5000))).isNull();
        assertThat(refused(png(20, 1))).isNull();
        assertThat(fake.messages(5)).hasSize(2).allSatisfy(m -> assertThat(m.isPhoto()).isTrue());
    }

    @Test
    void overTenMegabytesIsRefused() {
        byte[] big = new byte[PhotoChecks.MAX_BYTES + 1];
        assertThat(refused(big).getApiResponse()).isEqualTo("Bad Request: photo is too big");
        assertThat(fake.rejections()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.VALIDATION));
    }
}
