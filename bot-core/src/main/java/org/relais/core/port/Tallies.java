package org.relais.core.port;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts deliveries into a {@link DeliveryTally}: the one way every store does it. */
public final class Tallies {
    private Tallies() {}

    public static DeliveryTally of(List<Delivery> deliveries) {
        int pending = 0;
        int sending = 0;
        int sent = 0;
        int failed = 0;
        int reclaimed = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (Delivery d : deliveries) {
            switch (d.state()) {
                case PENDING -> pending++;
                case SENDING -> sending++;
                case SENT -> sent++;
                case FAILED -> {
                    failed++;
                    reasons.merge(d.reason().orElse("?"), 1, Integer::sum);
                }
            }
            if (d.claims() > 1) {
                reclaimed++;
            }
        }
        return new DeliveryTally(deliveries.size(), pending, sending, sent, failed, reclaimed, reasons);
    }
}
