package io.harvest4j.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A model of the conformance suite shaped like the Time Tracking API's day entry: underscored XML,
 * RFC-822 dates, ids that JSON sends as strings, and the fields JSON lays beside a {@link Timer}'s.
 */
public final class Entry {

    private long id;
    private Long projectId;
    private BigDecimal hours;
    private String notes;
    private LocalDate spentAt;
    private OffsetDateTime timerStartedAt;

    private Entry() {
    }

    /**
     * @param id the id ({@code 0} for a new entry)
     * @param projectId the project, or {@code null}
     * @param hours the hours, or {@code null}
     * @param notes the notes, or {@code null}
     * @param spentAt the day, or {@code null}
     * @param timerStartedAt when its timer started, or {@code null}
     * @return an entry
     */
    public static Entry of(long id, Long projectId, BigDecimal hours, String notes, LocalDate spentAt,
            OffsetDateTime timerStartedAt) {
        Entry entry = new Entry();
        entry.id = id;
        entry.projectId = projectId;
        entry.hours = hours;
        entry.notes = notes;
        entry.spentAt = spentAt;
        entry.timerStartedAt = timerStartedAt;
        return entry;
    }

    public long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String notes() {
        return notes;
    }

    public LocalDate spentAt() {
        return spentAt;
    }

    public OffsetDateTime timerStartedAt() {
        return timerStartedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Entry)) {
            return false;
        }
        Entry that = (Entry) other;
        return id == that.id && Objects.equals(projectId, that.projectId) && Objects.equals(hours, that.hours)
                && Objects.equals(notes, that.notes) && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(timerStartedAt, that.timerStartedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, projectId, hours, notes, spentAt, timerStartedAt);
    }

    @Override
    public String toString() {
        return "Entry{id=" + id + ", projectId=" + projectId + ", hours=" + hours + ", notes=" + notes
                + ", spentAt=" + spentAt + ", timerStartedAt=" + timerStartedAt + "}";
    }
}
