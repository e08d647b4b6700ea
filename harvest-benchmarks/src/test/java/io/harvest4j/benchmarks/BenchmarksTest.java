package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The harness's command line; each benchmark has its own test, with a short run. */
class BenchmarksTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Benchmarks.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheBenchmarks() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar harvest-benchmarks.jar <name>");
        Benchmarks.all().keySet().forEach(name -> assertThat(out.toString(StandardCharsets.UTF_8)).contains(name));
    }

    @Test
    void anUnknownNameIsACommandLineError() {
        assertThat(run("no-such-benchmark")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no benchmark named 'no-such-benchmark'");
    }

    @Test
    void noArgumentsPrintTheUsageAndFail() {
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }
}
