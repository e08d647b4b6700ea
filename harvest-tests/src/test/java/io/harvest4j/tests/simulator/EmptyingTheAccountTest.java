package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A script empties the demo account with the API alone, in the order the rules allow: time
 * entries first, then the people other than the caller, projects, contacts, clients, tasks and
 * expense categories. Every step answers 200.
 */
class EmptyingTheAccountTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void everythingIsDeletableThroughTheApiInTheRightOrder(Wire wire) {
        logTime("/daily/add?project_id=" + Seed.WEBSITE_ID + "&task_id=" + Seed.DESIGN_ID + "&hours=1", Seed.USER_EMAIL,
                Seed.USER_PASSWORD);
        logTime("/daily/add?project_id=" + Seed.MOBILE_ID + "&task_id=" + Seed.MEETINGS_ID + "&hours=2", Seed.PM_EMAIL,
                Seed.PM_PASSWORD);
        logTime("/daily/add?project_id=" + Seed.RESEARCH_ID + "&task_id=" + Seed.RESEARCH_TASK_ID, Seed.ADMIN_EMAIL,
                Seed.ADMIN_PASSWORD);
        assertThat(wire.accept(http.delete("/projects/" + Seed.WEBSITE_ID).asAdmin()).send().status)
                .as("not while it has hours").isEqualTo(400);

        List<Long> people = wire.ids(wire.accept(http.get("/people").asAdmin()).send(), "users", "user");
        for (long person : people) {
            for (long entry : todaysEntries(wire, person)) {
                assertDeleted(wire, "/daily/delete/" + entry + "?of_user=" + person);
            }
        }
        for (long person : people) {
            if (person != Seed.ADMIN_ID) {
                assertDeleted(wire, "/people/" + person);
            }
        }
        for (long project : wire.ids(wire.accept(http.get("/projects").asAdmin()).send(), "projects", "project")) {
            assertDeleted(wire, "/projects/" + project);
        }
        for (long contact : wire.ids(wire.accept(http.get("/contacts").asAdmin()).send(), "contacts", "contact")) {
            assertDeleted(wire, "/contacts/" + contact);
        }
        for (long client : wire.ids(wire.accept(http.get("/clients").asAdmin()).send(), "clients", "client")) {
            assertDeleted(wire, "/clients/" + client);
        }
        for (long task : wire.ids(wire.accept(http.get("/tasks").asAdmin()).send(), "tasks", "task")) {
            assertDeleted(wire, "/tasks/" + task);
        }
        for (long category : wire.ids(wire.accept(http.get("/expense_categories").asAdmin()).send(),
                "expense_categories", "expense_category")) {
            assertDeleted(wire, "/expense_categories/" + category);
        }

        SimulatorState state = SIMULATOR.state();
        assertThat(state.all(Resource.USERS)).extracting(Snapshot::id).containsExactly(Seed.ADMIN_ID);
        assertThat(state.all(Resource.DAY_ENTRIES)).isEmpty();
        assertThat(state.all(Resource.PROJECTS)).isEmpty();
        assertThat(state.all(Resource.TASK_ASSIGNMENTS)).isEmpty();
        assertThat(state.all(Resource.USER_ASSIGNMENTS)).isEmpty();
        assertThat(state.all(Resource.CONTACTS)).isEmpty();
        assertThat(state.all(Resource.CLIENTS)).isEmpty();
        assertThat(state.all(Resource.TASKS)).isEmpty();
        assertThat(state.all(Resource.EXPENSE_CATEGORIES)).isEmpty();
        assertThat(wire.ids(wire.accept(http.get("/clients").asAdmin()).send(), "clients", "client")).isEmpty();
    }

    private void logTime(String pathAndQuery, String email, String password) {
        assertThat(http.post(pathAndQuery).as(email, password).json().send().status).isEqualTo(201);
    }

    private List<Long> todaysEntries(Wire wire, long person) {
        Response daily = wire.accept(http.get("/daily?of_user=" + person).asAdmin()).send();
        assertThat(daily.status).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        if (wire == Wire.XML) {
            for (XmlNode entry : daily.xml().child("day_entries").children("day_entry")) {
                ids.add(Long.parseLong(entry.text("id")));
            }
        } else {
            daily.json().getJsonArray("day_entries")
                    .forEach(entry -> ids.add(entry.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }

    private void assertDeleted(Wire wire, String path) {
        Response deleted = wire.accept(http.delete(path).asAdmin()).send();
        assertThat(deleted.status).as("DELETE %s: %s", path, deleted).isEqualTo(200);
    }
}
