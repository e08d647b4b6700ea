package io.harvest4j.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
        Builder builder = new Builder(map.size());
        map.forEach(builder::addAll);
        return builder.build();
    }

    /** @return a builder of new headers */
    public static Builder builder() {
        return new Builder(4);
    }

    /** @return a builder that starts from these headers */
    public Builder toBuilder() {
        Builder builder = new Builder(fields.length + 1);
        for (Field field : fields) {
            builder.append(field.name, field.values, true);
        }
        return builder;
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

    /**
     * @param other anything
     * @return whether {@code other} has the same fields: the same names (as first given) with the
     *     same values in the same order, whatever the order of the fields
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Headers)) {
            return false;
        }
        Field[] others = ((Headers) other).fields;
        if (others.length != fields.length) {
            return false;
        }
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].name.equals(others[i].name) || !fields[i].values.equals(others[i].values)) {
                // the same fields in another order are equal too: compare as maps
                return asMap().equals(((Headers) other).asMap());
            }
        }
        return true;
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

    /** A field: its name as first given, and its values (immutable once built). */
    private static final class Field {
        final String name;
        final List<String> values;

        Field(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }

    /**
     * Collects header fields; not thread-safe. Fields are kept in the order first given and found by
     * a scan that compares names ignoring case, as {@link Headers} does; past
     * {@link #INDEXED_FROM} fields (an answer with a great many, say) they are found through an
     * index by lower-case name instead, so that building stays linear in the number of fields.
     */
    public static final class Builder {
        /** The number of fields from which they are indexed by lower-case name. */
        private static final int INDEXED_FROM = 16;

        private final ArrayList<Entry> entries;
        /** Lower-case name → entry, once there are {@link #INDEXED_FROM} fields; else {@code null}. */
        private HashMap<String, Entry> index;

        private Builder(int expected) {
            this.entries = new ArrayList<>(expected);
        }

        /**
         * Adds a value to a field, keeping the values it has.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            checkField(name, value);
            Entry entry = find(name);
            if (entry == null) {
                List<String> values = new ArrayList<>(1);
                values.add(value);
                append(name, values, false);
            } else {
                entry.own().add(value);
            }
            return this;
        }

        /**
         * Adds every value of a field, as {@link #add} one by one would.
         */
        private void addAll(String name, List<String> values) {
            if (values.isEmpty()) {
                return;
            }
            for (String value : values) {
                checkField(name, value);
            }
            Entry entry = find(name);
            if (entry == null) {
                append(name, List.copyOf(values), true);
            } else {
                entry.own().addAll(values);
            }
        }

        /**
         * Replaces every value of a field with this one; the field keeps its place, and takes the
         * name as given here.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            checkField(name, value);
            Entry entry = find(name);
            if (entry == null) {
                append(name, List.of(value), true);
            } else {
                Entry replaced = new Entry(name, List.of(value), true);
                entries.set(entries.indexOf(entry), replaced);
                if (index != null) {
                    index.put(name.toLowerCase(Locale.ROOT), replaced);
                }
            }
            return this;
        }

        /**
         * Removes a field.
         * @param name the name
         * @return this builder
         */
        public Builder remove(String name) {
            Entry entry = find(Objects.requireNonNull(name, "name"));
            if (entry != null) {
                entries.remove(entry);
                if (index != null) {
                    index.remove(name.toLowerCase(Locale.ROOT));
                }
            }
            return this;
        }

        /** @return the immutable headers */
        public Headers build() {
            Field[] built = new Field[entries.size()];
            for (int i = 0; i < built.length; i++) {
                Entry entry = entries.get(i);
                built[i] = new Field(entry.name, entry.shared ? entry.values : List.copyOf(entry.values));
            }
            return new Headers(built);
        }

        /**
         * @param values the field's values: an immutable list when {@code shared}, copied before
         *     it is changed; else a list of this builder's own
         */
        private void append(String name, List<String> values, boolean shared) {
            Entry entry = new Entry(name, values, shared);
            entries.add(entry);
            if (index != null) {
                index.put(name.toLowerCase(Locale.ROOT), entry);
            } else if (entries.size() >= INDEXED_FROM) {
                index = new HashMap<>();
                for (Entry each : entries) {
                    index.put(each.name.toLowerCase(Locale.ROOT), each);
                }
            }
        }

        private Entry find(String name) {
            if (index != null) {
                return index.get(name.toLowerCase(Locale.ROOT));
            }
            for (Entry entry : entries) {
                if (entry.name.equalsIgnoreCase(name)) {
                    return entry;
                }
            }
            return null;
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

        /** A field being built: its values shared with the headers it came from until changed. */
        private static final class Entry {
            final String name;
            List<String> values;
            boolean shared;

            Entry(String name, List<String> values, boolean shared) {
                this.name = name;
                this.values = values;
                this.shared = shared;
            }

            /** @return the values, as a list of this builder's own that may be changed */
            List<String> own() {
                if (shared) {
                    values = new ArrayList<>(values);
                    shared = false;
                }
                return values;
            }
        }
    }
}
