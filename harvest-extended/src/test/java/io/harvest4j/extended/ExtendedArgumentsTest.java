package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.BillBy;
import io.harvest4j.extended.model.BudgetBy;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad arguments are refused when the request is made, before anything is sent, with an
 * {@link InvalidRequestException} that names the method (or the request type's field) and the
 * argument.
 */
class ExtendedArgumentsTest {

    private static final RecordingTransport TRANSPORT = new RecordingTransport();
    private static final HarvestClient CLIENT = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON).build())
            .transport(TRANSPORT)
            .build();

    private static final Clients CLIENTS = new Clients(CLIENT);
    private static final Contacts CONTACTS = new Contacts(CLIENT);
    private static final Projects PROJECTS = new Projects(CLIENT);
    private static final Tasks TASKS = new Tasks(CLIENT);
    private static final People PEOPLE = new People(CLIENT);
    private static final TaskAssignments TASK_ASSIGNMENTS = new TaskAssignments(CLIENT);
    private static final UserAssignments USER_ASSIGNMENTS = new UserAssignments(CLIENT);
    private static final ExpenseCategories EXPENSE_CATEGORIES = new ExpenseCategories(CLIENT);

    private static Arguments refused(String message, Consumer<Void> call) {
        return arguments(message, call);
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                refused("Clients.show: clientId is required: 0", v -> CLIENTS.show(0)),
                refused("Clients.show: clientId must be a positive id: -1", v -> CLIENTS.show(-1)),
                refused("Clients.create: client is required", v -> CLIENTS.create(null)),
                refused("Clients.create: client.name is required", v -> CLIENTS.create(ClientFields.builder().details("x").build())),
                refused("Clients.create: client.name is required", v -> CLIENTS.create(ClientFields.builder().name(" ").build())),
                refused("Clients.update: clientId must be a positive id: -3", v -> CLIENTS.update(-3, ClientFields.builder().build())),
                refused("Clients.update: client is required", v -> CLIENTS.update(3, null)),
                refused("Clients.toggle: clientId is required: 0", v -> CLIENTS.toggle(0)),
                refused("Clients.delete: clientId is required: 0", v -> CLIENTS.delete(0)),

                refused("Contacts.listForClient: clientId is required: 0", v -> CONTACTS.listForClient(0)),
                refused("Contacts.show: contactId must be a positive id: -9", v -> CONTACTS.show(-9)),
                refused("Contacts.create: contact is required", v -> CONTACTS.create(null)),
                refused("Contacts.create: contact.clientId is required",
                        v -> CONTACTS.create(ContactFields.builder().firstName("Jane").lastName("Doe").build())),
                refused("Contacts.create: contact.firstName is required",
                        v -> CONTACTS.create(ContactFields.builder().clientId(9).lastName("Doe").build())),
                refused("Contacts.create: contact.lastName is required",
                        v -> CONTACTS.create(ContactFields.builder().clientId(9).firstName("Jane").build())),
                refused("Contacts.update: contact is required", v -> CONTACTS.update(9, null)),
                refused("Contacts.delete: contactId is required: 0", v -> CONTACTS.delete(0)),

                refused("Projects.listForClient: clientId must be a positive id: -2", v -> PROJECTS.listForClient(-2)),
                refused("Projects.show: projectId is required: 0", v -> PROJECTS.show(0)),
                refused("Projects.create: project.name is required",
                        v -> PROJECTS.create(ProjectFields.builder().clientId(2).build())),
                refused("Projects.create: project.clientId is required",
                        v -> PROJECTS.create(ProjectFields.builder().name("SuprGlu").build())),
                refused("Projects.update: project.clientId is required",
                        v -> PROJECTS.update(1, ProjectFields.builder().name("SuprGlu").build())),
                refused("Projects.update: project is required", v -> PROJECTS.update(1, null)),
                refused("Projects.toggle: projectId is required: 0", v -> PROJECTS.toggle(0)),
                refused("Projects.delete: projectId is required: 0", v -> PROJECTS.delete(0)),

                refused("Tasks.show: taskId is required: 0", v -> TASKS.show(0)),
                refused("Tasks.create: task.name is required", v -> TASKS.create(TaskFields.builder().isDefault(true).build())),
                refused("Tasks.create: task is required", v -> TASKS.create(null)),
                refused("Tasks.update: taskId is required: 0", v -> TASKS.update(0, TaskFields.builder().build())),
                refused("Tasks.delete: taskId is required: 0", v -> TASKS.delete(0)),
                refused("Tasks.activate: taskId must be a positive id: -1", v -> TASKS.activate(-1)),

                refused("People.show: userId is required: 0", v -> PEOPLE.show(0)),
                refused("People.show: email is required", v -> PEOPLE.show((String) null)),
                refused("People.show: email must not be blank", v -> PEOPLE.show("  ")),
                refused("People.show: email must be an email address: jane", v -> PEOPLE.show("jane")),
                refused("People.create: user.email is required",
                        v -> PEOPLE.create(PersonFields.builder().firstName("Edgar").lastName("Ruth").build())),
                refused("People.create: user.firstName is required",
                        v -> PEOPLE.create(PersonFields.builder().email("e@example.com").lastName("Ruth").build())),
                refused("People.create: user.lastName is required",
                        v -> PEOPLE.create(PersonFields.builder().email("e@example.com").firstName("Edgar").build())),
                refused("People.update: user is required", v -> PEOPLE.update(1, null)),
                refused("People.toggle: userId is required: 0", v -> PEOPLE.toggle(0)),
                refused("People.delete: userId is required: 0", v -> PEOPLE.delete(0)),

                refused("TaskAssignments.list: projectId is required: 0", v -> TASK_ASSIGNMENTS.list(0)),
                refused("TaskAssignments.show: taskAssignmentId is required: 0", v -> TASK_ASSIGNMENTS.show(3, 0)),
                refused("TaskAssignments.create: projectId is required: 0", v -> TASK_ASSIGNMENTS.create(0, 1)),
                refused("TaskAssignments.create: taskId must be a positive id: -1", v -> TASK_ASSIGNMENTS.create(3, -1)),
                refused("TaskAssignments.createWithNewTask: task is required", v -> TASK_ASSIGNMENTS.createWithNewTask(3, null)),
                refused("TaskAssignments.createWithNewTask: task.name is required",
                        v -> TASK_ASSIGNMENTS.createWithNewTask(3, TaskFields.builder().billableByDefault(true).build())),
                refused("TaskAssignments.update: update is required", v -> TASK_ASSIGNMENTS.update(3, 23, null)),
                refused("TaskAssignments.update: projectId is required: 0",
                        v -> TASK_ASSIGNMENTS.update(0, 23, TaskAssignmentUpdate.builder().build())),
                refused("TaskAssignments.delete: taskAssignmentId must be a positive id: -23", v -> TASK_ASSIGNMENTS.delete(3, -23)),

                refused("UserAssignments.list: projectId must be a positive id: -3", v -> USER_ASSIGNMENTS.list(-3)),
                refused("UserAssignments.show: projectId is required: 0", v -> USER_ASSIGNMENTS.show(0, 7)),
                refused("UserAssignments.create: userId is required: 0", v -> USER_ASSIGNMENTS.create(3, 0)),
                refused("UserAssignments.update: userAssignmentId is required: 0",
                        v -> USER_ASSIGNMENTS.update(3, 0, UserAssignmentUpdate.builder().build())),
                refused("UserAssignments.update: update is required", v -> USER_ASSIGNMENTS.update(3, 7, null)),
                refused("UserAssignments.delete: userAssignmentId is required: 0", v -> USER_ASSIGNMENTS.delete(3, 0)),

                refused("ExpenseCategories.show: expenseCategoryId is required: 0", v -> EXPENSE_CATEGORIES.show(0)),
                refused("ExpenseCategories.create: expenseCategory.name is required",
                        v -> EXPENSE_CATEGORIES.create(ExpenseCategoryFields.builder().unitName("Miles").build())),
                refused("ExpenseCategories.update: expenseCategory is required", v -> EXPENSE_CATEGORIES.update(5, null)),
                refused("ExpenseCategories.delete: expenseCategoryId is required: 0", v -> EXPENSE_CATEGORIES.delete(0)),

                // the request types check each value as it is set, naming the field
                refused("ClientFields.highriseId is required: 0", v -> ClientFields.builder().highriseId(0)),
                refused("ClientFields.name holds a character that cannot be sent (U+0000 at 1)",
                        v -> ClientFields.builder().name("A\u0000")),
                refused("ContactFields.email must be an email address: jane.example.com",
                        v -> ContactFields.builder().email("jane.example.com")),
                refused("ContactFields.clientId must be a positive id: -9", v -> ContactFields.builder().clientId(-9)),
                refused("ProjectFields.billBy must be a known value: BillBy.UNKNOWN cannot be sent",
                        v -> ProjectFields.builder().billBy(BillBy.UNKNOWN)),
                refused("ProjectFields.budgetBy must be a known value: BudgetBy.UNKNOWN cannot be sent",
                        v -> ProjectFields.builder().budgetBy(BudgetBy.UNKNOWN)),
                refused("ProjectFields.hourlyRate must not be negative: -0.01",
                        v -> ProjectFields.builder().hourlyRate(new BigDecimal("-0.01"))),
                refused("ProjectFields.startsOn must be a date in the years 1000 to 9999",
                        v -> ProjectFields.builder().startsOn(LocalDate.of(10_000, 1, 1))),
                refused("TaskFields.defaultHourlyRate must not be negative: -1",
                        v -> TaskFields.builder().defaultHourlyRate(BigDecimal.ONE.negate())),
                refused("PersonFields.email must be an email address: @example.com",
                        v -> PersonFields.builder().email("@example.com")),
                refused("ExpenseCategoryFields.unitPrice must not be negative: -0.485",
                        v -> ExpenseCategoryFields.builder().unitPrice(new BigDecimal("-0.485"))),
                refused("TaskAssignmentUpdate.budget must not be negative: -1",
                        v -> TaskAssignmentUpdate.builder().budget(BigDecimal.ONE.negate())),
                refused("UserAssignmentUpdate.projectId is required: 0", v -> UserAssignmentUpdate.builder().projectId(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void badArgumentsAreRefusedBeforeSendingNamingMethodAndArgument(String message, Consumer<Void> call) {
        assertThatThrownBy(() -> call.accept(null)).isInstanceOf(InvalidRequestException.class).hasMessageStartingWith(message);
        assertThat(TRANSPORT.requestCount()).as("requests sent").isZero();
    }

    @Test
    void aFacadeNeedsAClient() {
        assertThatThrownBy(() -> new Clients(null)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Clients: client is required");
        assertThatThrownBy(() -> new Contacts(null)).hasMessage("Contacts: client is required");
        assertThatThrownBy(() -> new Projects(null)).hasMessage("Projects: client is required");
        assertThatThrownBy(() -> new Tasks(null)).hasMessage("Tasks: client is required");
        assertThatThrownBy(() -> new People(null)).hasMessage("People: client is required");
        assertThatThrownBy(() -> new TaskAssignments(null)).hasMessage("TaskAssignments: client is required");
        assertThatThrownBy(() -> new UserAssignments(null)).hasMessage("UserAssignments: client is required");
        assertThatThrownBy(() -> new ExpenseCategories(null)).hasMessage("ExpenseCategories: client is required");
    }

    @Test
    void nullsLeaveOptionalFieldsOutAndAnEmptyTextClearsOne() {
        ProjectFields fields = ProjectFields.builder().name("SuprGlu").clientId(2).billBy(null).budgetBy(null).budget(null)
                .startsOn(null).notes("").build();

        assertThat(fields.billBy()).isEmpty();
        assertThat(fields.budget()).isEmpty();
        assertThat(fields.notes()).contains("");
        assertThat(fields.clientId()).contains(2L);
        assertThat(fields).isEqualTo(ProjectFields.builder().clientId(2).name("SuprGlu").notes("").build())
                .hasSameHashCodeAs(ProjectFields.builder().clientId(2).name("SuprGlu").notes("").build())
                .hasToString("ProjectFields{name=SuprGlu, clientId=2, notes=}");
        assertThat(ProjectFields.builder().billBy(BillBy.PEOPLE).budgetBy(BudgetBy.PROJECT_COST).build())
                .satisfies(project -> {
                    assertThat(project.billBy()).contains(BillBy.PEOPLE);
                    assertThat(project.budgetBy()).contains(BudgetBy.PROJECT_COST);
                });
    }
}
