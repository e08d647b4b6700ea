package io.harvest4j.tests.e2e.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.extended.PersonEntriesReport;
import io.harvest4j.extended.ProjectEntriesReport;
import io.harvest4j.extended.Reports;
import io.harvest4j.extended.model.DayEntry;
import io.harvest4j.extended.model.Expense;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.SimulatorState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The four reports through the client against the simulator, in both formats, read whole and
 * streamed: every filter of each call, the roles, the simulator's 400 and Hint for a bad period,
 * and a streamed report of generated entries closed early.
 */
class ReportsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final SimulatorClients clients = new SimulatorClients(SIMULATOR);

    private static final LocalDate JAN_1 = LocalDate.of(2017, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2017, 12, 31);

    private long m1;
    private long m2;
    private long m3;
    private long m5;
    private long m6;
    private long w1;
    private long x1;
    private long x2;
    private long x3;
    private long x4;
    private long x6;
    private Instant later;

    /**
     * Mobile App (DEVELOPMENT billable, MEETINGS not) and Website Redesign entries and expenses in
     * and around 2017; m3 billed, m5 closed, x2 closed and billed; m6 and x6 changed an hour later.
     */
    @BeforeEach
    void plant() {
        SimulatorState state = SIMULATOR.state();
        long user = Seed.USER_ID;
        long admin = Seed.ADMIN_ID;
        m1 = state.addDayEntry(user, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2017, 1, 10), new BigDecimal("1.5"), "m1");
        m2 = state.addDayEntry(user, Seed.MOBILE_ID, Seed.MEETINGS_ID, LocalDate.of(2017, 1, 11), new BigDecimal("2"), "m2");
        m3 = state.addDayEntry(admin, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2017, 1, 12), new BigDecimal("3"), "m3");
        state.addDayEntry(user, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2016, 12, 31), BigDecimal.ONE, "outside");
        m5 = state.addDayEntry(admin, Seed.MOBILE_ID, Seed.MEETINGS_ID, LocalDate.of(2017, 2, 1), BigDecimal.ONE, "m5");
        w1 = state.addDayEntry(user, Seed.WEBSITE_ID, Seed.DESIGN_ID, LocalDate.of(2017, 1, 15), new BigDecimal("0.25"), "w1");
        state.setEntryBilled(m3, true);
        state.lockEntry(m5);
        x1 = state.logExpense(user, Seed.MOBILE_ID, Seed.MILEAGE_ID, LocalDate.of(2017, 1, 10), new BigDecimal("4.85"), "x1");
        x2 = state.logExpense(user, Seed.MOBILE_ID, Seed.MEALS_ID, LocalDate.of(2017, 1, 20), new BigDecimal("12.00"), "x2");
        x3 = state.logExpense(admin, Seed.MOBILE_ID, Seed.LODGING_ID, LocalDate.of(2017, 2, 1), new BigDecimal("100"), null);
        x4 = state.logExpense(user, Seed.WEBSITE_ID, Seed.MEALS_ID, LocalDate.of(2017, 1, 5), new BigDecimal("7.5"), "x4");
        state.logExpense(user, Seed.MOBILE_ID, Seed.MEALS_ID, LocalDate.of(2016, 6, 1), BigDecimal.TEN, "outside");
        state.setExpenseState(x2, true, true);
        later = SIMULATOR.clock().advance(Duration.ofHours(1));
        m6 = state.addDayEntry(Seed.PM_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2017, 3, 1), BigDecimal.ONE, "m6");
        x6 = state.logExpense(admin, Seed.MOBILE_ID, Seed.MILEAGE_ID, LocalDate.of(2017, 3, 1), BigDecimal.ONE, "x6");
    }

    private Reports reports(Role role, Format format) {
        return clients.as(role, format, Reports::new);
    }

    /** The ids a report lists, read whole and read streamed: both must agree. */
    private static <T> List<Long> ids(io.harvest4j.core.StreamingListRequest<T, ?> report, Function<T, Long> id) {
        List<Long> whole = report.execute().stream().map(id).collect(Collectors.toList());
        List<Long> streamed;
        try (Stream<T> items = report.stream()) {
            streamed = items.map(id).collect(Collectors.toList());
        }
        assertThat(streamed).as("streamed as read whole").isEqualTo(whole);
        return whole;
    }

    private static List<Long> entries(io.harvest4j.core.StreamingListRequest<DayEntry, ?> report) {
        return ids(report, DayEntry::id);
    }

    private static List<Long> expenses(io.harvest4j.core.StreamingListRequest<Expense, ?> report) {
        return ids(report, Expense::id);
    }

    @BothFormats
    void projectEntriesWithEachFilter(Format format) {
        Reports reports = reports(Role.ADMINISTRATOR, format);
        ProjectEntriesReport year = reports.projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31);

        assertThat(entries(year)).containsExactly(m1, m2, m3, m5, m6);
        assertThat(entries(reports.projectEntries(Seed.MOBILE_ID, LocalDate.of(2017, 1, 11), LocalDate.of(2017, 1, 12))))
                .containsExactly(m2, m3);
        assertThat(entries(year.userId(Seed.USER_ID))).containsExactly(m1, m2);
        assertThat(entries(year.billable(true))).containsExactly(m1, m3, m6);
        assertThat(entries(year.billable(false))).containsExactly(m2, m5);
        assertThat(entries(year.onlyBilled())).containsExactly(m3);
        assertThat(entries(year.onlyUnbilled())).containsExactly(m1, m2, m5, m6);
        assertThat(entries(year.isClosed(true))).containsExactly(m5);
        assertThat(entries(year.isClosed(false))).containsExactly(m1, m2, m3, m6);
        assertThat(entries(year.updatedSince(later))).containsExactly(m6);
        assertThat(entries(year.userId(Seed.USER_ID).billable(false))).containsExactly(m2);
    }

    @BothFormats
    void projectEntriesCarryEveryField(Format format) {
        List<DayEntry> entries = reports(Role.ADMINISTRATOR, format).projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31).execute();

        DayEntry first = entries.get(0);
        assertThat(first.id()).isEqualTo(m1);
        assertThat(first.spentAt()).contains(LocalDate.of(2017, 1, 10));
        assertThat(first.userId()).isEqualTo(Seed.USER_ID);
        assertThat(first.projectId()).isEqualTo(Seed.MOBILE_ID);
        assertThat(first.taskId()).isEqualTo(Seed.DEVELOPMENT_ID);
        assertThat(first.hours()).isEqualByComparingTo("1.5");
        assertThat(first.notes()).isEqualTo("m1");
        assertThat(first.isBilled()).isFalse();
        assertThat(first.isClosed()).isFalse();
        assertThat(first.createdAt()).isPresent();
        assertThat(first.updatedAt()).isPresent();
        assertThat(entries.get(2).isBilled()).isTrue();
        assertThat(entries.get(3).isClosed()).isTrue();
    }

    @BothFormats
    void personEntriesWithEachFilter(Format format) {
        Reports reports = reports(Role.ADMINISTRATOR, format);
        PersonEntriesReport year = reports.personEntries(Seed.USER_ID, JAN_1, DEC_31);

        assertThat(entries(year)).containsExactly(m1, m2, w1);
        assertThat(entries(year.projectId(Seed.MOBILE_ID))).containsExactly(m1, m2);
        assertThat(entries(year.billable(true))).containsExactly(m1, w1);
        assertThat(entries(year.billable(false))).containsExactly(m2);
        assertThat(entries(year.onlyBilled())).isEmpty();
        assertThat(entries(year.onlyUnbilled())).containsExactly(m1, m2, w1);
        assertThat(entries(year.isClosed(false))).containsExactly(m1, m2, w1);
        assertThat(entries(year.isClosed(true))).isEmpty();
        assertThat(entries(year.updatedSince(later))).isEmpty();
        assertThat(entries(reports.personEntries(Seed.ADMIN_ID, JAN_1, DEC_31).onlyBilled())).containsExactly(m3);
    }

    @BothFormats
    void projectExpensesWithEachFilter(Format format) {
        Reports reports = reports(Role.ADMINISTRATOR, format);

        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31))).containsExactly(x1, x2, x3, x6);
        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).isClosed(true))).containsExactly(x2);
        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).isClosed(false)))
                .containsExactly(x1, x3, x6);
        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).onlyBilled())).containsExactly(x2);
        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).onlyUnbilled()))
                .containsExactly(x1, x3, x6);
        assertThat(expenses(reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).updatedSince(later)))
                .containsExactly(x6);

        Expense first = reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).execute().get(0);
        assertThat(first.expenseCategoryId()).isEqualTo(Seed.MILEAGE_ID);
        assertThat(first.totalCost()).isEqualByComparingTo("4.85");
        assertThat(first.userId()).isEqualTo(Seed.USER_ID);
        assertThat(first.projectId()).isEqualTo(Seed.MOBILE_ID);
        assertThat(first.spentAt()).contains(LocalDate.of(2017, 1, 10));
        assertThat(first.notes()).isEqualTo("x1");
        assertThat(first.units()).isEmpty();
        Expense noNotes = reports.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).execute().get(2);
        assertThat(noNotes.id()).isEqualTo(x3);
        assertThat(noNotes.notes()).as("nil notes").isEmpty();
    }

    @BothFormats
    void personExpensesWithEachFilter(Format format) {
        Reports reports = reports(Role.ADMINISTRATOR, format);

        assertThat(expenses(reports.personExpenses(Seed.USER_ID, JAN_1, DEC_31))).containsExactly(x4, x1, x2);
        assertThat(expenses(reports.personExpenses(Seed.USER_ID, JAN_1, DEC_31).isClosed(false))).containsExactly(x4, x1);
        assertThat(expenses(reports.personExpenses(Seed.USER_ID, JAN_1, DEC_31).isClosed(true))).containsExactly(x2);
        assertThat(expenses(reports.personExpenses(Seed.ADMIN_ID, JAN_1, DEC_31).updatedSince(later))).containsExactly(x6);
    }

    @BothFormats
    void aUserReadsTheirOwnReportsAndNothingElse(Format format) {
        Reports mine = reports(Role.REGULAR_USER, format);

        assertThat(entries(mine.personEntries(Seed.USER_ID, JAN_1, DEC_31))).containsExactly(m1, m2, w1);
        assertThat(entries(mine.projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31).userId(Seed.USER_ID))).containsExactly(m1, m2);
        assertThat(expenses(mine.personExpenses(Seed.USER_ID, JAN_1, DEC_31))).containsExactly(x4, x1, x2);

        assertThatThrownBy(() -> mine.projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31).execute())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31).userId(Seed.ADMIN_ID).stream())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.personEntries(Seed.ADMIN_ID, JAN_1, DEC_31).stream())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.personExpenses(Seed.ADMIN_ID, JAN_1, DEC_31).execute())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.projectExpenses(Seed.MOBILE_ID, JAN_1, DEC_31).execute())
                .isInstanceOf(NotFoundException.class);
        // the reports are administrators': a project manager reads the projects they manage like any user
        assertThatThrownBy(() -> reports(Role.PROJECT_MANAGER, format).projectEntries(Seed.MOBILE_ID, JAN_1, DEC_31).execute())
                .isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void theSimulatorRefusesAMissingOrMalformedPeriodWithAHint(Format format) {
        HarvestClient client = clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format,
                io.harvest4j.core.spi.Sleeper.SYSTEM);
        WireShape shape = WireShape.list("day_entries", "day_entry").build();

        assertThatThrownBy(() -> client.stream(Call.get("/projects/{}/entries", Seed.MOBILE_ID).query("from", "20170101")
                .discardingBody(), DayEntry.class, shape))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.hint().orElseThrow()).contains("to is missing"));
        assertThatThrownBy(() -> client.send(Call.get("/people/{}/expenses", Seed.USER_ID).query("from", "2017-13-01")
                .query("to", "20171231").discardingBody()))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint().orElseThrow()).contains("from is not a date"));
        assertThatThrownBy(() -> client.send(Call.get("/people/{}/entries", Seed.USER_ID).query("from", "20171231")
                .query("to", "20170101").discardingBody()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.hint().orElseThrow()).contains("before"));
        assertThatThrownBy(() -> client.send(Call.get("/projects/{}/entries", 999).query("from", "20170101")
                .query("to", "20170101").discardingBody()))
                .isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void aLongReportStreamsAndClosingItEarlyLeavesTheClientServing(Format format) {
        long first = SIMULATOR.state().addGeneratedEntries(Seed.ADMIN_ID, Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID, 50_000,
                JAN_1, 365);
        Reports reports = reports(Role.ADMINISTRATOR, format);
        ProjectEntriesReport report = reports.projectEntries(Seed.RESEARCH_ID, JAN_1, DEC_31);

        try (Stream<DayEntry> entries = report.stream()) {
            assertThat(entries.limit(3).map(DayEntry::id)).containsExactly(first, first + 1, first + 2);
        }
        for (int i = 0; i < 3; i++) {
            try (Stream<DayEntry> entries = report.stream()) {
                assertThat(entries.limit(10).count()).isEqualTo(10);
            }
        }
        try (Stream<DayEntry> entries = report.stream()) {
            assertThat(entries.count()).isEqualTo(50_000);
        }
        try (Stream<DayEntry> entries = report.userId(Seed.USER_ID).stream()) {
            assertThat(entries.count()).as("another user's").isZero();
        }
        assertThat(reports.projectEntries(Seed.RESEARCH_ID, JAN_1, JAN_1).execute()).hasSize(137);
    }
}
