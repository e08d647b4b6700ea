package io.harvest4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The {@code --name value} options of one benchmark's command line, each read once. */
final class BenchmarkOptions {

    private final List<String> left;

    BenchmarkOptions(List<String> options) {
        this.left = new ArrayList<>(options);
    }

    /**
     * @param name the option, {@code --calls}
     * @param otherwise its value when absent
     * @return its value
     * @throws IllegalArgumentException when its value is missing or not a positive integer
     */
    int integer(String name, int otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " needs a positive integer, not '" + value + "'");
    }

    /**
     * @param name the option
     * @return its value, or null when absent
     */
    String text(String name) {
        int at = left.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= left.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = left.get(at + 1);
        left.subList(at, at + 2).clear();
        return value;
    }

    /** @throws IllegalArgumentException when an option was not read */
    void done() {
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + left);
        }
    }
}
