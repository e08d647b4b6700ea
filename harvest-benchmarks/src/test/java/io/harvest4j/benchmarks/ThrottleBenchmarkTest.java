package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short run of {@code throttle}: its shape, never its figures (those come from real runs). */
class ThrottleBenchmarkTest {

    @Test
    void aShortRunPrintsTheThreeRunsFiguresAsItsLastLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String line = new ThrottleBenchmark().run(List.of("--threads", "4", "--calls", "30", "--max-calls", "20",
                "--timeframe-ms", "500", "--naive-seconds", "1"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(line).matches("throttle: governor achieved/allowed=\\d+\\.\\d{3} 503s=\\d+; "
                + "learnt achieved/allowed=\\d+\\.\\d{3} 503s=\\d+; naive achieved/allowed=\\d+\\.\\d{3} 503s=\\d+");
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines[lines.length - 1]).isEqualTo(line);
        assertThat(Benchmarks.all()).containsKey("throttle");
    }

    @Test
    void refusesABatchNoLargerThanTheFirstWindow() {
        assertThatThrownBy(() -> new ThrottleBenchmark().run(List.of("--calls", "100"), System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--calls");
    }
}
