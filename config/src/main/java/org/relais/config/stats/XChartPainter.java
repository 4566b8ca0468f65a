package org.relais.config.stats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.stats.ActionStats;
import org.relais.core.stats.ChartPainter;
import org.relais.core.stats.StatsLabels;
import org.relais.core.stats.Tally;

/**
 * The statistics chart with XChart: per day, bars for the people who started, got a ready message
 * and posted; below, per network, the targets reached. One PNG, 900 pixels wide, words in the
 * coordinator's language, counts only (the statistics hold nothing else).
 *
 * <p>XChart because it draws straight to a {@code BufferedImage} with Java2D alone (no native
 * library, no server, no browser), is small, is Apache-licensed and kept up. It runs headless:
 * {@code java.awt.headless} is set before anything is drawn, so no display is needed.
 */
public final class XChartPainter implements ChartPainter {
    static final int WIDTH = 900;
    static final int DAYS_HEIGHT = 480;
    static final int NETWORKS_HEIGHT = 360;
    /** Past this many days the dates are slanted, so they do not run into each other. */
    private static final int SLANT_AFTER = 8;
    private static final Color STARTED = new Color(0x9E, 0xC5, 0xE8);
    private static final Color READY = new Color(0x3D, 0x85, 0xC6);
    private static final Color POSTED = new Color(0x1B, 0x5E, 0x20);

    public XChartPainter() {
        headless();
    }

    /** Charts are drawn in servers and containers without a display. */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** @throws IllegalArgumentException when there is nothing to draw (nobody started, nobody posted) */
    @Override
    public byte[] png(ActionStats stats, Language language) {
        List<BufferedImage> parts = new ArrayList<>();
        if (!stats.perDay().isEmpty()) {
            parts.add(BitmapEncoder.getBufferedImage(perDay(stats, language)));
        }
        if (!stats.perNetwork().isEmpty()) {
            parts.add(BitmapEncoder.getBufferedImage(perNetwork(stats, language)));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw for action " + stats.action().id());
        }
        return encode(stacked(parts));
    }

    private static CategoryChart perDay(ActionStats stats, Language language) {
        String title = stats.action().title().in(language) + " — " + Messages.get(language, "stats.chart.per_day");
        CategoryChart chart = chart(DAYS_HEIGHT, title, Messages.get(language, "stats.chart.people"));
        List<String> days = stats.perDay().stream().map(day -> day.day().toString()).toList();
        List<MilestoneCounts> firsts = stats.perDay().stream().map(DailyCounts::firsts).toList();
        chart.addSeries(Messages.get(language, "stats.chart.started"), days,
                firsts.stream().map(MilestoneCounts::started).toList()).setFillColor(STARTED);
        chart.addSeries(Messages.get(language, "stats.chart.ready"), days,
                firsts.stream().map(MilestoneCounts::ready).toList()).setFillColor(READY);
        chart.addSeries(Messages.get(language, "stats.chart.posted"), days,
                firsts.stream().map(MilestoneCounts::posted).toList()).setFillColor(POSTED);
        chart.getStyler().setXAxisLabelRotation(days.size() > SLANT_AFTER ? 45 : 0);
        return chart;
    }

    private static CategoryChart perNetwork(ActionStats stats, Language language) {
        CategoryChart chart = chart(NETWORKS_HEIGHT, Messages.get(language, "stats.chart.per_network"),
                Messages.get(language, "stats.chart.reached"));
        List<String> networks = stats.perNetwork().stream().map(n -> StatsLabels.network(n.key(), language)).toList();
        List<Long> reached = stats.perNetwork().stream().map(Tally::count).toList();
        chart.addSeries(Messages.get(language, "stats.chart.reached"), networks, reached).setFillColor(READY);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    private static CategoryChart chart(int height, String title, String yAxis) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height).title(title).yAxisTitle(yAxis).build();
        CategoryStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setYAxisDecimalPattern("#,##0");
        styler.setYAxisMin(0.0);
        styler.setAntiAlias(true);
        chart.getStyler().setAvailableSpaceFill(0.8);
        return chart;
    }

    /** The charts one above the other, on white. */
    private static BufferedImage stacked(List<BufferedImage> parts) {
        int height = parts.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage all = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            int y = 0;
            for (BufferedImage part : parts) {
                g.drawImage(part, 0, y, null);
                y += part.getHeight();
            }
        } finally {
            g.dispose();
        }
        return all;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
