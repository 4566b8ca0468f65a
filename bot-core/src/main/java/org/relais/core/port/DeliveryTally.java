package org.relais.core.port;

import java.util.Map;

/**
 * Where a broadcast's deliveries stand, for the progress message and the report.
 *
 * @param reclaimed deliveries taken again after a worker died with their send on its way: the only
 *     ones that may have reached their chat twice
 * @param failuresByReason how many failed for each reason, reasons sorted
 */
public record DeliveryTally(int total, int pending, int sending, int sent, int failed, int reclaimed,
        Map<String, Integer> failuresByReason) {

    public DeliveryTally {
        failuresByReason = Map.copyOf(failuresByReason);
    }

    /** Every delivery sent or failed. */
    public boolean settled() {
        return pending == 0 && sending == 0;
    }
}
