package io.harvest4j.json.internal;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * Which conversion of the {@link LenientBinder} a Java class takes, decided once per class: both
 * ways of reading (from a tree and straight from the parser's events) dispatch on it.
 */
enum ValueKind {
    STRING, JSON_VALUE, LONG, INT, SHORT, BYTE, BIG_DECIMAL, DOUBLE, FLOAT, BIG_INTEGER, BOOLEAN, DATE, DATE_TIME,
    ENUM, COLLECTION, MAP,
    /** A class with no JSON conversion: primitives without one, arrays, other JDK classes. */
    UNBINDABLE,
    /** A model class, filled field by field through its {@link ModelClass}. */
    MODEL;

    private static final ClassValue<ValueKind> KINDS = new ClassValue<>() {
        @Override
        protected ValueKind computeValue(Class<?> raw) {
            return classify(raw);
        }
    };

    /**
     * @param raw a class
     * @return its kind
     */
    static ValueKind of(Class<?> raw) {
        return KINDS.get(raw);
    }

    private static ValueKind classify(Class<?> raw) {
        if (raw == String.class) {
            return STRING;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return JSON_VALUE;
        }
        if (raw == long.class || raw == Long.class) {
            return LONG;
        }
        if (raw == int.class || raw == Integer.class) {
            return INT;
        }
        if (raw == short.class || raw == Short.class) {
            return SHORT;
        }
        if (raw == byte.class || raw == Byte.class) {
            return BYTE;
        }
        if (raw == BigDecimal.class) {
            return BIG_DECIMAL;
        }
        if (raw == double.class || raw == Double.class) {
            return DOUBLE;
        }
        if (raw == float.class || raw == Float.class) {
            return FLOAT;
        }
        if (raw == BigInteger.class) {
            return BIG_INTEGER;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return BOOLEAN;
        }
        if (raw == LocalDate.class) {
            return DATE;
        }
        if (raw == OffsetDateTime.class) {
            return DATE_TIME;
        }
        if (raw.isEnum()) {
            return ENUM;
        }
        if (raw == Iterable.class || Collection.class.isAssignableFrom(raw)) {
            return COLLECTION;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return MAP;
        }
        if (raw.isPrimitive() || raw.isArray() || raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
            return UNBINDABLE;
        }
        return MODEL;
    }
}
