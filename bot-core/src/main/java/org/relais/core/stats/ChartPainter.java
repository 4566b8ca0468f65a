package org.relais.core.stats;

import org.relais.core.i18n.Language;

/**
 * Draws an action's statistics as a PNG chart. A port: the core knows no charting library (the
 * composition root brings one), and tests can draw with a lambda. Called while the event is handled,
 * so it should be quick; if it throws, the figures go out as text alone.
 */
@FunctionalInterface
public interface ChartPainter {

    /** The chart of {@code stats}, its words in {@code language}; counts only, as the stats hold nothing else. */
    byte[] png(ActionStats stats, Language language);
}
