package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ExecutableRequest;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import io.harvest4j.tests.e2e.support.EachFormatAndRole;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every call of the Extended API's first part through the client, as each role, in each format:
 * an administrator makes them all; a project manager those on the projects they manage (Website
 * Redesign, Mobile App) and their assignments, and gets a {@link NotFoundException} elsewhere; a
 * regular user gets a {@link NotFoundException} for every one.
 */
class ExtendedRolesEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    private static final long W = Seed.WEBSITE_ID;
    private static final long I = Seed.INTERNAL_ID;
    /** The administrator's assignment to Website Redesign. */
    private static final long ADMIN_ON_WEBSITE = Seed.FIRST_USER_ASSIGNMENT_ID;

    /** A call, and whether a project manager may make it. */
    private static final class Probe {
        final String name;
        final boolean projectManager;
        final Function<ExtendedClients.Extended, ExecutableRequest<?, ?>> call;

        Probe(String name, boolean projectManager, Function<ExtendedClients.Extended, ExecutableRequest<?, ?>> call) {
            this.name = name;
            this.projectManager = projectManager;
            this.call = call;
        }
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("Clients.list", false, x -> x.clients.list()),
            new Probe("Clients.show", false, x -> x.clients.show(Seed.ACME_ID)),
            new Probe("Clients.create", false, x -> x.clients.create(ClientFields.builder().name("Roles Co").build())),
            new Probe("Clients.update", false, x -> x.clients.update(Seed.ACME_ID, ClientFields.builder().details("x").build())),
            new Probe("Clients.toggle", false, x -> x.clients.toggle(Seed.INITECH_ID)),
            new Probe("Clients.delete", false, x -> x.clients.delete(Seed.UMBRELLA_ID)),
            new Probe("Contacts.list", false, x -> x.contacts.list()),
            new Probe("Contacts.listForClient", false, x -> x.contacts.listForClient(Seed.ACME_ID)),
            new Probe("Contacts.show", false, x -> x.contacts.show(Seed.JANE_CONTACT_ID)),
            new Probe("Contacts.create", false, x -> x.contacts.create(ContactFields.builder().clientId(Seed.ACME_ID)
                    .firstName("A").lastName("B").build())),
            new Probe("Contacts.update", false, x -> x.contacts.update(Seed.JANE_CONTACT_ID, ContactFields.builder().fax("1").build())),
            new Probe("Contacts.delete", false, x -> x.contacts.delete(Seed.JOHN_CONTACT_ID)),
            new Probe("Projects.show managed", true, x -> x.projects.show(W)),
            new Probe("Projects.show other", false, x -> x.projects.show(I)),
            new Probe("Projects.create", true, x -> x.projects.create(ProjectFields.builder().name("Roles")
                    .clientId(Seed.ACME_ID).build())),
            new Probe("Projects.update managed", true, x -> x.projects.update(W, ProjectFields.builder()
                    .clientId(Seed.ACME_ID).notes("n").build())),
            new Probe("Projects.update other", false, x -> x.projects.update(I, ProjectFields.builder()
                    .clientId(Seed.GLOBEX_ID).notes("n").build())),
            new Probe("Projects.toggle managed", true, x -> x.projects.toggle(W)),
            new Probe("Projects.toggle other", false, x -> x.projects.toggle(I)),
            new Probe("Projects.delete managed", true, x -> x.projects.delete(W)),
            new Probe("Projects.delete other", false, x -> x.projects.delete(I)),
            new Probe("TaskAssignments.list managed", true, x -> x.taskAssignments.list(W)),
            new Probe("TaskAssignments.list other", false, x -> x.taskAssignments.list(I)),
            new Probe("TaskAssignments.show", true, x -> x.taskAssignments.show(W, Seed.WEBSITE_DESIGN_ASSIGNMENT_ID)),
            new Probe("TaskAssignments.show other", false, x -> x.taskAssignments.show(I, Seed.INTERNAL_MEETINGS_ASSIGNMENT_ID)),
            new Probe("TaskAssignments.create", true, x -> x.taskAssignments.create(W, Seed.MEETINGS_ID)),
            new Probe("TaskAssignments.create other", false, x -> x.taskAssignments.create(I, Seed.DESIGN_ID)),
            new Probe("TaskAssignments.createWithNewTask", true, x -> x.taskAssignments.createWithNewTask(W,
                    TaskFields.builder().name("Fresh").build())),
            new Probe("TaskAssignments.update", true, x -> x.taskAssignments.update(W, Seed.WEBSITE_DESIGN_ASSIGNMENT_ID,
                    TaskAssignmentUpdate.builder().budget(BigDecimal.TEN).build())),
            new Probe("TaskAssignments.delete", true, x -> x.taskAssignments.delete(W, Seed.WEBSITE_DESIGN_ASSIGNMENT_ID)),
            new Probe("UserAssignments.list managed", true, x -> x.userAssignments.list(W)),
            new Probe("UserAssignments.list other", false, x -> x.userAssignments.list(I)),
            new Probe("UserAssignments.show", true, x -> x.userAssignments.show(W, ADMIN_ON_WEBSITE)),
            new Probe("UserAssignments.create", true, x -> x.userAssignments.create(W, Seed.CONTRACTOR_ID)),
            new Probe("UserAssignments.update", true, x -> x.userAssignments.update(W, ADMIN_ON_WEBSITE,
                    UserAssignmentUpdate.builder().hourlyRate(BigDecimal.TEN).build())),
            new Probe("UserAssignments.delete", true, x -> x.userAssignments.delete(W, ADMIN_ON_WEBSITE)),
            new Probe("Tasks.list", false, x -> x.tasks.list()),
            new Probe("Tasks.show", false, x -> x.tasks.show(Seed.DESIGN_ID)),
            new Probe("Tasks.create", false, x -> x.tasks.create(TaskFields.builder().name("Roles task").build())),
            new Probe("Tasks.update", false, x -> x.tasks.update(Seed.DESIGN_ID, TaskFields.builder()
                    .defaultHourlyRate(BigDecimal.ONE).build())),
            new Probe("Tasks.delete", false, x -> x.tasks.delete(Seed.RESEARCH_TASK_ID)),
            new Probe("Tasks.activate", false, x -> x.tasks.activate(Seed.ADMINISTRATION_TASK_ID)),
            new Probe("People.list", false, x -> x.people.list()),
            new Probe("People.show", false, x -> x.people.show(Seed.USER_ID)),
            new Probe("People.show by email", false, x -> x.people.show(Seed.USER_EMAIL)),
            new Probe("People.create", false, x -> x.people.create(PersonFields.builder().email("r@example.com")
                    .firstName("R").lastName("S").build())),
            new Probe("People.update", false, x -> x.people.update(Seed.USER_ID, PersonFields.builder().telephone("1").build())),
            new Probe("People.toggle", false, x -> x.people.toggle(Seed.CONTRACTOR_ID)),
            new Probe("People.delete", false, x -> x.people.delete(Seed.CONTRACTOR_ID)),
            new Probe("ExpenseCategories.list", false, x -> x.expenseCategories.list()),
            new Probe("ExpenseCategories.show", false, x -> x.expenseCategories.show(Seed.MILEAGE_ID)),
            new Probe("ExpenseCategories.create", false, x -> x.expenseCategories.create(ExpenseCategoryFields.builder()
                    .name("Taxi").build())),
            new Probe("ExpenseCategories.update", false, x -> x.expenseCategories.update(Seed.MEALS_ID,
                    ExpenseCategoryFields.builder().unitPrice(BigDecimal.ONE).build())),
            new Probe("ExpenseCategories.delete", false, x -> x.expenseCategories.delete(Seed.MEALS_ID)));

    @EachFormatAndRole
    void eachCallIsServedOrNotFoundByRole(Format format, Role role) {
        ExtendedClients.Extended facades = clients.as(role, format);
        List<String> served = new ArrayList<>();

        for (Probe probe : PROBES) {
            boolean allowed = role == Role.ADMINISTRATOR || role == Role.PROJECT_MANAGER && probe.projectManager;
            ExecutableRequest<?, ?> request = probe.call.apply(facades);
            if (allowed) {
                request.execute();
                served.add(probe.name);
                SIMULATOR.simulator().reset(); // each call on the seeded account
            } else {
                assertThatThrownBy(request::execute).as("%s as %s", probe.name, role)
                        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
            }
        }

        assertThat(served).hasSize(role == Role.ADMINISTRATOR ? PROBES.size()
                : role == Role.PROJECT_MANAGER ? (int) PROBES.stream().filter(probe -> probe.projectManager).count() : 0);
    }

    @EachFormatAndRole
    void theProjectListHoldsWhatTheRoleMayReach(Format format, Role role) {
        if (role == Role.REGULAR_USER) {
            assertThatThrownBy(() -> clients.as(role, format).projects.list().execute()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> clients.as(role, format).projects.listForClient(Seed.ACME_ID).execute())
                    .isInstanceOf(NotFoundException.class);
            return;
        }
        List<Project> projects = clients.as(role, format).projects.list().execute();

        List<Long> expected = role == Role.ADMINISTRATOR
                ? List.of(Seed.WEBSITE_ID, Seed.MOBILE_ID, Seed.INTERNAL_ID, Seed.RESEARCH_ID, Seed.LEGACY_ID)
                : List.of(Seed.WEBSITE_ID, Seed.MOBILE_ID);
        assertThat(projects).extracting(Project::id).containsExactlyElementsOf(expected);
        assertThat(clients.as(role, format).projects.listForClient(Seed.GLOBEX_ID).execute()).extracting(Project::id)
                .containsExactlyElementsOf(role == Role.ADMINISTRATOR ? List.of(Seed.INTERNAL_ID, Seed.RESEARCH_ID) : List.of());
        assertThat(clients.as(role, format).projects.listForClient(Seed.ACME_ID).execute()).extracting(Project::id)
                .containsExactlyElementsOf(role == Role.ADMINISTRATOR ? List.of(Seed.WEBSITE_ID, Seed.MOBILE_ID, Seed.LEGACY_ID)
                        : List.of(Seed.WEBSITE_ID, Seed.MOBILE_ID));
    }

    @EachFormatAndRole
    void aNewProjectsCreatorManagesIt(Format format, Role role) {
        ExtendedClients.Extended facades = clients.as(role, format);
        if (role == Role.REGULAR_USER) {
            assertThatThrownBy(() -> facades.projects.create(ProjectFields.builder().name("Mine").clientId(Seed.ACME_ID)
                    .build()).execute()).isInstanceOf(NotFoundException.class);
            assertThat(SIMULATOR.state().all(Resource.PROJECTS)).hasSize(5);
            return;
        }

        long id = facades.projects.create(ProjectFields.builder().name("Mine").clientId(Seed.ACME_ID).build()).execute();

        assertThat(facades.projects.show(id).execute().name()).isEqualTo("Mine");
        assertThat(SIMULATOR.state().all(Resource.USER_ASSIGNMENTS)).filteredOn(a -> a.projectId() == id)
                .filteredOn(a -> a.userId() == role.id).singleElement()
                .satisfies(a -> assertThat(a.isProjectManager()).isTrue());
        assertThat(facades.userAssignments.list(id).execute()).isNotEmpty();
    }
}
