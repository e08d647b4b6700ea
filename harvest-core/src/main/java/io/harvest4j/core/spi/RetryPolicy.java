package io.harvest4j.core.spi;

import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a failed attempt is sent again, and after how long. Must never repeat what the
 * service may have processed unless the call is idempotent: a user's entry is never created twice.
 */
public interface RetryPolicy {

    /** Never retries. */
    RetryPolicy NEVER = attempt -> Optional.empty();

    /**
     * @param attempt what happened to the attempt that just ended
     * @return the delay before the next attempt, or empty to give up and report the failure
     */
    Optional<Duration> nextDelay(Attempt attempt);

    /** One ended attempt of a call, as a policy sees it. */
    final class Attempt {
        private final Request request;
        private final int number;
        private final Response response;
        private final Throwable failure;
        private final boolean sent;
        private final Duration waitedSoFar;

        /**
         * @param request the request that was sent (its idempotency and replayability are known)
         * @param number 1 for the first attempt
         * @param response the answer, or {@code null} if none came
         * @param failure why no answer came, or {@code null}
         * @param sent whether the request may have reached the service
         * @param waitedSoFar how long this call has already waited between attempts
         */
        public Attempt(Request request, int number, Response response, Throwable failure, boolean sent,
                Duration waitedSoFar) {
            this.request = Objects.requireNonNull(request, "request");
            this.number = number;
            this.response = response;
            this.failure = failure;
            this.sent = sent;
            this.waitedSoFar = Objects.requireNonNull(waitedSoFar, "waitedSoFar");
            if ((response == null) == (failure == null)) {
                throw new IllegalArgumentException("an attempt ends with a response or a failure, not both or neither");
            }
        }

        /** @return the request the attempt sent */
        public Request request() {
            return request;
        }

        /** @return 1 for the first attempt */
        public int number() {
            return number;
        }

        /** @return the answer, if one came */
        public Optional<Response> response() {
            return Optional.ofNullable(response);
        }

        /** @return why no answer came */
        public Optional<Throwable> failure() {
            return Optional.ofNullable(failure);
        }

        /** @return whether the request may have reached the service (false only for a refused connection) */
        public boolean mayHaveBeenSent() {
            return sent;
        }

        /** @return how long the call has waited between its attempts so far */
        public Duration waitedSoFar() {
            return waitedSoFar;
        }
    }
}
