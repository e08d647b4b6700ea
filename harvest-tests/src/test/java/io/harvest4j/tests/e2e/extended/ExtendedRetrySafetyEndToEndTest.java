package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 502 may come after the service did what was asked: the Extended API's creates, toggles and
 * activation are sent once and never again, and fail with a {@link MayHaveBeenProcessedException}
 * for the caller to reconcile; lists, shows, updates and deletes are retried. The clients here
 * retry without waiting.
 */
class ExtendedRetrySafetyEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final ExtendedClients clients = new ExtendedClients(SIMULATOR);

    private static final CannedResponse BAD_GATEWAY = CannedResponse.html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");

    private static void sentOnce(ThrowingCallable call, String method, String path) {
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);
        int before = SIMULATOR.simulator().requestCount();

        assertThatThrownBy(call).isInstanceOf(MayHaveBeenProcessedException.class)
                .cause().isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(502));

        assertThat(SIMULATOR.simulator().requestCount() - before).as("%s %s", method, path).isEqualTo(1);
        List<RecordedRequest> requests = SIMULATOR.simulator().requests();
        RecordedRequest last = requests.get(requests.size() - 1);
        assertThat(last.method()).isEqualTo(method);
        assertThat(last.path()).isEqualTo(path);
    }

    @BothFormats
    void createsAreNeverSentTwice(Format format) {
        ExtendedClients.Extended admin = clients.withoutWaits(Role.ADMINISTRATOR, format);

        sentOnce(() -> admin.clients.create(ClientFields.builder().name("Once").build()).execute(), "POST", "/clients");
        sentOnce(() -> admin.contacts.create(ContactFields.builder().clientId(Seed.ACME_ID).firstName("O").lastName("N")
                .build()).execute(), "POST", "/contacts");
        sentOnce(() -> admin.projects.create(ProjectFields.builder().name("Once").clientId(Seed.ACME_ID).build()).execute(),
                "POST", "/projects");
        sentOnce(() -> admin.tasks.create(TaskFields.builder().name("Once").build()).execute(), "POST", "/tasks");
        sentOnce(() -> admin.people.create(PersonFields.builder().email("once@example.com").firstName("O").lastName("N")
                .build()).execute(), "POST", "/people");
        sentOnce(() -> admin.taskAssignments.create(Seed.MOBILE_ID, Seed.DESIGN_ID).execute(),
                "POST", "/projects/" + Seed.MOBILE_ID + "/task_assignments");
        sentOnce(() -> admin.taskAssignments.createWithNewTask(Seed.MOBILE_ID, TaskFields.builder().name("Once").build())
                .execute(), "POST", "/projects/" + Seed.MOBILE_ID + "/task_assignments/add_with_create_new_task");
        sentOnce(() -> admin.userAssignments.create(Seed.MOBILE_ID, Seed.CONTRACTOR_ID).execute(),
                "POST", "/projects/" + Seed.MOBILE_ID + "/user_assignments");
        sentOnce(() -> admin.expenseCategories.create(ExpenseCategoryFields.builder().name("Once").build()).execute(),
                "POST", "/expense_categories");

        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).hasSize(4);
        assertThat(SIMULATOR.state().all(Resource.PROJECTS)).hasSize(5);
        assertThat(SIMULATOR.state().all(Resource.TASKS)).hasSize(6);
        assertThat(SIMULATOR.state().all(Resource.USERS)).hasSize(4);
    }

    @BothFormats
    void togglesAndActivationAreNeverSentTwice(Format format) {
        ExtendedClients.Extended admin = clients.withoutWaits(Role.ADMINISTRATOR, format);

        sentOnce(() -> admin.clients.toggle(Seed.INITECH_ID).execute(), "POST", "/clients/" + Seed.INITECH_ID + "/toggle");
        sentOnce(() -> admin.projects.toggle(Seed.LEGACY_ID).execute(), "PUT", "/projects/" + Seed.LEGACY_ID + "/toggle");
        sentOnce(() -> admin.people.toggle(Seed.CONTRACTOR_ID).execute(), "POST", "/people/" + Seed.CONTRACTOR_ID + "/toggle");
        sentOnce(() -> admin.tasks.activate(Seed.ADMINISTRATION_TASK_ID).execute(),
                "POST", "/tasks/" + Seed.ADMINISTRATION_TASK_ID + "/activate");

        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.INITECH_ID).orElseThrow().isActive()).isFalse();
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.LEGACY_ID).orElseThrow().isActive()).isFalse();
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.CONTRACTOR_ID).orElseThrow().isActive()).isTrue();
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.ADMINISTRATION_TASK_ID).orElseThrow().isDeactivated()).isTrue();
    }

    @BothFormats
    void anAsynchronousToggleIsNotRetriedEither(Format format) {
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        assertThatThrownBy(() -> clients.withoutWaits(Role.PROJECT_MANAGER, format).projects.toggle(Seed.WEBSITE_ID)
                .executeAsync().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(MayHaveBeenProcessedException.class).hasRootCauseInstanceOf(ServerException.class);

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow().isActive()).isTrue();
    }

    @BothFormats
    void aThrottledCreateIsSentAgainAndCreatesOnce(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "1").build());

        long id = clients.withoutWaits(Role.ADMINISTRATOR, format).clients.create(ClientFields.builder().name("Throttled")
                .build()).execute();

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(2);
        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).filteredOn(c -> c.name().equals("Throttled"))
                .singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(id));
    }

    @BothFormats
    void listsShowsUpdatesAndDeletesAreRetried(Format format) {
        ExtendedClients.Extended admin = clients.withoutWaits(Role.ADMINISTRATOR, format);
        List<Function<ExtendedClients.Extended, Object>> calls = List.of(
                x -> x.clients.list().execute(),
                x -> x.contacts.listForClient(Seed.ACME_ID).execute(),
                x -> x.projects.listForClient(Seed.ACME_ID).execute(),
                x -> x.people.show(Seed.USER_EMAIL).execute(),
                x -> x.taskAssignments.list(Seed.WEBSITE_ID).execute(),
                x -> x.userAssignments.list(Seed.WEBSITE_ID).execute(),
                x -> x.tasks.show(Seed.DESIGN_ID).execute(),
                x -> x.expenseCategories.list().execute(),
                x -> x.clients.update(Seed.ACME_ID, ClientFields.builder().details("retried").build()).execute(),
                x -> x.expenseCategories.delete(Seed.MEALS_ID).execute());

        for (Function<ExtendedClients.Extended, Object> call : calls) {
            SIMULATOR.simulator().enqueue(BAD_GATEWAY);
            int before = SIMULATOR.simulator().requestCount();
            call.apply(admin);
            assertThat(SIMULATOR.simulator().requestCount() - before).isEqualTo(2);
        }

        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.ACME_ID).orElseThrow().details()).contains("retried");
        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, Seed.MEALS_ID)).isEmpty();
    }
}
