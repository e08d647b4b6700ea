package io.harvest4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-round run of {@code codec} (every codec and Jackson read the same number of entries and
 * projects, checked before timing), and a tiny JMH run through {@code jmh}, in this JVM.
 */
class CodecBenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String lastLine() {
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        return printed.substring(printed.lastIndexOf('\n') + 1);
    }

    @Test
    void aShortRunPrintsTheDecodeAndEncodeFiguresLast() throws Exception {
        String figures = new CodecBenchmark().run(List.of("--rounds", "1"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(figures).matches("codec: xml decode=\\d+\\.\\dMB/s json decode=\\d+\\.\\dMB/s jackson=\\d+\\.\\dMB/s .*"
                + "; encode xml=\\d+\\.\\dMB/s json=\\d+\\.\\dMB/s jackson=\\d+\\.\\dMB/s .*");
        assertThat(lastLine()).isEqualTo(figures);
    }

    @Test
    void theJarRunsJmhBenchmarks() throws Exception {
        String figures = new JmhBenchmark().run(List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "200ms",
                "-p", "formatName=json", "PipelineJmh.decodeOnly"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(figures).isEqualTo("jmh: 1 benchmarks run");
        assertThat(lastLine()).isEqualTo(figures);
    }

    @Test
    void aJmhOptionItDoesNotKnowIsACommandLineError() {
        assertThatThrownBy(() -> new JmhBenchmark().run(List.of("-no-such-option"), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
