package io.harvest4j.core;

import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default {@link RateLimiter}: paces the calls of a client below the account's throttle
 * ({@link HarvestConfig#maxCalls()} calls in {@link HarvestConfig#throttleWindow()}, 100 in 15 s by
 * default), so that a batch job is not throttled by its own calls. Thread-safe; one governor is
 * shared by every thread of a client, and by every client of the same account in the JVM that
 * {@link Harvest#builder()} makes ({@link ThrottleGovernors}).
 *
 * <p><b>Counting.</b> The service counts a call when it arrives, which is some time after it was
 * sent: on a loaded machine, long after. A governor that stamps its permits when it hands them out
 * frees each one too early by that lag, and the calls it lets through next arrive while the
 * service still counts the old ones. So a permit counts from when it is handed out until
 * {@code window + margin} after its attempt {@linkplain #settled() settled} (the answer came, or
 * the failure): the service counted the call at the latest then. A call in flight holds its
 * permit; at most {@code maxCalls} permits are held at once. The margin only absorbs the
 * granularity of clocks (a hundredth of the window, at most 100 ms), not the lag.
 *
 * <p><b>Throttled.</b> When a call is throttled anyway (another process of the account, a limit
 * lower than configured), {@link #throttled(Duration)} holds <em>every</em> call waiting for a
 * permit until the {@code Retry-After} has passed: any call the service receives while it is
 * locked out extends the lock-out for everyone, so a single call sent early is enough to starve
 * the whole batch.
 *
 * <p>Calls wait on the {@link Sleeper} in the order they asked, without holding a thread.
 */
public final class ThrottleGovernor implements RateLimiter {

    private static final Duration MAX_MARGIN = Duration.ofMillis(100);

    private final int maxCalls;
    private final Duration window;
    private final Duration span;
    private final Sleeper sleeper;
    private final Clock clock;

    // guarded by this
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    /** When the recently settled permits were settled, oldest first; at most {@code maxCalls}. */
    private final Deque<Instant> settled = new ArrayDeque<>();
    private int inFlight;
    private Instant heldUntil = Instant.MIN;
    private Instant wakeUp;
    /** The latest time a wait on the sleeper ended for: a sleeper that makes waits instant (tests) moves time on. */
    private Instant sleptUntil = Instant.MIN;

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
        this.window = window;
        Duration margin = window.dividedBy(100);
        this.span = window.plus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A governor of its own, shared with no other client. {@link Harvest#builder()} uses
     * {@link ThrottleGovernors#forAccount} instead, so that clients of one account share one.
     *
     * @param config the account's limit
     * @param sleeper how a call waits for its permit
     * @param clock the time source
     * @return a governor for that limit
     */
    public static ThrottleGovernor of(HarvestConfig config, Sleeper sleeper, Clock clock) {
        return new ThrottleGovernor(config.maxCalls(), config.throttleWindow(), sleeper, clock);
    }

    /** @return the most calls let through in any window */
    public int maxCalls() {
        return maxCalls;
    }

    /** @return the window */
    public Duration window() {
        return window;
    }

    @Override
    public CompletableFuture<Void> acquire() {
        CompletableFuture<Void> permit = new CompletableFuture<>();
        synchronized (this) {
            waiting.addLast(permit);
        }
        drain();
        return permit;
    }

    @Override
    public void settled() {
        synchronized (this) {
            if (inFlight > 0) {
                inFlight--;
            }
            settled.addLast(now());
            while (settled.size() > maxCalls) {
                settled.removeFirst();
            }
        }
        drain();
    }

    @Override
    public void throttled(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return;
        }
        synchronized (this) {
            Instant until = saturatedPlus(now(), retryAfter);
            if (until.isAfter(heldUntil)) {
                heldUntil = until;
            }
        }
        drain();
    }

    /** @return until when every call is held after a throttled answer, if it has not passed */
    public synchronized java.util.Optional<Instant> heldUntil() {
        return now().isBefore(heldUntil) ? java.util.Optional.of(heldUntil) : java.util.Optional.empty();
    }

    /**
     * Hands out the permits that are free, in order, and arranges to be called again when the
     * next one frees (a settled permit that leaves the window, or the end of a hold); a permit
     * held by a call in flight frees when it {@linkplain #settled() settles}. Futures are
     * completed outside the lock: what depends on them may run here and come back.
     */
    private void drain() {
        List<CompletableFuture<Void>> granted = new ArrayList<>();
        Instant next = null;
        Instant now;
        synchronized (this) {
            now = now();
            while (!settled.isEmpty() && !settled.peekFirst().plus(span).isAfter(now)) {
                settled.removeFirst();
            }
            while (!waiting.isEmpty()) {
                if (now.isBefore(heldUntil)) {
                    next = heldUntil;
                    break;
                }
                if (inFlight + settled.size() >= maxCalls) {
                    next = settled.isEmpty() ? null : settled.peekFirst().plus(span);
                    break;
                }
                CompletableFuture<Void> permit = waiting.removeFirst();
                if (permit.isDone()) {
                    continue; // cancelled while waiting
                }
                inFlight++;
                granted.add(permit);
            }
            if (next != null && wakeUp != null && !wakeUp.isAfter(next) && wakeUp.isAfter(now)) {
                next = null; // a wake-up is already due by then
            }
            if (next != null) {
                wakeUp = next;
            }
        }
        for (CompletableFuture<Void> permit : granted) {
            if (!permit.complete(null)) {
                settled(); // cancelled meanwhile: give it back
            }
        }
        if (next != null) {
            Instant at = next;
            CompletableFuture<Void> slept;
            try {
                slept = sleeper.sleep(Duration.between(now, at));
            } catch (RuntimeException e) {
                slept = CompletableFuture.failedFuture(e);
            }
            slept.whenComplete((ignored, failure) -> {
                synchronized (this) {
                    if (at.equals(wakeUp)) {
                        wakeUp = null;
                    }
                    if (failure == null && at.isAfter(sleptUntil)) {
                        sleptUntil = at;
                    }
                }
                if (failure != null) {
                    failWaiting(failure);
                } else {
                    drain();
                }
            });
        }
    }

    /** @return the time: the clock's, or later if the sleeper said a wait until later has ended; guarded by this */
    private Instant now() {
        Instant time = clock.instant();
        return sleptUntil.isAfter(time) ? sleptUntil : time;
    }

    /** The sleeper failed: the calls waiting fail with it rather than wait for ever. */
    private void failWaiting(Throwable failure) {
        List<CompletableFuture<Void>> failed;
        synchronized (this) {
            failed = new ArrayList<>(waiting);
            waiting.clear();
        }
        failed.forEach(permit -> permit.completeExceptionally(failure));
    }

    private static Instant saturatedPlus(Instant instant, Duration duration) {
        try {
            return instant.plus(duration);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return Instant.MAX;
        }
    }

    @Override
    public String toString() {
        return "ThrottleGovernor{" + maxCalls + " calls per " + window + "}";
    }
}
