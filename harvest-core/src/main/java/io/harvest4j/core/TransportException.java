package io.harvest4j.core;

/**
 * No usable answer came back: the connection failed or timed out, or the answer was larger than
 * the configured limit.
 */
public class TransportException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /** @serial whether the request may have reached the service */
    private final boolean sent;

    /**
     * A failure after which the request may have reached the service.
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public TransportException(String message, Throwable cause) {
        this(message, cause, true);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure, or {@code null}
     * @param sent {@code false} only when the request provably never left (the connection could
     *     not be made): then even a non-idempotent call may be retried
     */
    public TransportException(String message, Throwable cause, boolean sent) {
        super(message, cause);
        this.sent = sent;
    }

    /** @return whether the request may have reached the service */
    public boolean mayHaveBeenSent() {
        return sent;
    }
}
