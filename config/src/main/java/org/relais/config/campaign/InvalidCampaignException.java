package org.relais.config.campaign;

import java.util.List;

/**
 * Start-up refuses a campaign with problems rather than showing volunteers broken actions; this
 * carries the same lines {@code relais campaign check} prints, so the log says exactly what to fix.
 */
public final class InvalidCampaignException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    public InvalidCampaignException(List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.lines = List.copyOf(lines);
    }

    /** The summary line, then one {@code file:line:column: path: message} line per problem. */
    public List<String> lines() {
        return lines;
    }
}
