package io.harvest4j.timetracking.internal;

import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The body of {@code POST /daily/add} and {@code POST /daily/update/{id}} as the codecs write it:
 * XML {@code <request><notes>…</notes><hours>…</hours><project_id>…</project_id>…</request>}, JSON
 * the same fields unwrapped. Fields left {@code null} are not sent.
 *
 * <p>Every value is already in its wire text, so the codecs have nothing to decide: {@code hours}
 * is a string because an empty one is how a timer is started, the clock times are written as the
 * service writes them ({@code 8:00am}), the day as {@code YYYY-MM-DD}. Not part of the API.
 */
public final class DayEntryRequestBody {

    private String notes;
    private String hours;
    private Long projectId;
    private Long taskId;
    private String spentAt;
    private String startedAt;
    private String endedAt;

    private DayEntryRequestBody() {
        // for the binders
    }

    private DayEntryRequestBody(String notes, String hours, long projectId, long taskId, LocalDate spentAt,
            LocalTime startedAt, LocalTime endedAt) {
        this.notes = notes;
        this.hours = hours;
        this.projectId = projectId;
        this.taskId = taskId;
        this.spentAt = spentAt == null ? null : spentAt.toString();
        this.startedAt = startedAt == null ? null : WireClockTime.format(startedAt);
        this.endedAt = endedAt == null ? null : WireClockTime.format(endedAt);
    }

    /**
     * @param entry a checked new entry
     * @return its body; a timer is started with an empty {@code hours}
     */
    public static DayEntryRequestBody of(NewDayEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String hours = entry.startsTimer() ? "" : entry.hours().map(BigDecimal::toPlainString).orElse(null);
        return new DayEntryRequestBody(entry.notes().orElse(null), hours, entry.projectId(), entry.taskId(),
                entry.spentAt().orElse(null), entry.startedAt().orElse(null), entry.endedAt().orElse(null));
    }

    /**
     * @param update a checked update
     * @return its body
     */
    public static DayEntryRequestBody of(DayEntryUpdate update) {
        Objects.requireNonNull(update, "update");
        return new DayEntryRequestBody(update.notes().orElse(null),
                update.hours().map(BigDecimal::toPlainString).orElse(null), update.projectId(), update.taskId(),
                update.spentAt().orElse(null), update.startedAt().orElse(null), update.endedAt().orElse(null));
    }

    /** @return {@code notes}, or {@code null} when not sent */
    public String notes() {
        return notes;
    }

    /** @return {@code hours} as sent ({@code ""} starts a timer), or {@code null} when not sent */
    public String hours() {
        return hours;
    }

    /** @return {@code project_id} */
    public Long projectId() {
        return projectId;
    }

    /** @return {@code task_id} */
    public Long taskId() {
        return taskId;
    }

    /** @return {@code spent_at} as sent ({@code 2024-02-29}), or {@code null} when not sent */
    public String spentAt() {
        return spentAt;
    }

    /** @return {@code started_at} as sent ({@code 8:00am}), or {@code null} when not sent */
    public String startedAt() {
        return startedAt;
    }

    /** @return {@code ended_at} as sent, or {@code null} when not sent */
    public String endedAt() {
        return endedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DayEntryRequestBody)) {
            return false;
        }
        DayEntryRequestBody that = (DayEntryRequestBody) other;
        return Objects.equals(notes, that.notes) && Objects.equals(hours, that.hours)
                && Objects.equals(projectId, that.projectId) && Objects.equals(taskId, that.taskId)
                && Objects.equals(spentAt, that.spentAt) && Objects.equals(startedAt, that.startedAt)
                && Objects.equals(endedAt, that.endedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notes, hours, projectId, taskId, spentAt, startedAt, endedAt);
    }

    @Override
    public String toString() {
        return "DayEntryRequestBody{notes=" + notes + ", hours=" + hours + ", projectId=" + projectId
                + ", taskId=" + taskId + ", spentAt=" + spentAt + ", startedAt=" + startedAt + ", endedAt="
                + endedAt + '}';
    }
}
