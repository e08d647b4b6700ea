package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.QueryValues;
import io.harvest4j.core.StreamingListRequest;
import io.harvest4j.core.internal.Checks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import io.harvest4j.extended.model.DayEntry;

/**
 * {@code GET /projects/{id}/entries?from=YYYYMMDD&to=YYYYMMDD}: the time entries logged to a project in a period, ready to run. {@link #execute()}
 * answers the whole list (for small periods); {@link #stream()} answers the items as they arrive,
 * holding one at a time, and must be closed:
 *
 * <pre>{@code
 * try (Stream<DayEntry> items = reports.projectEntries(id, from, to).isClosed(false).stream()) {
 *     items.forEach(sheet::add);
 * }
 * }</pre>
 *
 * <p>Immutable: each filter answers a changed copy; setting one again replaces it. Made by {@link Reports}.
 */
public final class ProjectEntriesReport extends StreamingListRequest<DayEntry, ProjectEntriesReport> {

    ProjectEntriesReport(HarvestClient client, Call<List<DayEntry>> call) {
        super(client, call, DayEntry.class, Reports.DAY_ENTRIES);
    }

    /**
     * {@code user_id}: only the entries of this user. A user who is not an administrator reads
     * their own entries of a project this way.
     *
     * @param userId the user's id
     * @return a copy of this request with the filter
     * @throws InvalidRequestException when the id is not positive
     */
    public ProjectEntriesReport userId(long userId) {
        return withQuery("user_id", QueryValues.id(Checks.positiveId("ProjectEntriesReport.userId: userId", userId)));
    }

    /**
     * {@code billable=yes|no}: only the billable entries, or only the others.
     *
     * @param billable which entries to keep
     * @return a copy of this request with the filter
     */
    public ProjectEntriesReport billable(boolean billable) {
        return withQuery("billable", QueryValues.flag(billable));
    }

    /**
     * {@code only_billed=yes}: only what was invoiced (or marked as invoiced). Replaces
     * {@link #onlyUnbilled()}.
     *
     * @return a copy of this request with the filter
     */
    public ProjectEntriesReport onlyBilled() {
        return withQuery("only_unbilled", null).withQuery("only_billed", QueryValues.flag(true));
    }

    /**
     * {@code only_unbilled=yes}: only what was not invoiced. Replaces {@link #onlyBilled()}.
     *
     * @return a copy of this request with the filter
     */
    public ProjectEntriesReport onlyUnbilled() {
        return withQuery("only_billed", null).withQuery("only_unbilled", QueryValues.flag(true));
    }

    /**
     * {@code is_closed=yes|no}: only what was approved, or only what was not.
     *
     * @param closed which records to keep
     * @return a copy of this request with the filter
     */
    public ProjectEntriesReport isClosed(boolean closed) {
        return withQuery("is_closed", QueryValues.flag(closed));
    }

    /**
     * {@code updated_since}: only what was created or changed at or after this moment (cut down to
     * its minute, in UTC, as the service reads it).
     *
     * @param since the moment
     * @return a copy of this request with the filter
     * @throws InvalidRequestException when it is {@code null} or outside the years 1000 to 9999
     */
    public ProjectEntriesReport updatedSince(Instant since) {
        return withQuery("updated_since", QueryValues.dateTime(Checks.required("ProjectEntriesReport.updatedSince: since", since)));
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     *
     * @param since the moment
     * @return a copy of this request with the filter
     * @throws InvalidRequestException when it is {@code null} or outside the years 1000 to 9999
     */
    public ProjectEntriesReport updatedSince(OffsetDateTime since) {
        return updatedSince(Checks.required("ProjectEntriesReport.updatedSince: since", since).toInstant());
    }

    @Override
    protected ProjectEntriesReport copy(Call<List<DayEntry>> changed) {
        return new ProjectEntriesReport(client(), changed);
    }
}
