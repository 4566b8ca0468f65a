package org.relais.core.send;

/**
 * A call the {@link PacedSender} did not make, or gave up on, without the platform having refused it:
 * submitted after {@code close()}, still queued when the drain time ran out, or queued for a lane
 * that has just refused the bot for good (then that refusal is the cause). Callers may treat it as
 * "not delivered"; only {@link #outcomeUnknown()} calls might have reached the platform.
 */
public final class SendAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    SendAbortedException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True for a call that was still on its way to the platform when the sender stopped waiting for it. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
