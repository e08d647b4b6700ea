package io.harvest4j.benchmarks;

import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.SimulatorClock;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code cold-start}: a fresh JVM per sample, the time from its {@code main} to the first
 * {@code who_am_i} answer — through the builder in XML, in JSON, and with the plain JDK
 * {@code HttpClient} as the floor — against a simulator in this process. The kinds are
 * interleaved sample by sample, so a busy moment of the machine falls on all of them. Last line:
 * {@code cold-start: xml=…ms json=…ms raw=…ms} (medians).
 */
final class ColdStartBenchmark implements Benchmark {

    private static final List<String> KINDS = List.of("xml", "json", "raw");

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public String description() {
        return "a fresh JVM's time from main to the first who_am_i answer, XML, JSON and raw HttpClient [--samples 7]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions read = new BenchmarkOptions(options);
        int samples = read.integer("--samples", 7);
        read.done();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        KINDS.forEach(kind -> millis.put(kind, new ArrayList<>()));
        try (HarvestSimulator simulator = HarvestSimulator.builder().clock(SimulatorClock.ticking()).withoutThrottle()
                .build().start()) {
            out.printf("cold-start: %d samples of each kind against %s, one JVM per sample%n", samples, simulator.uri());
            for (int sample = 0; sample < samples + 1; sample++) {
                for (String kind : KINDS) {
                    long ms = probe(java, classPath, kind, simulator.uri().toString());
                    if (sample > 0) { // the first round warms the disk cache and the simulator
                        millis.get(kind).add(ms);
                    }
                }
            }
        }
        StringBuilder line = new StringBuilder("cold-start:");
        for (String kind : KINDS) {
            out.printf("  %-4s %s ms%n", kind, millis.get(kind));
            line.append(' ').append(kind).append('=').append(median(millis.get(kind))).append("ms");
        }
        String figures = line.toString();
        out.println(figures);
        return figures;
    }

    private static long probe(String java, String classPath, String kind, String uri) throws Exception {
        Process process = new ProcessBuilder(java, "-cp", classPath, ColdStartProbe.class.getName(), kind, uri)
                .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + kind + " probe did not finish in 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String last = output.substring(output.lastIndexOf('\n') + 1);
        if (process.exitValue() != 0 || !last.startsWith("ms=")) {
            throw new IllegalStateException("the " + kind + " probe failed: " + output);
        }
        return Long.parseLong(last.substring(3));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
