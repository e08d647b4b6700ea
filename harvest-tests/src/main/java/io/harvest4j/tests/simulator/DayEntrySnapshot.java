package io.harvest4j.tests.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A day entry of the simulator's state as it was when read ({@link SimulatorState#dayEntry(long)}),
 * for tests to check what a client did without going through the API. Immutable.
 */
public final class DayEntrySnapshot {

    private final long id;
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
    private final Instant createdAt;
    private final Instant updatedAt;

    DayEntrySnapshot(long id, long userId, long projectId, long taskId, LocalDate spentAt, String notes, BigDecimal hours,
            BigDecimal hoursWithoutTimer, Instant timerStartedAt, LocalTime startedAt, LocalTime endedAt, boolean locked,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.userId = userId;
        this.projectId = projectId;
        this.taskId = taskId;
        this.spentAt = spentAt;
        this.notes = notes;
        this.hours = hours;
        this.hoursWithoutTimer = hoursWithoutTimer;
        this.timerStartedAt = timerStartedAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.locked = locked;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** @return the id */
    public long id() {
        return id;
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

    /** @return creation time */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return last change */
    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "DayEntrySnapshot[id=" + id + ", user=" + userId + ", project=" + projectId + ", task=" + taskId
                + ", spentAt=" + spentAt + ", hours=" + hours + (isRunning() ? " (running)" : "")
                + (locked ? ", locked" : "") + ", notes=" + notes + "]";
    }
}
