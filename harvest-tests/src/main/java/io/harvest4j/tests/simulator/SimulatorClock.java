package io.harvest4j.tests.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The simulator's clock: a {@link Clock} that tests move by hand, so that timers, the throttle and
 * time stamps are exact.
 *
 * <p>Two kinds exist. A {@linkplain #fixedAt(Instant) fixed} clock stands still until
 * {@link #advance(Duration) advanced} or {@link #set(Instant) set}: the kind tests use. A
 * {@linkplain #ticking() ticking} clock follows the system clock, shifted by whatever
 * {@code advance} and {@code set} asked: the kind the standalone simulator uses.
 *
 * <p>Thread-safe. Clocks made by {@link #withZone(ZoneId)} share the time of the clock they came
 * from: advancing one advances all.
 */
public final class SimulatorClock extends Clock {

    private final TimeSource source;
    private final ZoneId zone;

    private SimulatorClock(TimeSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /**
     * A clock that stands still at {@code start} until advanced or set; {@link #reset()} brings it
     * back to {@code start}. Its zone is UTC.
     *
     * @param start the instant the clock shows
     * @return a new clock
     */
    public static SimulatorClock fixedAt(Instant start) {
        return new SimulatorClock(new TimeSource(null, Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /**
     * A clock that follows the system clock (UTC), shifted by {@link #advance(Duration)} and
     * {@link #set(Instant)}; {@link #reset()} removes the shift.
     *
     * @return a new clock
     */
    public static SimulatorClock ticking() {
        return new SimulatorClock(new TimeSource(Clock.systemUTC(), null), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        return source.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock in another zone that shares this clock's time (advancing either moves both). */
    @Override
    public SimulatorClock withZone(ZoneId otherZone) {
        return new SimulatorClock(source, Objects.requireNonNull(otherZone, "zone"));
    }

    /**
     * Moves the clock by {@code amount} (a negative amount moves it back).
     *
     * @param amount how far to move
     * @return the instant the clock shows afterwards
     */
    public Instant advance(Duration amount) {
        return source.advance(Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Makes the clock show {@code instant} (a ticking clock goes on ticking from there).
     *
     * @param instant the instant to show
     */
    public void set(Instant instant) {
        source.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Brings the clock back to where it was made: a fixed clock to its start, a ticking clock to the system time. */
    public void reset() {
        source.reset();
    }

    /** @return whether this clock follows the system clock ({@link #ticking()}) rather than standing still */
    public boolean isTicking() {
        return source.system != null;
    }

    @Override
    public String toString() {
        return "SimulatorClock[" + (isTicking() ? "ticking" : "fixed") + ", " + instant() + ", " + zone + "]";
    }

    /** The time shared by a clock and its {@code withZone} views. */
    private static final class TimeSource {
        private final Clock system;
        private final Instant start;
        private Instant fixed;
        private Duration offset = Duration.ZERO;

        TimeSource(Clock system, Instant start) {
            this.system = system;
            this.start = start;
            this.fixed = start;
        }

        synchronized Instant now() {
            return system == null ? fixed : system.instant().plus(offset);
        }

        synchronized Instant advance(Duration amount) {
            if (system == null) {
                fixed = fixed.plus(amount);
            } else {
                offset = offset.plus(amount);
            }
            return now();
        }

        synchronized void set(Instant instant) {
            if (system == null) {
                fixed = instant;
            } else {
                offset = Duration.between(system.instant(), instant);
            }
        }

        synchronized void reset() {
            fixed = start;
            offset = Duration.ZERO;
        }
    }
}
