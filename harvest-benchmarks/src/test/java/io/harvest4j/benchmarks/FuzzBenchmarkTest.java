package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A short run of the fuzz benchmark (the harness runs 10,000 bodies a codec and requests; CI a few hundred). */
class FuzzBenchmarkTest {

    @Test
    void aShortRunEndsWithItsFiguresAndNoEscapeOrHang() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String line = new FuzzBenchmark().run(List.of("--bodies", "300", "--seed", "7", "--time-limit-ms", "20000"), out);

        assertThat(line).startsWith("fuzz: xml bodies=300 escapes=0 hangs=0; json bodies=300 escapes=0 hangs=0; "
                + "simulator requests=300 escapes=0 hangs=0; memory over-bound=0 peak-heap=").matches(".*peak-heap=[1-9][0-9]*MB");
        String printed = bytes.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).isEqualTo(line);
    }

    @Test
    void isRegisteredByName() {
        assertThat(Benchmarks.all()).containsKey("fuzz");
    }

    @Test
    void mutationsAreReproducibleFromTheSeed() {
        byte[] seed = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String[] hostile = {"[[["};

        assertThat(FuzzBenchmark.mutate(seed, hostile, new Random(3))).isEqualTo(FuzzBenchmark.mutate(seed, hostile, new Random(3)));
    }
}
