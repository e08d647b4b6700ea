package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ThrottleGovernorTest {

    /** A clock the sleeper moves: waits are exact and instant. */
    private static final class FakeTime extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();
        final Sleeper sleeper = delay -> {
            sleeps.add(delay);
            now = now.plus(delay);
            return CompletableFuture.completedFuture(null);
        };

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void letsTheLimitThroughAtOnceThenPacesEveryWindowWithAMargin() {
        FakeTime time = new FakeTime();
        ThrottleGovernor governor = new ThrottleGovernor(3, Duration.ofSeconds(15), time.sleeper, time);

        for (int i = 0; i < 3; i++) {
            governor.acquire().join();
        }
        assertThat(time.sleeps).isEmpty();

        governor.acquire().join();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(16));
        time.now = time.now.plusSeconds(30);
        governor.acquire().join();
        governor.acquire().join();
        assertThat(time.sleeps).hasSize(1);
    }

    @Test
    void neverLetsMoreThanTheLimitIntoAnyWindowWhenCallsComeTogether() {
        FakeTime time = new FakeTime();
        List<Duration> waits = new ArrayList<>();
        ThrottleGovernor governor = new ThrottleGovernor(2, Duration.ofSeconds(10), delay -> {
            waits.add(delay);
            return new CompletableFuture<>(); // nobody wakes up: the permits are only reserved
        }, time);

        for (int i = 0; i < 6; i++) {
            governor.acquire();
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(11), Duration.ofSeconds(11),
                Duration.ofSeconds(22), Duration.ofSeconds(22));
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
                .transport(transport).codec(new RecordingCodec(Format.XML)).sleeper(time.sleeper).clock(time).build();

        for (int i = 0; i < 3; i++) {
            client.send(Call.get("/daily").decoding(String.class, WireShape.object("daily").build()));
        }

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(11));
        assertThat(transport.requests()).hasSize(3);
    }
}
