package io.harvest4j.core.testing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A model of the conformance suite shaped like the answer of {@code /daily/timer}: XML nests the
 * entry ({@code <timer><day_entry>…</day_entry><hours_for_previously_running_timer>…}), JSON
 * {@linkplain io.harvest4j.core.codec.WireShape#jsonInlined() inlines} its fields beside the hours.
 */
public final class Timer {

    private Entry dayEntry;
    private BigDecimal hoursForPreviouslyRunningTimer;

    private Timer() {
    }

    /**
     * @param dayEntry the entry, or {@code null}
     * @param hoursForPreviouslyRunningTimer the hours of a timer stopped by side effect, or {@code null}
     * @return a timer answer
     */
    public static Timer of(Entry dayEntry, BigDecimal hoursForPreviouslyRunningTimer) {
        Timer timer = new Timer();
        timer.dayEntry = dayEntry;
        timer.hoursForPreviouslyRunningTimer = hoursForPreviouslyRunningTimer;
        return timer;
    }

    public Entry dayEntry() {
        return dayEntry;
    }

    public BigDecimal hoursForPreviouslyRunningTimer() {
        return hoursForPreviouslyRunningTimer;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Timer)) {
            return false;
        }
        Timer that = (Timer) other;
        return Objects.equals(dayEntry, that.dayEntry)
                && Objects.equals(hoursForPreviouslyRunningTimer, that.hoursForPreviouslyRunningTimer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayEntry, hoursForPreviouslyRunningTimer);
    }

    @Override
    public String toString() {
        return "Timer{dayEntry=" + dayEntry + ", hoursForPreviouslyRunningTimer=" + hoursForPreviouslyRunningTimer + "}";
    }
}
