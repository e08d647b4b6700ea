package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short run of the faults benchmark (the harness runs 10,000 calls; CI a few hundred). */
class FaultsBenchmarkTest {

    @Test
    void aShortRunLosesDuplicatesAndMisreadsNothing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String line = new FaultsBenchmark().run(List.of("--calls", "300", "--seed", "3", "--faults",
                "reset-before=5%,reset-after=4%,status-500=4%,status-502=4%,truncate=4%,stall=1%", "--stall-ms", "400",
                "--timeout-ms", "150"), out);

        assertThat(line).startsWith("faults: calls=300 lost=0 duplicated=0 wrong=0 untyped=0 ambiguous=")
                .doesNotEndWith("ambiguous=0");
        String printed = bytes.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).isEqualTo(line);
    }

    @Test
    void isRegisteredByName() {
        assertThat(Benchmarks.all()).containsKey("faults");
    }
}
