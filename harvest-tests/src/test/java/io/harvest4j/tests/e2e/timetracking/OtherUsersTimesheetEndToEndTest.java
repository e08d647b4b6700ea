package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.DayEntrySnapshot;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DailyProject;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code of_user}: administrators work with other users' timesheets; anyone else is answered 404. */
class OtherUsersTimesheetEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private TimeTracking adminOnUsersTimesheet(Format format) {
        return clients.as(Role.ADMINISTRATOR, format).ofUser(Seed.USER_ID);
    }

    private static long usersEntry(String notes) {
        return SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY,
                new BigDecimal("1.00"), notes);
    }

    private static void assertEveryRequestNamedTheUser() {
        assertThat(SIMULATOR.simulator().requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.queryParameter("of_user")).as(request.toString()).contains(Long.toString(Seed.USER_ID)));
    }

    // ---- administrators

    @BothFormats
    void anAdministratorReadsAnotherUsersDay(Format format) {
        long entry = usersEntry("the user's");
        SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY, BigDecimal.ONE,
                "the admin's");

        Daily today = adminOnUsersTimesheet(format).daily().execute();

        assertThat(today.dayEntries()).extracting(DayEntry::id).containsExactly(entry);
        assertThat(today.dayEntry(entry).orElseThrow().userId()).contains(Seed.USER_ID);
        assertThat(today.projects()).extracting(DailyProject::id)
                .as("the user's projects, not the administrator's")
                .containsExactlyInAnyOrderElementsOf(Role.REGULAR_USER.loggableProjects);
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorReadsAnotherUsersPastDayAndEntry(Format format) {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        long entry = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, leapDay,
                new BigDecimal("6"), "leap");
        TimeTracking timeTracking = adminOnUsersTimesheet(format);

        Daily day = timeTracking.daily(leapDay).execute();
        DayEntry shown = timeTracking.show(entry).execute();

        assertThat(day.dayEntries()).extracting(DayEntry::id).containsExactly(entry);
        assertThat(shown.userId()).contains(Seed.USER_ID);
        assertThat(shown.hours()).isEqualByComparingTo("6.00");
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/60/2024", "/daily/show/" + entry);
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorAddsToAnotherUsersTimesheet(Format format) {
        TimerResult result = adminOnUsersTimesheet(format).add(NewDayEntry.withHours(new BigDecimal("0.5"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes("on behalf").build()).execute();

        assertThat(result.dayEntry().userId()).contains(Seed.USER_ID);
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(result.dayEntry().id()).orElseThrow();
        assertThat(stored.userId()).isEqualTo(Seed.USER_ID);
        assertThat(stored.hours()).isEqualByComparingTo("0.50");
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorMayNotLogAnotherUserToAProjectThatUserIsNotAssignedTo(Format format) {
        assertThatThrownBy(() -> adminOnUsersTimesheet(format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.RESEARCH_ID).taskId(Seed.RESEARCH_TASK_ID).build()).execute())
                .isInstanceOf(io.harvest4j.core.BadRequestException.class);
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void anAdministratorStartsAndStopsAnotherUsersTimer(Format format) {
        TimeTracking timeTracking = adminOnUsersTimesheet(format);
        long running = timeTracking.add(NewDayEntry.startingTimer().projectId(Seed.INTERNAL_ID)
                .taskId(Seed.MEETINGS_ID).build()).execute().dayEntry().id();
        long other = usersEntry("next");
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        TimerResult toggled = timeTracking.toggleTimer(other).execute();

        assertThat(toggled.dayEntry().userId()).contains(Seed.USER_ID);
        assertThat(toggled.dayEntry().isTimerRunning()).isTrue();
        assertThat(toggled.hoursForPreviouslyRunningTimer().orElseThrow()).isEqualByComparingTo("0.50");
        assertThat(SIMULATOR.state().dayEntry(running).orElseThrow().isRunning()).isFalse();
        assertThat(SIMULATOR.state().runningTimer(Seed.USER_ID).orElseThrow().id()).isEqualTo(other);
        assertThat(SIMULATOR.state().runningTimer(Seed.ADMIN_ID)).isEmpty();
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorUpdatesAnotherUsersEntry(Format format) {
        long entry = usersEntry("before");

        DayEntry updated = adminOnUsersTimesheet(format).update(entry, DayEntryUpdate.builder()
                .projectId(Seed.MOBILE_ID).taskId(Seed.DEVELOPMENT_ID).notes("after").hours(new BigDecimal("1.1"))
                .build()).execute();

        assertThat(updated.userId()).contains(Seed.USER_ID);
        assertThat(updated.notes()).contains("after");
        assertThat(updated.hours()).isEqualByComparingTo("1.10");
        assertThat(SIMULATOR.state().dayEntry(entry).orElseThrow().notes()).contains("after");
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorDeletesAnotherUsersEntry(Format format) {
        long entry = usersEntry("doomed");

        adminOnUsersTimesheet(format).delete(entry).execute();

        assertThat(SIMULATOR.state().dayEntry(entry)).isEmpty();
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void theAsynchronousFormsCarryOfUserToo(Format format) {
        TimeTracking timeTracking = adminOnUsersTimesheet(format);
        long entry = usersEntry("async");

        assertThat(timeTracking.daily().executeAsync().join().dayEntry(entry)).isPresent();
        assertThat(timeTracking.daily(Seed.TODAY).executeAsync().join().dayEntry(entry)).isPresent();
        assertThat(timeTracking.show(entry).executeAsync().join().userId()).contains(Seed.USER_ID);
        assertThat(timeTracking.toggleTimer(entry).executeAsync().join().dayEntry().isTimerRunning()).isTrue();
        assertThat(timeTracking.update(entry, DayEntryUpdate.builder().projectId(Seed.MOBILE_ID)
                .taskId(Seed.DEVELOPMENT_ID).notes("async!").build()).executeAsync().join().notes()).contains("async!");
        long added = timeTracking.add(NewDayEntry.withHours(BigDecimal.ONE).projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).build()).executeAsync().join().dayEntry().id();
        timeTracking.delete(added).executeAsync().join();

        assertThat(SIMULATOR.state().dayEntry(added)).isEmpty();
        assertThat(SIMULATOR.state().dayEntry(entry).orElseThrow().notes()).contains("async!");
        assertThat(SIMULATOR.simulator().requests()).hasSize(7);
        assertEveryRequestNamedTheUser();
    }

    @BothFormats
    void anAdministratorCannotReachAnEntryThroughTheWrongTimesheet(Format format) {
        long adminsOwn = SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, null);

        assertThatThrownBy(() -> adminOnUsersTimesheet(format).show(adminsOwn).execute()).isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void theViewNamesItsUser(Format format) {
        TimeTracking own = clients.as(Role.ADMINISTRATOR, format);

        assertThat(own.ofUserId()).isEmpty();
        assertThat(own.ofUser(Seed.USER_ID).ofUserId()).contains(Seed.USER_ID);
        assertThat(SIMULATOR.simulator().requestCount()).isZero();
    }

    // ---- anyone else

    static Stream<Arguments> callsOfNonAdministrators() {
        Stream.Builder<Arguments> calls = Stream.builder();
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            for (Role role : new Role[] {Role.PROJECT_MANAGER, Role.REGULAR_USER}) {
                calls.add(Arguments.of(format, role, "daily", (Consumer<TimeTracking>) t -> t.daily().execute()));
                calls.add(Arguments.of(format, role, "daily(day)",
                        (Consumer<TimeTracking>) t -> t.daily(Seed.TODAY).execute()));
                calls.add(Arguments.of(format, role, "show", (Consumer<TimeTracking>) t -> t.show(theEntry()).execute()));
                calls.add(Arguments.of(format, role, "toggleTimer",
                        (Consumer<TimeTracking>) t -> t.toggleTimer(theEntry()).execute()));
                calls.add(Arguments.of(format, role, "add", (Consumer<TimeTracking>) t -> t.add(NewDayEntry
                        .withHours(BigDecimal.ONE).projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID).build()).execute()));
                calls.add(Arguments.of(format, role, "update", (Consumer<TimeTracking>) t -> t.update(theEntry(),
                        DayEntryUpdate.builder().projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID).notes("x").build()).execute()));
                calls.add(Arguments.of(format, role, "delete", (Consumer<TimeTracking>) t -> t.delete(theEntry()).execute()));
            }
        }
        return calls.build();
    }

    /** The entry of the other user the calls aim at: the administrator's, made fresh for each test. */
    private static long theEntry() {
        return SIMULATOR.state().dayEntries().stream().filter(e -> e.userId() == Seed.ADMIN_ID)
                .findFirst().orElseThrow().id();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("callsOfNonAdministrators")
    void whoIsNoAdministratorIsAnsweredNotFound(Format format, Role role, String name, Consumer<TimeTracking> call) {
        long entry = SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY,
                new BigDecimal("3.00"), "the administrator's");
        TimeTracking onAdminsTimesheet = clients.as(role, format).ofUser(Seed.ADMIN_ID);

        assertThatThrownBy(() -> call.accept(onAdminsTimesheet))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.uri().getQuery()).contains("of_user=" + Seed.ADMIN_ID);
                })
                .hasMessageContaining("not found, or not permitted for this user's role");
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(entry).orElseThrow();
        assertThat(stored.notes()).contains("the administrator's");
        assertThat(stored.isRunning()).isFalse();
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
    }

    @BothFormats
    void aProjectManagerCannotReadTheTimesheetOfSomeoneOnTheirProjects(Format format) {
        usersEntry("on the manager's project");

        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format).ofUser(Seed.USER_ID).daily().execute())
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("not found, or not permitted for this user's role");
    }

    @BothFormats
    void theAsynchronousRefusalFailsTheFuture(Format format) {
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).ofUser(Seed.PM_ID).daily().executeAsync().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }
}
