package org.relais.core.port;

/** Named counters that survive restarts and are shared by every instance (wording rotation). */
public interface Counters {

    /** Increments the counter (created at 0) and answers its new value: 1, 2, 3, … */
    long next(String name);
}
