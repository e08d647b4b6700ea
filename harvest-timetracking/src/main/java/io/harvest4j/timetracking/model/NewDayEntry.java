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
 * A day entry to create with {@code POST /daily/add}. Immutable; checked when built, so a value of
 * this type is always one the service can be sent.
 *
 * <p>Every entry names its project and task and says how its time is given, in one of three ways:
 * <pre>{@code
 * NewDayEntry logged = NewDayEntry.withHours(new BigDecimal("1.5"))        // hours spent
 *         .projectId(3).taskId(14).spentAt(LocalDate.of(2024, 2, 29)).notes("Backups").build();
 * NewDayEntry timer = NewDayEntry.startingTimer()                          // a running timer
 *         .projectId(3).taskId(14).build();
 * NewDayEntry stamped = NewDayEntry.withTimes(LocalTime.of(8, 0), LocalTime.of(9, 30))
 *         .projectId(3).taskId(14).build();                                 // timestamp accounts
 * }</pre>
 *
 * <p>On the wire: XML {@code <request><notes>…<hours>…<project_id>…<task_id>…<spent_at>…</request>},
 * JSON the same fields unwrapped. A timer is started, as the service documents, by a blank
 * {@code hours}; clock times are sent as the service writes them ({@code 8:00am}); the day as
 * {@code YYYY-MM-DD}.
 */
public final class NewDayEntry {

    private final long projectId;
    private final long taskId;
    private final LocalDate spentAt;
    private final String notes;
    private final BigDecimal hours;
    private final LocalTime startedAt;
    private final LocalTime endedAt;
    private final boolean startsTimer;

    private NewDayEntry(Builder builder) {
        this.projectId = Checks.positiveId("NewDayEntry.projectId", builder.projectId);
        this.taskId = Checks.positiveId("NewDayEntry.taskId", builder.taskId);
        this.spentAt = Checks.date("NewDayEntry.spentAt", builder.spentAt);
        this.notes = Checks.text("NewDayEntry.notes", builder.notes);
        switch (builder.effort) {
            case HOURS:
                this.hours = Checks.hours("NewDayEntry.hours", builder.hours);
                this.startedAt = null;
                this.endedAt = null;
                this.startsTimer = false;
                break;
            case CLOCK_TIMES:
                WireClockTime.requireOrdered("NewDayEntry", builder.startedAt, builder.endedAt);
                this.hours = null;
                this.startedAt = builder.startedAt.truncatedTo(ChronoUnit.MINUTES);
                this.endedAt = builder.endedAt.truncatedTo(ChronoUnit.MINUTES);
                this.startsTimer = false;
                break;
            case TIMER:
                this.hours = null;
                this.startedAt = null;
                this.endedAt = null;
                this.startsTimer = true;
                break;
            default:
                throw new InvalidRequestException("NewDayEntry.hours is required: give hours(…), clock times(…) "
                        + "or startingTimer()");
        }
    }

    /** @return a builder on which the time is still to be given ({@link Builder#hours}, {@link Builder#times}, {@link Builder#startingTimer}) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param hours the hours spent, from 0 to 24
     * @return a builder of an entry of that many hours
     */
    public static Builder withHours(BigDecimal hours) {
        return builder().hours(hours);
    }

    /**
     * For accounts with timestamp timers: the time given as a start and an end on the clock.
     *
     * @param startedAt the start (kept to the minute)
     * @param endedAt the end, not before the start (kept to the minute)
     * @return a builder of an entry of those times
     */
    public static Builder withTimes(LocalTime startedAt, LocalTime endedAt) {
        return builder().times(startedAt, endedAt);
    }

    /**
     * @return a builder of an entry whose timer starts when it is created (and stops any other
     *     running timer of the user: see {@link TimerResult#hoursForPreviouslyRunningTimer()})
     */
    public static Builder startingTimer() {
        return builder().startingTimer();
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the task's id */
    public long taskId() {
        return taskId;
    }

    /** @return the day; when empty, none is sent and the service takes the user's today */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return the notes */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return the hours, when the time is given in hours */
    public Optional<BigDecimal> hours() {
        return Optional.ofNullable(hours);
    }

    /** @return the start on the clock, when the time is given as clock times */
    public Optional<LocalTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return the end on the clock, when the time is given as clock times */
    public Optional<LocalTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return whether creating the entry starts its timer */
    public boolean startsTimer() {
        return startsTimer;
    }

    /** @return a builder that starts from this entry's values */
    public Builder toBuilder() {
        Builder builder = builder().projectId(projectId).taskId(taskId).spentAt(spentAt).notes(notes);
        if (startsTimer) {
            return builder.startingTimer();
        }
        return hours != null ? builder.hours(hours) : builder.times(startedAt, endedAt);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NewDayEntry)) {
            return false;
        }
        NewDayEntry that = (NewDayEntry) other;
        return projectId == that.projectId
                && taskId == that.taskId
                && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(notes, that.notes)
                && Objects.equals(hours, that.hours)
                && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt)
                && startsTimer == that.startsTimer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, taskId, spentAt, notes, hours, startedAt, endedAt, startsTimer);
    }

    @Override
    public String toString() {
        return "NewDayEntry{projectId=" + projectId + ", taskId=" + taskId + ", spentAt=" + spentAt
                + (startsTimer ? ", starting a timer" : hours != null ? ", hours=" + hours.toPlainString()
                        : ", startedAt=" + startedAt + ", endedAt=" + endedAt)
                + ", notes=" + notes + '}';
    }

    /** How the time of the entry is given. */
    private enum Effort {
        UNSET, HOURS, CLOCK_TIMES, TIMER
    }

    /**
     * Builds a {@link NewDayEntry}; not thread-safe. The checks run in {@link #build()}: a project,
     * a task and the time are required.
     */
    public static final class Builder {
        private long projectId;
        private long taskId;
        private LocalDate spentAt;
        private String notes;
        private Effort effort = Effort.UNSET;
        private BigDecimal hours;
        private LocalTime startedAt;
        private LocalTime endedAt;

        private Builder() {
        }

        /**
         * @param projectId the project's id (required; see {@link DailyProject#id()})
         * @return this builder
         */
        public Builder projectId(long projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @param taskId the task's id (required; see {@link DailyTask#id()})
         * @return this builder
         */
        public Builder taskId(long taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * @param spentAt the day the time was spent on; {@code null} (the default) sends none, and
         *     the service takes the user's today, in the account's time zone
         * @return this builder
         */
        public Builder spentAt(LocalDate spentAt) {
            this.spentAt = spentAt;
            return this;
        }

        /**
         * @param notes the notes, at most 10,000 characters; {@code null} for none
         * @return this builder
         */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /**
         * Gives the time as hours, replacing clock times or a timer given before.
         *
         * @param hours the hours spent, from 0 to 24
         * @return this builder
         */
        public Builder hours(BigDecimal hours) {
            this.effort = Effort.HOURS;
            this.hours = hours;
            this.startedAt = null;
            this.endedAt = null;
            return this;
        }

        /**
         * Gives the time as a start and an end on the clock (accounts with timestamp timers),
         * replacing hours or a timer given before.
         *
         * @param startedAt the start (kept to the minute)
         * @param endedAt the end, not before the start (kept to the minute)
         * @return this builder
         */
        public Builder times(LocalTime startedAt, LocalTime endedAt) {
            this.effort = Effort.CLOCK_TIMES;
            this.hours = null;
            this.startedAt = startedAt;
            this.endedAt = endedAt;
            return this;
        }

        /**
         * Starts the entry's timer when it is created, replacing hours or clock times given before.
         * @return this builder
         */
        public Builder startingTimer() {
            this.effort = Effort.TIMER;
            this.hours = null;
            this.startedAt = null;
            this.endedAt = null;
            return this;
        }

        /**
         * @return the entry
         * @throws InvalidRequestException naming the field, when the project or the task is missing,
         *     the time is not given, the hours are negative or more than 24, the end comes before
         *     the start, the notes are too long or hold a control character, or the day's year has
         *     not four digits
         */
        public NewDayEntry build() {
            return new NewDayEntry(this);
        }
    }
}
