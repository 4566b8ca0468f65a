package org.relais.core.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.relais.core.i18n.Language;
import org.relais.core.stats.ActionStats;
import org.relais.core.stats.ChartPainter;

/**
 * A chart painter for tests where the core has no charting library: each call draws a real PNG (its
 * height tells the calls apart) and keeps what it was asked to draw and what it made.
 */
public final class RecordingPainter implements ChartPainter {
    private final List<ActionStats> drawn = new ArrayList<>();
    private final List<byte[]> made = new ArrayList<>();

    @Override
    public synchronized byte[] png(ActionStats stats, Language language) {
        drawn.add(stats);
        BufferedImage image = new BufferedImage(120, 80 + drawn.size(), BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        made.add(out.toByteArray());
        return out.toByteArray();
    }

    /** The statistics of each call, in order. */
    public synchronized List<ActionStats> drawn() {
        return List.copyOf(drawn);
    }

    /** The PNG of each call, in order. */
    public synchronized List<byte[]> made() {
        return made.stream().map(byte[]::clone).toList();
    }
}
