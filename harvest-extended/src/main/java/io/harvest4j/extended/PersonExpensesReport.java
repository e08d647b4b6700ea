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
import io.harvest4j.extended.model.Expense;

/**
 * {@code GET /people/{id}/expenses?from=YYYYMMDD&to=YYYYMMDD}: the expenses a user logged in a period, ready to run. {@link #execute()}
 * answers the whole list (for small periods); {@link #stream()} answers the items as they arrive,
 * holding one at a time, and must be closed:
 *
 * <pre>{@code
 * try (Stream<Expense> items = reports.personExpenses(id, from, to).isClosed(false).stream()) {
 *     items.forEach(sheet::add);
 * }
 * }</pre>
 *
 * <p>Immutable: each filter answers a changed copy; setting one again replaces it. Made by {@link Reports}.
 */
public final class PersonExpensesReport extends StreamingListRequest<Expense, PersonExpensesReport> {

    PersonExpensesReport(HarvestClient client, Call<List<Expense>> call) {
        super(client, call, Expense.class, Reports.EXPENSES);
    }

    /**
     * {@code is_closed=yes|no}: only what was approved, or only what was not.
     *
     * @param closed which records to keep
     * @return a copy of this request with the filter
     */
    public PersonExpensesReport isClosed(boolean closed) {
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
    public PersonExpensesReport updatedSince(Instant since) {
        return withQuery("updated_since", QueryValues.dateTime(Checks.required("PersonExpensesReport.updatedSince: since", since)));
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     *
     * @param since the moment
     * @return a copy of this request with the filter
     * @throws InvalidRequestException when it is {@code null} or outside the years 1000 to 9999
     */
    public PersonExpensesReport updatedSince(OffsetDateTime since) {
        return updatedSince(Checks.required("PersonExpensesReport.updatedSince: since", since).toInstant());
    }

    @Override
    protected PersonExpensesReport copy(Call<List<Expense>> changed) {
        return new PersonExpensesReport(client(), changed);
    }
}
