package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmptySeedTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension(Seed.Kind.EMPTY);

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void theAdministratorIsTheOnlyOneWhoCanSignIn() {
        Response admin = http.get("/account/who_am_i").asAdmin().json().send();

        assertThat(admin.status).isEqualTo(200);
        JsonObject user = admin.json().getJsonObject("user");
        assertThat(user.getJsonNumber("id").longValue()).isEqualTo(Seed.ADMIN_ID);
        assertThat(user.getString("email")).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(user.getBoolean("admin")).isTrue();
        assertThat(admin.json().getJsonObject("company").getString("name")).isEqualTo(Seed.COMPANY_NAME);
        assertThat(http.get("/account/who_am_i").asPm().json().send().status).isEqualTo(401);
        assertThat(http.get("/account/who_am_i").asUser().xml().send().status).isEqualTo(401);
    }

    @Test
    void theAdministratorsTimesheetHasNoProjectToLogTo() {
        Response json = http.get("/daily").asAdmin().json().send();
        Response xml = http.get("/daily").asAdmin().xml().send();

        assertThat(json.status).isEqualTo(200);
        assertThat(json.json().getJsonArray("day_entries")).isEmpty();
        assertThat(json.json().containsKey("projects")).isFalse();
        assertThat(xml.xml().child("day_entries").children).isEmpty();
        assertThat(xml.xml().childNames()).doesNotContain("projects");
        assertThat(http.post("/daily/add?project_id=300001&task_id=400001&hours=1").asAdmin().json().send().status)
                .as("the demo's projects are not there").isEqualTo(400);
    }

    @Test
    void nothingButTheAdministratorIsInTheState() {
        assertThat(SIMULATOR.simulator().seed()).isEqualTo(Seed.Kind.EMPTY);
        assertThat(SIMULATOR.state().all(Resource.USERS)).extracting(UserSnapshot::email).containsExactly(Seed.ADMIN_EMAIL);
        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.PROJECTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASKS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.USER_ASSIGNMENTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.DAY_ENTRIES)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.CONTACTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.EXPENSE_CATEGORIES)).isEmpty();
    }

    @Test
    void whatATestAddsTakesTheSameIdsAsInTheDemoAndIsGoneAfterAReset() {
        long client = SIMULATOR.state().addClient("First client");
        long project = SIMULATOR.state().addProject(client, "First project", "", true);
        long task = SIMULATOR.state().addTask("First task", true);
        SIMULATOR.state().assignTask(project, task, true);
        SIMULATOR.state().assignUser(project, Seed.ADMIN_ID, true);

        assertThat(client).isEqualTo(Seed.ACME_ID);
        assertThat(project).isEqualTo(Seed.WEBSITE_ID);
        assertThat(task).isEqualTo(Seed.DESIGN_ID);
        Response added = http.post("/daily/add?project_id=" + project + "&task_id=" + task + "&hours=1")
                .asAdmin().json().send();
        assertThat(added.status).isEqualTo(201);
        assertThat(added.json().getJsonNumber("id").longValue()).isEqualTo(Seed.FIRST_DAY_ENTRY_ID);

        SIMULATOR.simulator().reset();

        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.DAY_ENTRIES)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.USERS)).hasSize(1);
    }
}
