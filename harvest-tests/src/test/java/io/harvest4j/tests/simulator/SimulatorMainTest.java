package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void helpPrintsTheUsage() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SimulatorMain.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar harvest-simulator.jar")
                .contains("--port").contains("--no-throttle");
    }

    @Test
    void aTickingClockFollowsTheSystemClockShiftedByAdvance() {
        SimulatorClock clock = SimulatorClock.ticking();
        long before = System.currentTimeMillis();

        clock.advance(java.time.Duration.ofHours(1));

        assertThat(clock.millis()).isBetween(before + 3_600_000L, System.currentTimeMillis() + 3_600_000L);
        clock.reset();
        assertThat(clock.millis()).isLessThanOrEqualTo(System.currentTimeMillis());
    }

    @Test
    void aFixedClockAndItsZoneViewsShareTheirTime() {
        SimulatorClock clock = SimulatorClock.fixedAt(Seed.START);
        SimulatorClock newYork = clock.withZone(java.time.ZoneId.of(Seed.ZONE_ID));

        clock.advance(java.time.Duration.ofMinutes(90));

        assertThat(newYork.instant()).isEqualTo(Seed.START.plusSeconds(5400));
        assertThat(java.time.LocalTime.now(newYork)).isEqualTo(java.time.LocalTime.of(11, 30));
        clock.reset();
        assertThat(newYork.instant()).isEqualTo(Seed.START);
    }
}
