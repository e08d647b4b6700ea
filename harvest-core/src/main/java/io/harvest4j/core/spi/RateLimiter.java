package io.harvest4j.core.spi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Paces the calls of one client, shared by all its threads, so that the account's throttle is
 * never reached. The client asks for a permit before it sends each attempt of a call, tells the
 * limiter when that attempt has {@linkplain #settled() settled}, and tells it when the service
 * throttled it anyway.
 */
public interface RateLimiter {

    /** Never waits: for tests and for callers that pace themselves. */
    RateLimiter UNLIMITED = new RateLimiter() {
        @Override
        public CompletableFuture<Void> acquire() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String toString() {
            return "RateLimiter.UNLIMITED";
        }
    };

    /** @return a future completed when one more call may be sent */
    CompletableFuture<Void> acquire();

    /**
     * The attempt that a permit was {@linkplain #acquire() acquired} for has ended (an answer
     * came, or the failure that ends it): the service has counted it by now, if it ever will.
     * Called once for every permit acquired.
     */
    default void settled() {
    }

    /**
     * The service throttled a call: no call should be sent before {@code retryAfter} has passed
     * (every call made while throttled extends the lock-out).
     *
     * @param retryAfter the service's {@code Retry-After}
     */
    default void throttled(Duration retryAfter) {
    }
}
