package org.relais.core.memory;

import java.util.Deque;
import java.util.Map;

/** The in-memory store's one way to change a map inside a transaction: the change, and how to take it back. */
final class Undo {
    private Undo() {}

    /** Puts (or removes, for a null value) and pushes how to restore the previous value. */
    static <K, V> void set(Deque<Runnable> undo, Map<K, V> map, K key, V value) {
        boolean had = map.containsKey(key);
        V previous = value == null ? map.remove(key) : map.put(key, value);
        undo.push(() -> {
            if (had) {
                map.put(key, previous);
            } else {
                map.remove(key);
            }
        });
    }
}
