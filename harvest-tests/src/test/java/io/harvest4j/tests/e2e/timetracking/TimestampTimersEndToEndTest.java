package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
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
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An account with timestamp timers: entries with start and end times on the clock, and timers that
 * are never restarted (toggling a stopped entry creates a new one). The clock starts at 10:00 am in
 * the users' time zone.
 */
class TimestampTimersEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    @BeforeEach
    void useTimestampTimers() {
        SIMULATOR.simulator().setTimestampTimers(true);
    }

    private static NewDayEntry designFrom(LocalTime start, LocalTime end) {
        return NewDayEntry.withTimes(start, end).projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID)
                .notes("Wireframes").build();
    }

    @BothFormats
    void addWithStartAndEndTimesComputesTheHours(Format format) {
        TimerResult result = clients.as(Role.REGULAR_USER, format)
                .add(designFrom(LocalTime.of(8, 0), LocalTime.of(9, 30))).execute();

        DayEntry entry = result.dayEntry();
        assertThat(entry.hours()).isEqualByComparingTo("1.50");
        assertThat(entry.startedAt()).contains("8:00am");
        assertThat(entry.endedAt()).contains("9:30am");
        assertThat(entry.startTime()).contains(LocalTime.of(8, 0));
        assertThat(entry.endTime()).contains(LocalTime.of(9, 30));
        assertThat(entry.isTimerRunning()).isFalse();
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(entry.id()).orElseThrow();
        assertThat(stored.startedAt()).contains(LocalTime.of(8, 0));
        assertThat(stored.endedAt()).contains(LocalTime.of(9, 30));
    }

    @BothFormats
    void theTimesAreSentAsTheServiceWritesThem(Format format) {
        clients.as(Role.REGULAR_USER, format).add(designFrom(LocalTime.of(12, 5), LocalTime.of(16, 45))).execute();

        String body = SIMULATOR.simulator().takeRequest().bodyUtf8();

        assertThat(body).contains("12:05pm").contains("4:45pm").doesNotContain("16:45");
    }

    @BothFormats
    void afternoonTimesComeBackInTwelveHourForm(Format format) {
        DayEntry entry = clients.as(Role.REGULAR_USER, format)
                .add(designFrom(LocalTime.of(12, 0), LocalTime.of(16, 45))).execute().dayEntry();

        assertThat(entry.hours()).isEqualByComparingTo("4.75");
        assertThat(entry.startedAt()).contains("12:00pm");
        assertThat(entry.endedAt()).contains("4:45pm");
        assertThat(entry.endTime()).contains(LocalTime.of(16, 45));
    }

    @BothFormats
    void startingATimerStampsTheStartAndLeavesTheEndOpen(Format format) {
        TimerResult started = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.MOBILE_ID).taskId(Seed.DEVELOPMENT_ID).notes("Bug bash").build()).execute();

        DayEntry entry = started.dayEntry();
        assertThat(entry.isTimerRunning()).isTrue();
        assertThat(entry.startedAt()).contains("10:00am");
        assertThat(entry.endedAt()).as("a running timer has no end yet").isEmpty();
        assertThat(entry.endTime()).isEmpty();
    }

    @BothFormats
    void stoppingATimerStampsTheEnd(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        long id = timeTracking.add(NewDayEntry.startingTimer().projectId(Seed.MOBILE_ID).taskId(Seed.DEVELOPMENT_ID)
                .build()).execute().dayEntry().id();
        SIMULATOR.clock().advance(Duration.ofMinutes(45));

        DayEntry stopped = timeTracking.toggleTimer(id).execute().dayEntry();

        assertThat(stopped.id()).isEqualTo(id);
        assertThat(stopped.isTimerRunning()).isFalse();
        assertThat(stopped.hours()).isEqualByComparingTo("0.75");
        assertThat(stopped.startedAt()).contains("10:00am");
        assertThat(stopped.endedAt()).contains("10:45am");
    }

    @BothFormats
    void togglingAStoppedEntryCreatesANewRunningEntryLikeIt(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        DayEntry original = timeTracking.add(designFrom(LocalTime.of(8, 0), LocalTime.of(9, 0))).execute().dayEntry();

        TimerResult toggled = timeTracking.toggleTimer(original.id()).execute();

        DayEntry created = toggled.dayEntry();
        assertThat(created.id()).as("timestamp timers are not restarted").isNotEqualTo(original.id());
        assertThat(created.projectId()).isEqualTo(original.projectId());
        assertThat(created.taskId()).isEqualTo(original.taskId());
        assertThat(created.notes()).contains("Wireframes");
        assertThat(created.isTimerRunning()).isTrue();
        assertThat(created.startedAt()).contains("10:00am");
        assertThat(created.hours()).isEqualByComparingTo("0");
        DayEntry originalAfter = timeTracking.show(original.id()).execute();
        assertThat(originalAfter.isTimerRunning()).isFalse();
        assertThat(originalAfter.hours()).isEqualByComparingTo("1.00");
        assertThat(originalAfter.endedAt()).contains("9:00am");
        assertThat(timeTracking.daily().execute().dayEntries()).extracting(DayEntry::id)
                .containsExactlyInAnyOrder(original.id(), created.id());
    }

    @BothFormats
    void togglingAStoppedEntryStopsTheRunningTimerAndConfirmsItsHours(Format format) {
        TimeTracking timeTracking = clients.as(Role.PROJECT_MANAGER, format);
        long done = timeTracking.add(designFrom(LocalTime.of(8, 0), LocalTime.of(9, 0))).execute().dayEntry().id();
        long running = timeTracking.add(NewDayEntry.startingTimer().projectId(Seed.INTERNAL_ID)
                .taskId(Seed.MEETINGS_ID).build()).execute().dayEntry().id();
        SIMULATOR.clock().advance(Duration.ofMinutes(90));

        TimerResult toggled = timeTracking.toggleTimer(done).execute();

        assertThat(toggled.hoursForPreviouslyRunningTimer().orElseThrow()).isEqualByComparingTo("1.50");
        DayEntry stopped = timeTracking.show(running).execute();
        assertThat(stopped.isTimerRunning()).isFalse();
        assertThat(stopped.endedAt()).contains("11:30am");
        assertThat(toggled.dayEntry().startedAt()).contains("11:30am");
    }

    @BothFormats
    void updateWithNewTimesRecomputesTheHours(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        DayEntry entry = timeTracking.add(designFrom(LocalTime.of(8, 0), LocalTime.of(9, 0))).execute().dayEntry();

        DayEntry updated = timeTracking.update(entry.id(), DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).times(LocalTime.of(13, 0), LocalTime.of(14, 15)).build()).execute();

        assertThat(updated.hours()).isEqualByComparingTo("1.25");
        assertThat(updated.startedAt()).contains("1:00pm");
        assertThat(updated.endedAt()).contains("2:15pm");
        assertThat(SIMULATOR.state().dayEntry(entry.id()).orElseThrow().hours()).isEqualByComparingTo("1.25");
    }

    @BothFormats
    void addWithHoursStillWorksOnATimestampAccount(Format format) {
        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(new BigDecimal("2"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute().dayEntry();

        assertThat(entry.hours()).isEqualByComparingTo("2.00");
        assertThat(entry.isTimerRunning()).isFalse();
    }

    @BothFormats
    void startAndEndTimesAreAbsentOnAnAccountWithoutTimestampTimers(Format format) {
        SIMULATOR.simulator().setTimestampTimers(false);

        DayEntry entry = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute().dayEntry();

        assertThat(entry.startedAt()).isEmpty();
        assertThat(entry.endedAt()).isEmpty();
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path).containsExactly("/daily/add");
    }

    @BothFormats
    void timesAroundMidnightAndNoonKeepTheirHalfOfTheDay(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);

        DayEntry night = timeTracking.add(designFrom(LocalTime.MIDNIGHT, LocalTime.of(0, 45))).execute().dayEntry();
        DayEntry noon = timeTracking.add(designFrom(LocalTime.of(11, 30), LocalTime.of(12, 30))).execute().dayEntry();

        assertThat(night.hours()).isEqualByComparingTo("0.75");
        assertThat(night.startedAt()).contains("12:00am");
        assertThat(night.startTime()).contains(LocalTime.MIDNIGHT);
        assertThat(night.endTime()).contains(LocalTime.of(0, 45));
        assertThat(noon.hours()).isEqualByComparingTo("1.00");
        assertThat(noon.startedAt()).contains("11:30am");
        assertThat(noon.endedAt()).contains("12:30pm");
        assertThat(noon.endTime()).contains(LocalTime.of(12, 30));
    }
}
