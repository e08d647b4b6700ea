package io.harvest4j.core;

import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default {@link RateLimiter}: paces the calls of a client below the account's throttle
 * ({@link HarvestConfig#maxCalls()} calls in {@link HarvestConfig#throttleWindow()}, 100 in 15 s by
 * default), so that a batch job is not throttled by its own calls. Thread-safe; one governor is
 * shared by every thread of a client, and may be shared by several clients of the same account
 * (give the same instance to each builder).
 *
 * <p>Permits are handed out in order, each at the earliest time that keeps every sliding window
 * under the limit, widened by a margin (one second, or a tenth of the window if that is less) that
 * absorbs the jitter between sending a call and its arrival. A call that must wait waits on the
 * {@link Sleeper}, without holding a thread.
 *
 * <p>A throttled answer is waited out by the call that received it (its {@code Retry-After}, through
 * the {@link io.harvest4j.core.spi.RetryPolicy}); the governor does not hold other calls for it.
 */
public final class ThrottleGovernor implements RateLimiter {

    private static final Duration MAX_MARGIN = Duration.ofSeconds(1);

    private final int maxCalls;
    private final Duration spacing;
    private final Sleeper sleeper;
    private final Clock clock;
    /** When the last {@code maxCalls} permits were given for, oldest at {@link #oldest}; guarded by this. */
    private final Instant[] permits;
    private int oldest;

    /**
     * @param maxCalls at most this many calls …
     * @param window … in any window of this length
     * @param sleeper how a call waits for its permit
     * @param clock the time source
     */
    public ThrottleGovernor(int maxCalls, Duration window, Sleeper sleeper, Clock clock) {
        if (maxCalls < 1) {
            throw new ConfigurationException("maxCalls must be positive: " + maxCalls);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new ConfigurationException("the throttle window must be positive: " + window);
        }
        this.maxCalls = maxCalls;
        Duration margin = window.dividedBy(10);
        this.spacing = window.plus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.permits = new Instant[maxCalls];
    }

    /**
     * @param config the account's limit
     * @param sleeper how a call waits for its permit
     * @param clock the time source
     * @return a governor for that limit
     */
    public static ThrottleGovernor of(HarvestConfig config, Sleeper sleeper, Clock clock) {
        return new ThrottleGovernor(config.maxCalls(), config.throttleWindow(), sleeper, clock);
    }

    @Override
    public CompletableFuture<Void> acquire() {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant at = now;
            Instant previous = permits[(oldest + maxCalls - 1) % maxCalls];
            if (previous != null && previous.isAfter(at)) {
                at = previous; // in order, even if the clock steps back
            }
            Instant freed = permits[oldest] == null ? null : permits[oldest].plus(spacing);
            if (freed != null && freed.isAfter(at)) {
                at = freed;
            }
            permits[oldest] = at;
            oldest = (oldest + 1) % maxCalls;
            wait = Duration.between(now, at);
        }
        return wait.isZero() ? CompletableFuture.completedFuture(null) : sleeper.sleep(wait);
    }

    @Override
    public String toString() {
        return "ThrottleGovernor{" + maxCalls + " calls per " + spacing + "}";
    }
}
