package io.harvest4j.timetracking.model;

import io.harvest4j.timetracking.internal.WireClockTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a user's timesheet: time spent on a project's task on a day, possibly with a
 * running timer.
 *
 * <p>The service does not send every field with every answer: the answer to
 * {@code POST /daily/add} documents only the id, the names, the hours, the notes and the timer, so
 * the fields it may leave out are {@link Optional}. The names of the client, project and task are
 * in every documented answer and are plain strings (empty if the service left one out).
 */
public final class DayEntry {

    private long id;
    private LocalDate spentAt;
    private Long userId;
    private String client;
    private Long projectId;
    private String project;
    private Long taskId;
    private String task;
    private BigDecimal hours;
    private BigDecimal hoursWithoutTimer;
    private String notes;
    private OffsetDateTime timerStartedAt;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private String startedAt;
    private String endedAt;

    private DayEntry() {
        // for the binders
    }

    /** @return the entry's id */
    public long id() {
        return id;
    }

    /** @return the day the time was spent on */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return the id of the user whose timesheet holds the entry */
    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the name of the project's client; empty when the service left it out */
    public String client() {
        return client == null ? "" : client;
    }

    /** @return the project's id */
    public Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** @return the project's name; empty when the service left it out */
    public String project() {
        return project == null ? "" : project;
    }

    /** @return the task's id */
    public Optional<Long> taskId() {
        return Optional.ofNullable(taskId);
    }

    /** @return the task's name; empty when the service left it out */
    public String task() {
        return task == null ? "" : task;
    }

    /**
     * @return the hours spent, including the time of a running timer up to the answer
     *     ({@link BigDecimal#ZERO} if the service left them out)
     */
    public BigDecimal hours() {
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** @return the hours without the running timer's time (sent in JSON answers only) */
    public Optional<BigDecimal> hoursWithoutTimer() {
        return Optional.ofNullable(hoursWithoutTimer);
    }

    /** @return the notes */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return when the running timer was started; empty while no timer runs */
    public Optional<OffsetDateTime> timerStartedAt() {
        return Optional.ofNullable(timerStartedAt);
    }

    /** @return whether the entry's timer is running */
    public boolean isTimerRunning() {
        return timerStartedAt != null;
    }

    /** @return when the entry was created */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the entry was last changed */
    public Optional<OffsetDateTime> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /**
     * @return the start on the clock as the service wrote it ({@code 8:00am}); accounts with
     *     timestamp timers only, empty when absent or blank
     * @see #startTime()
     */
    public Optional<String> startedAt() {
        return nonBlank(startedAt);
    }

    /**
     * @return the end on the clock as the service wrote it ({@code 10:00am}); timestamp accounts
     *     only, empty when absent or blank (a running timer has no end yet)
     * @see #endTime()
     */
    public Optional<String> endedAt() {
        return nonBlank(endedAt);
    }

    /**
     * @return {@link #startedAt()} as a time of day; empty when absent, blank or not in a form this
     *     library reads ({@code 8:00am}, {@code 16:45})
     */
    public Optional<LocalTime> startTime() {
        return WireClockTime.parse(startedAt);
    }

    /** @return {@link #endedAt()} as a time of day; empty as {@link #startTime()} is */
    public Optional<LocalTime> endTime() {
        return WireClockTime.parse(endedAt);
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DayEntry)) {
            return false;
        }
        DayEntry that = (DayEntry) other;
        return id == that.id
                && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(userId, that.userId)
                && Objects.equals(client, that.client)
                && Objects.equals(projectId, that.projectId)
                && Objects.equals(project, that.project)
                && Objects.equals(taskId, that.taskId)
                && Objects.equals(task, that.task)
                && Objects.equals(hours, that.hours)
                && Objects.equals(hoursWithoutTimer, that.hoursWithoutTimer)
                && Objects.equals(notes, that.notes)
                && Objects.equals(timerStartedAt, that.timerStartedAt)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, spentAt, userId, client, projectId, project, taskId, task, hours, hoursWithoutTimer,
                notes, timerStartedAt, createdAt, updatedAt, startedAt, endedAt);
    }

    @Override
    public String toString() {
        return "DayEntry{id=" + id
                + ", spentAt=" + spentAt
                + ", userId=" + userId
                + ", client=" + client
                + ", projectId=" + projectId
                + ", project=" + project
                + ", taskId=" + taskId
                + ", task=" + task
                + ", hours=" + hours
                + ", hoursWithoutTimer=" + hoursWithoutTimer
                + ", notes=" + notes
                + ", timerStartedAt=" + timerStartedAt
                + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt
                + ", startedAt=" + startedAt
                + ", endedAt=" + endedAt + '}';
    }
}
