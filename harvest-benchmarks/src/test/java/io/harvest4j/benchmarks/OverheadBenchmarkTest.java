package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tiny run of {@code overhead}: every way of making each call answers the same (checked before
 * timing) and the four ratios come out last. The figures of so short a run mean nothing.
 */
class OverheadBenchmarkTest {

    @Test
    void aShortRunPrintsTheFourRatiosLast() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String figures = new OverheadBenchmark().run(List.of("--rounds", "1", "--batch", "2", "--warmup", "2"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(figures).matches("overhead: json whoami=\\d+\\.\\d\\d daily=\\d+\\.\\d\\d; xml whoami=\\d+\\.\\d\\d daily=\\d+\\.\\d\\d");
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).isEqualTo(figures);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(OverheadBenchmark.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(OverheadBenchmark.median(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
    }
}
