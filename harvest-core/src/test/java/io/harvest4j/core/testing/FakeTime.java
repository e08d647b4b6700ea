package io.harvest4j.core.testing;

import io.harvest4j.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A clock and the sleepers that agree with it, for tests of waits without waiting: time moves only
 * when a test (or an {@linkplain #instantSleeper() instant sleeper}) moves it. A client's retry
 * and its throttle governor must see the same time: give both the clock and one of its sleepers.
 * Thread-safe.
 */
public final class FakeTime extends Clock {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<Map.Entry<Instant, CompletableFuture<Void>>> sleeping = new ArrayList<>();
    private final Sleeper instant = delay -> {
        synchronized (this) {
            sleeps.add(delay);
        }
        advance(delay);
        return CompletableFuture.completedFuture(null);
    };
    private final Sleeper manual = delay -> {
        CompletableFuture<Void> woken = new CompletableFuture<>();
        synchronized (this) {
            sleeps.add(delay);
            sleeping.add(Map.entry(now.plus(delay), woken));
        }
        return woken;
    };

    /** Starts at 2026-11-28T10:00:00Z. */
    public FakeTime() {
        this(Instant.parse("2026-11-28T10:00:00Z"));
    }

    /** @param start the first instant */
    public FakeTime(Instant start) {
        this.now = start;
    }

    /** @return the sleeper (always the same) whose waits end at once, moving the time on by each */
    public Sleeper instantSleeper() {
        return instant;
    }

    /** @return the sleeper (always the same) whose waits end only when {@link #advance} passes them */
    public Sleeper manualSleeper() {
        return manual;
    }

    /**
     * Moves the time on, and ends the waits it passes.
     *
     * @param by how far
     */
    public void advance(Duration by) {
        List<CompletableFuture<Void>> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            sleeping.removeIf(entry -> !entry.getKey().isAfter(now) && due.add(entry.getValue()));
        }
        due.forEach(woken -> woken.complete(null));
    }

    /** @return every wait asked of this time's sleepers, in order */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "FakeTime{" + instant() + "}";
    }
}
