package org.relais.telegram.send;

/**
 * A call the {@link TelegramSender} did not make, or gave up on, without Telegram having refused it:
 * submitted after {@code close()}, still queued when the drain time ran out, or queued for a chat
 * that has just answered 403 (then the 403 is the cause). Callers may treat it as "not delivered";
 * only {@link #outcomeUnknown()} calls might have reached Telegram.
 */
public final class SendAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    SendAbortedException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True for a call that was still on its way to Telegram when the sender stopped waiting for it. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
