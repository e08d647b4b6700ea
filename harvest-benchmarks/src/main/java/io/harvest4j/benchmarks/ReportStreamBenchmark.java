package io.harvest4j.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code report-stream}: a report of a million entries (by default) streamed from an in-process
 * simulator and decoded through the client, in a JVM started with {@code -Xmx64m} (simulator and
 * client share it), once in XML and once in JSON; the rate is entries decoded per second, after a
 * warm-up report as long as the timed one. Neither side may hold the answer: a heap of 64 MB cannot.
 *
 * <p>The warm-up is that long because the JIT takes that long: in a fresh JVM on two cores, the
 * XML codec read this report's entries from memory at 8 to 9 µs each for its first 800,000, and
 * at 3.3 µs once compiled (the JDK's StAX parser alone, the codec's then: 4 to 6 µs, then 2.7); after a
 * warm-up of 200,000 the timed report ran beside hundreds of C2 compilations and deoptimizations
 * of the parser's hot methods, and measured them.
 */
final class ReportStreamBenchmark implements Benchmark {

    static final String HEAP = "-Xmx64m";

    @Override
    public String name() {
        return "report-stream";
    }

    @Override
    public String description() {
        return "a report of 1,000,000 entries streamed and decoded through the client in a " + HEAP
                + " JVM, XML and JSON [--entries 1000000] [--warmup 1000000] [--jfr DIR]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions read = new BenchmarkOptions(options);
        int entries = read.integer("--entries", 1_000_000);
        int warmup = read.integer("--warmup", 1_000_000);
        String jfr = read.text("--jfr");
        read.done();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        StringBuilder line = new StringBuilder("report-stream:");
        for (String format : List.of("xml", "json")) {
            List<String> command = new ArrayList<>(List.of(java, HEAP, "-XX:+ExitOnOutOfMemoryError"));
            if (jfr != null) {
                command.add("-XX:StartFlightRecording=filename=" + Paths.get(jfr, "report-stream-" + format + ".jfr")
                        + ",settings=profile");
            }
            command.addAll(List.of("-cp", classPath, ReportStreamProbe.class.getName(), format,
                    Integer.toString(entries), Integer.toString(warmup)));
            out.printf("report-stream: %s, %,d entries after a warm-up of %,d, %s%n", format, entries, warmup, HEAP);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the " + format + " probe did not finish in 30 minutes");
            }
            String last = output.substring(output.lastIndexOf('\n') + 1);
            if (process.exitValue() != 0 || !last.startsWith("entries=" + entries + " nanos=")) {
                throw new IllegalStateException("the " + format + " probe failed (exit " + process.exitValue() + "): "
                        + output);
            }
            long nanos = Long.parseLong(last.substring(last.indexOf("nanos=") + 6));
            long rate = Math.round(entries / (nanos / 1e9));
            out.printf(Locale.ROOT, "  %s: %,d entries in %.2f s%n", format, entries, nanos / 1e9);
            int cpuAt = output.lastIndexOf("client thread cpu=");
            if (cpuAt >= 0) {
                long cpu = Long.parseLong(output.substring(cpuAt + 18, output.indexOf('\n', cpuAt)).strip());
                out.printf(Locale.ROOT, "  %s: the client's thread used %.2f s of CPU: %,d entries per CPU second"
                        + " (the simulator's writing thread not counted)%n", format, cpu / 1e9, Math.round(entries / (cpu / 1e9)));
            }
            for (String each : output.split("\n")) {
                if (each.startsWith("thread cpu ")) {
                    int equals = each.lastIndexOf('=');
                    out.printf(Locale.ROOT, "  %s: thread %s used %.2f s of CPU%n", format, each.substring(11, equals),
                            Long.parseLong(each.substring(equals + 1).strip()) / 1e9);
                }
            }
            line.append(' ').append(format).append(" entries/s=").append(rate);
        }
        String figures = line.append(" heap=").append(HEAP).append(" ok").toString();
        out.println(figures);
        return figures;
    }
}
