package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The checks issue 8 names for the Extended API's first part, as raw HTTP, in each format. */
class ExtendedIssueChecksTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theIssuesChecks(Wire wire) {
        Response clients = wire.accept(http.get("/clients").asAdmin()).send();
        assertThat(clients.status).isEqualTo(200);
        assertThat(wire.ids(clients, "clients", "client"))
                .containsExactly(Seed.ACME_ID, Seed.GLOBEX_ID, Seed.INITECH_ID, Seed.UMBRELLA_ID);

        SIMULATOR.simulator().clock().advance(Duration.ofHours(1));
        Response created = wire.send(http.post("/clients").asAdmin(), "client", "name", "Acme").send();
        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/clients/[0-9]+");
        assertThat(created.body).isEmpty();
        long id = Wire.idOf(created.header("Location"));

        Response updated = wire.send(http.put("/clients/" + id).asAdmin(), "client", "name", "Acme Holdings").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/clients/" + id);
        Response toggled = wire.accept(http.post("/clients/" + id + "/toggle").asAdmin()).send();
        assertThat(toggled.status).isEqualTo(200);
        assertThat(toggled.header("Location")).isEqualTo("/clients/" + id);
        Map<String, String> client = wire.one(wire.accept(http.get("/clients/" + id).asAdmin()).send(), "client");
        assertThat(client).containsEntry("name", "Acme Holdings").containsEntry("active", "false");

        Map<String, String> user = wire.one(wire.accept(http.get("/people/user@example.com").asAdmin()).send(), "user");
        assertThat(user).containsEntry("id", Long.toString(Seed.USER_ID)).containsEntry("email", Seed.USER_EMAIL);

        Response toggle = wire.accept(http.put("/projects/" + Seed.INTERNAL_ID + "/toggle").asAdmin()).send();
        assertThat(toggle.status).isEqualTo(200);
        assertThat(toggle.header("Location")).isEqualTo("/projects/" + Seed.INTERNAL_ID);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.INTERNAL_ID).orElseThrow().isActive()).isFalse();

        Response newTask = wire.send(http.post("/projects/" + Seed.WEBSITE_ID + "/task_assignments/add_with_create_new_task")
                .asAdmin(), "task", "name", "Backend Development").send();
        assertThat(newTask.status).isEqualTo(201);
        assertThat(newTask.header("Location")).matches("/projects/" + Seed.WEBSITE_ID + "/task_assignments/[0-9]+");
        TaskAssignmentSnapshot assignment = SIMULATOR.state()
                .find(Resource.TASK_ASSIGNMENTS, Wire.idOf(newTask.header("Location"))).orElseThrow();
        assertThat(SIMULATOR.state().find(Resource.TASKS, assignment.taskId()).orElseThrow().name())
                .isEqualTo("Backend Development");

        Response since = wire.accept(http.get("/clients?updated_since=2017-01-18+15%3A30").asAdmin()).send();
        assertThat(since.status).isEqualTo(200);
        assertThat(wire.ids(since, "clients", "client")).containsExactly(id);

        assertThat(wire.accept(http.get("/clients").asUser()).send().status).isEqualTo(404);
    }
}
