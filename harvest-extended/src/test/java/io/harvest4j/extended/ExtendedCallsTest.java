package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ExecutableRequest;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.internal.IdReference;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call of the facades of issue 8 as declared, with a recording transport and codec: the
 * method, the path and query, the body's value and shape, whether it may be repeated, how the
 * answer is read and what the call hands back.
 */
class ExtendedCallsTest {

    private static final Client CLIENT = decode("{\"client\":{\"id\":11072,\"name\":\"SuprCorp\"}}", Client.class, Clients.CLIENT);
    private static final Contact CONTACT = decode("{\"contact\":{\"id\":9,\"client_id\":11072}}", Contact.class, Contacts.CONTACT);
    private static final Project PROJECT = decode("{\"project\":{\"id\":1,\"name\":\"SuprGlu\"}}", Project.class, Projects.PROJECT);
    private static final Task TASK = decode("{\"task\":{\"id\":1,\"name\":\"UI Design\"}}", Task.class, Tasks.TASK);
    private static final Person PERSON = decode("{\"user\":{\"id\":54234,\"email\":\"janedoe@example.com\"}}", Person.class, People.USER);
    private static final TaskAssignment TASK_ASSIGNMENT =
            decode("{\"task_assignment\":{\"id\":23,\"task_id\":2878}}", TaskAssignment.class, TaskAssignments.TASK_ASSIGNMENT);
    private static final UserAssignment USER_ASSIGNMENT =
            decode("{\"user_assignment\":{\"id\":3,\"user_id\":1}}", UserAssignment.class, UserAssignments.USER_ASSIGNMENT);
    private static final ExpenseCategory EXPENSE_CATEGORY =
            decode("{\"expense_category\":{\"id\":5,\"name\":\"Mileage\"}}", ExpenseCategory.class, ExpenseCategories.EXPENSE_CATEGORY);

    private static final ClientFields CLIENT_FIELDS = ClientFields.builder().name("Acme").build();
    private static final ContactFields CONTACT_FIELDS =
            ContactFields.builder().clientId(11072).firstName("Jane").lastName("Doe").build();
    private static final ProjectFields PROJECT_FIELDS = ProjectFields.builder().name("SuprGlu").clientId(2).build();
    private static final TaskFields TASK_FIELDS = TaskFields.builder().name("Backend Development").build();
    private static final PersonFields PERSON_FIELDS =
            PersonFields.builder().email("edgarruth@example.com").firstName("Edgar").lastName("Ruth").build();
    private static final TaskAssignmentUpdate TASK_ASSIGNMENT_UPDATE =
            TaskAssignmentUpdate.builder().hourlyRate(new BigDecimal("100")).build();
    private static final UserAssignmentUpdate USER_ASSIGNMENT_UPDATE =
            UserAssignmentUpdate.builder().isProjectManager(true).build();
    private static final ExpenseCategoryFields EXPENSE_CATEGORY_FIELDS = ExpenseCategoryFields.builder().name("Mileage").build();

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingCodec codec = new RecordingCodec(Format.XML)
            .answering(Client.class, CLIENT)
            .answering(Contact.class, CONTACT)
            .answering(Project.class, PROJECT)
            .answering(Task.class, TASK)
            .answering(Person.class, PERSON)
            .answering(TaskAssignment.class, TASK_ASSIGNMENT)
            .answering(UserAssignment.class, USER_ASSIGNMENT)
            .answering(ExpenseCategory.class, EXPENSE_CATEGORY);
    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.XML).build())
            .codec(codec)
            .transport(transport)
            .sleeper(delay -> CompletableFuture.completedFuture(null))
            .build();

    /** What a call answers, and what the facade hands back of it. */
    enum Answer {
        /** 200 with a list of two items: the result is that list. */
        LIST,
        /** 200 with one resource: the result is it. */
        ONE,
        /** 201 with {@code Location: …/42}: the result is 42. */
        CREATED_ID,
        /** 200 with {@code Location} (or none): the result is nothing. */
        NOTHING
    }

    /** One call of a facade and everything it must declare. */
    static final class Case {
        final String name;
        final Function<HarvestClient, ExecutableRequest<?, ?>> request;
        final HttpMethod method;
        final String pathAndQuery;
        final Answer answer;
        final Object value;
        final String shape;
        final Object body;
        final String bodyRoot;
        final boolean idempotent;

        Case(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, HttpMethod method, String pathAndQuery,
                Answer answer, Object value, String shape, Object body, String bodyRoot, boolean idempotent) {
            this.name = name;
            this.request = request;
            this.method = method;
            this.pathAndQuery = pathAndQuery;
            this.answer = answer;
            this.value = value;
            this.shape = shape;
            this.body = body;
            this.bodyRoot = bodyRoot;
            this.idempotent = idempotent;
        }

        @Override
        public String toString() {
            return name + ": " + method + " " + pathAndQuery;
        }
    }

    private static Case list(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, String pathAndQuery,
            Object item, String shape) {
        return new Case(name, request, HttpMethod.GET, pathAndQuery, Answer.LIST, item, shape, null, null, true);
    }

    private static Case show(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, String path,
            Object value, String shape) {
        return new Case(name, request, HttpMethod.GET, path, Answer.ONE, value, shape, null, null, true);
    }

    private static Case create(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, String path,
            Object body, String bodyRoot) {
        return new Case(name, request, HttpMethod.POST, path, Answer.CREATED_ID, null, null, body, bodyRoot, false);
    }

    private static Case update(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, String path,
            Object body, String bodyRoot) {
        return new Case(name, request, HttpMethod.PUT, path, Answer.NOTHING, null, null, body, bodyRoot, true);
    }

    private static Case toggle(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, HttpMethod method,
            String path) {
        return new Case(name, request, method, path, Answer.NOTHING, null, null, null, null, false);
    }

    private static Case delete(String name, Function<HarvestClient, ExecutableRequest<?, ?>> request, String path) {
        return new Case(name, request, HttpMethod.DELETE, path, Answer.NOTHING, null, null, null, null, true);
    }

    static Stream<Case> calls() {
        return Stream.of(
                list("Clients.list", c -> new Clients(c).list(), "/clients", CLIENT, "clients[client]"),
                show("Clients.show", c -> new Clients(c).show(11072), "/clients/11072", CLIENT, "client"),
                create("Clients.create", c -> new Clients(c).create(CLIENT_FIELDS), "/clients", CLIENT_FIELDS, "client"),
                update("Clients.update", c -> new Clients(c).update(11072, CLIENT_FIELDS), "/clients/11072", CLIENT_FIELDS, "client"),
                toggle("Clients.toggle", c -> new Clients(c).toggle(11072), HttpMethod.POST, "/clients/11072/toggle"),
                delete("Clients.delete", c -> new Clients(c).delete(11072), "/clients/11072"),

                list("Contacts.list", c -> new Contacts(c).list(), "/contacts", CONTACT, "contacts[contact]"),
                list("Contacts.listForClient", c -> new Contacts(c).listForClient(11072), "/clients/11072/contacts", CONTACT,
                        "contacts[contact]"),
                show("Contacts.show", c -> new Contacts(c).show(9), "/contacts/9", CONTACT, "contact"),
                create("Contacts.create", c -> new Contacts(c).create(CONTACT_FIELDS), "/contacts", CONTACT_FIELDS, "contact"),
                update("Contacts.update", c -> new Contacts(c).update(9, CONTACT_FIELDS), "/contacts/9", CONTACT_FIELDS, "contact"),
                delete("Contacts.delete", c -> new Contacts(c).delete(9), "/contacts/9"),

                list("Projects.list", c -> new Projects(c).list(), "/projects", PROJECT, "projects[project]"),
                list("Projects.listForClient", c -> new Projects(c).listForClient(23445), "/projects?client=23445", PROJECT,
                        "projects[project]"),
                show("Projects.show", c -> new Projects(c).show(1), "/projects/1", PROJECT, "project"),
                create("Projects.create", c -> new Projects(c).create(PROJECT_FIELDS), "/projects", PROJECT_FIELDS, "project"),
                update("Projects.update", c -> new Projects(c).update(1, PROJECT_FIELDS), "/projects/1", PROJECT_FIELDS, "project"),
                toggle("Projects.toggle", c -> new Projects(c).toggle(1), HttpMethod.PUT, "/projects/1/toggle"),
                delete("Projects.delete", c -> new Projects(c).delete(1), "/projects/1"),

                list("Tasks.list", c -> new Tasks(c).list(), "/tasks", TASK, "tasks[task]"),
                show("Tasks.show", c -> new Tasks(c).show(1), "/tasks/1", TASK, "task"),
                create("Tasks.create", c -> new Tasks(c).create(TASK_FIELDS), "/tasks", TASK_FIELDS, "task"),
                update("Tasks.update", c -> new Tasks(c).update(1, TASK_FIELDS), "/tasks/1", TASK_FIELDS, "task"),
                delete("Tasks.delete", c -> new Tasks(c).delete(1), "/tasks/1"),
                toggle("Tasks.activate", c -> new Tasks(c).activate(1), HttpMethod.POST, "/tasks/1/activate"),

                list("People.list", c -> new People(c).list(), "/people", PERSON, "users[user]"),
                show("People.show(id)", c -> new People(c).show(54234), "/people/54234", PERSON, "user"),
                show("People.show(email)", c -> new People(c).show("jane.doe+1@example.com"),
                        "/people/jane.doe%2B1%40example.com", PERSON, "user"),
                create("People.create", c -> new People(c).create(PERSON_FIELDS), "/people", PERSON_FIELDS, "user"),
                update("People.update", c -> new People(c).update(54234, PERSON_FIELDS), "/people/54234", PERSON_FIELDS, "user"),
                toggle("People.toggle", c -> new People(c).toggle(54234), HttpMethod.POST, "/people/54234/toggle"),
                delete("People.delete", c -> new People(c).delete(54234), "/people/54234"),

                list("TaskAssignments.list", c -> new TaskAssignments(c).list(3), "/projects/3/task_assignments", TASK_ASSIGNMENT,
                        "task_assignments[task_assignment]"),
                show("TaskAssignments.show", c -> new TaskAssignments(c).show(3, 23), "/projects/3/task_assignments/23",
                        TASK_ASSIGNMENT, "task_assignment"),
                create("TaskAssignments.create", c -> new TaskAssignments(c).create(3, 653425), "/projects/3/task_assignments",
                        IdReference.of(653425), "task"),
                create("TaskAssignments.createWithNewTask", c -> new TaskAssignments(c).createWithNewTask(3, TASK_FIELDS),
                        "/projects/3/task_assignments/add_with_create_new_task", TASK_FIELDS, "task"),
                update("TaskAssignments.update", c -> new TaskAssignments(c).update(3, 23, TASK_ASSIGNMENT_UPDATE),
                        "/projects/3/task_assignments/23", TASK_ASSIGNMENT_UPDATE, "task_assignment"),
                delete("TaskAssignments.delete", c -> new TaskAssignments(c).delete(3, 23), "/projects/3/task_assignments/23"),

                list("UserAssignments.list", c -> new UserAssignments(c).list(3), "/projects/3/user_assignments", USER_ASSIGNMENT,
                        "user_assignments[user_assignment]"),
                show("UserAssignments.show", c -> new UserAssignments(c).show(3, 7), "/projects/3/user_assignments/7",
                        USER_ASSIGNMENT, "user_assignment"),
                create("UserAssignments.create", c -> new UserAssignments(c).create(3, 23445), "/projects/3/user_assignments",
                        IdReference.of(23445), "user"),
                update("UserAssignments.update", c -> new UserAssignments(c).update(3, 7, USER_ASSIGNMENT_UPDATE),
                        "/projects/3/user_assignments/7", USER_ASSIGNMENT_UPDATE, "user_assignment"),
                delete("UserAssignments.delete", c -> new UserAssignments(c).delete(3, 7), "/projects/3/user_assignments/7"),

                list("ExpenseCategories.list", c -> new ExpenseCategories(c).list(), "/expense_categories", EXPENSE_CATEGORY,
                        "expense_categories[expense_category]"),
                show("ExpenseCategories.show", c -> new ExpenseCategories(c).show(5), "/expense_categories/5", EXPENSE_CATEGORY,
                        "expense_category"),
                create("ExpenseCategories.create", c -> new ExpenseCategories(c).create(EXPENSE_CATEGORY_FIELDS),
                        "/expense_categories", EXPENSE_CATEGORY_FIELDS, "expense_category"),
                update("ExpenseCategories.update", c -> new ExpenseCategories(c).update(5, EXPENSE_CATEGORY_FIELDS),
                        "/expense_categories/5", EXPENSE_CATEGORY_FIELDS, "expense_category"),
                delete("ExpenseCategories.delete", c -> new ExpenseCategories(c).delete(5), "/expense_categories/5"));
    }

    static Stream<Case> lists() {
        return calls().filter(call -> call.answer == Answer.LIST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void eachCallIsDeclaredAsDocumented(Case call) {
        String path = call.pathAndQuery.replaceFirst("\\?.*", "");
        switch (call.answer) {
            case LIST:
                transport.enqueue(200, "first,second");
                break;
            case ONE:
                transport.enqueue(200, "one");
                break;
            case CREATED_ID:
                transport.enqueue(201, "", "Location", path + "/42");
                break;
            default:
                transport.enqueue(200, "", "Location", path);
        }

        Object result = call.request.apply(client).execute();

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(call.method);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1" + call.pathAndQuery);
        assertThat(request.isIdempotent()).as("idempotent").isEqualTo(call.idempotent);
        if (call.body == null) {
            // a body-less POST, PUT or DELETE goes out with an empty body (Content-Length: 0)
            assertThat(request.body().map(RequestBody::length)).as("the length of a body").isIn(Optional.empty(), Optional.of(0));
            assertThat(codec.encoded()).isEmpty();
        } else {
            RecordingCodec.Use encoded = codec.onlyEncoded();
            assertThat(encoded.value()).contains(call.body);
            assertWrappedAndHyphenated(encoded.shape(), call.bodyRoot);
            assertThat(request.body().map(RequestBody::length)).as("the length of the body").get().isNotEqualTo(0);
        }
        switch (call.answer) {
            case LIST:
                assertThat(result).isEqualTo(List.of(call.value, call.value));
                RecordingCodec.Use list = codec.onlyDecoded();
                assertThat(list.kind()).isEqualTo(RecordingCodec.Use.Kind.DECODE_LIST);
                assertThat(list.type()).isEqualTo(call.value.getClass());
                assertThat(list.shape().isList()).isTrue();
                assertWrappedAndHyphenated(list.shape(), call.shape);
                break;
            case ONE:
                assertThat(result).isEqualTo(call.value);
                RecordingCodec.Use one = codec.onlyDecoded();
                assertThat(one.kind()).isEqualTo(RecordingCodec.Use.Kind.DECODE);
                assertThat(one.type()).isEqualTo(call.value.getClass());
                assertWrappedAndHyphenated(one.shape(), call.shape);
                break;
            case CREATED_ID:
                assertThat(result).isEqualTo(42L);
                assertThat(codec.decoded()).as("nothing read of a create's answer").isEmpty();
                break;
            default:
                assertThat(result).isNull();
                assertThat(codec.decoded()).as("nothing read of the answer").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void everyListIsNarrowedByUpdatedSince(Case call) {
        transport.enqueue(200, "");
        ListRequest<?> request = (ListRequest<?>) call.request.apply(client);

        assertThat(request.updatedSince(Instant.parse("2010-09-25T18:30:59Z")).execute()).isEmpty();

        String query = transport.onlyRequest().uri().getRawQuery();
        String own = call.pathAndQuery.contains("?") ? call.pathAndQuery.replaceFirst(".*\\?", "") + "&" : "";
        assertThat(query).isEqualTo(own + "updated_since=2010-09-25%2018%3A30");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aServerFaultIsRetriedOnlyWhereTheCallMayBeRepeated(Case call) {
        transport.enqueue(502, "");
        transport.otherwise(RecordingTransport.Answer.of(call.answer == Answer.CREATED_ID ? 201 : 200,
                call.answer == Answer.LIST ? "first" : call.answer == Answer.ONE ? "one" : "",
                "Location", call.pathAndQuery.replaceFirst("\\?.*", "") + "/42"));

        if (call.idempotent) {
            call.request.apply(client).execute();
            assertThat(transport.requestCount()).as("sent again after the 502").isEqualTo(2);
        } else {
            assertThatThrownBy(() -> call.request.apply(client).execute())
                    .isInstanceOf(MayHaveBeenProcessedException.class).hasCauseInstanceOf(ServerException.class);
            assertThat(transport.requestCount()).as("never sent twice").isEqualTo(1);
        }
    }

    private static void assertWrappedAndHyphenated(WireShape shape, String expected) {
        assertThat(shape.isList() ? shape.root() + "[" + shape.item().orElseThrow() + "]" : shape.root()).isEqualTo(expected);
        assertThat(shape.xmlNaming()).isEqualTo(WireNaming.HYPHENATED);
        assertThat(shape.jsonWrapped()).isTrue();
    }

    private static <T> T decode(String json, Class<T> type, WireShape shape) {
        return RealCodecs.of(Format.JSON).decode(json.getBytes(StandardCharsets.UTF_8), type, shape);
    }

}
