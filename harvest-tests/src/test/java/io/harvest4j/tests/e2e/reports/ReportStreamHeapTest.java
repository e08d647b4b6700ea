package io.harvest4j.tests.e2e.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report of 200,000 entries (about 70 MB of XML) read through the client in a JVM whose heap is
 * 64 MB, simulator included: it passes only if neither side holds the answer.
 */
class ReportStreamHeapTest {

    private static final long ENTRIES = 200_000;

    @ParameterizedTest
    @ValueSource(strings = {"XML", "JSON"})
    void aReportOf200000EntriesStreamsThroughA64MegabyteHeap(String format) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(),
                ReportStreamProbe.class.getName(), format, Long.toString(ENTRIES))
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // the process went away
            }
        });
        reader.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        reader.join(10_000);
        String printed = output.toString(StandardCharsets.UTF_8);

        assertThat(ended).as("ended in time: %s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; printed: %s", printed).isZero();
        assertThat(printed).contains("entries=" + ENTRIES + " ");
    }

    /** The test JVM's class path (surefire names it in its own property), for the probe's JVM. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("surefire.test.class.path", "jdk.module.path", "java.class.path")) {
            for (String entry : System.getProperty(property, "").split(Pattern.quote(File.pathSeparator))) {
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
