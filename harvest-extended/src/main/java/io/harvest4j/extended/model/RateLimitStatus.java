package io.harvest4j.extended.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's throttle as {@code GET /account/rate_limit_status} reports it: how many calls were
 * made in the current window and how many remain. The limit is configuration, not a constant: it
 * has changed over the years.
 */
public final class RateLimitStatus {

    private OffsetDateTime lastAccessAt;
    private int count;
    private int timeframeLimit;
    private int maxCalls;
    private int lockoutSeconds;
    private int requestsAvailable;

    private RateLimitStatus() {
        // for the binders
    }

    /** @return when the account last made a call */
    public Optional<OffsetDateTime> lastAccessAt() {
        return Optional.ofNullable(lastAccessAt);
    }

    /** @return how many calls were made in the current window */
    public int count() {
        return count;
    }

    /** @return the window's length in seconds */
    public int timeframeLimit() {
        return timeframeLimit;
    }

    /** @return how many calls the window allows */
    public int maxCalls() {
        return maxCalls;
    }

    /** @return how long the account stays locked out once throttled */
    public int lockoutSeconds() {
        return lockoutSeconds;
    }

    /** @return how many calls remain in the window */
    public int requestsAvailable() {
        return requestsAvailable;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RateLimitStatus)) {
            return false;
        }
        RateLimitStatus that = (RateLimitStatus) other;
        return Objects.equals(lastAccessAt, that.lastAccessAt)
                && count == that.count
                && timeframeLimit == that.timeframeLimit
                && maxCalls == that.maxCalls
                && lockoutSeconds == that.lockoutSeconds
                && requestsAvailable == that.requestsAvailable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastAccessAt, count, timeframeLimit, maxCalls, lockoutSeconds, requestsAvailable);
    }

    @Override
    public String toString() {
        return "RateLimitStatus{lastAccessAt=" + lastAccessAt
                + ", count=" + count
                + ", timeframeLimit=" + timeframeLimit
                + ", maxCalls=" + maxCalls
                + ", lockoutSeconds=" + lockoutSeconds
                + ", requestsAvailable=" + requestsAvailable + '}';
    }
}
