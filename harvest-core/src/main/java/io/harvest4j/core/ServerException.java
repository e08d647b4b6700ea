package io.harvest4j.core;

/** The service failed (5xx), or was unavailable without naming a wait (a 503 without {@code Retry-After} is an outage, not a throttle). */
public class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public ServerException(Details details) {
        super(details, "the service failed; the call may be retried later if it is idempotent");
    }
}
