package org.relais.core.port;

/**
 * How many volunteers reached each milestone of one action: counts, never who. Someone who said they
 * posted without a ready message first counts as started and posted, not ready.
 */
public record MilestoneCounts(long started, long ready, long posted) {

    public static final MilestoneCounts NONE = new MilestoneCounts(0, 0, 0);

    public MilestoneCounts {
        if (started < 0 || ready < 0 || posted < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** These counts and one more at {@code milestone}. */
    public MilestoneCounts plus(Milestone milestone) {
        return switch (milestone) {
            case STARTED -> new MilestoneCounts(started + 1, ready, posted);
            case READY -> new MilestoneCounts(started, ready + 1, posted);
            case POSTED -> new MilestoneCounts(started, ready, posted + 1);
        };
    }

    public boolean isEmpty() {
        return started == 0 && ready == 0 && posted == 0;
    }
}
