package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time entry of one user's timesheet. Guarded by the {@link Account}'s lock. Its table stamps
 * {@code updated_at}: whoever changes an entry {@linkplain Table#touch touches} it.
 *
 * <p>Hours are stored without the running timer ({@link #hoursWithoutTimer()}); while the timer
 * runs, {@link #hours(Instant)} adds the time since {@link #timerStartedAt()}, rounded half-up to
 * two decimals. Stopping the timer stores that rounded sum.
 */
public final class DayEntry extends Entity {

    private final long userId;
    private long projectId;
    private long taskId;
    private LocalDate spentAt;
    private String notes;
    private BigDecimal hoursWithoutTimer;
    private Instant timerStartedAt;
    private LocalTime startedAt;
    private LocalTime endedAt;
    private boolean locked;
    private boolean billed;

    /**
     * @param userId the owner
     * @param projectId the project
     * @param taskId the task
     * @param spentAt the day
     * @param notes the notes, may be null
     * @param hours the hours without a timer
     */
    public DayEntry(long userId, long projectId, long taskId, LocalDate spentAt, String notes, BigDecimal hours) {
        this.userId = userId;
        this.projectId = projectId;
        this.taskId = taskId;
        this.spentAt = spentAt;
        this.notes = notes;
        this.hoursWithoutTimer = WireDates.roundHours(hours);
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

    /** @return the day */
    public LocalDate spentAt() {
        return spentAt;
    }

    /** @return the notes, or null */
    public String notes() {
        return notes;
    }

    /** @return the stored hours, without the running timer */
    public BigDecimal hoursWithoutTimer() {
        return hoursWithoutTimer;
    }

    /**
     * @param now the simulator's time
     * @return the hours including the running timer's, rounded half-up to two decimals
     */
    public BigDecimal hours(Instant now) {
        if (timerStartedAt == null) {
            return hoursWithoutTimer;
        }
        return WireDates.roundHours(hoursWithoutTimer.add(WireDates.hoursBetween(timerStartedAt, now)));
    }

    /** @return when the running timer started, or null when none runs */
    public Instant timerStartedAt() {
        return timerStartedAt;
    }

    /** @return whether the timer runs */
    public boolean isRunning() {
        return timerStartedAt != null;
    }

    /** @return the timestamp start, or null */
    public LocalTime startedAt() {
        return startedAt;
    }

    /** @return the timestamp end, or null */
    public LocalTime endedAt() {
        return endedAt;
    }

    /** @return whether approved or invoiced */
    public boolean isLocked() {
        return locked;
    }

    /**
     * Starts the timer.
     *
     * @param now the time
     */
    public void startTimer(Instant now) {
        timerStartedAt = now;
    }

    /**
     * Stops the timer, storing the hours it ran.
     *
     * @param now the time
     * @return the hours stored
     */
    public BigDecimal stopTimer(Instant now) {
        hoursWithoutTimer = hours(now);
        timerStartedAt = null;
        return hoursWithoutTimer;
    }

    /**
     * @param projectId the project
     * @param taskId the task
     */
    public void moveTo(long projectId, long taskId) {
        this.projectId = projectId;
        this.taskId = taskId;
    }

    /** @param spentAt the day */
    public void setSpentAt(LocalDate spentAt) {
        this.spentAt = spentAt;
    }

    /** @param notes the notes, may be null */
    public void setNotes(String notes) {
        this.notes = notes;
    }

    /**
     * Sets the stored hours; a running timer counts on from {@code now}.
     *
     * @param hours the hours
     * @param now the time
     */
    public void setHours(BigDecimal hours, Instant now) {
        hoursWithoutTimer = WireDates.roundHours(hours);
        if (timerStartedAt != null) {
            timerStartedAt = now;
        }
    }

    /**
     * @param startedAt the timestamp start, may be null
     * @param endedAt the timestamp end, may be null
     */
    public void setTimestamps(LocalTime startedAt, LocalTime endedAt) {
        this.startedAt = startedAt;
        this.endedAt = endedAt;
    }

    /** @param locked whether approved or invoiced */
    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    /** @return whether invoiced, or marked as invoiced (the reports' {@code is_billed}) */
    public boolean isBilled() {
        return billed;
    }

    /** @param billed whether invoiced, or marked as invoiced */
    public void setBilled(boolean billed) {
        this.billed = billed;
    }
}
