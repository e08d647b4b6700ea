package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.model.BillBy;
import io.harvest4j.extended.model.BudgetBy;
import io.harvest4j.extended.model.Client;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.Contact;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategory;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.Person;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignment;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.Snapshot;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8's "done when", through the client, in both formats: a program creates a client, a
 * contact, a project, task assignments (of an existing task and of a new one), a user assignment,
 * an expense category and a person, reads each back, updates and reads again, toggles (client,
 * project, person) and activates (task), and deletes them all, leaving the account as it was.
 */
class ExtendedProgramEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    @BothFormats
    void createReadUpdateToggleAndDeleteEveryResource(Format format) {
        Map<String, String> before = account();
        SIMULATOR.clock().advance(Duration.ofMinutes(5)); // so that a change to what was there shows in its updated_at
        ExtendedClients.Extended admin = clients.as(Role.ADMINISTRATOR, format);

        // ---- client
        long clientId = admin.clients.create(ClientFields.builder().name("Program & Co").currency("Euro - EUR")
                .currencySymbol("\u20ac").details("Bahnhofstrasse 1\nZ\u00fcrich").highriseId(42).build()).execute();
        Client client = admin.clients.show(clientId).execute();
        assertThat(client.id()).isEqualTo(clientId);
        assertThat(client.name()).isEqualTo("Program & Co");
        assertThat(client.currency()).isEqualTo("Euro - EUR");
        assertThat(client.currencySymbol()).isEqualTo("\u20ac");
        assertThat(client.details()).isEqualTo("Bahnhofstrasse 1\nZ\u00fcrich");
        assertThat(client.highriseId()).contains(42L);
        assertThat(client.isActive()).isTrue();
        assertThat(client.createdAt()).isPresent();
        admin.clients.update(clientId, ClientFields.builder().details("Paradeplatz 8").build()).execute();
        Client updatedClient = admin.clients.show(clientId).execute();
        assertThat(updatedClient.details()).isEqualTo("Paradeplatz 8");
        assertThat(updatedClient.name()).as("left as it was").isEqualTo("Program & Co");
        assertThat(updatedClient.cacheVersion()).isGreaterThan(client.cacheVersion());
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, clientId).orElseThrow().details()).contains("Paradeplatz 8");

        // ---- contact
        long contactId = admin.contacts.create(ContactFields.builder().clientId(clientId).firstName("Zo\u00eb")
                .lastName("O'Neil").email("zoe@program.example").title("CFO").phoneOffice("+41 44 000 00 00")
                .phoneMobile("+41 79 000 00 00").fax("none").build()).execute();
        Contact contact = admin.contacts.show(contactId).execute();
        assertThat(contact.id()).isEqualTo(contactId);
        assertThat(contact.clientId()).isEqualTo(clientId);
        assertThat(contact.firstName()).isEqualTo("Zo\u00eb");
        assertThat(contact.lastName()).isEqualTo("O'Neil");
        assertThat(contact.email()).isEqualTo("zoe@program.example");
        assertThat(contact.title()).isEqualTo("CFO");
        assertThat(contact.phoneOffice()).isEqualTo("+41 44 000 00 00");
        assertThat(contact.phoneMobile()).isEqualTo("+41 79 000 00 00");
        assertThat(contact.fax()).isEqualTo("none");
        admin.contacts.update(contactId, ContactFields.builder().title("CEO").build()).execute();
        assertThat(admin.contacts.show(contactId).execute().title()).isEqualTo("CEO");
        assertThat(admin.contacts.listForClient(clientId).execute()).extracting(Contact::id).containsExactly(contactId);

        // ---- project
        long projectId = admin.projects.create(ProjectFields.builder().clientId(clientId).name("Program").code("PRG")
                .billable(true).billBy(BillBy.PEOPLE).hourlyRate(new BigDecimal("150.5")).budgetBy(BudgetBy.PROJECT)
                .budget(new BigDecimal("1000")).startsOn(LocalDate.of(2017, 2, 1)).endsOn(LocalDate.of(2017, 12, 31))
                .notes("made by a program").build()).execute();
        Project project = admin.projects.show(projectId).execute();
        assertThat(project.id()).isEqualTo(projectId);
        assertThat(project.clientId()).isEqualTo(clientId);
        assertThat(project.name()).isEqualTo("Program");
        assertThat(project.code()).isEqualTo("PRG");
        assertThat(project.isActive()).isTrue();
        assertThat(project.isBillable()).isTrue();
        assertThat(project.billBy()).isEqualTo(BillBy.PEOPLE);
        assertThat(project.hourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("150.5"));
        assertThat(project.budgetBy()).isEqualTo(BudgetBy.PROJECT);
        assertThat(project.budget()).hasValueSatisfying(budget -> assertThat(budget).isEqualByComparingTo("1000"));
        assertThat(project.startsOn()).contains(LocalDate.of(2017, 2, 1));
        assertThat(project.endsOn()).contains(LocalDate.of(2017, 12, 31));
        assertThat(project.notes()).isEqualTo("made by a program");
        admin.projects.update(projectId, ProjectFields.builder().clientId(clientId).notes("changed").build()).execute();
        assertThat(admin.projects.show(projectId).execute().notes()).isEqualTo("changed");
        assertThat(admin.projects.listForClient(clientId).execute()).extracting(Project::id).containsExactly(projectId);

        // the default tasks and the creator (and the contractor, who has every future project) come with it
        assertThat(admin.taskAssignments.list(projectId).execute()).extracting(TaskAssignment::taskId)
                .containsExactlyInAnyOrderElementsOf(Seed.DEFAULT_TASK_IDS);
        assertThat(admin.userAssignments.list(projectId).execute()).extracting(UserAssignment::userId)
                .containsExactlyInAnyOrder(Seed.ADMIN_ID, Seed.CONTRACTOR_ID);

        // ---- task assignments: an existing task, and a new one
        long designId = admin.taskAssignments.create(projectId, Seed.DESIGN_ID).execute();
        TaskAssignment design = admin.taskAssignments.show(projectId, designId).execute();
        assertThat(design.id()).isEqualTo(designId);
        assertThat(design.projectId()).isEqualTo(projectId);
        assertThat(design.taskId()).isEqualTo(Seed.DESIGN_ID);
        assertThat(design.isDeactivated()).isFalse();
        admin.taskAssignments.update(projectId, designId, TaskAssignmentUpdate.builder().billable(false)
                .budget(new BigDecimal("20")).hourlyRate(new BigDecimal("99.5")).build()).execute();
        TaskAssignment updatedDesign = admin.taskAssignments.show(projectId, designId).execute();
        assertThat(updatedDesign.isBillable()).isFalse();
        assertThat(updatedDesign.budget()).hasValueSatisfying(budget -> assertThat(budget).isEqualByComparingTo("20"));
        assertThat(updatedDesign.hourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("99.5"));

        long newTaskAssignmentId = admin.taskAssignments.createWithNewTask(projectId, TaskFields.builder()
                .name("Program Task").billableByDefault(false).defaultHourlyRate(new BigDecimal("80")).build()).execute();
        TaskAssignment newTaskAssignment = admin.taskAssignments.show(projectId, newTaskAssignmentId).execute();
        assertThat(newTaskAssignment.id()).isEqualTo(newTaskAssignmentId);
        long taskId = newTaskAssignment.taskId();
        assertThat(admin.tasks.show(taskId).execute().name()).isEqualTo("Program Task");
        assertThat(admin.tasks.show(taskId).execute().isBillableByDefault()).isFalse();
        admin.tasks.update(taskId, TaskFields.builder().name("Program Task, renamed").build()).execute();
        assertThat(admin.tasks.show(taskId).execute().name()).isEqualTo("Program Task, renamed");
        assertThat(admin.tasks.show(taskId).execute().defaultHourlyRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("80"));

        // ---- user assignment
        long userAssignmentId = admin.userAssignments.create(projectId, Seed.USER_ID).execute();
        UserAssignment userAssignment = admin.userAssignments.show(projectId, userAssignmentId).execute();
        assertThat(userAssignment.id()).isEqualTo(userAssignmentId);
        assertThat(userAssignment.userId()).isEqualTo(Seed.USER_ID);
        assertThat(userAssignment.projectId()).isEqualTo(projectId);
        assertThat(userAssignment.isProjectManager()).isFalse();
        admin.userAssignments.update(projectId, userAssignmentId, UserAssignmentUpdate.builder()
                .isProjectManager(true).hourlyRate(new BigDecimal("77")).build()).execute();
        UserAssignment updatedUserAssignment = admin.userAssignments.show(projectId, userAssignmentId).execute();
        assertThat(updatedUserAssignment.isProjectManager()).isTrue();
        assertThat(updatedUserAssignment.hourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("77"));

        // ---- expense category
        long categoryId = admin.expenseCategories.create(ExpenseCategoryFields.builder().name("Kilometres")
                .unitName("km").unitPrice(new BigDecimal("0.7")).build()).execute();
        ExpenseCategory category = admin.expenseCategories.show(categoryId).execute();
        assertThat(category.id()).isEqualTo(categoryId);
        assertThat(category.name()).isEqualTo("Kilometres");
        assertThat(category.unitName()).isEqualTo("km");
        assertThat(category.unitPrice()).hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.7"));
        admin.expenseCategories.update(categoryId, ExpenseCategoryFields.builder().unitPrice(new BigDecimal("0.75"))
                .build()).execute();
        assertThat(admin.expenseCategories.show(categoryId).execute().unitPrice())
                .hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.75"));

        // ---- person
        long personId = admin.people.create(PersonFields.builder().email("new.hire@example.com").firstName("Nina")
                .lastName("Hire").department("Design").telephone("555").defaultHourlyRate(new BigDecimal("60"))
                .timezone("Paris").build()).execute();
        Person person = admin.people.show("new.hire@example.com").execute();
        assertThat(person.id()).isEqualTo(personId);
        assertThat(person.firstName()).isEqualTo("Nina");
        assertThat(person.lastName()).isEqualTo("Hire");
        assertThat(person.department()).isEqualTo("Design");
        assertThat(person.timezone()).isEqualTo("Paris");
        assertThat(person.isActive()).isTrue();
        admin.people.update(personId, PersonFields.builder().department("Research").build()).execute();
        assertThat(admin.people.show(personId).execute().department()).isEqualTo("Research");

        // ---- toggles and activation
        assertThatThrownBy(() -> admin.clients.toggle(clientId).execute())
                .as("a client with an active project stays active").isInstanceOf(BadRequestException.class);
        admin.projects.toggle(projectId).execute();
        assertThat(admin.projects.show(projectId).execute().isActive()).isFalse();
        admin.clients.toggle(clientId).execute();
        assertThat(admin.clients.show(clientId).execute().isActive()).isFalse();
        admin.clients.toggle(clientId).execute();
        admin.projects.toggle(projectId).execute();
        assertThat(admin.clients.show(clientId).execute().isActive()).isTrue();
        assertThat(admin.projects.show(projectId).execute().isActive()).isTrue();
        admin.people.toggle(personId).execute();
        assertThat(admin.people.show(personId).execute().isActive()).isFalse();
        admin.people.toggle(personId).execute();
        assertThat(SIMULATOR.state().find(Resource.USERS, personId).orElseThrow().isActive()).isTrue();

        TimeTracking timeTracking = new TimeTracking(admin.client);
        long entry = timeTracking.add(NewDayEntry.withHours(BigDecimal.ONE).projectId(projectId).taskId(taskId).build())
                .execute().dayEntry().id();
        admin.tasks.delete(taskId).execute();
        assertThat(admin.tasks.show(taskId).execute().isDeactivated()).as("a task with hours is archived").isTrue();
        admin.tasks.activate(taskId).execute();
        assertThat(admin.tasks.show(taskId).execute().isDeactivated()).isFalse();
        timeTracking.delete(entry).execute();

        // ---- deletes, in an order the service accepts
        admin.taskAssignments.delete(projectId, designId).execute();
        admin.taskAssignments.delete(projectId, newTaskAssignmentId).execute();
        admin.userAssignments.delete(projectId, userAssignmentId).execute();
        assertThatThrownBy(() -> admin.taskAssignments.show(projectId, designId).execute()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.userAssignments.show(projectId, userAssignmentId).execute())
                .isInstanceOf(NotFoundException.class);
        admin.projects.delete(projectId).execute();
        admin.contacts.delete(contactId).execute();
        admin.clients.delete(clientId).execute();
        admin.tasks.delete(taskId).execute();
        admin.expenseCategories.delete(categoryId).execute();
        admin.people.delete(personId).execute();
        assertThatThrownBy(() -> admin.clients.show(clientId).execute()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.people.show(personId).execute()).isInstanceOf(NotFoundException.class);

        assertThat(account()).isEqualTo(before);
    }

    /** What the account holds: each resource's ids with their time stamps. */
    private static Map<String, String> account() {
        Map<String, String> account = new LinkedHashMap<>();
        for (Resource<?> resource : List.of(Resource.USERS, Resource.CLIENTS, Resource.CONTACTS, Resource.PROJECTS,
                Resource.TASKS, Resource.TASK_ASSIGNMENTS, Resource.USER_ASSIGNMENTS, Resource.EXPENSE_CATEGORIES,
                Resource.DAY_ENTRIES)) {
            account.put(resource.toString(), SIMULATOR.state().all(resource).stream()
                    .map(ExtendedProgramEndToEndTest::stamped).collect(Collectors.joining(", ")));
        }
        return account;
    }

    private static String stamped(Snapshot snapshot) {
        return snapshot.id() + "@" + snapshot.createdAt() + "/" + snapshot.updatedAt();
    }
}
