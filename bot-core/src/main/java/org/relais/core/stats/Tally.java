package org.relais.core.stats;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of a statistic: what is counted (a target as completions store it, a network's id) and
 * how many. Never a volunteer.
 */
public record Tally(String key, long count) {

    /** Largest first, then by key, so equal counts always come in the same order. */
    static final Comparator<Tally> ORDER = Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key);

    /** Sums {@code items} by the key each gives, in {@link #ORDER}. */
    static <T> List<Tally> sum(List<T> items, Function<T, String> key, Function<T, Long> count) {
        Map<String, Long> sums = new LinkedHashMap<>();
        items.forEach(item -> sums.merge(key.apply(item), count.apply(item), Long::sum));
        return sums.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).sorted(ORDER).toList();
    }
}
