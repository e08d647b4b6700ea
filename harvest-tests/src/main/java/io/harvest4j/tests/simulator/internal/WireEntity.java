package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@link Entity} of the Extended API whose documented fields are kept by their wire name
 * (underscored: {@code first_name}, {@code hourly_rate}), so that one {@link WireShape} per
 * resource writes it and applies a request to it, field by field, without a getter and a setter
 * written out for each. Values are {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Boolean}, {@code LocalDate} or {@code Instant}, or null. The fields a rule reads have
 * typed accessors on the resource's class. Guarded by the {@link Account}'s lock.
 */
public abstract class WireEntity extends Entity {

    private final Map<String, Object> values = new HashMap<>();

    /** A record not yet in a table. */
    protected WireEntity() {
    }

    /**
     * @param name a field's wire name ({@code hourly_rate})
     * @return its value, or null
     */
    public final Object value(String name) {
        return values.get(name);
    }

    /**
     * @param name a field's wire name
     * @param value its new value, or null (the caller touches the entity in its table)
     */
    public final void set(String name, Object value) {
        values.put(name, value);
    }

    /** @return a copy of every field's value, to {@linkplain #restore restore} when a change is refused */
    final Map<String, Object> values() {
        return new HashMap<>(values);
    }

    /** @param saved what {@link #values()} returned: every field gets that value again */
    final void restore(Map<String, Object> saved) {
        values.clear();
        values.putAll(saved);
    }

    /**
     * @param name a text field
     * @return its value, or null
     */
    protected final String text(String name) {
        return (String) values.get(name);
    }

    /**
     * @param name a boolean field
     * @return its value (null is false)
     */
    protected final boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /**
     * @param name an integer field
     * @return its value, or null
     */
    protected final Long integer(String name) {
        return (Long) values.get(name);
    }

    /**
     * @param name a decimal field
     * @return its value, or null
     */
    protected final BigDecimal decimal(String name) {
        return (BigDecimal) values.get(name);
    }

    /**
     * @param name a date field
     * @return its value, or null
     */
    protected final LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /**
     * @param name a date-time field
     * @return its value, or null
     */
    protected final Instant instant(String name) {
        return (Instant) values.get(name);
    }
}
