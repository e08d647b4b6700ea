package io.harvest4j.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's entry point: {@code java -jar harvest-benchmarks/target/harvest-benchmarks.jar <name>
 * [options]} runs one {@link Benchmark}; without a name, or with {@code --help}, it lists them.
 * Exit code 0 when the run completed, 2 for a command line it does not understand, 1 when the run
 * failed.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** @return every benchmark of the harness, by name, in the order the usage lists them */
    static Map<String, Benchmark> all() {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        for (Benchmark benchmark : List.<Benchmark>of(
                // one line each; keep the order of the usage text
                new ThrottleBenchmark(),
                new FaultsBenchmark(),
                new FuzzBenchmark(),
                new ColdStartBenchmark(),
                new ReportStreamBenchmark()
        )) {
            all.put(benchmark.name(), benchmark);
        }
        return all;
    }

    /**
     * @param args the name of the benchmark, then its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; @return the process's exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Benchmark> all = all();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(usage(all));
            return args.length == 0 ? 2 : 0;
        }
        Benchmark benchmark = all.get(args[0]);
        if (benchmark == null) {
            err.println("harvest-benchmarks: no benchmark named '" + args[0] + "'");
            err.println(usage(all));
            return 2;
        }
        List<String> options = new ArrayList<>(List.of(args).subList(1, args.length));
        try {
            benchmark.run(options, out);
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("harvest-benchmarks " + benchmark.name() + ": " + e.getMessage());
            err.println(usage(all));
            return 2;
        } catch (Exception e) {
            err.println("harvest-benchmarks " + benchmark.name() + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    static String usage(Map<String, Benchmark> all) {
        StringBuilder usage = new StringBuilder("Usage: java -jar harvest-benchmarks.jar <name> [options]\n\n");
        usage.append("Each run prints its figures as its last line. Benchmarks:\n");
        if (all.isEmpty()) {
            usage.append("  (none yet)\n");
        }
        for (Benchmark benchmark : all.values()) {
            usage.append(String.format("  %-14s %s%n", benchmark.name(), benchmark.description()));
        }
        return usage.toString().stripTrailing();
    }
}
