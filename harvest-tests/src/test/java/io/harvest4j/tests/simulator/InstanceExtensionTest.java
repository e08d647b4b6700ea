package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered in an instance field, the extension runs a simulator per test. */
class InstanceExtensionTest {

    private static HarvestSimulator seen;

    @RegisterExtension
    final HarvestSimulatorExtension simulator = new HarvestSimulatorExtension();

    @Test
    void aSimulatorRunsForTheTest() {
        seen = simulator.simulator();
        assertThat(simulator.simulator().isRunning()).isTrue();
        assertThat(new Http(simulator.uri()).get("/account/who_am_i").asUser().json().send().status).isEqualTo(200);
    }

    @AfterAll
    static void itIsStoppedAfterwards() {
        assertThat(seen.isRunning()).isFalse();
    }
}
