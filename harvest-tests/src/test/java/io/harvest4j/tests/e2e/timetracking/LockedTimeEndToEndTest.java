package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.DayEntrySnapshot;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Locked (approved or invoiced) time: only administrators may change or delete it, and even they
 * not its project, task or day. The simulator refuses with 400 and a {@code Hint}.
 */
class LockedTimeEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static long lockedEntryOf(Role role) {
        long id = SIMULATOR.state().addDayEntry(role.id, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY,
                new BigDecimal("2.00"), "Approved");
        SIMULATOR.simulator().lockEntry(id);
        return id;
    }

    static Stream<Arguments> formatsAndNonAdministrators() {
        return TimeTrackingClients.formats().flatMap(format -> Stream.of(
                Arguments.of(format, Role.PROJECT_MANAGER), Arguments.of(format, Role.REGULAR_USER)));
    }

    private static void assertUnchanged(long id) {
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(stored.notes()).contains("Approved");
        assertThat(stored.hours()).isEqualByComparingTo("2.00");
        assertThat(stored.projectId()).isEqualTo(Seed.INTERNAL_ID);
        assertThat(stored.taskId()).isEqualTo(Seed.MEETINGS_ID);
        assertThat(stored.spentAt()).isEqualTo(Seed.TODAY);
        assertThat(stored.isRunning()).isFalse();
    }

    // ---- users who are not administrators

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("formatsAndNonAdministrators")
    void aUserWhoIsNoAdministratorCannotUpdateLockedTime(Format format, Role role) {
        long id = lockedEntryOf(role);

        assertThatThrownBy(() -> clients.as(role, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID).notes("changed").build()).execute())
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("locked"));
                    assertThat(e.serviceMessage()).isPresent();
                });
        assertUnchanged(id);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("formatsAndNonAdministrators")
    void aUserWhoIsNoAdministratorCannotDeleteLockedTime(Format format, Role role) {
        long id = lockedEntryOf(role);

        assertThatThrownBy(() -> clients.as(role, format).delete(id).execute())
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("locked")));
        assertThat(SIMULATOR.state().dayEntry(id)).isPresent();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("formatsAndNonAdministrators")
    void aUserWhoIsNoAdministratorCannotRestartTheTimerOfLockedTime(Format format, Role role) {
        long id = lockedEntryOf(role);

        assertThatThrownBy(() -> clients.as(role, format).toggleTimer(id).execute()).isInstanceOf(BadRequestException.class);
        assertUnchanged(id);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("formatsAndNonAdministrators")
    void aUserWhoIsNoAdministratorMayStillReadLockedTime(Format format, Role role) {
        long id = lockedEntryOf(role);

        TimeTracking timeTracking = clients.as(role, format);

        assertThat(timeTracking.show(id).execute().notes()).contains("Approved");
        assertThat(timeTracking.daily().execute().dayEntry(id)).isPresent();
    }

    // ---- administrators

    @BothFormats
    void anAdministratorMayUpdateTheNotesAndHoursOfLockedTime(Format format) {
        long id = lockedEntryOf(Role.ADMINISTRATOR);
        TimeTracking timeTracking = clients.as(Role.ADMINISTRATOR, format);

        DayEntry updated = timeTracking.update(id, DayEntryUpdate.from(timeTracking.show(id).execute())
                .notes("Approved, corrected").hours(new BigDecimal("1.75")).build()).execute();

        assertThat(updated.notes()).contains("Approved, corrected");
        assertThat(updated.hours()).isEqualByComparingTo("1.75");
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(stored.hours()).isEqualByComparingTo("1.75");
        assertThat(stored.isLocked()).isTrue();
    }

    @BothFormats
    void anAdministratorMayUpdateAnotherUsersLockedTime(Format format) {
        long id = lockedEntryOf(Role.REGULAR_USER);

        DayEntry updated = clients.as(Role.ADMINISTRATOR, format).ofUser(Seed.USER_ID).update(id, DayEntryUpdate
                .builder().projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID).hours(new BigDecimal("2.5")).build()).execute();

        assertThat(updated.hours()).isEqualByComparingTo("2.50");
        assertThat(updated.userId()).contains(Seed.USER_ID);
    }

    @BothFormats
    void anAdministratorCannotMoveLockedTimeToAnotherProject(Format format) {
        long id = lockedEntryOf(Role.ADMINISTRATOR);

        assertThatThrownBy(() -> clients.as(Role.ADMINISTRATOR, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.RESEARCH_ID).taskId(Seed.MEETINGS_ID).build()).execute())
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("project_id")));
        assertUnchanged(id);
    }

    @BothFormats
    void anAdministratorCannotMoveLockedTimeToAnotherTask(Format format) {
        long id = lockedEntryOf(Role.ADMINISTRATOR);

        assertThatThrownBy(() -> clients.as(Role.ADMINISTRATOR, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.INTERNAL_ID).taskId(Seed.PROJECT_MANAGEMENT_ID).build()).execute())
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("task_id")));
        assertUnchanged(id);
    }

    @BothFormats
    void anAdministratorCannotMoveLockedTimeToAnotherDay(Format format) {
        long id = lockedEntryOf(Role.ADMINISTRATOR);

        assertThatThrownBy(() -> clients.as(Role.ADMINISTRATOR, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.INTERNAL_ID).taskId(Seed.MEETINGS_ID).spentAt(LocalDate.of(2017, 1, 17))
                .notes("moved").build()).execute())
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("spent_at")));
        assertUnchanged(id);
    }

    @BothFormats
    void anAdministratorMayDeleteLockedTime(Format format) {
        long id = lockedEntryOf(Role.ADMINISTRATOR);

        clients.as(Role.ADMINISTRATOR, format).delete(id).execute();

        assertThat(SIMULATOR.state().dayEntry(id)).isEmpty();
    }

    @BothFormats
    void anAdministratorMayDeleteAnotherUsersLockedTime(Format format) {
        long id = lockedEntryOf(Role.REGULAR_USER);

        clients.as(Role.ADMINISTRATOR, format).ofUser(Seed.USER_ID).delete(id).execute();

        assertThat(SIMULATOR.state().dayEntry(id)).isEmpty();
    }
}
