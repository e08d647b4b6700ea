package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call's timeout bounds the whole call, decoding included (issue 11): a decode still running at
 * the deadline fails the call then, and cancelling the future stops the wait at once. The codec
 * here takes five seconds to decode (it waits on a latch the test releases when it ends, so that
 * no thread outlives it); the timeout is 200 ms, and each call must end well before the decode
 * would have: under two seconds.
 */
class DecodingDeadlineTest {

    private static final WireShape HASH = WireShape.object("hash").jsonUnwrapped().build();
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final long WELL_BEFORE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch decoding = new CountDownLatch(1);
    private final RecordingTransport transport = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "ok"));
    /** Answers on another thread, a moment later, as a network transport does. */
    private final RecordingTransport later = new RecordingTransport()
            .otherwise(RecordingTransport.Answer.of(200, "ok").after(Duration.ofMillis(10)));

    @AfterEach
    void releaseTheSlowDecodes() {
        release.countDown();
    }

    /** Decodes as {@link RecordingCodec} does, after five seconds (or when the test ends). */
    private final Codec slow = new PausingCodec(false, () -> {
        decoding.countDown();
        try {
            release.await(SLOW.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });

    private HarvestClient client(Transport seat, Duration requestTimeout) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML)
                        .requestTimeout(requestTimeout).build())
                .transport(seat).codec(slow).build();
    }

    /** A transport with a blocking send of its own, as the JDK's is: the caller sends, and waits. */
    private Transport blocking() {
        return BlockingTransport.over(transport);
    }

    private static Call<String> daily() {
        return Call.get("/daily").decoding(String.class, HASH);
    }

    @Test
    void aBlockingCallFailsAtItsTimeoutWhileTheAnswerIsStillBeingDecoded() {
        HarvestClient client = client(blocking(), Duration.ofSeconds(60));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.send(daily().withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(TransportException.class).hasMessageContaining("in time")
                .hasMessageContaining("GET http://127.0.0.1:9/daily");
        assertThat(System.nanoTime() - start).isLessThan(WELL_BEFORE_NANOS);
    }

    @Test
    void soDoesABlockingCallOverATransportThatIsAsynchronousOnly() {
        HarvestClient client = client(transport, Duration.ofSeconds(60));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.send(daily().withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(TransportException.class).hasMessageContaining("in time");
        assertThat(System.nanoTime() - start).isLessThan(WELL_BEFORE_NANOS);
    }

    @Test
    void theConfiguredRequestTimeoutBoundsDecodingToo() {
        HarvestClient client = client(blocking(), Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.send(daily())).isInstanceOf(TransportException.class)
                .hasMessageContaining("in time");
        assertThat(System.nanoTime() - start).isLessThan(WELL_BEFORE_NANOS);
    }

    @Test
    void anAsynchronousCallFailsAtItsTimeoutWithTheSameException() throws Exception {
        HarvestClient client = client(later, Duration.ofSeconds(60));

        long start = System.nanoTime();
        CompletableFuture<String> future = client.sendAsync(daily().withTimeout(Duration.ofMillis(200)));
        Throwable failure = future.handle((value, e) -> e).get(WELL_BEFORE_NANOS, TimeUnit.NANOSECONDS);

        assertThat(failure).isInstanceOf(TransportException.class).hasMessageContaining("in time");
        assertThat(System.nanoTime() - start).isLessThan(WELL_BEFORE_NANOS);
    }

    @Test
    void aWriteWhoseAnswerIsNotDecodedInTimeMayHaveBeenProcessed() {
        HarvestClient client = client(blocking(), Duration.ofSeconds(60));

        assertThatThrownBy(() -> client.send(Call.post("/daily/add").body("entry", HASH).decoding(String.class, HASH)
                .withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(MayHaveBeenProcessedException.class).hasCauseInstanceOf(TransportException.class);
    }

    @Test
    void cancellingTheFutureStopsWaitingForTheDecodeAtOnce() throws Exception {
        HarvestClient client = client(later, Duration.ofSeconds(60));
        CompletableFuture<String> future = client.sendAsync(daily());
        assertThat(decoding.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        future.cancel(true);

        assertThat(future).isCancelled();
        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        assertThat(System.nanoTime() - start).isLessThan(WELL_BEFORE_NANOS);
    }

    @Test
    void aDecodeThatEndsInTimeAnswersAsBefore() {
        release.countDown();
        HarvestClient blockingClient = client(blocking(), Duration.ofSeconds(60));
        HarvestClient asyncClient = client(later, Duration.ofSeconds(60));

        assertThat(blockingClient.send(daily())).isEqualTo("ok");
        assertThat(asyncClient.sendAsync(daily()).join()).isEqualTo("ok");
    }
}
