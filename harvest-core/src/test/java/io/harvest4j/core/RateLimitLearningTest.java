package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.internal.ratelimit.RateLimitStatusAnswer;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The governor learns the account's throttle from {@code GET /account/rate_limit_status}: all on a
 * fake clock and a recording transport; the status answers are written {@code "status MAX WINDOW
 * COUNT LOCKOUT"} and read by a recording codec.
 */
class RateLimitLearningTest {

    private static final String STATUS_PATH = "/account/rate_limit_status";
    private static final Call<String> DAILY = Call.get("/daily").decoding(String.class, WireShape.object("daily").build());
    private static final Authenticator SIGNING = request -> CompletableFuture.completedFuture(
            request.toBuilder().header("Authorization", "Bearer secret-token").build());

    private final FakeTime time = new FakeTime();

    private static RecordingCodec codec() {
        return new RecordingCodec(Format.XML).answeringFromText(RateLimitStatusAnswer.class, text -> {
            String[] parts = text.split(" ");
            if (!parts[0].equals("status")) {
                throw new IllegalArgumentException("not a status: " + text);
            }
            return RateLimitStatusAnswer.of(Integer.parseInt(parts[3]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[1]), Integer.parseInt(parts[4]));
        });
    }

    private HarvestClient client(Transport transport, HarvestConfig.Builder config) {
        return Harvest.builder().config(config.build()).transport(transport).codec(codec()).authenticator(SIGNING)
                .sleeper(time.instantSleeper()).clock(time).build();
    }

    private static HarvestConfig.Builder config(int maxCalls, int windowSeconds) {
        return HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).applicationName("Learner/1.0")
                .throttle(maxCalls, Duration.ofSeconds(windowSeconds)).learnRateLimit(true);
    }

    private static List<String> paths(RecordingTransport transport) {
        return transport.requests().stream().map(r -> r.uri().getPath()).collect(Collectors.toList());
    }

    @Test
    void aLowerLimitFromTheServiceHoldsTheCallsThatTheConfiguredOneWouldHaveLetThrough() {
        RecordingTransport transport = new RecordingTransport().enqueue(200, "day").enqueue(200, "status 2 10 0 0")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(100, 15));

        for (int i = 0; i < 3; i++) {
            assertThat(client.send(DAILY)).isEqualTo("day");
        }

        // two calls per 10 s: the third waits for the first permit to leave the window (and its margin)
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
        // the first call went first, the read after its answer
        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily", "/daily");
        Request status = transport.requests().get(1);
        assertThat(status.uri().toString()).isEqualTo("http://127.0.0.1:9/account/rate_limit_status");
        assertThat(status.headers().first("Authorization")).contains("Bearer secret-token");
        assertThat(status.headers().first("Accept")).contains("application/xml");
        assertThat(status.headers().first("User-Agent").orElseThrow()).startsWith("Learner/1.0 harvest4j/");
        assertThat(status.timeout()).contains(Duration.ofSeconds(5));
        ThrottleGovernor governor = governor(client);
        assertThat(governor.maxCalls()).isEqualTo(2);
        assertThat(governor.window()).isEqualTo(Duration.ofSeconds(10));
        assertThat(governor.hasLearntLimit()).isTrue();
    }

    @Test
    void aHigherLimitFromTheServiceLetsMoreThroughThanConfigured() {
        RecordingTransport transport = new RecordingTransport().enqueue(200, "day").enqueue(200, "status 5 10 0 0")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(2, 10));

        for (int i = 0; i < 5; i++) {
            client.send(DAILY);
        }
        assertThat(time.sleeps()).isEmpty();
        client.send(DAILY);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
    }

    @Test
    void theCountOtherProcessesAlreadySpentIsChargedAtTheTimeOfReading() {
        // read after the first call's answer: the service counted it, and two calls of others
        RecordingTransport transport = new RecordingTransport().enqueue(200, "day").enqueue(200, "status 3 10 3 0")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(3, 10));

        client.send(DAILY);
        assertThat(time.sleeps()).isEmpty();
        client.send(DAILY); // two of three spent elsewhere, one here: the window is full
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
    }

    @Test
    void aThrottledAnswerHasTheStateReadAgainBeforeTheHoldEnds() {
        RecordingTransport transport = new RecordingTransport()
                .enqueue(200, "day")
                .enqueue(200, "status 100 15 0 0")
                .enqueue(503, "", "Retry-After", "5")   // the limit changed under us
                .enqueue(200, "status 2 10 2 5")         // two counted, locked out 5 s more
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(100, 15));

        assertThat(client.send(DAILY)).isEqualTo("day");
        assertThat(client.send(DAILY)).isEqualTo("day");

        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily", STATUS_PATH, "/daily");
        ThrottleGovernor governor = governor(client);
        assertThat(governor.maxCalls()).isEqualTo(2);
        assertThat(governor.window()).isEqualTo(Duration.ofSeconds(10));
        // the retry went after the hold; the two calls the service counted fill the learnt window
        client.send(DAILY);
        assertThat(time.sleeps().get(time.sleeps().size() - 1)).isPositive();
        assertThat(paths(transport)).hasSize(6);
    }

    @Test
    void anAccountThatCannotAnswerKeepsTheConfigurationAndIsNotAskedAgain() {
        RecordingTransport transport = new RecordingTransport().enqueue(503, "", "Retry-After", "1")
                .enqueue(404, "")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(2, 10));

        for (int i = 0; i < 3; i++) {
            client.send(DAILY);
        }

        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily", "/daily", "/daily");
        ThrottleGovernor governor = governor(client);
        assertThat(governor.hasLearntLimit()).isFalse();
        assertThat(governor.maxCalls()).isEqualTo(2);
    }

    @Test
    void anAnswerTheCodecCannotReadKeepsTheConfiguration() {
        RecordingTransport transport = new RecordingTransport().enqueue(200, "day").enqueue(200, "<html>maintenance</html>")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(2, 10));

        for (int i = 0; i < 3; i++) {
            assertThat(client.send(DAILY)).isEqualTo("day");
        }
        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily", "/daily");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
    }

    @Test
    void aFailureThatMayPassIsAskedAgainAfterTheNextThrottleOnlyNotOnEveryCall() {
        RecordingTransport transport = new RecordingTransport()
                .enqueue(200, "day")
                .enqueue(RecordingTransport.Answer.connectionRefused())
                .enqueue(200, "day")
                .enqueue(503, "", "Retry-After", "1")
                .enqueue(200, "status 7 10 0 0")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = client(transport, config(100, 15));

        client.send(DAILY);
        client.send(DAILY);
        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily");
        client.send(DAILY);

        assertThat(paths(transport)).containsExactly("/daily", STATUS_PATH, "/daily", "/daily", STATUS_PATH, "/daily");
        assertThat(governor(client).maxCalls()).isEqualTo(7);
    }

    @Test
    void sixteenThreadsStartingTogetherCauseOneReadAndAllButOneWaitForIt() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Response> statusAnswer = new CompletableFuture<>();
        CountDownLatch readSent = new CountDownLatch(1);
        Transport transport = new Transport() {
            @Override
            public CompletableFuture<Response> sendAsync(Request request) {
                if (request.uri().getPath().equals(STATUS_PATH)) {
                    reads.incrementAndGet();
                    readSent.countDown();
                    return statusAnswer.thenApply(body -> new Response(request, 200, body.headers(), body.body()));
                }
                calls.incrementAndGet();
                return CompletableFuture.completedFuture(
                        new Response(request, 200, io.harvest4j.core.http.Headers.of(java.util.Map.of()), "day".getBytes()));
            }

            @Override
            public void close() {
            }
        };
        HarvestClient client = client(transport, config(100, 15));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.send(DAILY);
                }));
            }
            start.countDown();
            assertThat(readSent.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50); // let the other threads reach the governor: only the first went, before the read
            assertThat(calls.get()).isEqualTo(1);
            assertThat(results.stream().filter(Future::isDone).count()).isEqualTo(1);

            Request any = Request.builder(io.harvest4j.core.http.HttpMethod.GET, java.net.URI.create("http://127.0.0.1:9/")).build();
            statusAnswer.complete(new Response(any, 200, io.harvest4j.core.http.Headers.of(java.util.Map.of()),
                    "status 10 15 0 0".getBytes()));
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("day");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads.get()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(16);
        assertThat(governor(client).maxCalls()).isEqualTo(10);
    }

    /**
     * Answers {@code day} at once (or, when asked, never to the first call), and the status read
     * when the test says so.
     */
    private static final class StatusLater implements Transport {
        final CompletableFuture<Response> statusAnswer = new CompletableFuture<>();
        final List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        private final boolean firstCallUnanswered;

        StatusLater(boolean firstCallUnanswered) {
            this.firstCallUnanswered = firstCallUnanswered;
        }

        @Override
        public CompletableFuture<Response> sendAsync(Request request) {
            sent.add(request.uri().getPath());
            if (request.uri().getPath().equals(STATUS_PATH)) {
                return statusAnswer.thenApply(body -> new Response(request, 200, body.headers(), body.body()));
            }
            if (firstCallUnanswered && sent.size() == 1) {
                return new CompletableFuture<>();
            }
            return CompletableFuture.completedFuture(
                    new Response(request, 200, io.harvest4j.core.http.Headers.empty(), "day".getBytes()));
        }

        void answer(String status) {
            Request any = Request.builder(io.harvest4j.core.http.HttpMethod.GET, java.net.URI.create("http://127.0.0.1:9/")).build();
            statusAnswer.complete(new Response(any, 200, io.harvest4j.core.http.Headers.empty(), status.getBytes()));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theFirstCallGoesFirstTheReadAfterItsAnswerAndTheNextCallWaitsForTheRead() throws Exception {
        StatusLater transport = new StatusLater(false);
        HarvestClient client = client(transport, config(100, 15));

        assertThat(client.send(DAILY)).isEqualTo("day");
        CompletableFuture<String> second = client.sendAsync(DAILY);
        assertThat(transport.sent).containsExactly("/daily", STATUS_PATH);
        assertThat(second).isNotDone();

        transport.answer("status 10 15 0 0");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("day");
        assertThat(transport.sent).containsExactly("/daily", STATUS_PATH, "/daily");
        assertThat(governor(client).maxCalls()).isEqualTo(10);
    }

    @Test
    void aFirstCallWithoutAnAnswerHoldsTheReadAFewHundredMillisecondsAtMost() throws Exception {
        StatusLater transport = new StatusLater(true);
        HarvestClient client = client(transport, config(100, 15));

        long start = System.nanoTime();
        CompletableFuture<String> first = client.sendAsync(DAILY);
        CompletableFuture<String> second = client.sendAsync(DAILY);
        while (!transport.sent.contains(STATUS_PATH) && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(10);
        }
        long waited = System.nanoTime() - start;

        assertThat(transport.sent).containsExactly("/daily", STATUS_PATH);
        assertThat(waited).isGreaterThanOrEqualTo(RateLimitLearning.FIRST_READ_AT_LATEST.toNanos() * 9 / 10)
                .isLessThan(TimeUnit.SECONDS.toNanos(5));
        // the first call is still in flight: it is taken as not yet counted, so with three of four
        // spent elsewhere the second would be the fifth of the window
        transport.answer("status 4 10 3 0");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("day");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
        assertThat(first).isNotDone();
        first.cancel(true);
    }

    @Test
    void theServicesCountOfTheFirstCallIsNotChargedTwice() throws Exception {
        StatusLater transport = new StatusLater(false);
        HarvestClient client = client(transport, config(100, 15));
        client.send(DAILY);
        CompletableFuture<String> second = client.sendAsync(DAILY);

        transport.answer("status 4 10 3 0"); // the first call and two of others
        second.get(10, TimeUnit.SECONDS);
        assertThat(time.sleeps()).isEmpty();
        client.send(DAILY);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
    }

    @Test
    void clientsOfOneAccountShareWhatTheGovernorLearntAndDifferentlyConfiguredOnesEndOnOneGovernor() {
        RecordingTransport transport = new RecordingTransport().enqueue(200, "day").enqueue(200, "status 3 10 0 0")
                .otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient first = client(transport, config(100, 15));
        HarvestClient second = client(transport, config(50, 30).applicationName("Other/2.0"));
        assertThat(governor(second)).isSameAs(governor(first));
        // until the service's limit is known, the strictest configuration counts
        assertThat(governor(first).maxCalls()).isEqualTo(50);
        assertThat(governor(first).window()).isEqualTo(Duration.ofSeconds(30));

        first.send(DAILY);
        second.send(DAILY);
        first.send(DAILY);
        assertThat(time.sleeps()).isEmpty();
        second.send(DAILY);

        assertThat(paths(transport)).filteredOn(STATUS_PATH::equals).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
        HarvestClient third = client(transport, config(1, 60));
        assertThat(governor(third).maxCalls()).isEqualTo(3); // learnt: a configuration no longer counts
    }

    @Test
    void byDefaultATransportOfTheApplicationsIsSentNothingItWasNotAskedFor() {
        RecordingTransport transport = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport).codec(codec()).sleeper(time.instantSleeper()).clock(time).build();
        client.send(DAILY);
        assertThat(paths(transport)).containsExactly("/daily");

        RecordingTransport off = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "day"));
        client(off, config(10, 10).learnRateLimit(false)).send(DAILY);
        assertThat(paths(off)).containsExactly("/daily");
    }

    @Test
    void aRateLimiterOfTheApplicationsLearnsNothing() {
        RecordingTransport transport = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "day"));
        HarvestClient client = Harvest.builder().config(config(10, 10).build()).transport(transport).codec(codec())
                .rateLimiter(RateLimiter.UNLIMITED).sleeper(time.instantSleeper()).clock(time).build();
        client.send(DAILY);
        assertThat(paths(transport)).containsExactly("/daily");
    }

    @Test
    void aLowerLimitLearntWhilePermitsAreOutKeepsThemAndHoldsTheNextOnes() {
        ThrottleGovernor governor = new ThrottleGovernor(10, Duration.ofSeconds(10), time.manualSleeper(), time);
        governor.acquire().join();
        governor.acquire().join();
        governor.acquire().join();

        governor.learn(2, Duration.ofSeconds(10), 0);
        CompletableFuture<Void> next = governor.acquire();
        governor.settled();
        governor.settled();
        assertThat(next).isNotDone(); // three out, limit two: wait until two are left in the window
        governor.settled();
        time.advance(Duration.ofMillis(10_100));
        assertThat(next).isCompleted();
    }

    private static ThrottleGovernor governor(HarvestClient client) {
        try {
            java.lang.reflect.Field field = HarvestClient.class.getDeclaredField("rateLimiter");
            field.setAccessible(true);
            return (ThrottleGovernor) field.get(client);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
