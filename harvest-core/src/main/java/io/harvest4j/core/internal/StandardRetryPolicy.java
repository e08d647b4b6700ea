package io.harvest4j.core.internal;

import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.RetryAfter;
import io.harvest4j.core.spi.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * The default retry policy: repeats only what cannot duplicate a user's data.
 *
 * <ul>
 *   <li>A throttled answer (503 with {@code Retry-After}) was not processed: any call is sent again
 *       after exactly the delay the service named.</li>
 *   <li>A connection that could not be made sent nothing: any call is sent again after a backoff.</li>
 *   <li>A server fault (500, 502, 503 without {@code Retry-After}, 504) or a failure after sending may
 *       have been processed: only idempotent calls are sent again, after a backoff.</li>
 *   <li>Nothing else is retried; a body that cannot be replayed never is.</li>
 * </ul>
 *
 * Backoff is exponential from 500 ms, capped at 30 s, with "equal jitter" (half fixed, half random)
 * so that many clients do not retry in step. The total wait of one call is capped; a wait that would
 * pass the cap is not begun.
 */
public final class StandardRetryPolicy implements RetryPolicy {

    private static final Duration BASE = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(30);

    private final int maxAttempts;
    private final Duration maxWait;
    private final Clock clock;
    private final LongUnaryOperator random;

    /**
     * @param maxAttempts how many times a call may be sent in all
     * @param maxWait the most a call may wait in all between attempts
     * @param clock for {@code Retry-After} dates
     * @param random given a bound {@code n > 0}, a number in {@code [0, n)}: the jitter's source
     */
    public StandardRetryPolicy(int maxAttempts, Duration maxWait, Clock clock, LongUnaryOperator random) {
        this.maxAttempts = maxAttempts;
        this.maxWait = maxWait;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Optional<Duration> nextDelay(Attempt attempt) {
        Request request = attempt.request();
        if (attempt.number() >= maxAttempts || !request.isReplayable()) {
            return Optional.empty();
        }
        Optional<Duration> delay = attempt.response().map(response -> delayAfter(response, request, attempt.number()))
                .orElseGet(() -> attempt.mayHaveBeenSent() && !request.isIdempotent()
                        ? Optional.empty() : Optional.of(backoff(attempt.number())));
        // compared as "wait <= what is left", never as "waited + wait <= max": a Retry-After of
        // Long.MAX_VALUE seconds must give up, not overflow
        Duration left = maxWait.minus(attempt.waitedSoFar());
        return delay.filter(wait -> !wait.isNegative() && wait.compareTo(left) <= 0);
    }

    private Optional<Duration> delayAfter(Response response, Request request, int number) {
        int status = response.status();
        if (status == 503) {
            Optional<Duration> retryAfter = RetryAfter.parse(
                    response.headers().first("Retry-After").orElse(null), clock.instant());
            if (retryAfter.isPresent()) {
                return retryAfter;
            }
        }
        // a 500 may be a passing failure of one server as well as a bug: a read is repeated, within maxAttempts
        boolean transientFault = status == 500 || status == 502 || status == 503 || status == 504;
        return transientFault && request.isIdempotent() ? Optional.of(backoff(number)) : Optional.empty();
    }

    /**
     * @param attempt the number of the attempt that failed, from 1
     * @return the jittered delay before the next
     */
    Duration backoff(int attempt) {
        long ceiling = BASE.toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(ceiling, CAP.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + random.applyAsLong(half + 1));
    }

    @Override
    public String toString() {
        return "StandardRetryPolicy{maxAttempts=" + maxAttempts + ", maxWait=" + maxWait + "}";
    }
}
