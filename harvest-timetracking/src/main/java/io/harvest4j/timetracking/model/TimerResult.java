package io.harvest4j.timetracking.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a call that may start a timer ({@code GET /daily/timer/{id}},
 * {@code POST /daily/add}): the entry, and the confirmed hours of another entry whose timer the
 * call stopped by side effect.
 *
 * <p>On the wire, XML {@code <timer><day_entry>…</day_entry><hours_for_previously_running_timer>…</timer>};
 * JSON the entry's fields at the top level, {@code hours_for_previously_running_timer} beside them.
 */
public final class TimerResult {

    private DayEntry dayEntry;
    private BigDecimal hoursForPreviouslyRunningTimer;

    private TimerResult() {
        // for the binders
    }

    /** @return the entry the call created, showed or toggled (an answer without one is refused when read) */
    public DayEntry dayEntry() {
        return dayEntry;
    }

    /**
     * @return the hours the service confirmed for the entry whose timer this call stopped (starting
     *     a timer stops any other running timer of the user); empty when no other timer was running
     */
    public Optional<BigDecimal> hoursForPreviouslyRunningTimer() {
        return Optional.ofNullable(hoursForPreviouslyRunningTimer);
    }

    /** @return whether the call stopped another entry's timer by side effect */
    public boolean stoppedAnotherTimer() {
        return hoursForPreviouslyRunningTimer != null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TimerResult)) {
            return false;
        }
        TimerResult that = (TimerResult) other;
        return Objects.equals(dayEntry, that.dayEntry)
                && Objects.equals(hoursForPreviouslyRunningTimer, that.hoursForPreviouslyRunningTimer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayEntry, hoursForPreviouslyRunningTimer);
    }

    @Override
    public String toString() {
        return "TimerResult{dayEntry=" + dayEntry + ", hoursForPreviouslyRunningTimer="
                + hoursForPreviouslyRunningTimer + '}';
    }
}
