package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A one-sample run of {@code cold-start}: three fresh JVMs ask who_am_i and the figures come out last. */
class ColdStartBenchmarkTest {

    @Test
    void aShortRunPrintsTheThreeMediansLast() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String figures = new ColdStartBenchmark().run(List.of("--samples", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(figures).matches("cold-start: xml=\\d+ms json=\\d+ms raw=\\d+ms");
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).isEqualTo(figures);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ColdStartBenchmark.median(List.of(5L, 1L, 3L))).isEqualTo(3);
        assertThat(ColdStartBenchmark.median(List.of(4L, 1L, 3L, 10L))).isEqualTo(3);
    }
}
