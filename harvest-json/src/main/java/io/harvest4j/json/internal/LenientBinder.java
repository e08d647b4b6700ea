package io.harvest4j.json.internal;

import io.harvest4j.core.codec.WireDates;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills Java objects from JSON-P trees, leniently, the way the live service needs:
 * <ul>
 *   <li>whole numbers ({@code long}, {@code int}, {@code short}, {@code byte} and boxes) from JSON
 *       numbers or numeric strings ({@code "project_id":"123"}, also {@code "1.0"}); decimals
 *       ({@code BigDecimal}, {@code double}, {@code float}) likewise ({@code "hours":"1.5"});</li>
 *   <li>booleans from {@code true}/{@code false} or the strings {@code "true"}/{@code "false"} (any
 *       case);</li>
 *   <li>dates and date-times in every form {@link WireDates} reads;</li>
 *   <li>strings from strings, and from numbers and booleans as written;</li>
 *   <li>{@code null}, and an empty or blank string for any type but {@code String}, are
 *       {@code null}; a primitive field keeps its default then;</li>
 *   <li>{@code List}/{@code Collection}/{@code Set} from arrays, {@code Map<String, V>} from objects
 *       (keys as written), enums by constant name (case and {@code -}/{@code _} ignored);</li>
 *   <li>model objects through {@link ModelClass}: keys name fields in underscored (or hyphenated)
 *       form; unknown keys are ignored.</li>
 * </ul>
 * Collections come back unmodifiable. A value that does not convert is a
 * {@link JsonBindingException} naming where it is; a type with no conversion is an
 * {@link UnbindableTypeException}. Thread-safe.
 */
final class LenientBinder {

    /** Longer numeric strings are refused before any parsing. */
    private static final int MAX_NUMBER_LENGTH = 1100;

    private final ClassValue<ModelClass> models = new ClassValue<>() {
        @Override
        protected ModelClass computeValue(Class<?> type) {
            return ModelClass.of(type);
        }
    };

    /**
     * @param object a JSON object
     * @param type a model class
     * @param <T> the model type
     * @return a new instance filled from the object
     */
    <T> T bindObject(JsonObject object, Class<T> type) {
        return type.cast(bind(object, type));
    }

    /**
     * @param value a JSON value, or {@code null}
     * @param type the Java type to bind to
     * @return the value, or {@code null} for JSON {@code null} (and an empty string but for strings)
     */
    Object bind(JsonValue value, Type type) {
        Class<?> raw = rawClass(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (raw == String.class) {
            return text(value);
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (raw.isInstance(value)) {
                return value;
            }
            throw mismatch("expected " + raw.getSimpleName() + ", found " + describe(value));
        }
        if (value instanceof JsonString && ((JsonString) value).getString().isBlank()) {
            return null;
        }
        if (raw == long.class || raw == Long.class) {
            return wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == int.class || raw == Integer.class) {
            return (int) wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == short.class || raw == Short.class) {
            return (short) wholeNumber(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) wholeNumber(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (raw == BigDecimal.class) {
            return decimal(value);
        }
        if (raw == double.class || raw == Double.class) {
            return finite(value, decimal(value).doubleValue());
        }
        if (raw == float.class || raw == Float.class) {
            return (float) finite(value, decimal(value).floatValue());
        }
        if (raw == BigInteger.class) {
            return bigInteger(value);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return bool(value);
        }
        if (raw == LocalDate.class) {
            try {
                return WireDates.parseDate(string(value, "a date"));
            } catch (DateTimeException e) {
                throw mismatch(describe(value) + " is not a date");
            }
        }
        if (raw == OffsetDateTime.class) {
            try {
                return WireDates.parseDateTime(string(value, "a date-time"));
            } catch (DateTimeException e) {
                throw mismatch(describe(value) + " is not a date-time with an offset");
            }
        }
        if (raw.isEnum()) {
            return constant(value, raw);
        }
        if (raw == Iterable.class || Collection.class.isAssignableFrom(raw)) {
            return collection(value, type, raw);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(value, type, raw);
        }
        if (raw.isPrimitive() || raw.isArray() || raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
            throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName());
        }
        if (!(value instanceof JsonObject)) {
            throw mismatch("expected an object for " + raw.getSimpleName() + ", found " + describe(value));
        }
        return model((JsonObject) value, raw);
    }

    private Object model(JsonObject object, Class<?> type) {
        ModelClass model = models.get(type);
        Object instance = model.newInstance();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Field field = model.field(member.getKey());
            if (field == null) {
                continue;
            }
            Object value;
            try {
                value = bind(member.getValue(), field.getGenericType());
            } catch (JsonBindingException e) {
                throw e.within("." + member.getKey());
            }
            if (value != null || !field.getType().isPrimitive()) {
                model.set(field, instance, value);
            }
        }
        return instance;
    }

    private Object collection(JsonValue value, Type type, Class<?> raw) {
        Type itemType = typeArgument(type, 0);
        if (!(value instanceof JsonArray)) {
            throw mismatch("expected an array, found " + describe(value));
        }
        JsonArray array = (JsonArray) value;
        boolean asList = raw.isAssignableFrom(ArrayList.class);
        if (!asList && !raw.isAssignableFrom(LinkedHashSet.class)) {
            throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName()
                    + ": use List, Collection or Set");
        }
        Collection<Object> items = asList ? new ArrayList<>(array.size()) : new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                items.add(bind(array.get(i), itemType));
            } catch (JsonBindingException e) {
                throw e.within("[" + i + "]");
            }
        }
        return asList ? Collections.unmodifiableList((List<Object>) items) : Collections.unmodifiableSet((Set<Object>) items);
    }

    private Object map(JsonValue value, Type type, Class<?> raw) {
        if (typeArgument(type, 0) != String.class || !raw.isAssignableFrom(LinkedHashMap.class)) {
            throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName() + ": use Map<String, V>");
        }
        Type valueType = typeArgument(type, 1);
        if (!(value instanceof JsonObject)) {
            throw mismatch("expected an object, found " + describe(value));
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
            try {
                entries.put(member.getKey(), bind(member.getValue(), valueType));
            } catch (JsonBindingException e) {
                throw e.within("." + member.getKey());
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static String text(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                return value.toString();
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            default:
                throw mismatch("expected a string, found " + describe(value));
        }
    }

    private static String string(JsonValue value, String what) {
        if (!(value instanceof JsonString)) {
            throw mismatch("expected " + what + " in a string, found " + describe(value));
        }
        return ((JsonString) value).getString();
    }

    private static BigDecimal decimal(JsonValue value) {
        if (value instanceof JsonNumber) {
            BigDecimal number;
            try {
                number = ((JsonNumber) value).bigDecimalValue();
            } catch (RuntimeException e) {
                throw mismatch("a number of more than " + MAX_NUMBER_LENGTH + " characters, or out of range");
            }
            return bounded(value, number);
        }
        if (value instanceof JsonString) {
            String text = ((JsonString) value).getString().strip();
            if (text.length() <= MAX_NUMBER_LENGTH) {
                try {
                    return bounded(value, new BigDecimal(text));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw mismatch(describe(value) + " is not a number");
        }
        throw mismatch("expected a number, found " + describe(value));
    }

    /**
     * A number with an exponent as long as its digits may be ({@code 1e999999999}) would cost
     * that many digits to whoever prints or rounds it: refused like an over-long one.
     */
    private static BigDecimal bounded(JsonValue value, BigDecimal number) {
        if (Math.abs((long) number.scale()) > MAX_NUMBER_LENGTH) {
            throw mismatch(describe(value) + " is out of range");
        }
        return number;
    }

    private static long wholeNumber(JsonValue value, long min, long max) {
        long number;
        if (value instanceof JsonNumber && ((JsonNumber) value).isIntegral()) {
            try {
                number = ((JsonNumber) value).longValueExact();
            } catch (ArithmeticException e) {
                throw mismatch(describe(value) + " is out of range");
            }
        } else {
            BigDecimal decimal = decimal(value);
            try {
                number = decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw mismatch(describe(value) + (decimal.stripTrailingZeros().scale() > 0
                        ? " is not a whole number" : " is out of range"));
            }
        }
        if (number < min || number > max) {
            throw mismatch(describe(value) + " is out of range [" + min + ", " + max + "]");
        }
        return number;
    }

    private static BigInteger bigInteger(JsonValue value) {
        BigDecimal decimal = decimal(value);
        if (decimal.precision() - decimal.scale() > MAX_NUMBER_LENGTH) {
            throw mismatch(describe(value) + " is too large");
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw mismatch(describe(value) + " is not a whole number");
        }
    }

    private static double finite(JsonValue value, double number) {
        if (Double.isInfinite(number) || Double.isNaN(number)) {
            throw mismatch(describe(value) + " is out of range");
        }
        return number;
    }

    private static Boolean bool(JsonValue value) {
        switch (value.getValueType()) {
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case STRING:
                String text = ((JsonString) value).getString().strip();
                if (text.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (text.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                throw mismatch(describe(value) + " is not a boolean");
            default:
                throw mismatch("expected a boolean, found " + describe(value));
        }
    }

    private static Object constant(JsonValue value, Class<?> type) {
        String text = string(value, "a constant of " + type.getSimpleName()).strip();
        String normalized = text.replace('-', '_').replace(' ', '_');
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(normalized)) {
                return constant;
            }
        }
        throw mismatch(describe(value) + " is not a constant of " + type.getSimpleName());
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        if (type instanceof WildcardType) {
            return rawClass(((WildcardType) type).getUpperBounds()[0]);
        }
        throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName()
                + ": type variables and generic arrays are not bound");
    }

    private static Type typeArgument(Type type, int index) {
        if (!(type instanceof ParameterizedType)) {
            throw new UnbindableTypeException("no JSON conversion for the raw type " + type.getTypeName()
                    + ": declare its type arguments");
        }
        Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
        return argument instanceof WildcardType ? ((WildcardType) argument).getUpperBounds()[0] : argument;
    }

    private static JsonBindingException mismatch(String reason) {
        return new JsonBindingException(reason);
    }

    /**
     * @param value a JSON value
     * @return how a message shows it: a short quoted string, a number, or its kind
     */
    static String describe(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                String text = value.toString();
                return text.length() > 42 ? text.substring(0, 40) + "…\"" : text;
            case NUMBER:
                String number = value.toString();
                return number.length() > 40 ? number.substring(0, 40) + "…" : number;
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            default:
                return value.getValueType().name().toLowerCase(Locale.ROOT);
        }
    }
}
