package io.harvest4j.core;

/**
 * A call that is not idempotent (a create, an update, a delete, a timer toggle) failed in a way
 * that leaves its outcome unknown: the request may have reached the service and been applied,
 * but no answer says so. The connection failed after the request was sent, no answer came in
 * time, or the service answered with a fault (5xx, but for a throttled 503, which is never
 * processed). The client never sends such a call again by itself, since that could apply it
 * twice: the caller reconciles (reads the entry back, looks for what it created) and decides.
 *
 * <p>The {@linkplain #getCause() cause} is the failure as it came: a {@link TransportException}
 * or a {@link ServerException}. A write that provably was not processed (a refused connection, a
 * throttled answer) is retried and never fails with this type.
 */
public class MayHaveBeenProcessedException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which call, and that its outcome is unknown
     * @param cause the failure that left it unknown
     */
    public MayHaveBeenProcessedException(String message, HarvestException cause) {
        super(message, cause);
    }

    /** @return the failure that left the outcome unknown: a {@link TransportException} or a {@link ServerException} */
    @Override
    public synchronized HarvestException getCause() {
        return (HarvestException) super.getCause();
    }
}
