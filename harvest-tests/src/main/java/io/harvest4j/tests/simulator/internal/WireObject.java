package io.harvest4j.tests.simulator.internal;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One answer's content, neutral of format: an ordered list of named fields, each knowing how it is
 * written in XML (text, {@code type=} attribute, {@code nil="true"}) and in JSON (a JSON-P value).
 * Names are written underscored; the XML writer hyphenates them where the part of the API does.
 * Not thread-safe: built and written by one request.
 */
public final class WireObject {

    /** Looked up once: {@code Json.createValue} would ask the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One named field. */
    static final class Field {
        final String name;
        final String xmlType;
        final String xmlText;
        final JsonValue json;
        final WireObject object;
        final List<WireObject> items;
        final String itemName;
        boolean jsonOnly;
        boolean xmlPadded;

        Field(String name, String xmlType, String xmlText, JsonValue json, WireObject object,
                List<WireObject> items, String itemName) {
            this.name = name;
            this.xmlType = xmlType;
            this.xmlText = xmlText;
            this.json = json;
            this.object = object;
            this.items = items;
            this.itemName = itemName;
        }

        boolean isNull() {
            return object == null && items == null && xmlText == null;
        }

        Field copy() {
            Field copy = new Field(name, xmlType, xmlText, json, object, items, itemName);
            copy.jsonOnly = jsonOnly;
            copy.xmlPadded = xmlPadded;
            return copy;
        }
    }

    private final List<Field> fields = new ArrayList<>();

    /** @return an empty object */
    public static WireObject create() {
        return new WireObject();
    }

    /**
     * @param message the text
     * @return {@code {"message": …}}, the usual error body
     */
    public static WireObject message(String message) {
        return new WireObject().string("message", message);
    }

    List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    private WireObject add(Field field) {
        fields.add(field);
        return this;
    }

    /**
     * @param name the field
     * @param value a string, or null (nil)
     * @return this
     */
    public WireObject string(String name, String value) {
        return add(new Field(name, null, value, value == null ? JsonValue.NULL : JSON.createValue(value), null, null, null));
    }

    /**
     * @param name the field
     * @param value an integer, or null
     * @return this
     */
    public WireObject integer(String name, Long value) {
        return add(new Field(name, "integer", value == null ? null : value.toString(),
                value == null ? JsonValue.NULL : JSON.createValue(value.longValue()), null, null, null));
    }

    /**
     * A number written with two decimals, {@code type="float"} in XML.
     *
     * @param name the field
     * @param value hours, or null
     * @return this
     */
    public WireObject hours(String name, BigDecimal value) {
        BigDecimal rounded = value == null ? null : WireDates.roundHours(value);
        return add(new Field(name, "float", rounded == null ? null : rounded.toPlainString(),
                rounded == null ? JsonValue.NULL : JSON.createValue(rounded), null, null, null));
    }

    /**
     * A decimal number as stored ({@code 0.485}, {@code 100.0}), {@code type="decimal"} in XML, a
     * JSON number in JSON.
     *
     * @param name the field
     * @param value the number, or null
     * @return this
     */
    public WireObject decimal(String name, BigDecimal value) {
        return add(new Field(name, "decimal", value == null ? null : value.toPlainString(),
                value == null ? JsonValue.NULL : JSON.createValue(value), null, null, null));
    }

    /**
     * @param name the field
     * @param value a boolean, or null
     * @return this
     */
    public WireObject bool(String name, Boolean value) {
        JsonValue json = value == null ? JsonValue.NULL : (value ? JsonValue.TRUE : JsonValue.FALSE);
        return add(new Field(name, "boolean", value == null ? null : value.toString(), json, null, null, null));
    }

    /**
     * A date, {@code type="date"}: ISO {@code 2006-10-18} in JSON, {@code xmlStyle} in XML.
     *
     * @param name the field
     * @param value the date, or null
     * @param xmlStyle how XML writes it
     * @return this
     */
    public WireObject date(String name, LocalDate value, DateTimeFormatter xmlStyle) {
        return add(new Field(name, "date", value == null ? null : xmlStyle.format(value),
                value == null ? JsonValue.NULL : JSON.createValue(value.toString()), null, null, null));
    }

    /**
     * A date-time, {@code type="datetime"}, to the second.
     *
     * @param name the field
     * @param value the instant, or null
     * @param xmlStyle how XML writes it
     * @param jsonStyle how JSON writes it
     * @return this
     */
    public WireObject dateTime(String name, Instant value, DateTimeFormatter xmlStyle, DateTimeFormatter jsonStyle) {
        return add(new Field(name, "datetime", value == null ? null : xmlStyle.format(value),
                value == null ? JsonValue.NULL : JSON.createValue(jsonStyle.format(value)), null, null, null));
    }

    /**
     * @param name the field
     * @param value the nested object
     * @return this
     */
    public WireObject object(String name, WireObject value) {
        return add(new Field(name, null, null, null, value, null, null));
    }

    /**
     * A list: in XML {@code <name><itemName>…</itemName>…</name>} (no {@code type="array"}, as the
     * time tracking API wrote it); in JSON an array of the items' objects, unwrapped.
     *
     * @param name the field
     * @param itemName the XML element of each item
     * @param items the items
     * @return this
     */
    public WireObject array(String name, String itemName, List<WireObject> items) {
        return add(new Field(name, null, null, null, null, new ArrayList<>(items), itemName));
    }

    /**
     * Marks the last field as written in JSON only.
     *
     * @return this
     */
    public WireObject jsonOnly() {
        fields.get(fields.size() - 1).jsonOnly = true;
        return this;
    }

    /**
     * Marks the last field as written in XML with a new line and indentation around its text, as
     * the documentation shows {@code timer_started_at} and {@code hours_for_previously_running_timer}.
     *
     * @return this
     */
    public WireObject xmlPadded() {
        fields.get(fields.size() - 1).xmlPadded = true;
        return this;
    }

    /** @return a copy whose field list can grow independently (nested objects are shared) */
    public WireObject copy() {
        WireObject copy = new WireObject();
        for (Field field : fields) {
            copy.fields.add(field.copy());
        }
        return copy;
    }
}
