package io.harvest4j.timetracking.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.timetracking.internal.WireClockTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to a day entry, sent with {@code POST /daily/update/{id}}. Immutable; checked when
 * built.
 *
 * <p>The service overwrites the entry's fields with those the request provides. Every update names
 * the entry's project and task (required); the notes, the day and the time are sent only when set,
 * and the service keeps the values of those left out. {@link #from(DayEntry)} starts from an
 * entry's project and task, so changing one thing is one line:
 * <pre>{@code
 * DayEntry entry = timeTracking.show(195168);
 * timeTracking.update(entry.id(), DayEntryUpdate.from(entry).hours(new BigDecimal("2.25")).build());
 * }</pre>
 *
 * <p>On locked time (approved or invoiced) only administrators may update an entry, and not its
 * project, task or day: the service refuses such a change with 400 and a {@code Hint}.
 */
public final class DayEntryUpdate {

    private final long projectId;
    private final long taskId;
    private final LocalDate spentAt;
    private final String notes;
    private final BigDecimal hours;
    private final LocalTime startedAt;
    private final LocalTime endedAt;

    private DayEntryUpdate(Builder builder) {
        this.projectId = Checks.positiveId("DayEntryUpdate.projectId", builder.projectId);
        this.taskId = Checks.positiveId("DayEntryUpdate.taskId", builder.taskId);
        this.spentAt = Checks.date("DayEntryUpdate.spentAt", builder.spentAt);
        this.notes = Checks.text("DayEntryUpdate.notes", builder.notes);
        if (builder.clockTimes) {
            WireClockTime.requireOrdered("DayEntryUpdate", builder.startedAt, builder.endedAt);
            this.hours = null;
            this.startedAt = builder.startedAt.truncatedTo(ChronoUnit.MINUTES);
            this.endedAt = builder.endedAt.truncatedTo(ChronoUnit.MINUTES);
        } else {
            this.hours = builder.hours == null ? null : Checks.hours("DayEntryUpdate.hours", builder.hours);
            this.startedAt = null;
            this.endedAt = null;
        }
    }

    /** @return a builder of an update; the project and the task are to be set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param entry an entry, as the service answered it
     * @return a builder of an update of that entry that keeps its project and task and changes
     *     nothing else yet
     */
    public static Builder from(DayEntry entry) {
        Checks.required("DayEntryUpdate.from: entry", entry);
        Builder builder = new Builder();
        entry.projectId().ifPresent(builder::projectId);
        entry.taskId().ifPresent(builder::taskId);
        return builder;
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the task's id */
    public long taskId() {
        return taskId;
    }

    /** @return the new day; empty to keep the entry's */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return the new notes; empty to keep the entry's */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return the new hours; empty to keep the entry's time (or when clock times are given) */
    public Optional<BigDecimal> hours() {
        return Optional.ofNullable(hours);
    }

    /** @return the new start on the clock, when clock times are given */
    public Optional<LocalTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return the new end on the clock, when clock times are given */
    public Optional<LocalTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DayEntryUpdate)) {
            return false;
        }
        DayEntryUpdate that = (DayEntryUpdate) other;
        return projectId == that.projectId
                && taskId == that.taskId
                && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(notes, that.notes)
                && Objects.equals(hours, that.hours)
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, taskId, spentAt, notes, hours, startedAt, endedAt);
    }

    @Override
    public String toString() {
        return "DayEntryUpdate{projectId=" + projectId + ", taskId=" + taskId + ", spentAt=" + spentAt
                + ", hours=" + (hours == null ? null : hours.toPlainString()) + ", startedAt=" + startedAt
                + ", endedAt=" + endedAt + ", notes=" + notes + '}';
    }

    /**
     * Builds a {@link DayEntryUpdate}; not thread-safe. A field set to {@code null} is left out of
     * the request, and the service keeps the entry's value. The checks run in {@link #build()}.
     */
    public static final class Builder {
        private long projectId;
        private long taskId;
        private LocalDate spentAt;
        private String notes;
        private BigDecimal hours;
        private boolean clockTimes;
        private LocalTime startedAt;
        private LocalTime endedAt;

        private Builder() {
        }

        /**
         * @param projectId the project's id (required, even when unchanged)
         * @return this builder
         */
        public Builder projectId(long projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @param taskId the task's id (required, even when unchanged)
         * @return this builder
         */
        public Builder taskId(long taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * @param spentAt the new day, or {@code null} to keep the entry's
         * @return this builder
         */
        public Builder spentAt(LocalDate spentAt) {
            this.spentAt = spentAt;
            return this;
        }

        /**
         * @param notes the new notes ({@code ""} clears them), or {@code null} to keep the entry's
         * @return this builder
         */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /**
         * Sets the time as hours, replacing clock times given before.
         *
         * @param hours the new hours, from 0 to 24, or {@code null} to keep the entry's time
         * @return this builder
         */
        public Builder hours(BigDecimal hours) {
            this.hours = hours;
            this.clockTimes = false;
            this.startedAt = null;
            this.endedAt = null;
            return this;
        }

        /**
         * Sets the time as a start and an end on the clock (accounts with timestamp timers),
         * replacing hours given before.
         *
         * @param startedAt the new start (kept to the minute)
         * @param endedAt the new end, not before the start (kept to the minute)
         * @return this builder
         */
        public Builder times(LocalTime startedAt, LocalTime endedAt) {
            this.hours = null;
            this.clockTimes = true;
            this.startedAt = startedAt;
            this.endedAt = endedAt;
            return this;
        }

        /**
         * @return the update
         * @throws InvalidRequestException naming the field, when the project or the task is missing,
         *     the hours are negative or more than 24, a clock time is missing or the end comes
         *     before the start, the notes are too long or hold a control character, or the day's
         *     year has not four digits
         */
        public DayEntryUpdate build() {
            return new DayEntryUpdate(this);
        }
    }
}
