package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan's limits ({@code maxProjects}, {@code maxPeople} on the builder): one more active
 * project or person than allowed is refused with 400 and a Hint, on create and on activation.
 */
class PlanLimitsTest {

    private HarvestSimulator simulator;
    private Http http;

    @BeforeEach
    void start() {
        // the demo seed has four active projects and four active people
        simulator = HarvestSimulator.builder().maxProjects(4).maxPeople(4).build().start();
        http = new Http(simulator.uri());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aProjectOverThePlansLimitIsRefusedOnCreateAndOnActivation() {
        for (Wire wire : Wire.values()) {
            Response created = wire.send(http.post("/projects").asAdmin(), "project", "name", "One too many",
                    "client_id", Seed.ACME_ID).send();
            Response activated = wire.accept(http.put("/projects/" + Seed.LEGACY_ID + "/toggle").asAdmin()).send();

            assertThat(created.status).isEqualTo(400);
            assertThat(created.header("Hint")).isEqualTo("Your plan allows 4 active projects: archive one or upgrade the plan first");
            assertThat(activated.status).isEqualTo(400);
            assertThat(activated.header("Hint")).startsWith("Your plan allows 4 active projects");
        }
        Response archivedOne = http.post("/projects").asAdmin().json().body(Http.JSON,
                "{\"project\":{\"name\":\"Archived from the start\",\"client_id\":" + Seed.ACME_ID + ",\"active\":false}}").send();
        assertThat(archivedOne.status).as("an archived project does not count").isEqualTo(201);
        http.put("/projects/" + Seed.WEBSITE_ID + "/toggle").asAdmin().json().send();
        assertThat(http.put("/projects/" + Seed.LEGACY_ID + "/toggle").asAdmin().json().send().status).isEqualTo(200);
    }

    @Test
    void aPersonOverThePlansLimitIsRefusedOnCreateAndOnActivation() {
        for (Wire wire : Wire.values()) {
            Response created = wire.send(http.post("/people").asAdmin(), "user", "email", "five@example.com",
                    "first_name", "Five", "last_name", "People").send();

            assertThat(created.status).isEqualTo(400);
            assertThat(created.header("Hint")).startsWith("Your plan allows 4 active people");
        }
        assertThat(http.post("/people/" + Seed.CONTRACTOR_ID + "/toggle").asAdmin().json().send().status).isEqualTo(200);
        assertThat(http.post("/people").asAdmin().json().body(Http.JSON,
                "{\"user\":{\"email\":\"five@example.com\",\"first_name\":\"F\",\"last_name\":\"P\"}}").send().status)
                .isEqualTo(201);
        Response reactivated = http.post("/people/" + Seed.CONTRACTOR_ID + "/toggle").asAdmin().xml().send();
        assertThat(reactivated.status).isEqualTo(400);
        assertThat(reactivated.header("Hint")).startsWith("Your plan allows 4 active people");
    }

    @Test
    void theLimitsSurviveAResetAndAreChangedThroughTheState() {
        simulator.reset();
        assertThat(http.post("/projects").asAdmin().json().body(Http.JSON,
                "{\"project\":{\"name\":\"X\",\"client_id\":" + Seed.ACME_ID + "}}").send().status).isEqualTo(400);

        simulator.state().setMaxProjects(null);

        assertThat(http.post("/projects").asAdmin().json().body(Http.JSON,
                "{\"project\":{\"name\":\"X\",\"client_id\":" + Seed.ACME_ID + "}}").send().status).isEqualTo(201);
        assertThatThrownBy(() -> HarvestSimulator.builder().maxPeople(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
