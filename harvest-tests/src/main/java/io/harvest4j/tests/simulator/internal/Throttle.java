package io.harvest4j.tests.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The account's throttle (API.md §3): more than {@code maxCalls} counted calls within a sliding
 * {@code timeframe} locks the account out for {@code lockout}; every call while locked out starts
 * the lock-out again; waiting lifts it, and a lifted lock-out starts a fresh window: a client that
 * waited the {@code Retry-After} it was told is served (even with a lock-out shorter than the
 * window). Calls refused by the throttle are not counted in the window. Thread-safe.
 */
public final class Throttle {

    /** The answer to one call: admitted, or refused with the seconds to wait. */
    public static final class Decision {
        private static final Decision ADMITTED = new Decision(0);
        private final long retryAfterSeconds;

        private Decision(long retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** @return whether the call may proceed */
        public boolean isAdmitted() {
            return retryAfterSeconds == 0;
        }

        /** @return seconds to wait (0 when admitted) */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A snapshot of the throttle, as {@code rate_limit_status} reports it. */
    public static final class Status {
        /** The last call that reached the account (counted or refused), or null. */
        public final Instant lastAccessAt;
        /** Calls counted in the current window. */
        public final int count;
        /** The window, in seconds. */
        public final long timeframeSeconds;
        /** The most calls the window admits. */
        public final int maxCalls;
        /** Seconds left of the current lock-out, 0 when not locked out. */
        public final long lockoutSeconds;
        /** Calls left in the window (0 while locked out). */
        public final int requestsAvailable;

        Status(Instant lastAccessAt, int count, long timeframeSeconds, int maxCalls, long lockoutSeconds, int requestsAvailable) {
            this.lastAccessAt = lastAccessAt;
            this.count = count;
            this.timeframeSeconds = timeframeSeconds;
            this.maxCalls = maxCalls;
            this.lockoutSeconds = lockoutSeconds;
            this.requestsAvailable = requestsAvailable;
        }
    }

    private boolean enabled;
    private int maxCalls;
    private Duration timeframe;
    private Duration lockout;
    private final Deque<Instant> calls = new ArrayDeque<>();
    private Instant lockedUntil;
    private Instant lastAccessAt;
    private volatile boolean retryAfterAsDate;

    /**
     * @param enabled whether it refuses anything
     * @param maxCalls calls admitted per window
     * @param timeframe the window
     * @param lockout how long a lock-out lasts after the last call
     */
    public Throttle(boolean enabled, int maxCalls, Duration timeframe, Duration lockout) {
        configure(enabled, maxCalls, timeframe, lockout);
    }

    /**
     * Changes the limits and forgets every call counted.
     *
     * @param enabled whether it refuses anything
     * @param maxCalls calls admitted per window
     * @param timeframe the window
     * @param lockout how long a lock-out lasts after the last call
     */
    public synchronized void configure(boolean enabled, int maxCalls, Duration timeframe, Duration lockout) {
        if (maxCalls < 1 || timeframe.isNegative() || timeframe.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("throttle needs maxCalls >= 1 and positive durations");
        }
        this.enabled = enabled;
        this.maxCalls = maxCalls;
        this.timeframe = timeframe;
        this.lockout = lockout;
        clear();
    }

    /**
     * @param asDate whether a throttled answer names its {@code Retry-After} as an HTTP-date
     *     (RFC 9110 section 10.2.3 allows either) rather than as seconds; kept across {@link #configure}
     */
    public void retryAfterAsDate(boolean asDate) {
        this.retryAfterAsDate = asDate;
    }

    /** @return whether {@code Retry-After} is an HTTP-date rather than seconds */
    public boolean retryAfterAsDate() {
        return retryAfterAsDate;
    }

    /** Forgets every call counted and any lock-out. */
    public synchronized void clear() {
        calls.clear();
        lockedUntil = null;
        lastAccessAt = null;
    }

    /**
     * Counts one call.
     *
     * @param now the time
     * @return whether it may proceed
     */
    public synchronized Decision admit(Instant now) {
        lastAccessAt = now;
        if (!enabled) {
            return Decision.ADMITTED;
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            lockedUntil = now.plus(lockout);
            return new Decision(ceilSeconds(lockout));
        }
        liftExpiredLockout(now);
        prune(now);
        if (calls.size() >= maxCalls) {
            lockedUntil = now.plus(lockout);
            return new Decision(ceilSeconds(lockout));
        }
        calls.addLast(now);
        return Decision.ADMITTED;
    }

    /**
     * The state, as {@code GET /account/rate_limit_status} shows it. A throttle that is off refuses
     * nothing, and says so: its {@code max_calls} is {@link Integer#MAX_VALUE}, so that a client
     * that learns the limit from this answer does not pace itself under one that is not enforced.
     *
     * @param now the time
     * @return the state, without counting a call
     */
    public synchronized Status status(Instant now) {
        liftExpiredLockout(now);
        prune(now);
        boolean locked = enabled && lockedUntil != null && now.isBefore(lockedUntil);
        long lockoutLeft = locked ? ceilSeconds(Duration.between(now, lockedUntil)) : 0;
        int limit = enabled ? maxCalls : Integer.MAX_VALUE;
        int available = locked ? 0 : Math.max(0, limit - calls.size());
        return new Status(lastAccessAt, calls.size(), ceilSeconds(timeframe), limit, lockoutLeft, available);
    }

    /** A lock-out that ran out is over, and so is the window that led to it. */
    private void liftExpiredLockout(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            calls.clear();
        }
    }

    private void prune(Instant now) {
        Instant horizon = now.minus(timeframe);
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(horizon)) {
            calls.removeFirst();
        }
    }

    private static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
