package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A time entry as the time reports answer it ({@code GET /projects/{id}/entries},
 * {@code GET /people/{id}/entries}; XML {@code <day-entry>}, JSON {@code {"day_entry":{…}}}): who
 * logged how many hours to which project and task on which day, and whether the entry was billed
 * or approved. Not the Time Tracking API's entry of a timesheet
 * ({@code io.harvest4j.timetracking.model.DayEntry}), which carries a running timer and the
 * project's and task's names. Made by codecs only.
 */
public final class DayEntry extends Resource {

    private LocalDate spentAt;
    private Long userId;
    private Long projectId;
    private Long taskId;
    private BigDecimal hours;
    private String notes;
    private Boolean isBilled;
    private Boolean isClosed;

    private DayEntry() {
        // for the binders
    }

    /** @return the day the time was spent; empty when the service left it out */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return the id of the user who logged it ({@code 0} when the service left it out) */
    public long userId() {
        return userId == null ? 0 : userId;
    }

    /** @return the project's id ({@code 0} when the service left it out) */
    public long projectId() {
        return projectId == null ? 0 : projectId;
    }

    /** @return the task's id ({@code 0} when the service left it out) */
    public long taskId() {
        return taskId == null ? 0 : taskId;
    }

    /** @return the hours logged ({@code 0} when the service left them out) */
    public BigDecimal hours() {
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** @return the notes; empty when there are none or the service left them out */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /**
     * @return whether the entry was invoiced, or marked as invoiced ({@code false} when the service
     *     left it out)
     */
    public boolean isBilled() {
        return Boolean.TRUE.equals(isBilled);
    }

    /**
     * @return whether the entry was approved (accounts with the approval feature; {@code false} when
     *     the service left it out)
     */
    public boolean isClosed() {
        return Boolean.TRUE.equals(isClosed);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof DayEntry && Arrays.equals(values(), ((DayEntry) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the entry's fields but its notes, which may hold personal data */
    @Override
    public String toString() {
        return ModelText.describe("DayEntry", "id", id, "spentAt", spentAt, "userId", userId, "projectId", projectId,
                "taskId", taskId, "hours", hours, "isBilled", isBilled, "isClosed", isClosed, "createdAt", createdAt,
                "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, spentAt, userId, projectId, taskId, hours, notes, isBilled, isClosed, createdAt,
                updatedAt};
    }
}
