package io.harvest4j.benchmarks;

import java.io.PrintStream;
import java.util.List;

/**
 * One measurement of the harness: {@code java -jar harvest-benchmarks.jar <name> [options]}. A run
 * prints what it does as it goes and its figures as its <em>last</em> line, in the form
 * {@code name: key=value …}, so that scripts and notes can quote that line alone.
 */
public interface Benchmark {

    /** @return the name it is run by ({@code throttle}, {@code faults}, {@code overhead}…) */
    String name();

    /** @return one line saying what it measures, for the harness's usage text */
    String description();

    /**
     * @param options the command line after the name ({@code --calls 600}…)
     * @param out where progress and, last, the figures are printed
     * @return the figures' line, also printed last to {@code out}
     * @throws IllegalArgumentException when an option is not understood (the harness prints usage)
     * @throws Exception when the measurement cannot be made
     */
    String run(List<String> options, PrintStream out) throws Exception;
}
