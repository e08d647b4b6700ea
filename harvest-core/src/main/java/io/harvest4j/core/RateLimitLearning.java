package io.harvest4j.core;

import io.harvest4j.core.internal.ratelimit.RateLimitStatusAnswer;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * When a {@link ThrottleGovernor} reads the account's state from {@code GET
 * /account/rate_limit_status}: once before the first call it paces, and again after a throttled
 * 503, single-flight whatever the number of threads and clients that share the governor. The
 * first call goes out first, and the first read after its answer (at the latest 250 ms after it
 * went), so that learning costs that call nothing; the calls after it wait for the read. A read after a throttled answer holds every call until it
 * is done. The read itself takes no permit (the service does not count it).
 *
 * <p>A read that fails leaves the governor on its configuration and is logged once at
 * {@code INFO} (then at {@code DEBUG}). An account that cannot answer it (a 4xx such as the 404
 * of an old account, an answer the codec cannot read, values that are no limit) is not asked
 * again; after a failure that may pass (no connection, a timeout, a 5xx, a 401) it is asked again
 * after the next throttled 503 only, never on every call. Thread-safe.
 */
final class RateLimitLearning {

    private static final System.Logger LOG = System.getLogger(ThrottleGovernor.class.getName());

    private enum State { NOT_YET, LEARNING, LEARNT, FAILED_MAY_PASS, UNSUPPORTED }

    /** How many calls go out before the first read is done: the one that caused it. */
    private static final int FIRST_CALLS_BEFORE_THE_READ = 1;
    /** The longest the first read waits for the first call's answer before it is sent. */
    static final Duration FIRST_READ_AT_LATEST = Duration.ofMillis(250);

    private final ThrottleGovernor governor;
    // guarded by this
    private State state = State.NOT_YET;
    private boolean failureLogged;
    /**
     * The first read, until the first call's answer is in (or its time has come): written under
     * the lock, read without it on every settled permit.
     */
    private volatile Supplier<CompletableFuture<RateLimitStatusAnswer>> pendingRead;
    private CompletableFuture<Void> pendingDone;

    RateLimitLearning(ThrottleGovernor governor) {
        this.governor = governor;
    }

    /**
     * A call is about to ask for a permit: the first one has the account's state read, and goes
     * out first; the governor holds every other permit until the read is done. The read is sent
     * once the first call's answer is in (so that it takes nothing from that answer, on a fresh
     * JVM above all), or {@link #FIRST_READ_AT_LATEST} after it went, whichever comes first (so
     * that a slow first call does not hold the others for long). One call cannot exceed a limit,
     * and one that other processes had exhausted is answered 503 with a {@code Retry-After}, which
     * the governor obeys, as it would have without learning.
     *
     * @param read sends the read; answers the status, or fails
     */
    void beforeCall(Supplier<CompletableFuture<RateLimitStatusAnswer>> read) {
        synchronized (this) {
            if (state != State.NOT_YET) {
                return;
            }
            pendingDone = claim(FIRST_CALLS_BEFORE_THE_READ);
            pendingRead = read;
        }
        CompletableFuture.delayedExecutor(FIRST_READ_AT_LATEST.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::startPendingRead);
    }

    /** A permit of the governor settled: a first read that waited for the first answer goes now. */
    void settled() {
        if (pendingRead != null) {
            startPendingRead();
        }
    }

    private void startPendingRead() {
        Supplier<CompletableFuture<RateLimitStatusAnswer>> read;
        CompletableFuture<Void> done;
        synchronized (this) {
            if (pendingRead == null) {
                return;
            }
            read = pendingRead;
            done = pendingDone;
            pendingRead = null;
            pendingDone = null;
        }
        start(read, done);
    }

    /**
     * A call was throttled: the limit may have changed, or other processes of the account spent
     * the budget. Read the state again (unless a read is on its way, or the account cannot answer).
     *
     * @param read sends the read
     */
    void afterThrottled(Supplier<CompletableFuture<RateLimitStatusAnswer>> read) {
        CompletableFuture<Void> done;
        synchronized (this) {
            if (state == State.LEARNING || state == State.UNSUPPORTED) {
                return;
            }
            done = claim(0);
        }
        start(read, done);
    }

    /**
     * Guarded by this: the governor is paused before any other thread can ask for a permit.
     *
     * @param allowance how many permits may count while the read is on its way
     */
    private CompletableFuture<Void> claim(int allowance) {
        state = State.LEARNING;
        CompletableFuture<Void> done = new CompletableFuture<>();
        governor.pauseUntil(done, allowance);
        return done;
    }

    private void start(Supplier<CompletableFuture<RateLimitStatusAnswer>> read, CompletableFuture<Void> done) {
        int counted = governor.settledInWindow();
        CompletableFuture<RateLimitStatusAnswer> answer;
        try {
            answer = read.get();
            if (answer == null) {
                answer = CompletableFuture.failedFuture(new HarvestException("the read answered null"));
            }
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((status, failure) -> {
            try {
                conclude(status, failure, counted);
            } catch (RuntimeException e) {
                failed(e, true);
            } finally {
                done.complete(null);
            }
        });
    }

    /**
     * @param counted how many of the governor's calls the service had counted for certain when
     *     the read was sent (see {@link ThrottleGovernor#learn(int, Duration, int, int)})
     */
    private void conclude(RateLimitStatusAnswer status, Throwable failure, int counted) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            failed(cause, !mayPass(cause));
            return;
        }
        if (status == null || status.maxCalls() < 1 || status.timeframeLimit() < 1 || status.count() < 0) {
            failed(new CodecException("the answer holds no limit: " + status), true);
            return;
        }
        governor.learn(status.maxCalls(), Duration.ofSeconds(status.timeframeLimit()), status.count(), counted);
        if (status.lockoutSeconds() > 0) {
            governor.throttled(Duration.ofSeconds(status.lockoutSeconds()));
        }
        synchronized (this) {
            state = State.LEARNT;
        }
        LOG.log(Level.DEBUG, () -> "learnt the account's throttle from GET /account/rate_limit_status: " + status.maxCalls()
                + " calls per " + status.timeframeLimit() + " s, " + status.count() + " already counted"
                + (status.lockoutSeconds() > 0 ? ", locked out for " + status.lockoutSeconds() + " s" : ""));
    }

    private static boolean mayPass(Throwable cause) {
        if (cause instanceof ApiException) {
            int status = ((ApiException) cause).status();
            return status >= 500 || status == 401 || status == 408 || status == 429;
        }
        return cause instanceof TransportException || cause instanceof TimeoutException;
    }

    private void failed(Throwable cause, boolean forGood) {
        boolean first;
        Duration window;
        int maxCalls;
        synchronized (this) {
            state = forGood ? State.UNSUPPORTED : State.FAILED_MAY_PASS;
            first = !failureLogged;
            failureLogged = true;
        }
        synchronized (governor) {
            window = governor.window();
            maxCalls = governor.maxCalls();
        }
        // the messages of the library's exceptions never hold a credential; another's is not quoted
        String why = cause instanceof HarvestException ? cause.getMessage() : cause.getClass().getName();
        LOG.log(first ? Level.INFO : Level.DEBUG, () -> "could not read the account's throttle from GET"
                + " /account/rate_limit_status (" + why + "); pacing at " + maxCalls + " calls per " + window
                + (forGood ? "; not asking again" : "; asking again after the next throttled answer"));
    }
}
