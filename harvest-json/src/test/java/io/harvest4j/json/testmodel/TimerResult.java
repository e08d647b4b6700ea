package io.harvest4j.json.testmodel;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** What {@code /daily/timer} answers: an entry, and the hours of a timer it stopped, if any. */
public final class TimerResult {

    private DayEntry dayEntry;
    private BigDecimal hoursForPreviouslyRunningTimer;

    private TimerResult() {
        // for the binders
    }

    /**
     * @param dayEntry the entry
     * @param hoursForPreviouslyRunningTimer the stopped timer's hours, or {@code null}
     * @return a result
     */
    public static TimerResult of(DayEntry dayEntry, BigDecimal hoursForPreviouslyRunningTimer) {
        TimerResult result = new TimerResult();
        result.dayEntry = dayEntry;
        result.hoursForPreviouslyRunningTimer = hoursForPreviouslyRunningTimer;
        return result;
    }

    /** @return the entry */
    public DayEntry dayEntry() {
        return dayEntry;
    }

    /** @return the hours of the timer stopped by side effect */
    public Optional<BigDecimal> hoursForPreviouslyRunningTimer() {
        return Optional.ofNullable(hoursForPreviouslyRunningTimer);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimerResult && Objects.equals(dayEntry, ((TimerResult) other).dayEntry)
                && Objects.equals(hoursForPreviouslyRunningTimer, ((TimerResult) other).hoursForPreviouslyRunningTimer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayEntry, hoursForPreviouslyRunningTimer);
    }

    @Override
    public String toString() {
        return "TimerResult{" + dayEntry + ", " + hoursForPreviouslyRunningTimer + "}";
    }
}
