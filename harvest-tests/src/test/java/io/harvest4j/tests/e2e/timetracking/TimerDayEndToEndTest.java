package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timers against the simulator's clock, moved by the test: exact hours, one running timer per user. */
class TimerDayEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static NewDayEntry timerOn(long projectId, long taskId, String notes) {
        return NewDayEntry.startingTimer().projectId(projectId).taskId(taskId).notes(notes).build();
    }

    @BothFormats
    void aFullDayOfTimers(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);

        // 10:00 a timer on the design work
        TimerResult design = timeTracking.add(timerOn(Seed.WEBSITE_ID, Seed.DESIGN_ID, "Landing page")).execute();
        long designId = design.dayEntry().id();
        assertThat(design.dayEntry().isTimerRunning()).isTrue();
        assertThat(design.dayEntry().timerStartedAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(design.dayEntry().hours()).isEqualByComparingTo("0.00");
        assertThat(design.hoursForPreviouslyRunningTimer()).isEmpty();

        // 11:30 a meeting: its timer stops the design timer at exactly 1.50
        SIMULATOR.clock().advance(Duration.ofMinutes(90));
        TimerResult meeting = timeTracking.add(timerOn(Seed.MOBILE_ID, Seed.MEETINGS_ID, "Sprint review")).execute();
        long meetingId = meeting.dayEntry().id();
        assertThat(meetingId).isNotEqualTo(designId);
        assertThat(meeting.stoppedAnotherTimer()).isTrue();
        assertThat(meeting.hoursForPreviouslyRunningTimer().orElseThrow()).isEqualByComparingTo("1.50");
        assertThat(meeting.dayEntry().isTimerRunning()).isTrue();
        DayEntry designAfter = timeTracking.show(designId).execute();
        assertThat(designAfter.isTimerRunning()).isFalse();
        assertThat(designAfter.timerStartedAt()).isEmpty();
        assertThat(designAfter.hours()).isEqualByComparingTo("1.50");

        // 12:15 the meeting ends
        SIMULATOR.clock().advance(Duration.ofMinutes(45));
        TimerResult stopped = timeTracking.toggleTimer(meetingId).execute();
        assertThat(stopped.dayEntry().isTimerRunning()).isFalse();
        assertThat(stopped.dayEntry().timerStartedAt()).isEmpty();
        assertThat(stopped.dayEntry().hours()).isEqualByComparingTo("0.75");
        assertThat(stopped.hoursForPreviouslyRunningTimer()).isEmpty();

        // the hours stay put once stopped
        SIMULATOR.clock().advance(Duration.ofHours(2));
        assertThat(timeTracking.show(meetingId).execute().hours()).isEqualByComparingTo("0.75");

        // the design work is corrected
        DayEntry corrected = timeTracking.update(designId, DayEntryUpdate.from(designAfter)
                .notes("Landing page, second draft").hours(new BigDecimal("1.75")).build()).execute();
        assertThat(corrected.hours()).isEqualByComparingTo("1.75");
        assertThat(corrected.notes()).contains("Landing page, second draft");

        Daily day = timeTracking.daily().execute();
        assertThat(day.dayEntries()).extracting(DayEntry::id).containsExactlyInAnyOrder(designId, meetingId);
        assertThat(day.dayEntry(designId).orElseThrow().hours()).isEqualByComparingTo("1.75");
        assertThat(day.dayEntries()).noneMatch(DayEntry::isTimerRunning);

        // the meeting was a mistake
        timeTracking.delete(meetingId).execute();
        assertThat(timeTracking.daily().execute().dayEntries()).extracting(DayEntry::id).containsExactly(designId);
        assertThatThrownBy(() -> timeTracking.show(meetingId).execute()).isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void aRunningEntrysHoursGrowWithTheClock(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        long id = timeTracking.add(timerOn(Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, null)).execute().dayEntry().id();

        SIMULATOR.clock().advance(Duration.ofMinutes(30));
        DayEntry afterHalfAnHour = timeTracking.show(id).execute();
        SIMULATOR.clock().advance(Duration.ofMinutes(45));
        DayEntry afterAnHourAndAQuarter = timeTracking.show(id).execute();
        Daily listed = timeTracking.daily().execute();

        assertThat(afterHalfAnHour.hours()).isEqualByComparingTo("0.50");
        assertThat(afterHalfAnHour.isTimerRunning()).isTrue();
        assertThat(afterAnHourAndAQuarter.hours()).isEqualByComparingTo("1.25");
        assertThat(afterAnHourAndAQuarter.timerStartedAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(listed.dayEntry(id).orElseThrow().hours()).isEqualByComparingTo("1.25");
        assertThat(listed.dayEntry(id).orElseThrow().timerStartedAt()).isPresent();
    }

    @BothFormats
    void hoursAreRoundedToTheHundredth(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        long id = timeTracking.add(timerOn(Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, null)).execute().dayEntry().id();

        SIMULATOR.clock().advance(Duration.ofMinutes(20));
        BigDecimal twentyMinutes = timeTracking.show(id).execute().hours();
        SIMULATOR.clock().advance(Duration.ofMinutes(1));
        BigDecimal stopped = timeTracking.toggleTimer(id).execute().dayEntry().hours();

        assertThat(twentyMinutes).isEqualByComparingTo("0.33");
        assertThat(stopped).isEqualByComparingTo("0.35");
    }

    @BothFormats
    void restartingAStoppedEntryStopsTheRunningOneAndConfirmsItsHours(Format format) {
        TimeTracking timeTracking = clients.as(Role.PROJECT_MANAGER, format);
        long earlier = SIMULATOR.state().addDayEntry(Seed.PM_ID, Seed.WEBSITE_ID, Seed.PROJECT_MANAGEMENT_ID,
                Seed.TODAY, new BigDecimal("0.50"), "Budget");
        long running = timeTracking.add(timerOn(Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, "Release")).execute().dayEntry().id();
        SIMULATOR.clock().advance(Duration.ofMinutes(90));

        TimerResult restarted = timeTracking.toggleTimer(earlier).execute();

        assertThat(restarted.dayEntry().id()).isEqualTo(earlier);
        assertThat(restarted.dayEntry().isTimerRunning()).isTrue();
        assertThat(restarted.dayEntry().timerStartedAt().orElseThrow().toInstant())
                .isEqualTo(Seed.START.plus(Duration.ofMinutes(90)));
        assertThat(restarted.hoursForPreviouslyRunningTimer().orElseThrow()).isEqualByComparingTo("1.50");
        DayEntry stopped = timeTracking.show(running).execute();
        assertThat(stopped.isTimerRunning()).isFalse();
        assertThat(stopped.hours()).isEqualByComparingTo("1.50");
        assertThat(SIMULATOR.state().runningTimer(Seed.PM_ID).orElseThrow().id()).isEqualTo(earlier);
    }

    @BothFormats
    void timerStartedAtIsPresentOnlyWhileRunning(Format format) {
        TimeTracking timeTracking = clients.as(Role.ADMINISTRATOR, format);
        long id = timeTracking.add(timerOn(Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID, "Lab")).execute().dayEntry().id();
        SIMULATOR.clock().advance(Duration.ofMinutes(6));

        DayEntry running = timeTracking.daily().execute().dayEntry(id).orElseThrow();
        DayEntry stopped = timeTracking.toggleTimer(id).execute().dayEntry();
        DayEntry listedStopped = timeTracking.daily().execute().dayEntry(id).orElseThrow();
        SIMULATOR.clock().advance(Duration.ofMinutes(6));
        Instant restartedAt = SIMULATOR.clock().instant();
        DayEntry restarted = timeTracking.toggleTimer(id).execute().dayEntry();

        assertThat(running.timerStartedAt().map(t -> t.toInstant())).contains(Seed.START);
        assertThat(stopped.timerStartedAt()).isEmpty();
        assertThat(stopped.hours()).isEqualByComparingTo("0.10");
        assertThat(listedStopped.timerStartedAt()).isEmpty();
        assertThat(listedStopped.isTimerRunning()).isFalse();
        assertThat(restarted.timerStartedAt().map(t -> t.toInstant())).contains(restartedAt);
        assertThat(restarted.hours()).isEqualByComparingTo("0.10");
    }

    @BothFormats
    void updatingTheHoursOfARunningEntryKeepsItRunningFromTheNewHours(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        DayEntry entry = timeTracking.add(timerOn(Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, null)).execute().dayEntry();
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        DayEntry updated = timeTracking.update(entry.id(), DayEntryUpdate.from(entry).hours(new BigDecimal("2")).build()).execute();
        SIMULATOR.clock().advance(Duration.ofMinutes(15));
        DayEntry later = timeTracking.show(entry.id()).execute();

        assertThat(updated.hours()).isEqualByComparingTo("2.00");
        assertThat(updated.isTimerRunning()).isTrue();
        assertThat(later.hours()).isEqualByComparingTo("2.25");
    }

    @BothFormats
    void eachUserHasTheirOwnRunningTimer(Format format) {
        long userEntry = clients.as(Role.REGULAR_USER, format)
                .add(timerOn(Seed.WEBSITE_ID, Seed.DESIGN_ID, null)).execute().dayEntry().id();

        TimerResult adminStarted = clients.as(Role.ADMINISTRATOR, format)
                .add(timerOn(Seed.WEBSITE_ID, Seed.DESIGN_ID, null)).execute();

        assertThat(adminStarted.hoursForPreviouslyRunningTimer()).as("no timer of the administrator ran").isEmpty();
        assertThat(SIMULATOR.state().dayEntry(userEntry).orElseThrow().isRunning()).isTrue();
        assertThat(SIMULATOR.state().runningTimer(Seed.ADMIN_ID)).isPresent();
    }

    @BothFormats
    void hoursWithoutTheTimerComeOnlyInJson(Format format) {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                new BigDecimal("1.00"), null);
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        timeTracking.toggleTimer(id).execute();
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        DayEntry running = timeTracking.show(id).execute();

        assertThat(running.hours()).isEqualByComparingTo("1.50");
        if (format == Format.JSON) {
            assertThat(running.hoursWithoutTimer().orElseThrow()).isEqualByComparingTo("1.00");
        } else {
            assertThat(running.hoursWithoutTimer()).as("XML answers carry no hours_without_timer").isEmpty();
        }
    }
}
