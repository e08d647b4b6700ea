package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThrottleGovernorTest {

    @Test
    void letsTheLimitThroughAtOnceThenFreesEachPermitAWindowAfterItsCallSettled() {
        FakeTime time = new FakeTime();
        ThrottleGovernor governor = new ThrottleGovernor(3, Duration.ofSeconds(15), time.instantSleeper(), time);

        for (int i = 0; i < 3; i++) {
            governor.acquire().join();
            time.advance(Duration.ofSeconds(1)); // the answer takes a second: the service counted it by then
            governor.settled();
        }
        assertThat(time.sleeps()).isEmpty();

        governor.acquire().join();
        // the first call settled at +1 s: its permit frees 15 s later, plus a margin of 0.1 s
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(13_100));
        governor.settled();
        time.advance(Duration.ofSeconds(30));
        governor.acquire().join();
        governor.acquire().join();
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aCallInFlightHoldsItsPermitUntilItSettles() {
        FakeTime time = new FakeTime();
        ThrottleGovernor governor = new ThrottleGovernor(2, Duration.ofSeconds(10), time.manualSleeper(), time);
        governor.acquire().join();
        governor.acquire().join();

        CompletableFuture<Void> third = governor.acquire();
        time.advance(Duration.ofSeconds(60));
        assertThat(third).isNotDone(); // both calls are still on their way: the service may not have counted them yet

        governor.settled();
        time.advance(Duration.ofMillis(10_099));
        assertThat(third).isNotDone();
        time.advance(Duration.ofMillis(1));
        assertThat(third).isCompleted();
    }

    @Test
    void aThrottleHoldsEveryCallWaitingUntilItsRetryAfterHasPassed() {
        FakeTime time = new FakeTime();
        ThrottleGovernor governor = new ThrottleGovernor(100, Duration.ofSeconds(15), time.manualSleeper(), time);

        governor.throttled(Duration.ofSeconds(15));
        List<CompletableFuture<Void>> permits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            permits.add(governor.acquire());
        }
        time.advance(Duration.ofSeconds(10));
        governor.throttled(Duration.ofSeconds(15)); // a call already in flight was throttled too: the lock-out grew
        time.advance(Duration.ofSeconds(14));
        assertThat(permits).noneMatch(CompletableFuture::isDone);
        assertThat(governor.heldUntil()).contains(time.instant().plusSeconds(1));

        time.advance(Duration.ofSeconds(1));
        assertThat(permits).allMatch(CompletableFuture::isDone);
        assertThat(governor.heldUntil()).isEmpty();
    }

    /**
     * The livelock of issue 10: threads sharing a client kept calling into a lock-out, each call
     * extending it for the others. One 503 now holds every thread until its Retry-After.
     */
    @Test
    void sixteenThreadsSharingAClientAllWaitOutOneThrottledAnswer() throws Exception {
        FakeTime time = new FakeTime();
        List<Instant> sentAt = new CopyOnWriteArrayList<>();
        RecordingTransport answers = new RecordingTransport().enqueue(503, "", "Retry-After", "10")
                .otherwise(RecordingTransport.Answer.of(200, "ok"));
        Transport transport = new Transport() {
            @Override
            public CompletableFuture<Response> sendAsync(Request request) {
                sentAt.add(time.instant());
                return answers.sendAsync(request);
            }

            @Override
            public void close() {
            }
        };
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport).codec(new RecordingCodec(Format.XML)).sleeper(time.manualSleeper()).clock(time).build();
        Call<String> call = Call.get("/daily").decoding(String.class, WireShape.object("daily").build());
        Instant start = time.instant();

        CompletableFuture<String> throttled = client.sendAsync(call);
        assertThat(sentAt).hasSize(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<CompletableFuture<String>>> asked = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                asked.add(threads.submit(() -> client.sendAsync(call)));
            }
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (Future<CompletableFuture<String>> one : asked) {
                results.add(one.get(10, TimeUnit.SECONDS));
            }
            time.advance(Duration.ofMillis(9_999));
            assertThat(sentAt).hasSize(1);

            time.advance(Duration.ofMillis(1));
            assertThat(throttled.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
            for (CompletableFuture<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sentAt).hasSize(18).first().isEqualTo(start);
        assertThat(sentAt.subList(1, 18)).allMatch(at -> at.equals(start.plusSeconds(10)));
    }

    @Test
    void clientsOfOneAccountShareOneGovernor() {
        FakeTime time = new FakeTime();
        HarvestConfig config = HarvestConfig.builder().baseUri("https://acme.harvestapp.com").format(Format.XML).build();
        HarvestConfig otherUser = config.toBuilder().applicationName("Other/1.0").build();
        HarvestConfig otherAccount = config.toBuilder().baseUri("https://globex.harvestapp.com").build();

        ThrottleGovernor governor = ThrottleGovernors.forAccount(config, time.instantSleeper(), time);

        assertThat(ThrottleGovernors.forAccount(otherUser, time.instantSleeper(), time)).isSameAs(governor);
        assertThat(ThrottleGovernors.forAccount(otherAccount, time.instantSleeper(), time)).isNotSameAs(governor);
        assertThat(ThrottleGovernors.forAccount(config, new FakeTime().instantSleeper(), time)).isNotSameAs(governor);
    }

    @Test
    void refusesALimitThatIsNone() {
        assertThatThrownBy(() -> new ThrottleGovernor(0, Duration.ofSeconds(15), Sleeper.SYSTEM, Clock.systemUTC()))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new ThrottleGovernor(1, Duration.ZERO, Sleeper.SYSTEM, Clock.systemUTC()))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aClientFromTheBuilderIsPacedByDefault() {
        FakeTime time = new FakeTime();
        RecordingTransport transport = new RecordingTransport().enqueue(200, "a").enqueue(200, "b").enqueue(200, "c");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML)
                        .throttle(2, Duration.ofSeconds(10)).build())
                .transport(transport).codec(new RecordingCodec(Format.XML)).sleeper(time.instantSleeper()).clock(time).build();

        for (int i = 0; i < 3; i++) {
            client.send(Call.get("/daily").decoding(String.class, WireShape.object("daily").build()));
        }

        // both calls settled at once; the third waits a window and its margin of 0.1 s
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_100));
        assertThat(transport.requests()).hasSize(3);
    }
}
