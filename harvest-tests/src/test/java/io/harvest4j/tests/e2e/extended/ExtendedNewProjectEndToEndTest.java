package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.UnauthorizedException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Projects;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignment;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DailyProject;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a project created through the client comes with: its creator as manager (who may log time
 * to it at once), everyone with access to all future projects, and the default tasks — none when
 * no task is a default one. And the seed's fourth user, the contractor, as the Extended API sees him.
 */
class ExtendedNewProjectEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    @BothFormats
    void aNewProjectGetsItsCreatorTheContractorAndTheDefaultTasks(Format format) {
        ExtendedClients.Extended pm = clients.as(Role.PROJECT_MANAGER, format);

        long id = pm.projects.create(ProjectFields.builder().name("Aardvark").clientId(Seed.ACME_ID).build()).execute();

        List<UserAssignment> users = pm.userAssignments.list(id).execute();
        assertThat(users).extracting(UserAssignment::userId).containsExactlyInAnyOrder(Seed.PM_ID, Seed.CONTRACTOR_ID);
        assertThat(users).filteredOn(UserAssignment::isProjectManager).extracting(UserAssignment::userId)
                .containsExactly(Seed.PM_ID);
        assertThat(users).filteredOn(a -> a.userId() == Seed.CONTRACTOR_ID).singleElement()
                .satisfies(a -> assertThat(a.hourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("90")));
        List<TaskAssignment> tasks = pm.taskAssignments.list(id).execute();
        assertThat(tasks).extracting(TaskAssignment::taskId).containsExactlyElementsOf(Seed.DEFAULT_TASK_IDS);
        assertThat(tasks).filteredOn(a -> a.taskId() == Seed.PROJECT_MANAGEMENT_ID).singleElement()
                .satisfies(a -> assertThat(a.isBillable()).as("billable by default").isTrue());
        assertThat(tasks).filteredOn(a -> a.taskId() == Seed.MEETINGS_ID).singleElement()
                .satisfies(a -> assertThat(a.isBillable()).isFalse());
    }

    @BothFormats
    void itsCreatorLogsTimeToItAtOnceAndTheDailyListIsOrderedByClientThenName(Format format) {
        ExtendedClients.Extended pm = clients.as(Role.PROJECT_MANAGER, format);
        long id = pm.projects.create(ProjectFields.builder().name("Aardvark").clientId(Seed.ACME_ID).build()).execute();
        TimeTracking timeTracking = new TimeTracking(pm.client);

        long entry = timeTracking.add(NewDayEntry.withHours(BigDecimal.ONE).projectId(id).taskId(Seed.MEETINGS_ID).build())
                .execute().dayEntry().id();

        assertThat(SIMULATOR.state().dayEntry(entry).orElseThrow().projectId()).isEqualTo(id);
        assertThat(timeTracking.daily().execute().projects()).extracting(DailyProject::name)
                .containsExactly("Aardvark", "Mobile App", "Website Redesign", "Internal");
    }

    @BothFormats
    void withoutDefaultTasksANewProjectHasNone(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);
        for (long task : Seed.DEFAULT_TASK_IDS) {
            admin.tasks.update(task, TaskFields.builder().isDefault(false).build()).execute();
        }

        long id = admin.projects.create(ProjectFields.builder().name("Bare").clientId(Seed.UMBRELLA_ID).build()).execute();

        assertThat(admin.taskAssignments.list(id).execute()).isEmpty();
        assertThat(admin.tasks.list().execute()).noneMatch(task -> task.isDefault());
    }

    @BothFormats
    void theContractorIsARegularUserOfTheExtendedApi(Format format) {
        Projects contractor = clients.as(Seed.CONTRACTOR_EMAIL, Seed.CONTRACTOR_PASSWORD, format, Projects::new);

        assertThatThrownBy(() -> contractor.list().execute()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contractor.create(ProjectFields.builder().name("Mine").clientId(Seed.ACME_ID).build())
                .execute()).isInstanceOf(NotFoundException.class);
        assertThat(clients.as(Role.ADMINISTRATOR, format).people.show(Seed.CONTRACTOR_ID).execute().isContractor()).isTrue();
    }

    @BothFormats
    void aPersonCreatedThroughTheApiHasNoPasswordToSignInWith(Format format) {
        clients.as(Role.ADMINISTRATOR, format).people.create(PersonFields.builder().email("fresh@example.com")
                .firstName("F").lastName("R").build()).execute();

        assertThatThrownBy(() -> clients.as("fresh@example.com", "any-password", format, TimeTracking::new).daily().execute())
                .isInstanceOf(UnauthorizedException.class);
    }
}
