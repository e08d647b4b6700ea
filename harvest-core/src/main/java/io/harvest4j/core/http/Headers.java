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

/**
 * An immutable, case-insensitive multi-map of HTTP header fields.
 *
 * <p>{@link #toString()} redacts credentials ({@code Authorization}, {@code Cookie} and friends),
 * so a {@code Headers} value is safe to log.
 */
public final class Headers {

    private static final Set<String> SENSITIVE =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private static final Headers EMPTY = new Headers(Map.of());

    /** Lower-case name → (original name, values). */
    private final Map<String, Entry> entries;

    private Headers(Map<String, Entry> entries) {
        this.entries = entries;
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
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>();
        entries.forEach((key, entry) -> copy.put(key, new Entry(entry.name, new ArrayList<>(entry.values))));
        return new Builder(copy);
    }

    /**
     * @param name a field name, in any case
     * @return the field's first value, if present
     */
    public Optional<String> first(String name) {
        Entry entry = entries.get(key(name));
        return entry == null || entry.values.isEmpty() ? Optional.empty() : Optional.of(entry.values.get(0));
    }

    /**
     * @param name a field name, in any case
     * @return all of the field's values, in order; empty if absent
     */
    public List<String> all(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? List.of() : Collections.unmodifiableList(entry.values);
    }

    /**
     * @param name the name
     * @return whether the field is present
     */
    public boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    /** @return every field as name → values, names as they were first given */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        entries.values().forEach(entry -> map.put(entry.name, List.copyOf(entry.values)));
        return Collections.unmodifiableMap(map);
    }

    /**
     * @param name the name
     * @return whether the named field carries a credential and must never be printed
     */
    public static boolean isSensitive(String name) {
        return SENSITIVE.contains(key(name));
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
        entries.values().forEach(entry -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(entry.name).append('=')
                    .append(isSensitive(entry.name) ? "<redacted>" : String.join(", ", entry.values));
        });
        return text.append('}').toString();
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    private static final class Entry {
        final String name;
        final List<String> values;

        Entry(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }

    /** Collects header fields; not thread-safe. */
    public static final class Builder {
        private final LinkedHashMap<String, Entry> entries;

        private Builder(LinkedHashMap<String, Entry> entries) {
            this.entries = entries;
        }

        /**
         * Adds a value to a field, keeping the values it has.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            checkField(name, value);
            entries.computeIfAbsent(key(name), k -> new Entry(name, new ArrayList<>())).values.add(value);
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
            List<String> values = new ArrayList<>();
            values.add(value);
            entries.put(key(name), new Entry(name, values));
            return this;
        }

        /**
         * Removes a field.
         * @param name the name
         * @return this builder
         */
        public Builder remove(String name) {
            entries.remove(key(name));
            return this;
        }

        /** @return the immutable headers */
        public Headers build() {
            LinkedHashMap<String, Entry> copy = new LinkedHashMap<>();
            entries.forEach((key, entry) -> copy.put(key, new Entry(entry.name, List.copyOf(entry.values))));
            return new Headers(Collections.unmodifiableMap(copy));
        }

        private static void checkField(String name, String value) {
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c >= 127 || c == ':')) {
                throw new IllegalArgumentException("not a valid header name: '" + name + "'");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + " must not contain a line break");
            }
        }
    }
}
