package io.harvest4j.tests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's main job: the demo runs against the simulator and prints the day it logged, in both formats. */
class DemoTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @Test
    void logsADayInXmlAndInJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(SIMULATOR.simulator());
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(output).contains("=== application/xml ===", "=== application/json ===");
        for (String section : output.split("=== application/json ===")) {
            assertThat(section)
                    .contains("who_am_i: Ada Admin <admin@example.com>, administrator at Demo Company")
                    .contains("regular user at Demo Company")
                    .contains("the first timer stopped at 1.58 h")
                    .contains("stopped the timer at 0.75 h")
                    .containsPattern("total\\s+2\\.33 h");
        }
    }
}
