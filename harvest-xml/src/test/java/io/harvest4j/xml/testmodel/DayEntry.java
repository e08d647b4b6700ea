package io.harvest4j.xml.testmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A test model shaped like the Time Tracking API's day entry (underscored XML, RFC-822 dates). */
public final class DayEntry {

    private Long id;
    private LocalDate spentAt;
    private Long userId;
    private String client;
    private Long projectId;
    private BigDecimal hours;
    private String notes;
    private OffsetDateTime timerStartedAt;
    private OffsetDateTime createdAt;
    private String startedAt;
    private String endedAt;

    private DayEntry() {
    }

    /**
     * @param projectId the project
     * @param hours the hours
     * @param notes the notes
     * @param spentAt the day
     * @return a new entry, as a request would carry it
     */
    public static DayEntry of(Long projectId, BigDecimal hours, String notes, LocalDate spentAt) {
        DayEntry entry = new DayEntry();
        entry.projectId = projectId;
        entry.hours = hours;
        entry.notes = notes;
        entry.spentAt = spentAt;
        return entry;
    }

    public Long id() {
        return id;
    }

    public LocalDate spentAt() {
        return spentAt;
    }

    public Long userId() {
        return userId;
    }

    public String client() {
        return client;
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

    public OffsetDateTime timerStartedAt() {
        return timerStartedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String startedAt() {
        return startedAt;
    }

    public String endedAt() {
        return endedAt;
    }
}
