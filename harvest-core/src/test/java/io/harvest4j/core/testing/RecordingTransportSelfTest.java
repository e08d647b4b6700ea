package io.harvest4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.TransportException;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake transport itself: answers in order, records every request, fails and waits as told. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RecordingTransportSelfTest {

    private final RecordingTransport transport = new RecordingTransport();

    private static Request get(String path) {
        return Request.builder(HttpMethod.GET, URI.create("https://demo.harvestapp.com" + path)).build();
    }

    @Test
    void answersInTheOrderEnqueuedThenWithTheDefault() {
        transport.enqueue(503, "", "Retry-After", "15").enqueue(200, "<hash/>", "Content-Type", "application/xml");

        Response throttled = transport.send(get("/a"));
        Response served = transport.send(get("/b"));
        Response unexpected = transport.send(get("/c"));

        assertThat(throttled.status()).isEqualTo(503);
        assertThat(throttled.headers().first("retry-after")).contains("15");
        assertThat(served.bodyText()).isEqualTo("<hash/>");
        assertThat(served.request().uri().getPath()).isEqualTo("/b");
        assertThat(unexpected.status()).isEqualTo(500);
        assertThat(unexpected.bodyLength()).isZero();
        assertThat(transport.answersLeft()).isZero();
    }

    @Test
    void takesRequestsInOrderAndKeepsThemAll() {
        transport.send(get("/a"));
        transport.send(get("/b"));

        assertThat(transport.takeRequest().uri().getPath()).isEqualTo("/a");
        assertThat(transport.takeRequest().uri().getPath()).isEqualTo("/b");
        assertThatThrownBy(transport::takeRequest).isInstanceOf(AssertionError.class).hasMessageContaining("2 sent");
        assertThat(transport.requests()).extracting(request -> request.uri().getPath()).containsExactly("/a", "/b");
        assertThat(transport.requestCount()).isEqualTo(2);
    }

    @Test
    void waitsForARequestSentByAnotherThread() {
        CompletableFuture.runAsync(() -> transport.send(get("/later")),
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));

        assertThat(transport.takeRequest(Duration.ofSeconds(10)).uri().getPath()).isEqualTo("/later");
        assertThatThrownBy(() -> transport.takeRequest(Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no request was sent within");
    }

    @Test
    void failsAsTold() {
        transport.enqueueFailure(new TransportException("reset", null, true))
                .enqueue(RecordingTransport.Answer.connectionRefused());

        assertThatThrownBy(() -> transport.send(get("/a"))).isInstanceOf(TransportException.class).hasMessage("reset");
        assertThatThrownBy(() -> transport.send(get("/b"))).isInstanceOfSatisfying(TransportException.class,
                failure -> assertThat(failure.mayHaveBeenSent()).isFalse());
        assertThat(transport.requestCount()).isEqualTo(2);
    }

    @Test
    void answersLaterOrNeverUntilClosed() throws Exception {
        transport.otherwise(RecordingTransport.Answer.never())
                .enqueue(RecordingTransport.Answer.of(200, "late").after(Duration.ofMillis(50)));

        CompletableFuture<Response> late = transport.sendAsync(get("/late"));
        CompletableFuture<Response> never = transport.sendAsync(get("/never"));

        assertThat(late.get(10, TimeUnit.SECONDS).bodyText()).isEqualTo("late");
        assertThat(never).isNotDone();
        transport.close();
        assertThat(never).isCompletedExceptionally();
        assertThatThrownBy(() -> transport.send(get("/after-close"))).isInstanceOf(TransportException.class);
    }

    @Test
    void anAnswerMaySeeTheRequest() {
        transport.otherwise(request -> CompletableFuture.completedFuture(
                new Response(request, 200, request.headers(), request.uri().getPath().getBytes())));

        assertThat(transport.send(get("/echo")).bodyText()).isEqualTo("/echo");
    }

    @Test
    void givesTheNthAnswerToTheNthRequestWhateverTheThread() throws Exception {
        for (int i = 0; i < 200; i++) {
            transport.enqueue(200, String.valueOf(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                sent.add(pool.submit(() -> transport.send(get("/x"))));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> response : sent) {
                bodies.add(response.get().bodyText());
            }
            assertThat(bodies).hasSize(200).doesNotHaveDuplicates();
            assertThat(transport.requestCount()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesHeadersThatDoNotPair() {
        assertThatThrownBy(() -> transport.enqueue(200, "", "Retry-After"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }
}
