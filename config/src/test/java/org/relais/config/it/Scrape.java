package org.relais.config.it;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads figures out of a Prometheus text exposition ({@code GET /metrics}), as a scraper would. */
final class Scrape {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);

    private final String text;

    Scrape(String text) {
        this.text = text;
    }

    /** The sum of the samples of {@code name} whose labels include every {@code label="value"} given. */
    double sum(String name, String... labels) {
        double total = 0;
        boolean found = false;
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            String have = sample.group(3) == null ? "" : sample.group(3);
            if (sample.group(1).equals(name) && Arrays.stream(labels).allMatch(have::contains)) {
                total += Double.parseDouble(sample.group(4));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("no sample of " + name + " with " + Arrays.toString(labels) + " in:\n" + text);
        }
        return total;
    }
}
