package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one resource of the Extended API looks on the wire, once: its roots ({@code client} /
 * {@code clients}), its fields in the documented order with their types, and which of them a
 * request may write. It writes a {@link WireEntity} (XML hyphenated with {@code type=} and
 * {@code nil="true"}; JSON numbers, {@code YYYY-MM-DD} dates, ISO 8601 date-times with {@code Z})
 * and applies a request's fields to one, as Rails' mass assignment did: a field the shape does not
 * declare writable (ids, time stamps, {@code cache_version}, anything unknown) is ignored, never
 * refused; a value is cast by the field's type. Immutable once built.
 */
final class WireShape {

    /** A field's type on the wire. */
    enum Type {
        /** Text, written as sent. */
        STRING,
        /** A whole number, {@code type="integer"}. */
        INTEGER,
        /** A decimal number, {@code type="decimal"}. */
        DECIMAL,
        /** A boolean, {@code type="boolean"}; cast as Rails casts it. */
        BOOLEAN,
        /** A date, {@code type="date"}; read as Rails' {@code Date.parse}. */
        DATE,
        /** A date-time, {@code type="datetime"}; read-only. */
        DATETIME
    }

    /** Rails' {@code ActiveModel::Type::Boolean::FALSE_VALUES}: every other non-blank value is true. */
    private static final Set<String> FALSE_VALUES = Set.of("false", "0", "f", "off");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");

    private static final class Field {
        final String name;
        final Type type;
        final boolean writable;

        Field(String name, Type type, boolean writable) {
            this.name = name;
            this.type = type;
            this.writable = writable;
        }
    }

    private final String root;
    private final String listRoot;
    private final List<Field> fields = new ArrayList<>();

    /**
     * @param root a single resource's root, underscored ({@code task_assignment})
     * @param listRoot a list's root ({@code task_assignments})
     */
    WireShape(String root, String listRoot) {
        this.root = root;
        this.listRoot = listRoot;
    }

    /** @return the single resource's root, underscored (the wrapper of request bodies) */
    String root() {
        return root;
    }

    /**
     * Adds a field a request cannot write. {@code id}, {@code created_at} and {@code updated_at}
     * are the entity's own.
     *
     * @param name the underscored name
     * @param type its type
     * @return this
     */
    WireShape field(String name, Type type) {
        fields.add(new Field(name, type, false));
        return this;
    }

    /**
     * @param name the underscored name of a field a request may write
     * @param type its type
     * @return this
     */
    WireShape writable(String name, Type type) {
        fields.add(new Field(name, type, true));
        return this;
    }

    /**
     * @param entity an entity
     * @return its fields, in order
     */
    WireObject write(WireEntity entity) {
        WireObject wire = WireObject.create();
        for (Field field : fields) {
            Object value;
            switch (field.name) {
                case "id":
                    value = entity.id();
                    break;
                case "created_at":
                    value = entity.createdAt();
                    break;
                case "updated_at":
                    value = entity.updatedAt();
                    break;
                default:
                    value = entity.value(field.name);
            }
            switch (field.type) {
                case INTEGER:
                    wire.integer(field.name, (Long) value);
                    break;
                case DECIMAL:
                    wire.decimal(field.name, (BigDecimal) value);
                    break;
                case BOOLEAN:
                    wire.bool(field.name, (Boolean) value);
                    break;
                case DATE:
                    wire.date(field.name, (LocalDate) value, DateTimeFormatter.ISO_LOCAL_DATE);
                    break;
                case DATETIME:
                    wire.dateTime(field.name, (Instant) value, WireDates.ISO_Z, WireDates.ISO_Z);
                    break;
                default:
                    wire.string(field.name, (String) value);
            }
        }
        return wire;
    }

    /**
     * @param format the format
     * @param entity an entity
     * @param writer the writer
     * @return it as one resource
     */
    byte[] one(WireFormat format, WireEntity entity, WireWriter writer) {
        return writer.resource(format, root, write(entity));
    }

    /**
     * @param format the format
     * @param entities entities
     * @param writer the writer
     * @return them as a list
     */
    byte[] list(WireFormat format, Collection<? extends WireEntity> entities, WireWriter writer) {
        List<WireObject> items = new ArrayList<>();
        for (WireEntity entity : entities) {
            items.add(write(entity));
        }
        return writer.resources(format, listRoot, root, items);
    }

    /**
     * Applies what a request sends to an entity (without touching it in its table): every writable
     * field it carries but those named in {@code ignored}, each cast by its type. All values are
     * read before any is set, so a refused request changes nothing.
     *
     * @param entity the entity
     * @param request the request's fields
     * @param ignored names the call does not write (a project's {@code active} on update)
     * @throws RequestRefused 400 naming the field when a value cannot be cast
     */
    void apply(WireEntity entity, RequestFields request, Set<String> ignored) {
        List<Object[]> changes = new ArrayList<>();
        for (Field field : fields) {
            if (!field.writable || ignored.contains(field.name) || !request.has(field.name)) {
                continue;
            }
            String text = request.get(field.name);
            if (field.type == Type.BOOLEAN) {
                Boolean value = bool(text);
                if (value != null) {
                    changes.add(new Object[] {field.name, value});
                }
                continue;
            }
            changes.add(new Object[] {field.name, cast(field, text)});
        }
        for (Object[] change : changes) {
            entity.set((String) change[0], change[1]);
        }
    }

    /**
     * Casts a value as Rails casts a boolean attribute.
     *
     * @param text the value sent, may be null
     * @return null when blank (the field keeps its value), false for {@code false}, {@code 0},
     *     {@code f}, {@code off} (any case), true for anything else
     */
    static Boolean bool(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return !FALSE_VALUES.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    private static Object cast(Field field, String text) {
        if (field.type == Type.STRING) {
            return text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        switch (field.type) {
            case INTEGER:
                if (!INTEGER.matcher(value).matches()) {
                    throw RequestRefused.badRequest(field.name + " must be a whole number, not '" + value + "'");
                }
                return Long.parseLong(value);
            case DECIMAL:
                if (!DECIMAL.matcher(value).matches()) {
                    throw RequestRefused.badRequest(field.name + " must be a number, not '" + value + "'");
                }
                return new BigDecimal(value);
            case DATE:
                try {
                    return WireDates.parseDate(value);
                } catch (DateTimeException e) {
                    throw RequestRefused.badRequest(field.name + " is not a date: '" + value
                            + "' (use 2017-01-18, 2017/1/18 or Wed, 18 Jan 2017)");
                }
            default:
                throw new IllegalStateException("a " + field.type + " field is not written by requests: " + field.name);
        }
    }
}
