package io.harvest4j.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * {@code jmh}: runs the JMH benchmarks of this jar ({@link CodecJmh}, {@link PipelineJmh}) with
 * JMH's own command line: {@code java -jar harvest-benchmarks.jar jmh [JMH options] [regexp]}, for
 * instance {@code jmh -f 1 -wi 3 -i 5 CodecJmh}. JMH prints its table; the last line counts the
 * benchmarks run.
 */
final class JmhBenchmark implements Benchmark {

    @Override
    public String name() {
        return "jmh";
    }

    @Override
    public String description() {
        return "the JMH micro-benchmarks (codec decode/encode, the call pipeline over an in-memory transport) [JMH options]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(options.toArray(new String[0]));
        } catch (org.openjdk.jmh.runner.options.CommandLineOptionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Collection<RunResult> results = new Runner(jmh).run();
        String line = "jmh: " + results.size() + " benchmarks run";
        out.println(line);
        return line;
    }
}
