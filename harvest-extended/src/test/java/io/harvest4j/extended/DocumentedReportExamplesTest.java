package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.DayEntry;
import io.harvest4j.extended.model.Expense;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four answers the v1 documentation shows for the time and expense reports, served to the
 * client and read through {@link Reports}, whole ({@code execute()}) and item by item
 * ({@code stream()}), with the real codec of each format: XML element for element as the
 * documentation writes it (its comments included), and its JSON form per API.md §4
 * ({@code [{"day_entry":{…}}]}, {@code [{"expense":{…}}]}). Each test names the example file of
 * {@code harvest-v1/examples/} it covers; every value is checked.
 */
class DocumentedReportExamplesTest {

    private static final OffsetDateTime APRIL_2008 = OffsetDateTime.parse("2008-04-09T12:07:56Z");
    private static final LocalDate FROM = LocalDate.of(2007, 1, 1);
    private static final LocalDate TO = LocalDate.of(2008, 12, 31);

    private final RecordingTransport transport = new RecordingTransport();

    static List<Format> formats() {
        return List.of(Format.XML, Format.JSON);
    }

    private Reports serving(Format format, String xml, String json) {
        transport.otherwise(RecordingTransport.Answer.of(200, format == Format.XML ? xml : json.replace('\'', '"')));
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build())
                .codec(RealCodecs.of(format))
                .transport(transport)
                .build();
        return new Reports(client);
    }

    private static <T> List<T> streamed(Stream<T> items) {
        try (items) {
            return items.collect(Collectors.toList());
        }
    }

    private static String entryXml(String hours, String id, String notes, String projectId, String spentAt, String taskId,
            String userId) {
        return "<day-entries>\n  <day-entry>\n    <hours type='decimal'>" + hours + "</hours>\n"
                + "    <id type='integer'>" + id + "</id>\n    <notes>" + notes + "</notes>\n"
                + "    <project-id type='integer'>" + projectId + "</project-id>\n"
                + "    <spent-at type='date'>" + spentAt + "</spent-at>\n"
                + "    <task-id type='integer'>" + taskId + "</task-id>\n"
                + "    <user-id type='integer'>" + userId + "</user-id>\n"
                + "      <!-- was this record invoiced, or marked as invoiced -->\n"
                + "    <is-billed type='boolean'>false</is-billed>\n"
                + "      <!-- was this record approved or not (for accounts with approval feature) -->\n"
                + "    <is-closed type='boolean'>false</is-closed>\n"
                + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n  </day-entry>\n</day-entries>";
    }

    private static String entryJson(String hours, String id, String notes, String projectId, String spentAt, String taskId,
            String userId) {
        return "[{'day_entry':{'hours':" + hours + ",'id':" + id + ",'notes':'" + notes + "','project_id':" + projectId
                + ",'spent_at':'" + spentAt + "','task_id':" + taskId + ",'user_id':" + userId
                + ",'is_billed':false,'is_closed':false,'updated_at':'2008-04-09T12:07:56Z',"
                + "'created_at':'2008-04-09T12:07:56Z'}}]";
    }

    private static void assertEntry(DayEntry entry, String hours, long id, String notes, long projectId, LocalDate spentAt,
            long taskId, long userId) {
        assertThat(entry.hours()).isEqualByComparingTo(hours);
        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.notes()).isEqualTo(notes);
        assertThat(entry.projectId()).isEqualTo(projectId);
        assertThat(entry.spentAt()).contains(spentAt);
        assertThat(entry.taskId()).isEqualTo(taskId);
        assertThat(entry.userId()).isEqualTo(userId);
        assertThat(entry.isBilled()).isFalse();
        assertThat(entry.isClosed()).isFalse();
        assertThat(entry.updatedAt()).contains(APRIL_2008);
        assertThat(entry.createdAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void timeEntriesLoggedToAProject(Format format) { // time-and-expense-reporting--get-all-time-entries-logged-to-a-project--1.xml
        Reports reports = serving(format, entryXml("0.3", "755730", "Follow up with Danny", "4234", "2007-11-15", "1", "5"),
                entryJson("0.3", "755730", "Follow up with Danny", "4234", "2007-11-15", "1", "5"));

        ProjectEntriesReport report = reports.projectEntries(4234, FROM, TO);
        for (List<DayEntry> entries : List.of(report.execute(), streamed(report.stream()))) {
            assertThat(entries).singleElement().satisfies(entry -> assertEntry(entry, "0.3", 755730, "Follow up with Danny",
                    4234, LocalDate.of(2007, 11, 15), 1, 5));
        }
        assertThat(transport.takeRequest().uri().toString()).endsWith("/projects/4234/entries?from=20070101&to=20081231");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void timeEntriesLoggedByAUser(Format format) { // time-and-expense-reporting--get-all-time-entries-logged-by-a-user-fo--1.xml
        Reports reports = serving(format, entryXml("0.2", "755689", "", "2", "2007-11-19", "2", "1"),
                entryJson("0.2", "755689", "", "2", "2007-11-19", "2", "1"));

        PersonEntriesReport report = reports.personEntries(1, FROM, TO);
        for (List<DayEntry> entries : List.of(report.execute(), streamed(report.stream()))) {
            assertThat(entries).singleElement().satisfies(entry -> assertEntry(entry, "0.2", 755689, "", 2,
                    LocalDate.of(2007, 11, 19), 2, 1));
        }
        assertThat(transport.takeRequest().uri().toString()).endsWith("/people/1/entries?from=20070101&to=20081231");
    }

    private static final String EXPENSES_XML = "<expenses>\n  <expense>\n"
            + "    <expense-category-id type='integer'>50543</expense-category-id>\n"
            + "    <id type='integer'>11</id>\n    <notes>Drive to pick up office supplies</notes>\n"
            + "    <project-id type='integer'>19034</project-id>\n    <spent-at type='date'>2008-01-23</spent-at>\n"
            + "    <total-cost type='decimal'>4.85</total-cost>\n    <units type='decimal'>10.0</units>\n"
            + "    <user-id type='integer'>12334</user-id>\n"
            + "      <!-- was this record approved or not (for accounts with approval feature) -->\n"
            + "    <is-closed type='boolean'>false</is-closed>\n"
            + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n  </expense>\n</expenses>";

    private static final String EXPENSES_JSON = "[{'expense':{'expense_category_id':50543,'id':11,"
            + "'notes':'Drive to pick up office supplies','project_id':19034,'spent_at':'2008-01-23','total_cost':4.85,"
            + "'units':10.0,'user_id':12334,'is_closed':false,'updated_at':'2008-04-09T12:07:56Z',"
            + "'created_at':'2008-04-09T12:07:56Z'}}]";

    private static void assertDrive(Expense expense) {
        assertThat(expense.expenseCategoryId()).isEqualTo(50543);
        assertThat(expense.id()).isEqualTo(11);
        assertThat(expense.notes()).isEqualTo("Drive to pick up office supplies");
        assertThat(expense.projectId()).isEqualTo(19034);
        assertThat(expense.spentAt()).contains(LocalDate.of(2008, 1, 23));
        assertThat(expense.totalCost()).isEqualByComparingTo("4.85");
        assertThat(expense.units()).hasValueSatisfying(units -> assertThat(units).isEqualByComparingTo("10.0"));
        assertThat(expense.userId()).isEqualTo(12334);
        assertThat(expense.isClosed()).isFalse();
        assertThat(expense.updatedAt()).contains(APRIL_2008);
        assertThat(expense.createdAt()).contains(APRIL_2008);
        assertThat(expense.isBillable()).as("not in a report").isFalse();
        assertThat(expense.hasReceipt()).isFalse();
        assertThat(expense.receiptUrl()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expensesLoggedByAUser(Format format) { // time-and-expense-reporting--get-all-expense-entries-logged-by-a-user--1.xml
        Reports reports = serving(format, EXPENSES_XML, EXPENSES_JSON);

        PersonExpensesReport report = reports.personExpenses(12334, FROM, TO);
        for (List<Expense> expenses : List.of(report.execute(), streamed(report.stream()))) {
            assertThat(expenses).singleElement().satisfies(DocumentedReportExamplesTest::assertDrive);
        }
        assertThat(transport.takeRequest().uri().toString()).endsWith("/people/12334/expenses?from=20070101&to=20081231");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expensesLoggedToAProject(Format format) { // time-and-expense-reporting--get-all-expense-entries-logged-to-a-proj--1.xml
        Reports reports = serving(format, EXPENSES_XML, EXPENSES_JSON);

        ProjectExpensesReport report = reports.projectExpenses(19034, FROM, TO);
        for (List<Expense> expenses : List.of(report.execute(), streamed(report.stream()))) {
            assertThat(expenses).singleElement().satisfies(DocumentedReportExamplesTest::assertDrive);
        }
        assertThat(transport.takeRequest().uri().toString()).endsWith("/projects/19034/expenses?from=20070101&to=20081231");
    }
}
