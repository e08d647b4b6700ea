package io.harvest4j.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked against generated values: {@code tries} values are drawn from a generator fed
 * by a seeded {@link Random}, and the first one the property rejects fails the test with the seed
 * and the try that reproduce it. No shrinking: generators are written to keep failing values small.
 *
 * <p>Tries and seed are chosen per run with system properties, so CI runs a few hundred values
 * while a long run does many more ({@code mvn … -Dharvest.properties.tries=20000}), and a failure
 * is replayed with {@code -Dharvest.properties.seed=…}:
 * <ul>
 *   <li>{@code harvest.properties.tries}: tries per property (default: the one each check gives);</li>
 *   <li>{@code harvest.properties.seed}: the seed (default: a new one per run, printed on failure).</li>
 * </ul>
 */
public final class PropertyCheck {

    private static final String TRIES = "harvest.properties.tries";
    private static final String SEED = "harvest.properties.seed";
    private static final int SHOWN = 600;

    private PropertyCheck() {
    }

    /**
     * Checks a property.
     *
     * @param tries the tries of a CI run ({@code harvest.properties.tries} overrides it)
     * @param generator draws one value from the random source it is given
     * @param property throws (an {@link AssertionError}, usually) when a value breaks it
     * @param <T> the type of the values
     * @throws AssertionError naming the seed, the try and the value that broke the property
     */
    public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        int count = Integer.getInteger(TRIES, tries);
        long seed = Long.getLong(SEED, new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + (i + 1) + " of " + count + " broke the property (replay with -D" + SEED + "="
                        + seed + "): " + shown(value) + "\n" + visible(String.valueOf(e.getMessage())), e);
            }
        }
    }

    private static String shown(Object value) {
        String text = value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : String.valueOf(value);
        return visible(text.length() <= SHOWN ? text : text.substring(0, SHOWN)) + (text.length() <= SHOWN ? ""
                : "… (" + text.length() + " characters)");
    }

    /** Controls, surrogates, format characters and non-characters as backslash-u escapes: a report cut at a NUL hides the rest. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            int type = Character.getType(c);
            if (c != '\n' && (type == Character.CONTROL || type == Character.SURROGATE || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
