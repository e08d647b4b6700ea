package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static int port;

    @Test
    @Order(1)
    void aTestChangesEverything(HarvestSimulator simulator, SimulatorClock clock) {
        assertThat(simulator).isSameAs(SIMULATOR.simulator());
        assertThat(clock).isSameAs(SIMULATOR.clock());
        port = simulator.port();
        simulator.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "left over");
        simulator.setTimestampTimers(true);
        simulator.setThrottle(1, Duration.ofMinutes(1));
        simulator.enqueue(CannedResponse.status(500));
        new Http(simulator.uri()).get("/daily").asUser().json().send();
        clock.advance(Duration.ofHours(5));

        assertThat(simulator.requestCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theNextStartsFromTheSeedOnTheSameServer(HarvestSimulator simulator) {
        assertThat(simulator.port()).isEqualTo(port);
        assertThat(simulator.state().dayEntries()).isEmpty();
        assertThat(simulator.state().timestampTimers()).isFalse();
        assertThat(simulator.clock().instant()).isEqualTo(Seed.START);
        assertThat(simulator.requests()).isEmpty();

        Http http = new Http(SIMULATOR.uri());
        assertThat(http.get("/daily").asUser().json().send().status).as("no canned 500 left").isEqualTo(200);
        assertThat(http.get("/daily").asUser().json().send().status).as("the throttle is the builder's again").isEqualTo(200);
        assertThat(simulator.takeRequest().sequenceNumber()).isZero();
    }

    @Test
    @Order(3)
    void idsStartAgainToo() {
        Response added = new Http(SIMULATOR.uri()).post("/daily/add?project_id=300001&task_id=400001&hours=1")
                .asUser().json().send();

        assertThat(added.json().getJsonNumber("id").longValue()).isEqualTo(Seed.FIRST_DAY_ENTRY_ID);
    }
}
