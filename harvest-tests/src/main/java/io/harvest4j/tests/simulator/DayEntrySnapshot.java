package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.DayEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A day entry of the simulator's state as it was when read ({@link SimulatorState#dayEntry(long)},
 * {@link SimulatorState#find(Resource, long) find}{@code (}{@link Resource#DAY_ENTRIES}{@code , id)}),
 * for tests to check what a client did without going through the API. Immutable.
 */
public final class DayEntrySnapshot extends Snapshot {

    private final long userId;
    private final long projectId;
    private final long taskId;
    private final LocalDate spentAt;
    private final String notes;
    private final BigDecimal hours;
    private final BigDecimal hoursWithoutTimer;
    private final Instant timerStartedAt;
    private final LocalTime startedAt;
    private final LocalTime endedAt;
    private final boolean locked;

    DayEntrySnapshot(DayEntry entry, Instant now) {
        super(entry);
        this.userId = entry.userId();
        this.projectId = entry.projectId();
        this.taskId = entry.taskId();
        this.spentAt = entry.spentAt();
        this.notes = entry.notes();
        this.hours = entry.hours(now);
        this.hoursWithoutTimer = entry.hoursWithoutTimer();
        this.timerStartedAt = entry.timerStartedAt();
        this.startedAt = entry.startedAt();
        this.endedAt = entry.endedAt();
        this.locked = entry.isLocked();
    }

    /** @return the owner's id */
    public long userId() {
        return userId;
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the task's id */
    public long taskId() {
        return taskId;
    }

    /** @return the day the time was spent */
    public LocalDate spentAt() {
        return spentAt;
    }

    /** @return the notes, empty when null */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return the hours at the time of the snapshot, running timer included, two decimals */
    public BigDecimal hours() {
        return hours;
    }

    /** @return the stored hours, without the running timer */
    public BigDecimal hoursWithoutTimer() {
        return hoursWithoutTimer;
    }

    /** @return whether the timer was running */
    public boolean isRunning() {
        return timerStartedAt != null;
    }

    /** @return when the running timer started */
    public Optional<Instant> timerStartedAt() {
        return Optional.ofNullable(timerStartedAt);
    }

    /** @return the timestamp start (timestamp accounts) */
    public Optional<LocalTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return the timestamp end (timestamp accounts, once stopped) */
    public Optional<LocalTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return whether approved or invoiced */
    public boolean isLocked() {
        return locked;
    }

    @Override
    public String toString() {
        return "DayEntrySnapshot[id=" + id() + ", user=" + userId + ", project=" + projectId + ", task=" + taskId
                + ", spentAt=" + spentAt + ", hours=" + hours + (isRunning() ? " (running)" : "")
                + (locked ? ", locked" : "") + ", notes=" + notes + "]";
    }
}
