package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.QueryValues;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.DayEntry;
import io.harvest4j.extended.model.Expense;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Time and expense reports: every time entry or expense of a project or a person in a period
 * (administrators; any user for their own entries and expenses, through {@code personEntries} of
 * their own id or {@code projectEntries(…).userId(own id)}). Thread-safe and immutable; each method
 * answers a request to run with {@code execute()} (the whole list) or {@code stream()} (the items as
 * they arrive, for reports of any size).
 *
 * <pre>{@code
 * Reports reports = new Reports(client);
 * try (Stream<DayEntry> entries = reports.projectEntries(projectId, LocalDate.of(2017, 1, 1),
 *         LocalDate.of(2017, 12, 31)).billable(true).stream()) {
 *     BigDecimal hours = entries.map(DayEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
 * }
 * }</pre>
 */
public final class Reports {

    /** {@code <day-entries><day-entry>…}; JSON {@code [{"day_entry":{…}}]}. */
    static final WireShape DAY_ENTRIES = WireShape.list("day_entries", "day_entry").build();

    /** {@code <expenses><expense>…}; JSON {@code [{"expense":{…}}]}. */
    static final WireShape EXPENSES = WireShape.list("expenses", "expense").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Reports(HarvestClient client) {
        this.client = Checks.required("Reports: client", client);
    }

    /**
     * {@code GET /projects/{id}/entries?from=…&to=…}: the time entries logged to a project from one
     * day to another, both included; narrow it with the request's filters.
     *
     * @param projectId the project's id
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the request
     * @throws InvalidRequestException when the id is not positive, or a day is {@code null},
     *     outside the years 1000 to 9999, or {@code to} is before {@code from}
     */
    public ProjectEntriesReport projectEntries(long projectId, LocalDate from, LocalDate to) {
        String method = "Reports.projectEntries";
        long id = Checks.positiveId(method + ": projectId", projectId);
        return new ProjectEntriesReport(client, period(Call.get("/projects/{}/entries", id), method, from, to)
                .decodingList(DayEntry.class, DAY_ENTRIES));
    }

    /**
     * {@code GET /people/{id}/entries?from=…&to=…}: the time entries a user logged from one day to
     * another, both included; narrow it with the request's filters.
     *
     * @param userId the user's id
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the request
     * @throws InvalidRequestException when the id is not positive, or a day is {@code null},
     *     outside the years 1000 to 9999, or {@code to} is before {@code from}
     */
    public PersonEntriesReport personEntries(long userId, LocalDate from, LocalDate to) {
        String method = "Reports.personEntries";
        long id = Checks.positiveId(method + ": userId", userId);
        return new PersonEntriesReport(client, period(Call.get("/people/{}/entries", id), method, from, to)
                .decodingList(DayEntry.class, DAY_ENTRIES));
    }

    /**
     * {@code GET /projects/{id}/expenses?from=…&to=…}: the expenses logged to a project from one day
     * to another, both included; narrow it with the request's filters.
     *
     * @param projectId the project's id
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the request
     * @throws InvalidRequestException when the id is not positive, or a day is {@code null},
     *     outside the years 1000 to 9999, or {@code to} is before {@code from}
     */
    public ProjectExpensesReport projectExpenses(long projectId, LocalDate from, LocalDate to) {
        String method = "Reports.projectExpenses";
        long id = Checks.positiveId(method + ": projectId", projectId);
        return new ProjectExpensesReport(client, period(Call.get("/projects/{}/expenses", id), method, from, to)
                .decodingList(Expense.class, EXPENSES));
    }

    /**
     * {@code GET /people/{id}/expenses?from=…&to=…}: the expenses a user logged from one day to
     * another, both included; narrow it with the request's filters.
     *
     * @param userId the user's id
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the request
     * @throws InvalidRequestException when the id is not positive, or a day is {@code null},
     *     outside the years 1000 to 9999, or {@code to} is before {@code from}
     */
    public PersonExpensesReport personExpenses(long userId, LocalDate from, LocalDate to) {
        String method = "Reports.personExpenses";
        long id = Checks.positiveId(method + ": userId", userId);
        return new PersonExpensesReport(client, period(Call.get("/people/{}/expenses", id), method, from, to)
                .decodingList(Expense.class, EXPENSES));
    }

    private static Call.Builder period(Call.Builder call, String method, LocalDate from, LocalDate to) {
        Checks.date(method + ": from", Checks.required(method + ": from", from));
        Checks.date(method + ": to", Checks.required(method + ": to", to));
        if (to.isBefore(from)) {
            throw new InvalidRequestException(method + ": to (" + to + ") is before from (" + from + ")");
        }
        return call.query("from", QueryValues.date(from)).query("to", QueryValues.date(to));
    }

    @Override
    public String toString() {
        return "Reports{" + client + "}";
    }
}
