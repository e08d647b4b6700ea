package io.harvest4j.core.internal.ratelimit;

import io.harvest4j.core.codec.WireShape;

/**
 * What the governor needs of {@code GET /account/rate_limit_status}: JSON
 * {@code {"count":…,"timeframe_limit":…,"max_calls":…,"lockout_seconds":…,…}} unwrapped, XML
 * {@code <hash><count>…</count><timeframe-limit>…</timeframe-limit><max-calls>…</max-calls>…</hash>}
 * (API.md §3; the public docs give only the path). Other fields ({@code last_access_at},
 * {@code requests_available}) are not read. Made by codecs only, or by {@link #of} in tests.
 */
public final class RateLimitStatusAnswer {

    /** The answer's shape in both formats: root {@code hash}, hyphenated in XML, unwrapped in JSON. */
    public static final WireShape SHAPE = WireShape.object("hash").jsonUnwrapped().build();

    private int count;
    private int timeframeLimit;
    private int maxCalls;
    private int lockoutSeconds;

    private RateLimitStatusAnswer() {
        // for the binders
    }

    /**
     * @param count calls counted in the current window
     * @param timeframeLimit the window, in seconds
     * @param maxCalls the most calls in a window
     * @param lockoutSeconds what is left of a lock-out, 0 when none
     * @return an answer with these values
     */
    public static RateLimitStatusAnswer of(int count, int timeframeLimit, int maxCalls, int lockoutSeconds) {
        RateLimitStatusAnswer answer = new RateLimitStatusAnswer();
        answer.count = count;
        answer.timeframeLimit = timeframeLimit;
        answer.maxCalls = maxCalls;
        answer.lockoutSeconds = lockoutSeconds;
        return answer;
    }

    /** @return calls counted in the current window, by every process of the account */
    public int count() {
        return count;
    }

    /** @return the window, in seconds */
    public int timeframeLimit() {
        return timeframeLimit;
    }

    /** @return the most calls in a window */
    public int maxCalls() {
        return maxCalls;
    }

    /** @return what is left of a lock-out in seconds, 0 when none */
    public int lockoutSeconds() {
        return lockoutSeconds;
    }

    @Override
    public String toString() {
        return "RateLimitStatusAnswer{count=" + count + ", timeframeLimit=" + timeframeLimit + ", maxCalls=" + maxCalls
                + ", lockoutSeconds=" + lockoutSeconds + "}";
    }
}
