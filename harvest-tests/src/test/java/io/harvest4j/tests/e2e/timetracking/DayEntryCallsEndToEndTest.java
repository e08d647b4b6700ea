package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.EachFormatAndRole;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.DayEntrySnapshot;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each call of the facade on the caller's own timesheet, blocking and asynchronous, as each of the
 * three seeded users: show, add (hours, a timer), toggleTimer, update, delete.
 */
class DayEntryCallsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static long seedEntry(Role role, BigDecimal hours, String notes) {
        return SIMULATOR.state().addDayEntry(role.id, Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY, hours, notes);
    }

    // ---- show

    @EachFormatAndRole
    void showReadsOneOfTheUsersEntries(Format format, Role role) {
        long id = seedEntry(role, new BigDecimal("3.25"), "Code review & <merge>");

        DayEntry entry = clients.as(role, format).show(id).execute();

        assertThat(entry.id()).isEqualTo(id).isGreaterThan(Integer.MAX_VALUE);
        assertThat(entry.userId()).contains(role.id);
        assertThat(entry.spentAt()).contains(Seed.TODAY);
        assertThat(entry.projectId()).contains(Seed.WEBSITE_ID);
        assertThat(entry.project()).isEqualTo("Website Redesign");
        assertThat(entry.taskId()).contains(Seed.DEVELOPMENT_ID);
        assertThat(entry.task()).isEqualTo("Development");
        assertThat(entry.client()).isEqualTo("Acme & Sons");
        assertThat(entry.hours()).isEqualByComparingTo("3.25");
        assertThat(entry.notes()).contains("Code review & <merge>");
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(entry.createdAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(SIMULATOR.simulator().takeRequest().path()).isEqualTo("/daily/show/" + id);
    }

    @EachFormatAndRole
    void showOfAnotherUsersEntryIsNotFound(Format format, Role role) {
        Role other = role == Role.REGULAR_USER ? Role.ADMINISTRATOR : Role.REGULAR_USER;
        long theirs = seedEntry(other, BigDecimal.ONE, "not yours");

        assertThatThrownBy(() -> clients.as(role, format).show(theirs).execute())
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.uri().getPath()).isEqualTo("/daily/show/" + theirs);
                })
                .hasMessageContaining("not found, or not permitted for this user's role");
    }

    @BothFormats
    void showOfAMissingEntryIsNotFound(Format format) {
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).show(Seed.FIRST_DAY_ENTRY_ID + 99).execute())
                .isInstanceOf(NotFoundException.class);
    }

    @EachFormatAndRole
    void showAsyncAnswersTheSameEntry(Format format, Role role) {
        long id = seedEntry(role, new BigDecimal("0.5"), "async");
        TimeTracking timeTracking = clients.as(role, format);

        DayEntry entry = timeTracking.show(id).executeAsync().join();

        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.hours()).isEqualByComparingTo("0.50");
        assertThat(entry).isEqualTo(timeTracking.show(id).execute());
    }

    @BothFormats
    void showAsyncOfAMissingEntryFailsTheFutureWithNotFound(Format format) {
        CompletableFuture<DayEntry> future = clients.as(Role.REGULAR_USER, format).show(Seed.FIRST_DAY_ENTRY_ID).executeAsync();

        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    // ---- add

    @EachFormatAndRole
    void addWithHoursCreatesAStoppedEntryOnTheUsersTimesheet(Format format, Role role) {
        TimerResult result = clients.as(role, format).add(NewDayEntry.withHours(new BigDecimal("1.75"))
                .projectId(Seed.INTERNAL_ID).taskId(Seed.PROJECT_MANAGEMENT_ID).notes("Planning").build()).execute();

        DayEntry entry = result.dayEntry();
        assertThat(entry.id()).isGreaterThanOrEqualTo(Seed.FIRST_DAY_ENTRY_ID);
        assertThat(entry.hours()).isEqualByComparingTo("1.75");
        assertThat(entry.notes()).contains("Planning");
        assertThat(entry.project()).isEqualTo("Internal");
        assertThat(entry.task()).isEqualTo("Project Management");
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(result.hoursForPreviouslyRunningTimer()).isEmpty();
        assertThat(result.stoppedAnotherTimer()).isFalse();

        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(entry.id()).orElseThrow();
        assertThat(stored.userId()).isEqualTo(role.id);
        assertThat(stored.projectId()).isEqualTo(Seed.INTERNAL_ID);
        assertThat(stored.taskId()).isEqualTo(Seed.PROJECT_MANAGEMENT_ID);
        assertThat(stored.spentAt()).as("no spent_at sent: today for the user").isEqualTo(Seed.TODAY);
        assertThat(stored.hours()).isEqualByComparingTo("1.75");
        assertThat(stored.isRunning()).isFalse();
    }

    @EachFormatAndRole
    void addStartingATimerCreatesARunningEntry(Format format, Role role) {
        TimerResult result = clients.as(role, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.MOBILE_ID).taskId(Seed.MEETINGS_ID).notes("Retro").build()).execute();

        DayEntry entry = result.dayEntry();
        assertThat(entry.isTimerRunning()).isTrue();
        assertThat(entry.timerStartedAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(entry.hours()).isEqualByComparingTo("0");
        assertThat(result.hoursForPreviouslyRunningTimer()).isEmpty();
        assertThat(SIMULATOR.state().runningTimer(role.id).map(DayEntrySnapshot::id)).contains(entry.id());
    }

    @BothFormats
    void addOnAnotherDayKeepsThatDay(Format format) {
        LocalDate lastFriday = LocalDate.of(2017, 1, 13);

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(new BigDecimal("8"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).spentAt(lastFriday).build()).execute().dayEntry();

        assertThat(entry.hours()).isEqualByComparingTo("8.00");
        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().spentAt()).isEqualTo(lastFriday);
        assertThat(clients.as(Role.REGULAR_USER, format).daily(lastFriday).execute().dayEntry(entry.id())).isPresent();
        assertThat(clients.as(Role.REGULAR_USER, format).daily().execute().dayEntry(entry.id())).isEmpty();
    }

    @BothFormats
    void notesWithCharactersToEscapeComeBackUnchanged(Format format) {
        String notes = "Fix <b>bold</b> & \"quotes\" \u2014 caf\u00e9 \u20ac5 \ud83d\ude80\nsecond line";

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes).build()).execute().dayEntry();

        assertThat(entry.notes()).contains(notes);
        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().notes()).contains(notes);
        assertThat(clients.as(Role.REGULAR_USER, format).show(entry.id()).execute().notes()).contains(notes);
    }

    @BothFormats
    void addWithZeroHoursCreatesAStoppedEntryNotATimer(Format format) {
        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ZERO)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute().dayEntry();

        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(entry.hours()).isEqualByComparingTo("0");
        assertThat(SIMULATOR.state().runningTimer(Seed.USER_ID)).isEmpty();
    }

    @BothFormats
    void addWithoutADayTakesTheUsersTodayNotUtcs(Format format) {
        // 03:00 UTC on the 19th is 10 pm on the 18th in New York
        SIMULATOR.clock().set(Seed.START.plus(Duration.ofHours(12)));

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute().dayEntry();

        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().spentAt()).isEqualTo(Seed.TODAY);
    }

    @BothFormats
    void surroundingSpacesOfNotesAreKept(Format format) {
        String notes = "  indented, and a trailing space ";

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes).build()).execute().dayEntry();

        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().notes()).contains(notes);
        assertThat(entry.notes()).contains(notes);
    }

    @BothFormats
    void notesWithATabAndACdataEndComeBackUnchanged(Format format) {
        String notes = "third ]]> fourth\ttabbed";

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes).build()).execute().dayEntry();

        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().notes()).contains(notes);
        assertThat(entry.notes()).contains(notes);
    }

    @BothFormats
    void notesWithCarriageReturnsReachTheServiceUnchanged(Format format) {
        String notes = "Windows line\r\nold Mac line\rend";

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes).build()).execute().dayEntry();

        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().notes())
                .as("the notes as the service stored them (a raw CR in XML text is read as LF)").contains(notes);
    }

    @BothFormats
    void notesWithCarriageReturnsAreReadUnchanged(Format format) {
        String notes = "Windows line\r\nold Mac line\rend";
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, notes);

        DayEntry entry = clients.as(Role.REGULAR_USER, format).show(id).execute();

        assertThat(entry.notes()).as("the notes as the client read them (a raw CR in XML text is read as LF)")
                .contains(notes);
    }

    @BothFormats
    void tenThousandCharactersOfNotesAreAccepted(Format format) {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            notes.append((char) ('a' + i % 26));
        }

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes.toString()).build()).execute().dayEntry();

        assertThat(entry.notes()).contains(notes.toString());
        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().notes()).contains(notes.toString());
    }

    @BothFormats
    void concurrentAddsCreateOneEntryEach(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        List<CompletableFuture<TimerResult>> adds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            adds.add(timeTracking.add(NewDayEntry.withHours(new BigDecimal("0.25")).projectId(Seed.WEBSITE_ID)
                    .taskId(Seed.DESIGN_ID).notes("entry " + i).build()).executeAsync());
        }

        Set<Long> ids = adds.stream().map(add -> add.join().dayEntry().id()).collect(Collectors.toSet());

        assertThat(ids).hasSize(12);
        assertThat(SIMULATOR.state().dayEntries()).extracting(DayEntrySnapshot::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(timeTracking.daily().execute().dayEntries()).hasSize(12);
    }

    @EachFormatAndRole
    void addAsyncCreatesTheEntryOnce(Format format, Role role) {
        TimerResult result = clients.as(role, format).add(NewDayEntry.withHours(new BigDecimal("0.25"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.PROJECT_MANAGEMENT_ID).build()).executeAsync().join();

        assertThat(result.dayEntry().hours()).isEqualByComparingTo("0.25");
        assertThat(SIMULATOR.state().dayEntries()).extracting(DayEntrySnapshot::id)
                .containsExactly(result.dayEntry().id());
    }

    // ---- toggleTimer

    @EachFormatAndRole
    void toggleTimerStartsAStoppedEntryAndCountsOnFromItsHours(Format format, Role role) {
        long id = seedEntry(role, new BigDecimal("1.00"), "continued");
        TimeTracking timeTracking = clients.as(role, format);

        TimerResult started = timeTracking.toggleTimer(id).execute();
        SIMULATOR.clock().advance(Duration.ofMinutes(15));
        DayEntry running = timeTracking.show(id).execute();

        assertThat(started.dayEntry().id()).as("the same entry is restarted").isEqualTo(id);
        assertThat(started.dayEntry().isTimerRunning()).isTrue();
        assertThat(started.dayEntry().timerStartedAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(started.dayEntry().hours()).isEqualByComparingTo("1.00");
        assertThat(running.hours()).isEqualByComparingTo("1.25");
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/timer/" + id, "/daily/show/" + id);
    }

    @EachFormatAndRole
    void toggleTimerStopsARunningEntry(Format format, Role role) {
        TimeTracking timeTracking = clients.as(role, format);
        long id = timeTracking.add(NewDayEntry.startingTimer().projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID)
                .build()).execute().dayEntry().id();
        SIMULATOR.clock().advance(Duration.ofMinutes(42));

        TimerResult stopped = timeTracking.toggleTimer(id).execute();

        assertThat(stopped.dayEntry().id()).isEqualTo(id);
        assertThat(stopped.dayEntry().isTimerRunning()).isFalse();
        assertThat(stopped.dayEntry().timerStartedAt()).isEmpty();
        assertThat(stopped.dayEntry().hours()).isEqualByComparingTo("0.70");
        assertThat(stopped.hoursForPreviouslyRunningTimer()).isEmpty();
        assertThat(SIMULATOR.state().runningTimer(role.id)).isEmpty();
    }

    @EachFormatAndRole
    void toggleTimerAsyncStartsTheTimer(Format format, Role role) {
        long id = seedEntry(role, BigDecimal.ZERO, null);

        TimerResult started = clients.as(role, format).toggleTimer(id).executeAsync().join();

        assertThat(started.dayEntry().isTimerRunning()).isTrue();
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().isRunning()).isTrue();
    }

    @BothFormats
    void toggleTimerOfAnotherUsersEntryIsNotFoundAndStartsNothing(Format format) {
        long theirs = seedEntry(Role.ADMINISTRATOR, BigDecimal.ONE, null);

        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format).toggleTimer(theirs).execute())
                .isInstanceOf(NotFoundException.class);
        assertThat(SIMULATOR.state().dayEntry(theirs).orElseThrow().isRunning()).isFalse();
    }

    // ---- update

    @EachFormatAndRole
    void updateOverwritesNotesHoursDayProjectAndTask(Format format, Role role) {
        long id = seedEntry(role, new BigDecimal("1.00"), "before");
        LocalDate yesterday = Seed.TODAY.minusDays(1);

        DayEntry updated = clients.as(role, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.MOBILE_ID).taskId(Seed.MEETINGS_ID).notes("after").hours(new BigDecimal("2.5"))
                .spentAt(yesterday).build()).execute();

        assertThat(updated.id()).isEqualTo(id);
        assertThat(updated.notes()).contains("after");
        assertThat(updated.hours()).isEqualByComparingTo("2.50");
        assertThat(updated.spentAt()).contains(yesterday);
        assertThat(updated.projectId()).contains(Seed.MOBILE_ID);
        assertThat(updated.project()).isEqualTo("Mobile App");
        assertThat(updated.taskId()).contains(Seed.MEETINGS_ID);
        assertThat(updated.task()).isEqualTo("Meetings");
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(stored.projectId()).isEqualTo(Seed.MOBILE_ID);
        assertThat(stored.taskId()).isEqualTo(Seed.MEETINGS_ID);
        assertThat(stored.spentAt()).isEqualTo(yesterday);
        assertThat(stored.hours()).isEqualByComparingTo("2.50");
        assertThat(stored.notes()).contains("after");
    }

    @BothFormats
    void updateFromAnEntryChangesOnlyWhatIsSet(Format format) {
        long id = seedEntry(Role.REGULAR_USER, new BigDecimal("4.00"), "keep me");
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        DayEntry entry = timeTracking.show(id).execute();

        DayEntry updated = timeTracking.update(id, DayEntryUpdate.from(entry).hours(new BigDecimal("3.75")).build()).execute();

        assertThat(updated.hours()).isEqualByComparingTo("3.75");
        assertThat(updated.notes()).contains("keep me");
        assertThat(updated.spentAt()).contains(Seed.TODAY);
        assertThat(updated.projectId()).isEqualTo(entry.projectId());
        assertThat(updated.taskId()).isEqualTo(entry.taskId());
    }

    @BothFormats
    void updateWithEmptyNotesClearsThem(Format format) {
        long id = seedEntry(Role.REGULAR_USER, BigDecimal.ONE, "to be cleared");
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);

        DayEntry updated = timeTracking.update(id, DayEntryUpdate.from(timeTracking.show(id).execute()).notes("").build()).execute();

        assertThat(updated.notes().filter(notes -> !notes.isEmpty())).isEmpty();
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().notes().filter(notes -> !notes.isEmpty())).isEmpty();
        assertThat(updated.hours()).isEqualByComparingTo("1.00");
    }

    @EachFormatAndRole
    void updateAsyncAnswersTheUpdatedEntry(Format format, Role role) {
        long id = seedEntry(role, BigDecimal.ONE, "x");

        DayEntry updated = clients.as(role, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DEVELOPMENT_ID).notes("async update").build()).executeAsync().join();

        assertThat(updated.notes()).contains("async update");
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().notes()).contains("async update");
    }

    @BothFormats
    void updateOfAnotherUsersEntryIsNotFoundAndChangesNothing(Format format) {
        long theirs = seedEntry(Role.PROJECT_MANAGER, BigDecimal.ONE, "theirs");

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).update(theirs, DayEntryUpdate.builder()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DEVELOPMENT_ID).notes("mine now").build()).execute())
                .isInstanceOf(NotFoundException.class);
        assertThat(SIMULATOR.state().dayEntry(theirs).orElseThrow().notes()).contains("theirs");
    }

    // ---- delete

    @EachFormatAndRole
    void deleteRemovesTheEntry(Format format, Role role) {
        long id = seedEntry(role, BigDecimal.ONE, "doomed");
        TimeTracking timeTracking = clients.as(role, format);

        timeTracking.delete(id).execute();

        assertThat(SIMULATOR.state().dayEntry(id)).isEmpty();
        assertThat(timeTracking.daily().execute().dayEntry(id)).isEmpty();
        assertThatThrownBy(() -> timeTracking.show(id).execute()).isInstanceOf(NotFoundException.class);
        assertThat(SIMULATOR.simulator().takeRequest().method()).isEqualTo("DELETE");
    }

    @EachFormatAndRole
    void deleteAsyncRemovesTheEntry(Format format, Role role) {
        long id = seedEntry(role, BigDecimal.ONE, "doomed");

        clients.as(role, format).delete(id).executeAsync().join();

        assertThat(SIMULATOR.state().dayEntry(id)).isEmpty();
    }

    @BothFormats
    void deleteOfAnotherUsersEntryIsNotFoundAndKeepsIt(Format format) {
        long theirs = seedEntry(Role.REGULAR_USER, BigDecimal.ONE, null);

        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format).delete(theirs).execute())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format).delete(theirs).executeAsync().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
        assertThat(SIMULATOR.state().dayEntry(theirs)).isPresent();
    }
}
