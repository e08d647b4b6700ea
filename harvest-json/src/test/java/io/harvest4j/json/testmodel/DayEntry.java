package io.harvest4j.json.testmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A time-tracking-like entry, for the inlined shape. */
public final class DayEntry {

    private long id;
    private Long projectId;
    private BigDecimal hours;
    private String notes;
    private LocalDate spentAt;
    private OffsetDateTime timerStartedAt;

    private DayEntry() {
        // for the binders
    }

    /**
     * @param id the id
     * @param projectId the project
     * @param hours the hours
     * @param notes the notes
     * @param spentAt the day
     * @param timerStartedAt when the timer started, or {@code null}
     * @return an entry
     */
    public static DayEntry of(long id, Long projectId, BigDecimal hours, String notes, LocalDate spentAt,
            OffsetDateTime timerStartedAt) {
        DayEntry entry = new DayEntry();
        entry.id = id;
        entry.projectId = projectId;
        entry.hours = hours;
        entry.notes = notes;
        entry.spentAt = spentAt;
        entry.timerStartedAt = timerStartedAt;
        return entry;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the project's id */
    public Long projectId() {
        return projectId;
    }

    /** @return the hours */
    public BigDecimal hours() {
        return hours;
    }

    /** @return the notes */
    public String notes() {
        return notes;
    }

    /** @return the day */
    public LocalDate spentAt() {
        return spentAt;
    }

    /** @return when the timer started, or {@code null} */
    public OffsetDateTime timerStartedAt() {
        return timerStartedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DayEntry)) {
            return false;
        }
        DayEntry that = (DayEntry) other;
        return id == that.id && Objects.equals(projectId, that.projectId) && Objects.equals(hours, that.hours)
                && Objects.equals(notes, that.notes) && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(timerStartedAt, that.timerStartedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, projectId, hours, notes, spentAt);
    }

    @Override
    public String toString() {
        return "DayEntry{" + id + ", project " + projectId + ", " + hours + "h, " + notes + ", " + spentAt + ", "
                + timerStartedAt + "}";
    }
}
