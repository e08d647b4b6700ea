package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests are refused with an {@link InvalidRequestException} naming the field, before
 * anything is sent: after each test the simulator has received no request at all.
 */
class RefusedBeforeSendingEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    @AfterEach
    void nothingWasSent() {
        assertThat(SIMULATOR.simulator().requestCount()).as("requests that reached the simulator").isZero();
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class).hasMessageContaining(field);
    }

    // ---- the request builders

    @BothFormats
    void aNewEntryWithoutAProjectIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format)
                .add(NewDayEntry.withHours(BigDecimal.ONE).taskId(Seed.DESIGN_ID).build()).execute(), "NewDayEntry.projectId");
    }

    @BothFormats
    void aNewEntryWithoutATaskIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format)
                .add(NewDayEntry.startingTimer().projectId(Seed.WEBSITE_ID).build()).executeAsync(), "NewDayEntry.taskId");
    }

    @BothFormats
    void aNewEntryWithoutHoursTimesOrTimerIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format)
                .add(NewDayEntry.builder().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute(), "NewDayEntry.hours");
    }

    @BothFormats
    void negativeHoursAreRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(new BigDecimal("-0.25"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute(), "NewDayEntry.hours");
    }

    @BothFormats
    void moreThanADayOfHoursIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(new BigDecimal("24.01"))
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute(), "NewDayEntry.hours");
    }

    @BothFormats
    void negativeHoursInAnUpdateAreRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).update(Seed.FIRST_DAY_ENTRY_ID, DayEntryUpdate
                .builder().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).hours(new BigDecimal("-1")).build()).execute(),
                "DayEntryUpdate.hours");
    }

    @BothFormats
    void anUpdateWithoutAProjectOrTaskIsRefused(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        assertRefused(() -> timeTracking.update(Seed.FIRST_DAY_ENTRY_ID, DayEntryUpdate.builder()
                .taskId(Seed.DESIGN_ID).notes("x").build()).execute(), "DayEntryUpdate.projectId");
        assertRefused(() -> timeTracking.update(Seed.FIRST_DAY_ENTRY_ID, DayEntryUpdate.builder()
                .projectId(Seed.WEBSITE_ID).notes("x").build()).execute(), "DayEntryUpdate.taskId");
    }

    @BothFormats
    void anEndBeforeTheStartIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry
                .withTimes(LocalTime.of(10, 0), LocalTime.of(9, 0)).projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID)
                .build()).execute(), "NewDayEntry.endedAt");
    }

    @BothFormats
    void notesWithAControlCharacterAreRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes("bell \u0007").build()).execute(), "NewDayEntry.notes");
    }

    @BothFormats
    void notesLongerThanTenThousandCharactersAreRefused(Format format) {
        String notes = "x".repeat(10_001);

        assertRefused(() -> clients.as(Role.REGULAR_USER, format).update(Seed.FIRST_DAY_ENTRY_ID, DayEntryUpdate
                .builder().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes(notes).build()).execute(),
                "DayEntryUpdate.notes");
    }

    @BothFormats
    void aDayWithoutFourDigitYearIsRefused(Format format) {
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).spentAt(LocalDate.MIN).build()).execute(), "NewDayEntry.spentAt");
        assertRefused(() -> clients.as(Role.REGULAR_USER, format).daily(LocalDate.of(10_000, 1, 1)).execute(),
                "TimeTracking.daily");
    }

    // ---- the facade's arguments, blocking and asynchronous forms alike

    static Stream<Arguments> badArguments() {
        DayEntryUpdate update = DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build();
        Stream.Builder<Arguments> calls = Stream.builder();
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            for (long id : new long[] {0, -1}) {
                calls.add(call(format, "show(" + id + ")", t -> t.show(id).execute(), "TimeTracking.show: dayEntryId"));
                calls.add(call(format, "showAsync(" + id + ")", t -> t.show(id).executeAsync(), "TimeTracking.show: dayEntryId"));
                calls.add(call(format, "toggleTimer(" + id + ")", t -> t.toggleTimer(id).execute(), "TimeTracking.toggleTimer"));
                calls.add(call(format, "toggleTimerAsync(" + id + ")", t -> t.toggleTimer(id).executeAsync(),
                        "TimeTracking.toggleTimer"));
                calls.add(call(format, "update(" + id + ")", t -> t.update(id, update).execute(), "TimeTracking.update"));
                calls.add(call(format, "updateAsync(" + id + ")", t -> t.update(id, update).executeAsync(), "TimeTracking.update"));
                calls.add(call(format, "delete(" + id + ")", t -> t.delete(id).execute(), "TimeTracking.delete"));
                calls.add(call(format, "deleteAsync(" + id + ")", t -> t.delete(id).executeAsync(), "TimeTracking.delete"));
                calls.add(call(format, "ofUser(" + id + ")", t -> t.ofUser(id), "TimeTracking.ofUser"));
            }
            calls.add(call(format, "daily(null)", t -> t.daily(null).execute(), "TimeTracking.daily: day"));
            calls.add(call(format, "dailyAsync(null)", t -> t.daily(null).executeAsync(), "TimeTracking.daily: day"));
            calls.add(call(format, "add(null)", t -> t.add(null).execute(), "TimeTracking.add: entry"));
            calls.add(call(format, "addAsync(null)", t -> t.add(null).executeAsync(), "TimeTracking.add: entry"));
            calls.add(call(format, "update(1, null)", t -> t.update(1, null).execute(), "TimeTracking.update: update"));
            calls.add(call(format, "updateAsync(1, null)", t -> t.update(1, null).executeAsync(), "TimeTracking.update: update"));
        }
        return calls.build();
    }

    private static Arguments call(Format format, String name, FacadeCall call, String field) {
        return Arguments.of(format, name, call, field);
    }

    /** A call of the facade that may throw. */
    @FunctionalInterface
    interface FacadeCall {
        void on(TimeTracking timeTracking);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badArguments")
    void aBadArgumentIsThrownAtOnceEvenByTheAsynchronousForms(Format format, String name, FacadeCall call,
            String field) {
        TimeTracking timeTracking = clients.as(Role.ADMINISTRATOR, format);

        assertRefused(() -> call.on(timeTracking), field);
    }
}
