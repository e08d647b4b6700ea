package io.harvest4j.tests.simulator.internal;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The time and expense reports: {@code GET /projects/{id}/entries}, {@code GET /people/{id}/entries},
 * {@code GET /projects/{id}/expenses}, {@code GET /people/{id}/expenses}, each with {@code from} and
 * {@code to} ({@code YYYYMMDD}, both days included; missing, malformed or reversed → 400 with a Hint)
 * and the filters the documentation gives each call. Administrators may read any report; any other
 * user only their own entries and expenses ({@code /people/{own id}/…}, or
 * {@code /projects/{id}/entries?user_id={own id}}); everything else is a 404, as the live service
 * denied. Entries are listed by day, then id, the {@linkplain SyntheticEntries generated} ones
 * after the real ones.
 *
 * <p>The answer is written item by item to the connection ({@link Answer#streamed}): what is
 * chosen under the account's lock is a list of small immutable rows and the generated batches,
 * which are written after it, so a report of a million entries is never held.
 */
final class ReportEndpoints {

    private static final JsonGeneratorFactory JSON = JsonProvider.provider().createGeneratorFactory(Collections.emptyMap());

    private final Account account;

    /** @param account the account served */
    ReportEndpoints(Account account) {
        this.account = account;
    }

    /** @param routes where to add the reports' routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /projects/{id}/entries", this::projectEntries)
                .add("GET /people/{id}/entries", this::personEntries)
                .add("GET /projects/{id}/expenses", this::projectExpenses)
                .add("GET /people/{id}/expenses", this::personExpenses);
    }

    // ---- the calls

    private Answer projectEntries(ApiCall call) {
        Project project = project(call);
        Period period = period(call);
        Long userId = id(call, "user_id");
        if (!call.user.isAdmin() && (userId == null || userId != call.user.id())) {
            throw ExtendedCalls.denied(call);
        }
        EntryFilter filter = entryFilter(call, period);
        List<Row> rows = new ArrayList<>();
        for (DayEntry entry : account.dayEntries()) {
            if (entry.projectId() == project.id() && (userId == null || entry.userId() == userId)
                    && filter.keeps(entry.spentAt(), billable(entry.projectId(), entry.taskId()), entry.isBilled(),
                            entry.isLocked(), entry.updatedAt())) {
                rows.add(Row.of(entry, call.now));
            }
        }
        List<Generated> generated = new ArrayList<>();
        for (SyntheticEntries.Batch batch : account.syntheticEntries().batches()) {
            if (batch.projectId == project.id() && (userId == null || batch.userId == userId)) {
                generated.add(new Generated(batch, filter, billable(batch.projectId, batch.taskId)));
            }
        }
        return report(call, "day_entries", "day_entry", rows, generated);
    }

    private Answer personEntries(ApiCall call) {
        User user = user(call);
        Period period = period(call);
        if (!call.user.isAdmin() && user.id() != call.user.id()) {
            throw ExtendedCalls.denied(call);
        }
        Long projectId = id(call, "project_id");
        EntryFilter filter = entryFilter(call, period);
        List<Row> rows = new ArrayList<>();
        for (DayEntry entry : account.dayEntries()) {
            if (entry.userId() == user.id() && (projectId == null || entry.projectId() == projectId)
                    && filter.keeps(entry.spentAt(), billable(entry.projectId(), entry.taskId()), entry.isBilled(),
                            entry.isLocked(), entry.updatedAt())) {
                rows.add(Row.of(entry, call.now));
            }
        }
        List<Generated> generated = new ArrayList<>();
        for (SyntheticEntries.Batch batch : account.syntheticEntries().batches()) {
            if (batch.userId == user.id() && (projectId == null || batch.projectId == projectId)) {
                generated.add(new Generated(batch, filter, billable(batch.projectId, batch.taskId)));
            }
        }
        return report(call, "day_entries", "day_entry", rows, generated);
    }

    private Answer projectExpenses(ApiCall call) {
        Project project = project(call);
        Period period = period(call);
        ExtendedCalls.requireAdmin(call);
        Boolean closed = flag(call, "is_closed");
        Boolean billed = billedFilter(call);
        Instant since = updatedSince(call);
        List<Row> rows = new ArrayList<>();
        for (Expense expense : account.expenses()) {
            if (expense.projectId() == project.id() && period.contains(expense.spentAt())
                    && (closed == null || expense.isClosed() == closed) && (billed == null || isBilled(expense) == billed)
                    && (since == null || !expense.updatedAt().isBefore(since))) {
                rows.add(Row.of(expense));
            }
        }
        return report(call, "expenses", "expense", rows, List.of());
    }

    private Answer personExpenses(ApiCall call) {
        User user = user(call);
        Period period = period(call);
        if (!call.user.isAdmin() && user.id() != call.user.id()) {
            throw ExtendedCalls.denied(call);
        }
        Boolean closed = flag(call, "is_closed");
        Instant since = updatedSince(call);
        List<Row> rows = new ArrayList<>();
        for (Expense expense : account.expenses()) {
            if (expense.userId() == user.id() && period.contains(expense.spentAt())
                    && (closed == null || expense.isClosed() == closed)
                    && (since == null || !expense.updatedAt().isBefore(since))) {
                rows.add(Row.of(expense));
            }
        }
        return report(call, "expenses", "expense", rows, List.of());
    }

    // ---- the request

    private Project project(ApiCall call) {
        long id = ExtendedCalls.pathId(call, "id", "project");
        return account.projects().find(id).orElseThrow(() -> RequestRefused.notFound("No project " + id));
    }

    private User user(ApiCall call) {
        long id = ExtendedCalls.pathId(call, "id", "user");
        return account.users().find(id).orElseThrow(() -> RequestRefused.notFound("No user " + id));
    }

    private static Period period(ApiCall call) {
        LocalDate from = day(call, "from");
        LocalDate to = day(call, "to");
        if (to.isBefore(from)) {
            throw RequestRefused.badRequest("to (" + ExtendedCalls.query(call, "to").trim() + ") is before from ("
                    + ExtendedCalls.query(call, "from").trim() + ")");
        }
        return new Period(from, to);
    }

    private static LocalDate day(ApiCall call, String name) {
        String text = ExtendedCalls.query(call, name);
        if (text == null || text.isBlank()) {
            throw RequestRefused.badRequest("The report needs from and to, as YYYYMMDD: " + name + " is missing");
        }
        try {
            return LocalDate.parse(text.trim(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest(name + " is not a date: '" + text.trim() + "' (use YYYYMMDD)");
        }
    }

    private static Long id(ApiCall call, String name) {
        String text = ExtendedCalls.query(call, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > 18 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.badRequest(name + " is not an id: '" + trimmed + "'");
        }
        return Long.parseLong(trimmed);
    }

    /** {@code yes} or {@code no}; anything else is refused, as the documentation accepts those two only. */
    private static Boolean flag(ApiCall call, String name) {
        String text = ExtendedCalls.query(call, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes":
                return Boolean.TRUE;
            case "no":
                return Boolean.FALSE;
            default:
                throw RequestRefused.badRequest(name + " takes yes or no, not '" + text.trim() + "'");
        }
    }

    /** {@code only_billed=yes} and {@code only_unbilled=yes}; any other value is ignored, as documented. */
    private static Boolean billedFilter(ApiCall call) {
        boolean onlyBilled = "yes".equalsIgnoreCase(trimmed(ExtendedCalls.query(call, "only_billed")));
        boolean onlyUnbilled = "yes".equalsIgnoreCase(trimmed(ExtendedCalls.query(call, "only_unbilled")));
        if (onlyBilled && onlyUnbilled) {
            throw RequestRefused.badRequest("only_billed and only_unbilled exclude each other");
        }
        return onlyBilled ? Boolean.TRUE : onlyUnbilled ? Boolean.FALSE : null;
    }

    private static Instant updatedSince(ApiCall call) {
        String text = ExtendedCalls.query(call, "updated_since");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return WireDates.parseUpdatedSince(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw RequestRefused.badRequest("updated_since is not a date-time: '" + text.trim()
                    + "' (use 2010-09-25 18:30, UTC)");
        }
    }

    private static EntryFilter entryFilter(ApiCall call, Period period) {
        return new EntryFilter(period, flag(call, "billable"), billedFilter(call), flag(call, "is_closed"), updatedSince(call));
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private boolean billable(long projectId, long taskId) {
        boolean project = account.projects().find(projectId).map(Project::isBillable).orElse(false);
        return project && account.taskAssignments().stream()
                .anyMatch(a -> a.projectId() == projectId && a.taskId() == taskId && a.isBillable());
    }

    private static boolean isBilled(Expense expense) {
        return Boolean.TRUE.equals(expense.value("is_billed"));
    }

    // ---- the answer

    private static Answer report(ApiCall call, String root, String item, List<Row> rows, List<Generated> generated) {
        rows.sort(Comparator.comparing((Row row) -> row.spentAt).thenComparingLong(row -> row.id));
        WireFormat format = call.format;
        return Answer.streamed(200, format, out -> {
            if (format == WireFormat.XML) {
                writeXml(out, root, item, rows, generated);
            } else {
                writeJson(out, item, rows, generated);
            }
        });
    }

    private static void writeXml(OutputStream out, String root, String item, List<Row> rows, List<Generated> generated)
            throws IOException {
        try {
            // over a Writer: the JDK's writer over a stream hands the stream one byte at a time
            java.io.Writer text = new LocklessBufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    16 * 1024);
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            writer.writeStartElement(root.replace('_', '-'));
            writer.writeAttribute("type", "array");
            String element = item.replace('_', '-');
            for (Row row : rows) {
                row.xml(writer, element);
            }
            for (Generated batch : generated) {
                batch.forEach(row -> {
                    try {
                        row.xml(writer, element);
                    } catch (XMLStreamException e) {
                        throw new UncheckedIOException(new IOException(e));
                    }
                });
            }
            writer.writeCharacters("\n");
            writer.writeEndElement();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("writing the report failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeJson(OutputStream out, String item, List<Row> rows, List<Generated> generated)
            throws IOException {
        try {
            JsonGenerator generator = JSON.createGenerator(out, StandardCharsets.UTF_8);
            generator.writeStartArray();
            for (Row row : rows) {
                row.json(generator, item);
            }
            for (Generated batch : generated) {
                batch.forEach(row -> row.json(generator, item));
            }
            generator.writeEnd();
            generator.flush();
        } catch (jakarta.json.JsonException e) {
            throw new IOException("writing the report failed: " + e.getMessage(), e);
        }
    }

    /** The days of a report, both included. */
    private static final class Period {
        final LocalDate from;
        final LocalDate to;

        Period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The filters of the entries' reports. */
    private static final class EntryFilter {
        final Period period;
        final Boolean billable;
        final Boolean billed;
        final Boolean closed;
        final Instant since;

        EntryFilter(Period period, Boolean billable, Boolean billed, Boolean closed, Instant since) {
            this.period = period;
            this.billable = billable;
            this.billed = billed;
            this.closed = closed;
            this.since = since;
        }

        boolean keeps(LocalDate spentAt, boolean isBillable, boolean isBilled, boolean isClosed, Instant updatedAt) {
            return period.contains(spentAt) && (billable == null || billable == isBillable)
                    && (billed == null || billed == isBilled) && (closed == null || closed == isClosed)
                    && (since == null || !updatedAt.isBefore(since));
        }
    }

    /** A batch of generated entries that a report lists, with the report's filters. Immutable. */
    private static final class Generated {
        final SyntheticEntries.Batch batch;
        final EntryFilter filter;
        final boolean billable;

        Generated(SyntheticEntries.Batch batch, EntryFilter filter, boolean billable) {
            this.batch = batch;
            this.filter = filter;
            this.billable = billable;
        }

        void forEach(java.util.function.Consumer<Row> action) {
            if (filter.billable != null && filter.billable != billable || filter.billed == Boolean.TRUE
                    || filter.closed == Boolean.TRUE || filter.since != null && batch.at.isBefore(filter.since)) {
                return; // generated entries are never billed nor closed: the batch passes these filters whole or not at all
            }
            String stamp = WireDates.ISO_Z.format(batch.at);
            Row row = new Row();
            row.userId = batch.userId;
            row.projectId = batch.projectId;
            row.taskId = batch.taskId;
            row.createdAt = stamp;
            row.updatedAt = stamp;
            row.entry = true;
            for (long i = 0; i < batch.count; i++) {
                LocalDate day = batch.day(i);
                if (!filter.keeps(day, billable, false, false, batch.at)) {
                    continue;
                }
                row.id = batch.firstId + i;
                row.spentAt = day;
                row.hours = SyntheticEntries.Batch.hours(i);
                row.notes = "Generated entry " + i;
                action.accept(row);
            }
        }
    }

    /** The fields of one entry or expense of a report, as they were when the report was asked for. */
    private static final class Row {
        boolean entry;
        long id;
        LocalDate spentAt;
        long userId;
        long projectId;
        long taskId;
        long expenseCategoryId;
        BigDecimal hours;
        BigDecimal totalCost;
        BigDecimal units;
        String notes;
        boolean billed;
        boolean closed;
        String createdAt;
        String updatedAt;

        static Row of(DayEntry entry, Instant now) {
            Row row = new Row();
            row.entry = true;
            row.id = entry.id();
            row.spentAt = entry.spentAt();
            row.userId = entry.userId();
            row.projectId = entry.projectId();
            row.taskId = entry.taskId();
            row.hours = entry.hours(now);
            row.notes = entry.notes();
            row.billed = entry.isBilled();
            row.closed = entry.isLocked();
            row.createdAt = WireDates.ISO_Z.format(entry.createdAt());
            row.updatedAt = WireDates.ISO_Z.format(entry.updatedAt());
            return row;
        }

        static Row of(Expense expense) {
            Row row = new Row();
            row.id = expense.id();
            row.spentAt = expense.spentAt();
            row.userId = expense.userId();
            row.projectId = expense.projectId();
            row.expenseCategoryId = expense.expenseCategoryId();
            row.totalCost = expense.totalCost();
            row.units = expense.units();
            row.notes = expense.notes();
            row.closed = expense.isClosed();
            row.createdAt = WireDates.ISO_Z.format(expense.createdAt());
            row.updatedAt = WireDates.ISO_Z.format(expense.updatedAt());
            return row;
        }

        /** In the documentation's order of elements. */
        void xml(XMLStreamWriter writer, String element) throws XMLStreamException {
            writer.writeCharacters("\n  ");
            writer.writeStartElement(element);
            if (entry) {
                typed(writer, "hours", "decimal", hours.toPlainString());
                typed(writer, "id", "integer", Long.toString(id));
                text(writer, "notes", notes);
                typed(writer, "project-id", "integer", Long.toString(projectId));
                typed(writer, "spent-at", "date", spentAt.toString());
                typed(writer, "task-id", "integer", Long.toString(taskId));
                typed(writer, "user-id", "integer", Long.toString(userId));
                typed(writer, "is-billed", "boolean", Boolean.toString(billed));
            } else {
                typed(writer, "expense-category-id", "integer", Long.toString(expenseCategoryId));
                typed(writer, "id", "integer", Long.toString(id));
                text(writer, "notes", notes);
                typed(writer, "project-id", "integer", Long.toString(projectId));
                typed(writer, "spent-at", "date", spentAt.toString());
                typed(writer, "total-cost", "decimal", totalCost == null ? null : totalCost.toPlainString());
                typed(writer, "units", "decimal", units == null ? null : units.toPlainString());
                typed(writer, "user-id", "integer", Long.toString(userId));
            }
            typed(writer, "is-closed", "boolean", Boolean.toString(closed));
            typed(writer, "updated-at", "datetime", updatedAt);
            typed(writer, "created-at", "datetime", createdAt);
            writer.writeCharacters("\n  ");
            writer.writeEndElement();
        }

        private static void typed(XMLStreamWriter writer, String name, String type, String value) throws XMLStreamException {
            writer.writeCharacters("\n    ");
            writer.writeStartElement(name);
            writer.writeAttribute("type", type);
            if (value == null) {
                writer.writeAttribute("nil", "true");
            } else {
                writer.writeCharacters(value);
            }
            writer.writeEndElement();
        }

        private static void text(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
            writer.writeCharacters("\n    ");
            writer.writeStartElement(name);
            if (value == null) {
                writer.writeAttribute("nil", "true");
            } else {
                WireWriter.writeText(writer, value);
            }
            writer.writeEndElement();
        }

        void json(JsonGenerator generator, String item) {
            generator.writeStartObject();
            generator.writeStartObject(item);
            if (entry) {
                generator.write("hours", hours);
                generator.write("id", id);
                nullable(generator, "notes", notes);
                generator.write("project_id", projectId);
                generator.write("spent_at", spentAt.toString());
                generator.write("task_id", taskId);
                generator.write("user_id", userId);
                generator.write("is_billed", billed);
            } else {
                generator.write("expense_category_id", expenseCategoryId);
                generator.write("id", id);
                nullable(generator, "notes", notes);
                generator.write("project_id", projectId);
                generator.write("spent_at", spentAt.toString());
                nullable(generator, "total_cost", totalCost);
                nullable(generator, "units", units);
                generator.write("user_id", userId);
            }
            generator.write("is_closed", closed);
            generator.write("updated_at", updatedAt);
            generator.write("created_at", createdAt);
            generator.writeEnd();
            generator.writeEnd();
        }

        private static void nullable(JsonGenerator generator, String name, Object value) {
            if (value == null) {
                generator.writeNull(name);
            } else if (value instanceof BigDecimal) {
                generator.write(name, (BigDecimal) value);
            } else {
                generator.write(name, value.toString());
            }
        }
    }
}
