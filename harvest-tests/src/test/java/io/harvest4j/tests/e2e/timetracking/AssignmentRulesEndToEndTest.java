package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.EachFormatAndRole;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user logs time only to the active projects they are assigned to, and only to those projects' tasks. */
class AssignmentRulesEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static NewDayEntry hourOn(long projectId, long taskId) {
        return NewDayEntry.withHours(BigDecimal.ONE).projectId(projectId).taskId(taskId).build();
    }

    @EachFormatAndRole
    void addingToAProjectTheUserIsNotAssignedToIsRefused(Format format, Role role) {
        long project = role == Role.ADMINISTRATOR
                ? SIMULATOR.state().addProject(Seed.ACME_ID, "Unassigned", "UN", true) : Seed.RESEARCH_ID;
        if (role == Role.ADMINISTRATOR) {
            SIMULATOR.state().assignTask(project, Seed.RESEARCH_TASK_ID, true);
        }

        assertThatThrownBy(() -> clients.as(role, format).add(hourOn(project, Seed.RESEARCH_TASK_ID)).execute())
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.hint()).hasValueSatisfying(hint ->
                            assertThat(hint).contains("not assigned").contains(Long.toString(project)));
                });
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void addingToATaskNotAssignedToTheProjectIsRefused(Format format) {
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).add(hourOn(Seed.WEBSITE_ID, Seed.MEETINGS_ID)).execute())
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.hint()).hasValueSatisfying(
                        hint -> assertThat(hint).contains("Task " + Seed.MEETINGS_ID)));
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void addingToAnArchivedProjectIsRefusedEvenWhenAssigned(Format format) {
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).add(hourOn(Seed.LEGACY_ID, Seed.DEVELOPMENT_ID)).execute())
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.hint()).hasValueSatisfying(
                        hint -> assertThat(hint).contains("archived")));
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void addingToAProjectThatDoesNotExistIsRefused(Format format) {
        assertThatThrownBy(() -> clients.as(Role.ADMINISTRATOR, format).add(hourOn(999_999L, Seed.DESIGN_ID)).execute())
                .isInstanceOf(BadRequestException.class);
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void startingATimerOnAnUnassignedProjectIsRefusedAndLeavesTheRunningTimer(Format format) {
        long running = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute().dayEntry().id();

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.RESEARCH_ID).taskId(Seed.RESEARCH_TASK_ID).build()).execute())
                .isInstanceOf(BadRequestException.class);
        assertThat(SIMULATOR.state().runningTimer(Seed.USER_ID).orElseThrow().id()).isEqualTo(running);
    }

    @BothFormats
    void movingAnEntryToAnUnassignedProjectIsRefused(Format format) {
        long id = SIMULATOR.state().addDayEntry(Seed.PM_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, "stay");

        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.RESEARCH_ID).taskId(Seed.RESEARCH_TASK_ID).build()).execute())
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.hint()).hasValueSatisfying(
                        hint -> assertThat(hint).contains("not assigned")));
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().projectId()).isEqualTo(Seed.WEBSITE_ID);
    }

    @BothFormats
    void theAsynchronousRefusalFailsTheFutureWithTheSameError(Format format) {
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format)
                .add(hourOn(Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID)).executeAsync().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(BadRequestException.class);
    }

    @BothFormats
    void aNewAssignmentIsLoggableAtOnce(Format format) {
        SIMULATOR.state().assignUser(Seed.RESEARCH_ID, Seed.USER_ID, false);

        long id = clients.as(Role.REGULAR_USER, format).add(hourOn(Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID)).execute()
                .dayEntry().id();

        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().projectId()).isEqualTo(Seed.RESEARCH_ID);
    }
}
