package org.relais.core.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the last results of a pure, costly function. twitter-text's regular expressions take
 * hundreds of microseconds per text, a review screen measures the same text several times, and many
 * volunteers post the same wordings: a small cache turns that into one computation.
 */
final class Memo<K, V> {
    private final Map<K, V> recent;

    Memo(int capacity) {
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    V get(K key, Function<K, V> compute) {
        V value = recent.get(key);
        if (value == null) {
            value = compute.apply(key);
            recent.put(key, value);
        }
        return value;
    }
}
