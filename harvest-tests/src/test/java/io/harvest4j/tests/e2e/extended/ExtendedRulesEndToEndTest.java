package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.model.Client;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service's rules as the client sees them: a refusal is a {@link BadRequestException} whose
 * {@code hint()} says why, and changes nothing; removing what has hours archives it instead.
 */
class ExtendedRulesEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    @AfterEach
    void noPlanLimits() {
        // the limits survive the extension's reset
        SIMULATOR.state().setMaxProjects(null);
        SIMULATOR.state().setMaxPeople(null);
    }

    private static void refused(ThrowingCallable call, String hint) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.hint()).hasValueSatisfying(value -> assertThat(value).startsWith(hint));
        });
    }

    private static void hoursOn(long userId, long projectId, long taskId) {
        SIMULATOR.state().addDayEntry(userId, projectId, taskId, Seed.TODAY, BigDecimal.ONE, null);
    }

    // ---- clients

    @BothFormats
    void aClientWithActiveProjectsIsNotArchived(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.clients.toggle(Seed.ACME_ID).execute(),
                "Client " + Seed.ACME_ID + " has active projects [" + Seed.WEBSITE_ID + ", " + Seed.MOBILE_ID + "]");

        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.ACME_ID).orElseThrow().isActive()).isTrue();
        admin.clients.toggle(Seed.INITECH_ID).execute();
        assertThat(admin.clients.show(Seed.INITECH_ID).execute().isActive()).as("activating is always allowed").isTrue();
    }

    @BothFormats
    void aClientWithProjectsIsNotDeletedAndOneWithoutTakesItsContacts(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.clients.delete(Seed.GLOBEX_ID).execute(), "Client " + Seed.GLOBEX_ID);
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.GLOBEX_ID)).isPresent();

        admin.projects.delete(Seed.INTERNAL_ID).execute();
        admin.projects.delete(Seed.RESEARCH_ID).execute();
        admin.clients.delete(Seed.GLOBEX_ID).execute();
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.GLOBEX_ID)).isEmpty();
        assertThat(SIMULATOR.state().find(Resource.CONTACTS, Seed.MARIE_CONTACT_ID)).isEmpty();
    }

    @BothFormats
    void namesAreUniqueIgnoringCase(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.clients.create(ClientFields.builder().name("ACME & SONS").build()).execute(),
                "Name has already been taken");
        refused(() -> admin.tasks.create(TaskFields.builder().name("design").build()).execute(),
                "Name has already been taken");
        refused(() -> admin.expenseCategories.create(ExpenseCategoryFields.builder().name("mileage").build()).execute(),
                "Name has already been taken");
        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).hasSize(4);
    }

    // ---- projects

    @BothFormats
    void aProjectWithHoursIsNotDeleted(Format format) {
        hoursOn(Seed.USER_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID);

        refused(() -> clients.as(Role.PROJECT_MANAGER, format).projects.delete(Seed.MOBILE_ID).execute(), "");

        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.MOBILE_ID)).isPresent();
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, Seed.MOBILE_DEVELOPMENT_ASSIGNMENT_ID)).isPresent();
    }

    @BothFormats
    void deletingAProjectRemovesItsAssignments(Format format) {
        clients.as(Role.ADMINISTRATOR, format).projects.delete(Seed.RESEARCH_ID).execute();

        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.RESEARCH_ID)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).noneMatch(a -> a.projectId() == Seed.RESEARCH_ID);
        assertThat(SIMULATOR.state().all(Resource.USER_ASSIGNMENTS)).noneMatch(a -> a.projectId() == Seed.RESEARCH_ID);
    }

    @BothFormats
    void thePlansProjectLimitRefusesCreateAndActivation(Format format) {
        SIMULATOR.state().setMaxProjects(4); // the seed has four active projects
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.projects.create(ProjectFields.builder().name("One too many").clientId(Seed.ACME_ID).build())
                .execute(), "Your plan allows 4 active projects: archive one or upgrade the plan first");
        refused(() -> admin.projects.toggle(Seed.LEGACY_ID).execute(), "Your plan allows 4 active projects");
        assertThat(SIMULATOR.state().all(Resource.PROJECTS)).hasSize(5);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.LEGACY_ID).orElseThrow().isActive()).isFalse();

        long archived = admin.projects.create(ProjectFields.builder().name("Archived at once").clientId(Seed.ACME_ID)
                .active(false).build()).execute();
        assertThat(admin.projects.show(archived).execute().isActive()).as("an archived one does not count").isFalse();
        admin.projects.toggle(Seed.WEBSITE_ID).execute();
        admin.projects.toggle(Seed.LEGACY_ID).execute();
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.LEGACY_ID).orElseThrow().isActive()).isTrue();
    }

    @BothFormats
    void projectDatesMayNotEndBeforeTheyStart(Format format) {
        refused(() -> clients.as(Role.ADMINISTRATOR, format).projects.create(ProjectFields.builder().name("Backwards")
                .clientId(Seed.ACME_ID).startsOn(Seed.TODAY).endsOn(Seed.TODAY.minusDays(1)).build()).execute(), "");
        assertThat(SIMULATOR.state().all(Resource.PROJECTS)).hasSize(5);
    }

    // ---- people

    @BothFormats
    void thePlansPeopleLimitRefusesCreateAndActivation(Format format) {
        SIMULATOR.state().setMaxPeople(4); // the seed has four active people
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.people.create(PersonFields.builder().email("five@example.com").firstName("Five")
                .lastName("People").build()).execute(), "Your plan allows 4 active people");
        admin.people.toggle(Seed.CONTRACTOR_ID).execute();
        admin.people.create(PersonFields.builder().email("five@example.com").firstName("Five").lastName("People").build())
                .execute();
        refused(() -> admin.people.toggle(Seed.CONTRACTOR_ID).execute(), "Your plan allows 4 active people");
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.CONTRACTOR_ID).orElseThrow().isActive()).isFalse();
    }

    @BothFormats
    void aPersonWithHoursIsNotDeletedAndNobodyRemovesThemselves(Format format) {
        hoursOn(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID);
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.people.delete(Seed.USER_ID).execute(), "");
        refused(() -> admin.people.delete(Seed.ADMIN_ID).execute(), "");
        refused(() -> admin.people.toggle(Seed.ADMIN_ID).execute(), "");

        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.USER_ID)).isPresent();
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.ADMIN_ID).orElseThrow().isActive()).isTrue();
        admin.people.delete(Seed.CONTRACTOR_ID).execute();
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.CONTRACTOR_ID)).isEmpty();
    }

    @BothFormats
    void anArchivedPersonCannotSignIn(Format format) {
        clients.as(Role.ADMINISTRATOR, format).people.toggle(Seed.USER_ID).execute();

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).projects.list().execute())
                .isInstanceOf(io.harvest4j.core.UnauthorizedException.class);
    }

    @BothFormats
    void peopleAreFoundByEmailIgnoringCase(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        assertThat(admin.people.show("User@Example.COM").execute().id()).isEqualTo(Seed.USER_ID);
        assertThat(admin.people.show(Seed.CONTRACTOR_EMAIL).execute().isContractor()).isTrue();
        assertThatThrownBy(() -> admin.people.show("nobody@example.com").execute()).isInstanceOf(NotFoundException.class);
        assertThat(SIMULATOR.simulator().requests().get(0).path()).isEqualTo("/people/User@Example.COM");
        long plus = admin.people.create(PersonFields.builder().email("first.last+tag@example.com").firstName("F")
                .lastName("L").build()).execute();
        assertThat(admin.people.show("first.last+tag@example.com").execute().id()).as("a + in the path is no space")
                .isEqualTo(plus);
    }

    // ---- tasks and assignments

    @BothFormats
    void aTaskWithHoursIsArchivedAndOneWithoutRemoved(Format format) {
        hoursOn(Seed.ADMIN_ID, Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID);
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        admin.tasks.delete(Seed.RESEARCH_TASK_ID).execute();
        admin.tasks.delete(Seed.DESIGN_ID).execute();

        assertThat(admin.tasks.show(Seed.RESEARCH_TASK_ID).execute().isDeactivated()).isTrue();
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.DESIGN_ID)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).noneMatch(a -> a.taskId() == Seed.DESIGN_ID);
        admin.tasks.activate(Seed.RESEARCH_TASK_ID).execute();
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.RESEARCH_TASK_ID).orElseThrow().isDeactivated()).isFalse();
    }

    @BothFormats
    void aProjectKeepsItsLastTask(Format format) {
        ExtendedClients.Extended pm = clients.as(Role.PROJECT_MANAGER, format);
        pm.taskAssignments.delete(Seed.MOBILE_ID, Seed.MOBILE_MEETINGS_ASSIGNMENT_ID).execute();

        refused(() -> pm.taskAssignments.delete(Seed.MOBILE_ID, Seed.MOBILE_DEVELOPMENT_ASSIGNMENT_ID).execute(),
                "Harvest requires one task per project");

        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, Seed.MOBILE_MEETINGS_ASSIGNMENT_ID)).isEmpty();
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, Seed.MOBILE_DEVELOPMENT_ASSIGNMENT_ID)
                .orElseThrow().isDeactivated()).isFalse();
    }

    @BothFormats
    void removingAnAssignmentWithHoursArchivesIt(Format format) {
        hoursOn(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID);
        long userOnWebsite = Seed.FIRST_USER_ASSIGNMENT_ID + 7;
        ExtendedClients.Extended pm = clients.as(Role.PROJECT_MANAGER, format);

        pm.taskAssignments.delete(Seed.WEBSITE_ID, Seed.WEBSITE_DESIGN_ASSIGNMENT_ID).execute();
        pm.userAssignments.delete(Seed.WEBSITE_ID, userOnWebsite).execute();

        assertThat(pm.taskAssignments.show(Seed.WEBSITE_ID, Seed.WEBSITE_DESIGN_ASSIGNMENT_ID).execute().isDeactivated())
                .isTrue();
        assertThat(pm.userAssignments.show(Seed.WEBSITE_ID, userOnWebsite).execute().userId()).isEqualTo(Seed.USER_ID);
        assertThat(SIMULATOR.state().find(Resource.USER_ASSIGNMENTS, userOnWebsite).orElseThrow().isDeactivated()).isTrue();
    }

    @BothFormats
    void aTaskOrPersonIsAssignedOnceOnly(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.taskAssignments.create(Seed.WEBSITE_ID, Seed.DESIGN_ID).execute(),
                "Task " + Seed.DESIGN_ID + " is already assigned to project " + Seed.WEBSITE_ID);
        refused(() -> admin.taskAssignments.create(Seed.WEBSITE_ID, 999).execute(), "No task 999");
        refused(() -> admin.userAssignments.create(Seed.WEBSITE_ID, Seed.USER_ID).execute(), "");
        refused(() -> admin.taskAssignments.createWithNewTask(Seed.WEBSITE_ID, TaskFields.builder().name("DESIGN").build())
                .execute(), "Name has already been taken");
    }

    // ---- expense categories

    @BothFormats
    void aCategoryInUseIsNotDeleted(Format format) {
        SIMULATOR.state().addExpense(Seed.USER_ID, Seed.WEBSITE_ID, Seed.MEALS_ID, Seed.TODAY, BigDecimal.TEN);
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        refused(() -> admin.expenseCategories.delete(Seed.MEALS_ID).execute(), "");
        admin.expenseCategories.delete(Seed.MILEAGE_ID).execute();

        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, Seed.MEALS_ID)).isPresent();
        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, Seed.MILEAGE_ID)).isEmpty();
    }

    @BothFormats
    void aRefusalChangesNothing(Format format) {
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);
        Client before = admin.clients.show(Seed.GLOBEX_ID).execute();

        refused(() -> admin.clients.update(Seed.GLOBEX_ID, ClientFields.builder().name("Acme & Sons").details("lost")
                .build()).execute(), "Name has already been taken");

        assertThat(admin.clients.show(Seed.GLOBEX_ID).execute()).isEqualTo(before);
    }
}
