package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.EachFormatAndRole;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DailyProject;
import io.harvest4j.timetracking.model.DailyTask;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /daily} and {@code GET /daily/{day_of_year}/{year}}: the timesheet of a day, and what each role may log to. */
class DailyTimesheetEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);
    private static final LocalDate LAST_DAY_OF_LEAP_YEAR = LocalDate.of(2024, 12, 31);

    @EachFormatAndRole
    void todaysTimesheetListsTheProjectsTheUserMayLogTo(Format format, Role role) {
        Daily today = clients.as(role, format).daily().execute();

        assertThat(today.forDay()).isEqualTo(Seed.TODAY);
        assertThat(today.dayEntries()).isEmpty();
        assertThat(today.projects()).extracting(DailyProject::id)
                .containsExactlyInAnyOrderElementsOf(role.loggableProjects);
        assertThat(today.projects()).extracting(DailyProject::id).doesNotContain(Seed.LEGACY_ID);
        assertThat(SIMULATOR.simulator().takeRequest().path()).isEqualTo("/daily");
    }

    @EachFormatAndRole
    void todaysTimesheetListsOnlyTheUsersOwnEntriesOfToday(Format format, Role role) {
        long mine = SIMULATOR.state().addDayEntry(role.id, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY,
                new BigDecimal("1.25"), "Stand-up");
        for (Role other : Role.values()) {
            if (other != role) {
                SIMULATOR.state().addDayEntry(other.id, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY,
                        BigDecimal.ONE, "someone else's");
            }
        }
        SIMULATOR.state().addDayEntry(role.id, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY.minusDays(1),
                BigDecimal.ONE, "yesterday");

        Daily today = clients.as(role, format).daily().execute();

        assertThat(today.dayEntries()).extracting(DayEntry::id).containsExactly(mine);
        DayEntry entry = today.dayEntry(mine).orElseThrow();
        assertThat(entry.userId()).contains(role.id);
        assertThat(entry.spentAt()).contains(Seed.TODAY);
        assertThat(entry.projectId()).contains(Seed.INTERNAL_ID);
        assertThat(entry.taskId()).contains(Seed.MEETINGS_ID);
        assertThat(entry.project()).isEqualTo("Internal");
        assertThat(entry.task()).isEqualTo("Meetings");
        assertThat(entry.client()).isEqualTo("Globex Soci\u00e9t\u00e9");
        assertThat(entry.hours()).isEqualByComparingTo("1.25");
        assertThat(entry.notes()).contains("Stand-up");
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(entry.timerStartedAt()).isEmpty();
        assertThat(entry.createdAt()).isPresent();
        assertThat(entry.updatedAt()).isPresent();
    }

    @BothFormats
    void theProjectsCarryTheirClientCodeBillabilityAndTasks(Format format) {
        Daily today = clients.as(Role.ADMINISTRATOR, format).daily().execute();

        DailyProject website = today.project("Website Redesign").orElseThrow();
        assertThat(website.id()).isEqualTo(Seed.WEBSITE_ID);
        assertThat(website.code()).contains("WEB");
        assertThat(website.isBillable()).isTrue();
        assertThat(website.client()).isEqualTo("Acme & Sons");
        assertThat(website.clientId()).contains(Seed.ACME_ID);
        assertThat(website.clientCurrency()).contains("United States Dollar - USD");
        assertThat(website.clientCurrencySymbol()).contains("$");
        assertThat(website.tasks()).extracting(DailyTask::id)
                .containsExactlyInAnyOrder(Seed.DESIGN_ID, Seed.DEVELOPMENT_ID, Seed.PROJECT_MANAGEMENT_ID);
        assertThat(website.tasks()).allMatch(DailyTask::isBillable);

        DailyProject internal = today.project("Internal").orElseThrow();
        assertThat(internal.code()).as("a blank code is no code").isEmpty();
        assertThat(internal.isBillable()).isFalse();
        assertThat(internal.clientCurrencySymbol()).contains("\u20ac");
        assertThat(internal.task("Meetings").map(DailyTask::isBillable)).contains(false);

        DailyProject research = today.project("Secret Research").orElseThrow();
        assertThat(research.code()).contains("R&D");
        assertThat(research.tasks().stream().map(DailyTask::name).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("Research", "Meetings");
    }

    @BothFormats
    void theTimesheetOfTheLeapDayIsDay60(Format format) {
        long seeded = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, LEAP_DAY,
                new BigDecimal("2.00"), "leap day");
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);

        Daily day = timeTracking.daily(LEAP_DAY).execute();

        assertThat(day.forDay()).isEqualTo(LEAP_DAY);
        assertThat(day.dayEntries()).extracting(DayEntry::id).containsExactly(seeded);
        assertThat(day.dayEntry(seeded).orElseThrow().spentAt()).contains(LEAP_DAY);
        assertThat(SIMULATOR.simulator().takeRequest().path()).isEqualTo("/daily/60/2024");
    }

    @BothFormats
    void entriesAddedOnTheLeapDayAndOnDay366AreListedThere(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        long onLeapDay = timeTracking.add(NewDayEntry.withHours(new BigDecimal("1.5")).projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).spentAt(LEAP_DAY).notes("29 February").build()).execute().dayEntry().id();
        long onLastDay = timeTracking.add(NewDayEntry.withHours(new BigDecimal("0.75")).projectId(Seed.MOBILE_ID)
                .taskId(Seed.MEETINGS_ID).spentAt(LAST_DAY_OF_LEAP_YEAR).notes("31 December").build()).execute().dayEntry().id();

        Daily leapDay = timeTracking.daily(LEAP_DAY).execute();
        Daily lastDay = timeTracking.daily(LAST_DAY_OF_LEAP_YEAR).execute();

        assertThat(leapDay.forDay()).isEqualTo(LEAP_DAY);
        assertThat(leapDay.dayEntries()).extracting(DayEntry::id).containsExactly(onLeapDay);
        assertThat(leapDay.dayEntry(onLeapDay).orElseThrow().hours()).isEqualByComparingTo("1.50");
        assertThat(lastDay.forDay()).isEqualTo(LAST_DAY_OF_LEAP_YEAR);
        assertThat(lastDay.dayEntries()).extracting(DayEntry::id).containsExactly(onLastDay);
        assertThat(lastDay.dayEntry(onLastDay).orElseThrow().notes()).contains("31 December");
        assertThat(SIMULATOR.state().dayEntry(onLeapDay).orElseThrow().spentAt()).isEqualTo(LEAP_DAY);
        assertThat(SIMULATOR.state().dayEntry(onLastDay).orElseThrow().spentAt()).isEqualTo(LAST_DAY_OF_LEAP_YEAR);
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/add", "/daily/add", "/daily/60/2024", "/daily/366/2024");
    }

    @BothFormats
    void theLastDayOfACommonYearIsDay365(Format format) {
        LocalDate newYearsEve = LocalDate.of(2023, 12, 31);
        long seeded = SIMULATOR.state().addDayEntry(Seed.PM_ID, Seed.INTERNAL_ID, Seed.MEETINGS_ID, newYearsEve,
                BigDecimal.ONE, null);

        Daily day = clients.as(Role.PROJECT_MANAGER, format).daily(newYearsEve).execute();

        assertThat(day.forDay()).isEqualTo(newYearsEve);
        assertThat(day.dayEntries()).extracting(DayEntry::id).containsExactly(seeded);
        assertThat(day.dayEntry(seeded).orElseThrow().notes()).isEmpty();
        assertThat(SIMULATOR.simulator().takeRequest().path()).isEqualTo("/daily/365/2023");
    }

    @BothFormats
    void aPastDayWithoutEntriesStillListsTheProjects(Format format) {
        Daily day = clients.as(Role.REGULAR_USER, format).daily(LocalDate.of(2016, 1, 1)).execute();

        assertThat(day.forDay()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(day.dayEntries()).isEmpty();
        assertThat(day.projects()).extracting(DailyProject::id)
                .containsExactlyInAnyOrderElementsOf(Role.REGULAR_USER.loggableProjects);
        assertThat(SIMULATOR.simulator().takeRequest().path()).isEqualTo("/daily/1/2016");
    }

    @EachFormatAndRole
    void theAsynchronousFormsAnswerAsTheBlockingOnes(Format format, Role role) {
        SIMULATOR.state().addDayEntry(role.id, Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY, BigDecimal.TEN, "x");
        SIMULATOR.state().addDayEntry(role.id, Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, LEAP_DAY, BigDecimal.ONE, "y");
        TimeTracking timeTracking = clients.as(role, format);

        Daily today = timeTracking.daily().executeAsync().join();
        Daily leapDay = timeTracking.daily(LEAP_DAY).executeAsync().join();

        assertThat(today).isEqualTo(timeTracking.daily().execute());
        assertThat(today.dayEntries()).hasSize(1);
        assertThat(leapDay).isEqualTo(timeTracking.daily(LEAP_DAY).execute());
        assertThat(leapDay.forDay()).isEqualTo(LEAP_DAY);
        assertThat(leapDay.dayEntries()).hasSize(1);
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily", "/daily/60/2024", "/daily", "/daily/60/2024");
    }

    @BothFormats
    void todayFollowsTheUsersTimeZoneNotUtc(Format format) {
        // 02:30 UTC on the 19th is still the 18th in New York
        SIMULATOR.clock().set(Seed.START.plusSeconds(11 * 3600 + 1800));

        Daily today = clients.as(Role.REGULAR_USER, format).daily().execute();

        assertThat(today.forDay()).isEqualTo(Seed.TODAY);
    }

    @BothFormats
    void aUserWithoutProjectsGetsAnEmptyListOfProjects(Format format) {
        SIMULATOR.state().addUser("new@example.com", "new-pass", "Nora", "New", false);

        Daily today = clients.as("new@example.com", "new-pass", format).daily().execute();

        assertThat(today.forDay()).isEqualTo(Seed.TODAY);
        assertThat(today.projects()).isEmpty();
        assertThat(today.dayEntries()).isEmpty();
    }
}
