package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.harvest4j.extended.model.Task;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignment;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.ClientSnapshot;
import io.harvest4j.tests.simulator.ContactSnapshot;
import io.harvest4j.tests.simulator.ExpenseCategorySnapshot;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.ProjectSnapshot;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.Snapshot;
import io.harvest4j.tests.simulator.TaskAssignmentSnapshot;
import io.harvest4j.tests.simulator.TaskSnapshot;
import io.harvest4j.tests.simulator.UserAssignmentSnapshot;
import io.harvest4j.tests.simulator.UserSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every call of each facade through the client, in both formats, with what it read or wrote
 * checked against the simulator's state: lists and shows hold what the account holds, creates and
 * updates write what was sent, and {@code updatedSince(…)} narrows every list.
 */
class ExtendedCallsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    private static <S extends Snapshot> List<Long> ids(Resource<S> resource) {
        return SIMULATOR.state().all(resource).stream().map(Snapshot::id).collect(Collectors.toList());
    }

    private static ExtendedClients.Extended admin(ExtendedClients clients, Format format) {
        return clients.as(Role.ADMINISTRATOR, format);
    }

    // ---- lists and shows: what the account holds

    @BothFormats
    void clientsAreListedAndShownAsTheAccountHoldsThem(Format format) {
        List<Client> list = admin(clients, format).clients.list().execute();

        assertThat(list).extracting(Client::id).containsExactlyElementsOf(ids(Resource.CLIENTS));
        for (Client client : list) {
            ClientSnapshot stored = SIMULATOR.state().find(Resource.CLIENTS, client.id()).orElseThrow();
            assertThat(client.name()).isEqualTo(stored.name());
            assertThat(client.currency()).isEqualTo(stored.currency());
            assertThat(client.currencySymbol()).isEqualTo(stored.currencySymbol());
            assertThat(client.isActive()).isEqualTo(stored.isActive());
            assertThat(client.details()).isEqualTo(stored.details().orElse(""));
            assertThat(client.createdAt().orElseThrow().toInstant()).isEqualTo(stored.createdAt());
            assertThat(client.updatedAt().orElseThrow().toInstant()).isEqualTo(stored.updatedAt());
        }
        assertThat(admin(clients, format).clients.show(Seed.UMBRELLA_ID).execute())
                .isEqualTo(list.stream().filter(c -> c.id() == Seed.UMBRELLA_ID).findFirst().orElseThrow());
        assertThat(list).filteredOn(c -> c.id() == Seed.GLOBEX_ID).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Globex Soci\u00e9t\u00e9"));
    }

    @BothFormats
    void contactsAreListedForTheAccountAndForAClient(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        List<Contact> all = admin.contacts.list().execute();
        List<Contact> ofAcme = admin.contacts.listForClient(Seed.ACME_ID).execute();

        assertThat(all).extracting(Contact::id).containsExactlyElementsOf(ids(Resource.CONTACTS));
        assertThat(ofAcme).extracting(Contact::id).containsExactly(Seed.JANE_CONTACT_ID, Seed.JOHN_CONTACT_ID);
        assertThat(admin.contacts.listForClient(Seed.UMBRELLA_ID).execute()).isEmpty();
        Contact jane = admin.contacts.show(Seed.JANE_CONTACT_ID).execute();
        ContactSnapshot stored = SIMULATOR.state().find(Resource.CONTACTS, Seed.JANE_CONTACT_ID).orElseThrow();
        assertThat(jane.clientId()).isEqualTo(stored.clientId());
        assertThat(jane.firstName()).isEqualTo(stored.firstName());
        assertThat(jane.lastName()).isEqualTo(stored.lastName());
        assertThat(jane.email()).isEqualTo(stored.email().orElse(""));
        assertThat(jane.title()).isEqualTo(stored.title().orElse(""));
        assertThat(ofAcme.get(0)).isEqualTo(jane);
    }

    @BothFormats
    void projectsAreListedAndShownAsTheAccountHoldsThem(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        List<Project> list = admin.projects.list().execute();

        assertThat(list).extracting(Project::id).containsExactlyElementsOf(ids(Resource.PROJECTS));
        for (Project project : list) {
            ProjectSnapshot stored = SIMULATOR.state().find(Resource.PROJECTS, project.id()).orElseThrow();
            assertThat(project.clientId()).isEqualTo(stored.clientId());
            assertThat(project.name()).isEqualTo(stored.name());
            assertThat(project.code()).isEqualTo(stored.code());
            assertThat(project.isBillable()).isEqualTo(stored.isBillable());
            assertThat(project.isActive()).isEqualTo(stored.isActive());
            assertThat(project.billByValue()).isEqualTo(stored.billBy());
            assertThat(project.budgetByValue()).isEqualTo(stored.budgetBy());
            assertThat(project.notes()).isEqualTo(stored.notes().orElse(""));
        }
        assertThat(admin.projects.show(Seed.RESEARCH_ID).execute().code()).isEqualTo("R&D");
        assertThat(admin.projects.listForClient(Seed.UMBRELLA_ID).execute()).isEmpty();
        assertThat(SIMULATOR.simulator().requests().get(2).target()).isEqualTo("/projects?client=" + Seed.UMBRELLA_ID);
    }

    @BothFormats
    void aProjectsHintDatesAreItsFirstAndLastDaysOfTime(Format format) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, LocalDate.of(2016, 12, 1),
                BigDecimal.ONE, null);
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, null);

        Project website = admin(clients, format).projects.show(Seed.WEBSITE_ID).execute();

        assertThat(website.hintEarliestRecordAt()).contains(LocalDate.of(2016, 12, 1));
        assertThat(website.hintLatestRecordAt()).contains(Seed.TODAY);
        assertThat(admin(clients, format).projects.show(Seed.MOBILE_ID).execute().hintEarliestRecordAt()).isEmpty();
    }

    @BothFormats
    void tasksAreListedShownCreatedAndUpdated(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        List<Task> list = admin.tasks.list().execute();
        assertThat(list).extracting(Task::id).containsExactlyElementsOf(ids(Resource.TASKS));
        for (Task task : list) {
            TaskSnapshot stored = SIMULATOR.state().find(Resource.TASKS, task.id()).orElseThrow();
            assertThat(task.name()).isEqualTo(stored.name());
            assertThat(task.isBillableByDefault()).isEqualTo(stored.isBillableByDefault());
            assertThat(task.isDeactivated()).isEqualTo(stored.isDeactivated());
            assertThat(task.isDefault()).isEqualTo(stored.isDefault());
        }
        assertThat(list).filteredOn(Task::isDefault).extracting(Task::id).containsExactlyElementsOf(Seed.DEFAULT_TASK_IDS);

        long id = admin.tasks.create(TaskFields.builder().name("Testing").billableByDefault(false)
                .defaultHourlyRate(new BigDecimal("42.50")).isDefault(true).build()).execute();
        TaskSnapshot created = SIMULATOR.state().find(Resource.TASKS, id).orElseThrow();
        assertThat(created.name()).isEqualTo("Testing");
        assertThat(created.isBillableByDefault()).isFalse();
        assertThat(created.isDefault()).isTrue();
        assertThat(created.defaultHourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("42.5"));
        admin.tasks.update(id, TaskFields.builder().billableByDefault(true).build()).execute();
        assertThat(SIMULATOR.state().find(Resource.TASKS, id).orElseThrow().isBillableByDefault()).isTrue();
        assertThat(admin.tasks.show(id).execute().name()).isEqualTo("Testing");
    }

    @BothFormats
    void peopleAreListedShownCreatedUpdatedToggledAndDeleted(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        List<Person> list = admin.people.list().execute();
        assertThat(list).extracting(Person::id).containsExactlyElementsOf(ids(Resource.USERS));
        for (Person person : list) {
            UserSnapshot stored = SIMULATOR.state().find(Resource.USERS, person.id()).orElseThrow();
            assertThat(person.email()).isEqualTo(stored.email());
            assertThat(person.firstName()).isEqualTo(stored.firstName());
            assertThat(person.lastName()).isEqualTo(stored.lastName());
            assertThat(person.isAdmin()).isEqualTo(stored.isAdmin());
            assertThat(person.isActive()).isEqualTo(stored.isActive());
            assertThat(person.isContractor()).isEqualTo(stored.isContractor());
            assertThat(person.hasAccessToAllFutureProjects()).isEqualTo(stored.hasAccessToAllFutureProjects());
            assertThat(person.timezone()).isEqualTo(stored.timezone());
        }
        Person contractor = admin.people.show(Seed.CONTRACTOR_ID).execute();
        assertThat(contractor.defaultHourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("90"));
        assertThat(admin.people.show(Seed.CONTRACTOR_EMAIL).execute()).isEqualTo(contractor);

        long id = admin.people.create(PersonFields.builder().email("ada@example.com").firstName("Ada").lastName("Lovelace")
                .isAdmin(true).isContractor(true).hasAccessToAllFutureProjects(true).telephone("+44 20")
                .department("Engines").defaultHourlyRate(new BigDecimal("200")).timezone("Central Time (US & Canada)")
                .build()).executeAsync().join();
        UserSnapshot ada = SIMULATOR.state().find(Resource.USERS, id).orElseThrow();
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.isAdmin()).isTrue();
        assertThat(ada.isContractor()).isTrue();
        assertThat(ada.hasAccessToAllFutureProjects()).isTrue();
        assertThat(ada.timezone()).isEqualTo("Central Time (US & Canada)");
        assertThat(admin.people.show(id).executeAsync().join().timezone()).isEqualTo("Central Time (US & Canada)");
        assertThat(ada.defaultHourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("200"));
        admin.people.update(id, PersonFields.builder().lastName("King").isAdmin(false).build()).execute();
        assertThat(SIMULATOR.state().find(Resource.USERS, id).orElseThrow().lastName()).isEqualTo("King");
        assertThat(SIMULATOR.state().find(Resource.USERS, id).orElseThrow().isAdmin()).isFalse();
        admin.people.toggle(id).execute();
        assertThat(SIMULATOR.state().find(Resource.USERS, id).orElseThrow().isActive()).isFalse();
        admin.people.delete(id).execute();
        assertThat(SIMULATOR.state().find(Resource.USERS, id)).isEmpty();
    }

    @BothFormats
    void expenseCategoriesAreListedShownCreatedUpdatedAndDeleted(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        List<ExpenseCategory> list = admin.expenseCategories.list().execute();
        assertThat(list).extracting(ExpenseCategory::id).containsExactlyElementsOf(ids(Resource.EXPENSE_CATEGORIES));
        for (ExpenseCategory category : list) {
            ExpenseCategorySnapshot stored = SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, category.id()).orElseThrow();
            assertThat(category.name()).isEqualTo(stored.name());
            assertThat(category.unitName()).isEqualTo(stored.unitName().orElse(""));
            assertThat(category.isDeactivated()).isEqualTo(stored.isDeactivated());
        }
        assertThat(admin.expenseCategories.show(Seed.MILEAGE_ID).execute().unitPrice())
                .hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.485"));

        long id = admin.expenseCategories.create(ExpenseCategoryFields.builder().name("Taxi").build()).execute();
        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, id).orElseThrow().unitPrice()).isEmpty();
        admin.expenseCategories.update(id, ExpenseCategoryFields.builder().name("Taxis").unitName("ride")
                .unitPrice(new BigDecimal("12.5")).build()).execute();
        ExpenseCategorySnapshot taxis = SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, id).orElseThrow();
        assertThat(taxis.name()).isEqualTo("Taxis");
        assertThat(taxis.unitName()).contains("ride");
        assertThat(taxis.unitPrice()).hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("12.5"));
        admin.expenseCategories.delete(id).execute();
        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, id)).isEmpty();
    }

    // ---- creates and updates: what was sent is what is stored

    @BothFormats
    void clientAndContactCallsWriteWhatWasSent(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        long client = admin.clients.create(ClientFields.builder().name("<Tags> & \"quotes\"").build()).execute();
        ClientSnapshot stored = SIMULATOR.state().find(Resource.CLIENTS, client).orElseThrow();
        assertThat(stored.name()).isEqualTo("<Tags> & \"quotes\"");
        assertThat(stored.currency()).as("the default currency").isEqualTo("United States Dollar - USD");
        admin.clients.update(client, ClientFields.builder().currency("British Pound - GBP").currencySymbol("\u00a3").build())
                .execute();
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, client).orElseThrow().currencySymbol()).isEqualTo("\u00a3");
        admin.clients.toggle(client).execute();
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, client).orElseThrow().isActive()).isFalse();

        long contact = admin.contacts.create(ContactFields.builder().clientId(client).firstName("Q").lastName("R")
                .build()).execute();
        assertThat(SIMULATOR.state().find(Resource.CONTACTS, contact).orElseThrow().clientId()).isEqualTo(client);
        admin.contacts.update(contact, ContactFields.builder().clientId(Seed.UMBRELLA_ID).email("q@r.example").build())
                .execute();
        ContactSnapshot moved = SIMULATOR.state().find(Resource.CONTACTS, contact).orElseThrow();
        assertThat(moved.clientId()).isEqualTo(Seed.UMBRELLA_ID);
        assertThat(moved.email()).contains("q@r.example");
        admin.contacts.delete(contact).execute();
        admin.clients.delete(client).execute();
        assertThat(SIMULATOR.state().find(Resource.CONTACTS, contact)).isEmpty();
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, client)).isEmpty();
    }

    @BothFormats
    void projectCallsWriteWhatWasSent(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);

        long id = admin.projects.create(ProjectFields.builder().name("Typed").clientId(Seed.UMBRELLA_ID)
                .billBy(BillBy.TASKS).budgetBy(BudgetBy.TASK).budget(new BigDecimal("12.25")).billable(false)
                .startsOn(LocalDate.of(2017, 3, 1)).notifyWhenOverBudget(true)
                .overBudgetNotificationPercentage(new BigDecimal("80")).showBudgetToAll(true)
                .costBudget(new BigDecimal("500")).costBudgetIncludeExpenses(true).build()).execute();
        ProjectSnapshot stored = SIMULATOR.state().find(Resource.PROJECTS, id).orElseThrow();
        assertThat(stored.clientId()).isEqualTo(Seed.UMBRELLA_ID);
        assertThat(stored.billBy()).isEqualTo("Tasks");
        assertThat(stored.budgetBy()).isEqualTo("task");
        assertThat(stored.budget()).hasValueSatisfying(budget -> assertThat(budget).isEqualByComparingTo("12.25"));
        assertThat(stored.isBillable()).isFalse();
        assertThat(stored.startsOn()).contains(LocalDate.of(2017, 3, 1));
        Project project = admin.projects.show(id).execute();
        assertThat(project.notifyWhenOverBudget()).isTrue();
        assertThat(project.overBudgetNotificationPercentage()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("80"));
        assertThat(project.showBudgetToAll()).isTrue();
        assertThat(project.costBudget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("500"));
        assertThat(project.costBudgetIncludeExpenses()).isTrue();

        admin.projects.update(id, ProjectFields.builder().clientId(Seed.ACME_ID).billBy(BillBy.NONE)
                .budgetBy(BudgetBy.PROJECT_COST).build()).execute();
        ProjectSnapshot moved = SIMULATOR.state().find(Resource.PROJECTS, id).orElseThrow();
        assertThat(moved.clientId()).as("an update may move it").isEqualTo(Seed.ACME_ID);
        assertThat(moved.billBy()).isEqualTo("none");
        assertThat(moved.budgetBy()).isEqualTo("project_cost");
        assertThat(admin.projects.show(id).execute().billBy()).isEqualTo(BillBy.NONE);
        assertThat(admin.projects.show(id).execute().budgetBy()).isEqualTo(BudgetBy.PROJECT_COST);
        admin.projects.toggle(id).execute();
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, id).orElseThrow().isActive()).isFalse();
        admin.projects.delete(id).execute();
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, id)).isEmpty();
    }

    @BothFormats
    void assignmentCallsWriteWhatWasSent(Format format) {
        ExtendedClients.Extended pm = clients.as(Role.PROJECT_MANAGER, format);

        List<TaskAssignment> tasks = pm.taskAssignments.list(Seed.WEBSITE_ID).execute();
        assertThat(tasks).extracting(TaskAssignment::id).containsExactly(Seed.WEBSITE_DESIGN_ASSIGNMENT_ID,
                Seed.WEBSITE_DEVELOPMENT_ASSIGNMENT_ID, Seed.WEBSITE_PROJECT_MANAGEMENT_ASSIGNMENT_ID);
        List<UserAssignment> users = pm.userAssignments.list(Seed.WEBSITE_ID).execute();
        assertThat(users).extracting(UserAssignment::id).containsExactlyElementsOf(
                SIMULATOR.state().all(Resource.USER_ASSIGNMENTS).stream().filter(a -> a.projectId() == Seed.WEBSITE_ID)
                        .map(Snapshot::id).collect(Collectors.toList()));
        assertThat(users).filteredOn(UserAssignment::isProjectManager).extracting(UserAssignment::userId)
                .containsExactly(Seed.PM_ID);

        long task = pm.taskAssignments.create(Seed.MOBILE_ID, Seed.DESIGN_ID).execute();
        TaskAssignmentSnapshot storedTask = SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, task).orElseThrow();
        assertThat(storedTask.projectId()).isEqualTo(Seed.MOBILE_ID);
        assertThat(storedTask.taskId()).isEqualTo(Seed.DESIGN_ID);
        pm.taskAssignments.update(Seed.MOBILE_ID, task, TaskAssignmentUpdate.builder().deactivated(true)
                .hourlyRate(new BigDecimal("110")).build()).execute();
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, task).orElseThrow().isDeactivated()).isTrue();
        assertThat(pm.taskAssignments.show(Seed.MOBILE_ID, task).execute().hourlyRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("110"));
        long withNewTask = pm.taskAssignments.createWithNewTask(Seed.MOBILE_ID, TaskFields.builder().name("QA").build())
                .execute();
        long newTask = SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, withNewTask).orElseThrow().taskId();
        assertThat(SIMULATOR.state().find(Resource.TASKS, newTask).orElseThrow().name()).isEqualTo("QA");
        pm.taskAssignments.delete(Seed.MOBILE_ID, task).execute();
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, task)).isEmpty();

        long user = pm.userAssignments.create(Seed.MOBILE_ID, Seed.CONTRACTOR_ID).execute();
        UserAssignmentSnapshot storedUser = SIMULATOR.state().find(Resource.USER_ASSIGNMENTS, user).orElseThrow();
        assertThat(storedUser.userId()).isEqualTo(Seed.CONTRACTOR_ID);
        assertThat(storedUser.hourlyRate()).as("the person's default rate")
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("90"));
        pm.userAssignments.update(Seed.MOBILE_ID, user, UserAssignmentUpdate.builder().userId(Seed.CONTRACTOR_ID)
                .projectId(Seed.MOBILE_ID).deactivated(true).hourlyRate(new BigDecimal("95")).build()).execute();
        UserAssignmentSnapshot updatedUser = SIMULATOR.state().find(Resource.USER_ASSIGNMENTS, user).orElseThrow();
        assertThat(updatedUser.isDeactivated()).isTrue();
        assertThat(updatedUser.hourlyRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("95"));
        assertThat(pm.userAssignments.show(Seed.MOBILE_ID, user).execute().isDeactivated()).isTrue();
        pm.userAssignments.delete(Seed.MOBILE_ID, user).execute();
        assertThat(SIMULATOR.state().find(Resource.USER_ASSIGNMENTS, user)).isEmpty();
    }

    // ---- updatedSince

    @BothFormats
    void updatedSinceNarrowsEveryList(Format format) {
        ExtendedClients.Extended admin = admin(clients, format);
        Instant since = SIMULATOR.clock().advance(Duration.ofHours(2)); // 17:00 UTC
        admin.clients.update(Seed.GLOBEX_ID, ClientFields.builder().details("touched").build()).execute();
        admin.contacts.update(Seed.JOHN_CONTACT_ID, ContactFields.builder().fax("touched").build()).execute();
        admin.projects.update(Seed.MOBILE_ID, ProjectFields.builder().clientId(Seed.ACME_ID).notes("touched").build()).execute();
        admin.tasks.update(Seed.MEETINGS_ID, TaskFields.builder().defaultHourlyRate(BigDecimal.ONE).build()).execute();
        admin.people.update(Seed.PM_ID, PersonFields.builder().telephone("touched").build()).execute();
        admin.taskAssignments.update(Seed.MOBILE_ID, Seed.MOBILE_MEETINGS_ASSIGNMENT_ID,
                TaskAssignmentUpdate.builder().budget(BigDecimal.TEN).build()).execute();
        long pmOnMobile = Seed.FIRST_USER_ASSIGNMENT_ID + 5;
        admin.userAssignments.update(Seed.MOBILE_ID, pmOnMobile, UserAssignmentUpdate.builder()
                .hourlyRate(BigDecimal.TEN).build()).execute();
        admin.expenseCategories.update(Seed.MEALS_ID, ExpenseCategoryFields.builder().unitName("meal").build()).execute();
        OffsetDateTime inParis = since.atOffset(ZoneOffset.ofHours(1));
        SIMULATOR.clock().advance(Duration.ofMinutes(30));
        int first = SIMULATOR.simulator().requests().size();

        assertThat(admin.clients.list().updatedSince(since).execute()).extracting(Client::id).containsExactly(Seed.GLOBEX_ID);
        assertThat(admin.contacts.list().updatedSince(inParis).execute()).extracting(Contact::id)
                .containsExactly(Seed.JOHN_CONTACT_ID);
        assertThat(admin.contacts.listForClient(Seed.GLOBEX_ID).updatedSince(since).execute()).isEmpty();
        assertThat(admin.projects.list().updatedSince(since.atZone(ZoneId.of("America/New_York"))).execute())
                .extracting(Project::id).containsExactly(Seed.MOBILE_ID);
        assertThat(admin.projects.listForClient(Seed.ACME_ID).updatedSince(since).execute()).extracting(Project::id)
                .containsExactly(Seed.MOBILE_ID);
        assertThat(admin.tasks.list().updatedSince(since).execute()).extracting(Task::id).containsExactly(Seed.MEETINGS_ID);
        assertThat(admin.people.list().updatedSince(since).execute()).extracting(Person::id).containsExactly(Seed.PM_ID);
        assertThat(admin.taskAssignments.list(Seed.MOBILE_ID).updatedSince(since).execute()).extracting(TaskAssignment::id)
                .containsExactly(Seed.MOBILE_MEETINGS_ASSIGNMENT_ID);
        assertThat(admin.userAssignments.list(Seed.MOBILE_ID).updatedSince(since).execute()).extracting(UserAssignment::id)
                .containsExactly(pmOnMobile);
        assertThat(admin.expenseCategories.list().updatedSince(since).execute()).extracting(ExpenseCategory::id)
                .containsExactly(Seed.MEALS_ID);
        assertThat(admin.clients.list().updatedSince(since.plusSeconds(60)).execute()).isEmpty();
        assertThat(admin.clients.list().execute()).hasSize(4);

        List<RecordedRequest> sent = SIMULATOR.simulator().requests().subList(first, first + 12);
        assertThat(sent.get(0).queryParameter("updated_since")).contains("2017-01-18 17:00");
        assertThat(sent.get(1).queryParameter("updated_since")).as("in UTC").contains("2017-01-18 17:00");
        assertThat(sent.get(3).queryParameter("updated_since")).contains("2017-01-18 17:00");
        assertThat(sent.get(4).queryParameter("client")).contains(Long.toString(Seed.ACME_ID));
    }
}
