package io.harvest4j.core;

/** The account is throttled: a 503 with {@code Retry-After}. The service did not process the call, so it is safe to send again after {@link #retryAfter()}; waiting is what lifts the lock, as every further call resets it. */
public class ThrottledException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public ThrottledException(Details details) {
        super(details, "the account made too many calls and is throttled; wait for Retry-After");
    }
}
