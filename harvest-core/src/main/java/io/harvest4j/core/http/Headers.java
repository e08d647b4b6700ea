package io.harvest4j.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, case-insensitive multi-map of HTTP header fields.
 *
 * <p>{@link #toString()} redacts credentials ({@code Authorization}, {@code Cookie} and friends),
 * so a {@code Headers} value is safe to log.
 */
public final class Headers {

    private static final Set<String> SENSITIVE =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private static final Headers EMPTY = new Headers(new Field[0]);

    /**
     * The fields in the order they were first given, names unique regardless of case. Looked up by
     * a scan that compares names ignoring case: a request or an answer has a handful of fields, and
     * a scan allocates nothing (a lower-cased key per lookup would); a lookup is linear in the
     * number of fields, never worse.
     */
    private final Field[] fields;
    /** {@link #asMap()}, made on first use (an immutable value: a race makes it twice at worst). */
    private Map<String, List<String>> map;

    private Headers(Field[] fields) {
        this.fields = fields;
    }

    /** @return headers with no field */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * @param map header names to their values, as {@link java.net.http.HttpHeaders#map()} gives them
     * @return the same fields as an immutable, case-insensitive value
     */
    public static Headers of(Map<String, List<String>> map) {
        Builder builder = builder();
        map.forEach((name, values) -> values.forEach(value -> builder.add(name, value)));
        return builder.build();
    }

    /** @return a builder of new headers */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** @return a builder that starts from these headers */
    public Builder toBuilder() {
        LinkedHashMap<String, Field> copy = new LinkedHashMap<>();
        for (Field field : fields) {
            copy.put(key(field.name), new Field(field.name, new ArrayList<>(field.values)));
        }
        return new Builder(copy);
    }

    /**
     * @param name a field name, in any case
     * @return the field's first value, if present
     */
    public Optional<String> first(String name) {
        Field field = find(name);
        return field == null || field.values.isEmpty() ? Optional.empty() : Optional.of(field.values.get(0));
    }

    /**
     * @param name a field name, in any case
     * @return all of the field's values, in order; empty if absent
     */
    public List<String> all(String name) {
        Field field = find(name);
        return field == null ? List.of() : field.values;
    }

    /**
     * @param name the name
     * @return whether the field is present
     */
    public boolean contains(String name) {
        return find(name) != null;
    }

    /**
     * Hands each value of each field to {@code action}, fields in order, without making a map.
     *
     * @param action takes a field's name (as first given) and one of its values
     */
    public void forEach(BiConsumer<String, String> action) {
        Objects.requireNonNull(action, "action");
        for (Field field : fields) {
            for (String value : field.values) {
                action.accept(field.name, value);
            }
        }
    }

    /** @return whether there is a field that carries a credential ({@link #isSensitive(String)}) */
    public boolean hasSensitive() {
        for (Field field : fields) {
            if (isSensitive(field.name)) {
                return true;
            }
        }
        return false;
    }

    /** @return every field as name → values, names as they were first given */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> made = map;
        if (made == null) {
            LinkedHashMap<String, List<String>> fieldsByName = new LinkedHashMap<>();
            for (Field field : fields) {
                fieldsByName.put(field.name, field.values);
            }
            made = Collections.unmodifiableMap(fieldsByName);
            map = made;
        }
        return made;
    }

    /**
     * @param name the name
     * @return whether the named field carries a credential and must never be printed
     */
    public static boolean isSensitive(String name) {
        Objects.requireNonNull(name, "name");
        for (String sensitive : SENSITIVE) {
            if (sensitive.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers && asMap().equals(((Headers) other).asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    /** @return the fields, with credentials replaced by {@code <redacted>} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Field field : fields) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(field.name).append('=')
                    .append(isSensitive(field.name) ? "<redacted>" : String.join(", ", field.values));
        }
        return text.append('}').toString();
    }

    private Field find(String name) {
        Objects.requireNonNull(name, "name");
        for (Field field : fields) {
            if (field.name.equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    /** A field: its name as first given, and its values (immutable once built). */
    private static final class Field {
        final String name;
        final List<String> values;

        Field(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }

    /** Collects header fields; not thread-safe. */
    public static final class Builder {
        /** Lower-case name → the field, in the order first given. */
        private final LinkedHashMap<String, Field> fields;

        private Builder(LinkedHashMap<String, Field> fields) {
            this.fields = fields;
        }

        /**
         * Adds a value to a field, keeping the values it has.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            checkField(name, value);
            fields.computeIfAbsent(key(name), k -> new Field(name, new ArrayList<>(1))).values.add(value);
            return this;
        }

        /**
         * Replaces every value of a field with this one.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            checkField(name, value);
            List<String> values = new ArrayList<>(1);
            values.add(value);
            fields.put(key(name), new Field(name, values));
            return this;
        }

        /**
         * Removes a field.
         * @param name the name
         * @return this builder
         */
        public Builder remove(String name) {
            fields.remove(key(name));
            return this;
        }

        /** @return the immutable headers */
        public Headers build() {
            Field[] built = new Field[fields.size()];
            int i = 0;
            for (Field field : fields.values()) {
                built[i++] = new Field(field.name, List.copyOf(field.values));
            }
            return new Headers(built);
        }

        private static void checkField(String name, String value) {
            Objects.requireNonNull(value, "value");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("not a valid header name: '" + name + "'");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || c == ':') {
                    throw new IllegalArgumentException("not a valid header name: '" + name + "'");
                }
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + " must not contain a line break");
            }
        }
    }
}
