package io.harvest4j.core.spi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without blocking a thread: the seam through which tests make retries and pacing instant
 * and exact.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits for real, on the common pool's delayed executor. */
    Sleeper SYSTEM = delay -> delay.isZero() || delay.isNegative()
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));

    /**
     * @param delay how long to wait
     * @return a future completed once the delay has passed
     */
    CompletableFuture<Void> sleep(Duration delay);
}
