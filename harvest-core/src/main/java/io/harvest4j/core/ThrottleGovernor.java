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
 * <p><b>Learnt.</b> The configured limit is a guess: the service "reserves the right to tune the
 * limitations", and other processes of the account spend the same budget. A client built with the
 * library's transport has its governor {@linkplain #learn learn} the account's state from {@code GET
 * /account/rate_limit_status} (which the service does not count) after the answer to the first
 * call it paces (at the latest 250 ms after that call went),
 * and again after a throttled 503, before the hold ends: the service's {@code max_calls} and
 * {@code timeframe_limit} replace the configured ones, and its {@code count} of calls already made
 * in the window, less those this governor knows of, is charged as permits settled then. No permit
 * but the first call's is handed out while that read is on its way; one read serves every thread
 * and client sharing the governor. When the read fails the configuration stays
 * ({@link HarvestConfig.Builder#learnRateLimit(boolean)} says more).
 *
 * <p>Calls wait on the {@link Sleeper} in the order they asked, without holding a thread.
 */
public final class ThrottleGovernor implements RateLimiter {

    private static final Duration MAX_MARGIN = Duration.ofMillis(100);

    private final Sleeper sleeper;
    private final Clock clock;
    /** Learns the account's limit from the service, once for every client that shares this governor. */
    final RateLimitLearning learning = new RateLimitLearning(this);

    // guarded by this
    /** The limit: configured, the strictest of the clients that share the governor, until the service's is learnt. */
    private int maxCalls;
    private Duration window;
    /** How long after it settled a permit counts: the window and a margin. */
    private Duration span;
    private boolean learnt;
    /** While not done, at most {@link #pausedAllowance} permits count: the account's state is being read. */
    private CompletableFuture<?> paused;
    /** How many permits (out, or settled within the window) may count while {@link #paused}. */
    private int pausedAllowance;
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
        this.span = span(window);
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

    /** @return the most calls let through in any window: configured, or learnt from the service */
    public synchronized int maxCalls() {
        return maxCalls;
    }

    /** @return the window: configured, or learnt from the service */
    public synchronized Duration window() {
        return window;
    }

    /** @return whether the limit is the service's, read from {@code GET /account/rate_limit_status} */
    public synchronized boolean hasLearntLimit() {
        return learnt;
    }

    /**
     * Takes the account's state as the service reports it ({@code GET /account/rate_limit_status}):
     * its limit replaces the configured one, lower or higher, and the calls it has already counted
     * in the window that this governor does not know of (made by other processes of the account)
     * are charged as permits settled now. Permits already handed out stay valid; a lower limit
     * holds the next ones at once. Thread-safe; the client that shares this governor does this by
     * itself (see {@link HarvestConfig.Builder#learnRateLimit(boolean)}).
     *
     * @param maxCalls the service's {@code max_calls}
     * @param window the service's {@code timeframe_limit}
     * @param used the service's {@code count}: calls counted in the current window, by anyone
     * @throws IllegalArgumentException when the limit is none or {@code used} is negative
     */
    public void learn(int maxCalls, Duration window, int used) {
        learn(maxCalls, window, used, -1);
    }

    /**
     * {@link #learn(int, Duration, int)}, knowing which of this governor's calls the service had
     * counted for certain: those settled before the read was sent ({@link #settledInWindow()}
     * then). A call in flight meanwhile (a slow first call, when the first read stops waiting for
     * it) may or may not be in the service's count; it is taken as not, so that the budget is
     * never overspent: at worst it is charged twice, for one window.
     *
     * @param counted this governor's calls the service has counted for certain, or {@code -1}
     *     to take every call out or settled as counted
     */
    void learn(int maxCalls, Duration window, int used, int counted) {
        Objects.requireNonNull(window, "window");
        if (maxCalls < 1 || window.isNegative() || window.isZero() || used < 0) {
            throw new IllegalArgumentException("not a throttle: " + maxCalls + " calls per " + window + ", " + used + " used");
        }
        synchronized (this) {
            limit(maxCalls, window);
            learnt = true;
            Instant now = now();
            dropExpired(now);
            int known = counted < 0 ? inFlight + settled.size() : Math.min(counted, settled.size());
            for (int i = known; i < used; i++) {
                settled.addLast(now);
            }
        }
        drain();
    }

    /** @return how many of this governor's calls settled within the window (the service counted them) */
    synchronized int settledInWindow() {
        dropExpired(now());
        return settled.size();
    }

    /**
     * Another client of the account joins this governor with its own configured limit: until the
     * service's limit is learnt, the strictest configuration counts (the fewest calls, the longest
     * window).
     */
    void join(int maxCalls, Duration window) {
        synchronized (this) {
            if (learnt) {
                return;
            }
            limit(Math.min(this.maxCalls, maxCalls), this.window.compareTo(window) >= 0 ? this.window : window);
        }
        drain();
    }

    /**
     * Hands out no more permits than {@code allowance} counts (those out, and those settled within
     * the window) until {@code until} is done (the account's state is being read), on top of any
     * hold; calls in flight are not affected.
     */
    void pauseUntil(CompletableFuture<?> until, int allowance) {
        synchronized (this) {
            paused = until;
            pausedAllowance = allowance;
        }
        until.whenComplete((ignored, failure) -> drain());
    }

    /** Sets the limit; guarded by this. */
    private void limit(int maxCalls, Duration window) {
        this.maxCalls = maxCalls;
        this.window = window;
        this.span = span(window);
    }

    /** The margin only absorbs the granularity of clocks: a hundredth of the window, at most 100 ms. */
    private static Duration span(Duration window) {
        Duration margin = window.dividedBy(100);
        return window.plus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN);
    }

    /** Forgets the settled permits that left the window; guarded by this. */
    private void dropExpired(Instant now) {
        while (!settled.isEmpty() && !settled.peekFirst().plus(span).isAfter(now)) {
            settled.removeFirst();
        }
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
        learning.settled();
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
        // most drains grant one permit or none: a list is only made for a second
        CompletableFuture<Void> grantedFirst = null;
        List<CompletableFuture<Void>> grantedMore = null;
        Instant next = null;
        Instant now;
        synchronized (this) {
            now = now();
            dropExpired(now);
            while (!waiting.isEmpty()) {
                if (paused != null && !paused.isDone() && inFlight + settled.size() >= pausedAllowance) {
                    break; // drained again when it is done
                }
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
                if (grantedFirst == null) {
                    grantedFirst = permit;
                } else {
                    if (grantedMore == null) {
                        grantedMore = new ArrayList<>();
                    }
                    grantedMore.add(permit);
                }
            }
            if (next != null && wakeUp != null && !wakeUp.isAfter(next) && wakeUp.isAfter(now)) {
                next = null; // a wake-up is already due by then
            }
            if (next != null) {
                wakeUp = next;
            }
        }
        if (grantedFirst != null) {
            grant(grantedFirst);
        }
        if (grantedMore != null) {
            grantedMore.forEach(this::grant);
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

    private void grant(CompletableFuture<Void> permit) {
        if (!permit.complete(null)) {
            settled(); // cancelled meanwhile: give it back
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
    public synchronized String toString() {
        return "ThrottleGovernor{" + maxCalls + " calls per " + window + (learnt ? ", learnt" : "") + "}";
    }
}
