package io.harvest4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.TransportException;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.spi.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StandardRetryPolicyTest {

    private final StandardRetryPolicy policy = new StandardRetryPolicy(4, Duration.ofMinutes(2),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC), bound -> 0);

    private static Request post() {
        return Request.builder(HttpMethod.POST, URI.create("https://demo.harvestapp.com/daily/add"))
                .body(RequestBody.ofText("{}", "application/json")).build();
    }

    private static Response answer(Request request, int status, String retryAfter) {
        Headers headers = retryAfter == null ? Headers.empty() : Headers.builder().add("Retry-After", retryAfter).build();
        return new Response(request, status, headers, null);
    }

    @Test
    void aRetryAfterBeyondWhatIsLeftGivesUpInsteadOfOverflowing() {
        Request request = post();
        RetryPolicy.Attempt attempt = new RetryPolicy.Attempt(request, 2,
                answer(request, 503, String.valueOf(Long.MAX_VALUE)), null, true, Duration.ofSeconds(1));

        assertThat(policy.nextDelay(attempt)).isEmpty();
    }

    @Test
    void aThrottleIsWaitedOutExactlyEvenForAPostButAFaultAfterSendingIsNot() {
        Request request = post();

        assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 1, answer(request, 503, "Sat, 28 Nov 2026 10:00:20 GMT"),
                null, true, Duration.ZERO))).contains(Duration.ofSeconds(20));
        assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 1, answer(request, 503, null), null, true, Duration.ZERO)))
                .isEmpty();
        assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 1, null,
                new TransportException("reset", null, true), true, Duration.ZERO))).isEmpty();
        assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 1, null,
                new TransportException("refused", null, false), false, Duration.ZERO))).contains(Duration.ofMillis(250));
        assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 4, answer(request, 503, "1"), null, true, Duration.ZERO)))
                .as("the last attempt").isEmpty();
    }

    @Test
    void aServerFaultIsRetriedForAReadOnly() {
        Request get = Request.builder(HttpMethod.GET, URI.create("https://demo.harvestapp.com/daily")).build();
        Request request = post();

        for (int status : new int[] {500, 502, 504}) {
            assertThat(policy.nextDelay(new RetryPolicy.Attempt(get, 1, answer(get, status, null), null, true, Duration.ZERO)))
                    .as("GET answered %d", status).contains(Duration.ofMillis(250));
            assertThat(policy.nextDelay(new RetryPolicy.Attempt(request, 1, answer(request, status, null), null, true,
                    Duration.ZERO))).as("POST answered %d", status).isEmpty();
        }
        assertThat(policy.nextDelay(new RetryPolicy.Attempt(get, 1, answer(get, 501, null), null, true, Duration.ZERO)))
                .isEmpty();
    }
}
