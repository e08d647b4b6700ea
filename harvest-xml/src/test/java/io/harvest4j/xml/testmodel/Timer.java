package io.harvest4j.xml.testmodel;

import java.math.BigDecimal;

/** A test model shaped like the answer of {@code /daily/timer}: an entry and a stopped timer's hours. */
public final class Timer {

    private DayEntry dayEntry;
    private BigDecimal hoursForPreviouslyRunningTimer;

    private Timer() {
    }

    public DayEntry dayEntry() {
        return dayEntry;
    }

    public BigDecimal hoursForPreviouslyRunningTimer() {
        return hoursForPreviouslyRunningTimer;
    }
}
