package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OfUserTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;
    private long usersEntry;

    @BeforeEach
    void entryOfTheRegularUser() {
        http = new Http(SIMULATOR.uri());
        usersEntry = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "u");
    }

    @Test
    void anAdministratorWorksWithAnotherUsersTimesheet() {
        JsonObject daily = http.get("/daily?of_user=" + Seed.USER_ID).asAdmin().json().send().json();

        assertThat(daily.getJsonArray("day_entries").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(usersEntry);
        assertThat(daily.getJsonArray("projects").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")))
                .as("the projects of the timesheet's owner").doesNotContain("Secret Research");

        Response added = http.post("/daily/add?of_user=" + Seed.USER_ID + "&project_id=300002&task_id=400004&hours=1")
                .asAdmin().json().send();
        assertThat(added.status).isEqualTo(201);
        assertThat(added.json().getJsonNumber("user_id").longValue()).isEqualTo(Seed.USER_ID);

        Response notTheirs = http.post("/daily/add?of_user=" + Seed.USER_ID + "&project_id=300004&task_id=400005&hours=1")
                .asAdmin().json().send();
        assertThat(notTheirs.status).as("the owner is not on that project").isEqualTo(400);

        assertThat(http.get("/daily/show/" + usersEntry + "?of_user=" + Seed.USER_ID).asAdmin().json().send().status)
                .isEqualTo(200);
        assertThat(http.get("/daily/show/" + usersEntry).asAdmin().json().send().status)
                .as("without of_user an administrator works on their own timesheet").isEqualTo(404);
    }

    @Test
    void othersGet404() {
        assertThat(http.get("/daily?of_user=" + Seed.USER_ID).asPm().json().send().status).isEqualTo(404);
        assertThat(http.get("/daily?of_user=" + Seed.ADMIN_ID).asUser().json().send().status).isEqualTo(404);
        assertThat(http.get("/daily/show/" + usersEntry + "?of_user=" + Seed.USER_ID).asPm().json().send().status)
                .isEqualTo(404);
        assertThat(http.delete("/daily/delete/" + usersEntry + "?of_user=" + Seed.USER_ID).asPm().json().send().status)
                .isEqualTo(404);
        assertThat(SIMULATOR.state().dayEntry(usersEntry)).isPresent();
    }

    @Test
    void ofUserNamingOneselfIsAllowed() {
        assertThat(http.get("/daily?of_user=" + Seed.USER_ID).asUser().json().send().status).isEqualTo(200);
    }

    @Test
    void anUnknownUserIs404() {
        assertThat(http.get("/daily?of_user=999").asAdmin().json().send().status).isEqualTo(404);
        assertThat(http.get("/daily?of_user=someone").asAdmin().json().send().status).isEqualTo(404);
    }
}
