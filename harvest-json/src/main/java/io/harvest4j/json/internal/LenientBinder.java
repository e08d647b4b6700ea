package io.harvest4j.json.internal;

import io.harvest4j.core.codec.WireDates;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
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
        return convert(value, type, raw, ValueKind.of(raw));
    }

    /**
     * @param value a JSON value, not {@code null} nor JSON {@code null}
     * @param type the Java type to bind to
     * @param raw its class
     * @param kind the class's kind
     * @return the value, or {@code null} for an empty string (but for strings)
     */
    Object convert(JsonValue value, Type type, Class<?> raw, ValueKind kind) {
        if (kind == ValueKind.STRING) {
            return text(value);
        }
        if (kind == ValueKind.JSON_VALUE) {
            if (raw.isInstance(value)) {
                return value;
            }
            throw mismatch("expected " + raw.getSimpleName() + ", found " + describe(value));
        }
        if (value instanceof JsonString && ((JsonString) value).getString().isBlank()) {
            return null;
        }
        switch (kind) {
            case LONG:
                return wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case INT:
                return (int) wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case SHORT:
                return (short) wholeNumber(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case BYTE:
                return (byte) wholeNumber(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case BIG_DECIMAL:
                return decimal(value);
            case DOUBLE:
                return finite(value, decimal(value).doubleValue());
            case FLOAT:
                return (float) finite(value, decimal(value).floatValue());
            case BIG_INTEGER:
                return bigInteger(value);
            case BOOLEAN:
                return bool(value);
            case DATE:
                try {
                    return WireDates.parseDate(string(value, "a date"));
                } catch (DateTimeException e) {
                    throw mismatch(describe(value) + " is not a date");
                }
            case DATE_TIME:
                try {
                    return WireDates.parseDateTime(string(value, "a date-time"));
                } catch (DateTimeException e) {
                    throw mismatch(describe(value) + " is not a date-time with an offset");
                }
            case ENUM:
                return constant(value, raw);
            case COLLECTION:
                return collection(value, type, raw);
            case MAP:
                return map(value, type, raw);
            case MODEL:
                if (!(value instanceof JsonObject)) {
                    throw mismatch("expected an object for " + raw.getSimpleName() + ", found " + describe(value));
                }
                return model((JsonObject) value, raw);
            default:
                throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName());
        }
    }

    /**
     * @param type a model class
     * @return how it is filled, made once per class
     * @throws UnbindableTypeException when it is not a model class, or not open to this module
     */
    ModelClass model(Class<?> type) {
        return models.get(type);
    }

    private Object model(JsonObject object, Class<?> type) {
        ModelClass model = models.get(type);
        Object instance = model.newInstance();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            ModelClass.Property property = model.property(member.getKey());
            if (property == null) {
                continue;
            }
            Object value;
            try {
                value = bind(member.getValue(), property.type());
            } catch (JsonBindingException e) {
                throw e.within("." + member.getKey());
            }
            model.set(property, instance, value);
        }
        return instance;
    }

    private Object collection(JsonValue value, Type type, Class<?> raw) {
        Type itemType = typeArgument(type, 0);
        if (!(value instanceof JsonArray)) {
            throw mismatch("expected an array, found " + describe(value));
        }
        JsonArray array = (JsonArray) value;
        Collection<Object> items = newCollection(type, raw, array.size());
        for (int i = 0; i < array.size(); i++) {
            try {
                items.add(bind(array.get(i), itemType));
            } catch (JsonBindingException e) {
                throw e.within("[" + i + "]");
            }
        }
        return unmodifiable(items);
    }

    /**
     * @param type a collection type whose item type is known
     * @param raw its class
     * @param size how many items are expected, or {@code 0} when unknown
     * @return an empty collection that {@link #unmodifiable} seals when it is filled
     * @throws UnbindableTypeException when the type is neither a list nor a set
     */
    static Collection<Object> newCollection(Type type, Class<?> raw, int size) {
        if (raw.isAssignableFrom(ArrayList.class)) {
            return size > 0 ? new ArrayList<>(size) : new ArrayList<>();
        }
        if (raw.isAssignableFrom(LinkedHashSet.class)) {
            return new LinkedHashSet<>();
        }
        throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName()
                + ": use List, Collection or Set");
    }

    /**
     * @param items a collection of {@link #newCollection}
     * @return it, unmodifiable
     */
    static Object unmodifiable(Collection<Object> items) {
        return items instanceof List ? Collections.unmodifiableList((List<Object>) items)
                : Collections.unmodifiableSet((Set<Object>) items);
    }

    private Object map(JsonValue value, Type type, Class<?> raw) {
        Type valueType = mapValueType(type, raw);
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

    /**
     * @param type a map type
     * @param raw its class
     * @return the type of its values
     * @throws UnbindableTypeException unless it is a {@code Map<String, V>} a {@code LinkedHashMap} fits
     */
    static Type mapValueType(Type type, Class<?> raw) {
        if (typeArgument(type, 0) != String.class || !raw.isAssignableFrom(LinkedHashMap.class)) {
            throw new UnbindableTypeException("no JSON conversion for " + type.getTypeName() + ": use Map<String, V>");
        }
        return typeArgument(type, 1);
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
        } else if (value instanceof JsonString && isPlainWhole(((JsonString) value).getString())) {
            // "12", as the service writes ids in some answers: what BigDecimal would read, without it
            number = Long.parseLong(((JsonString) value).getString());
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

    /**
     * @return whether the text is an optional minus sign and 1 to 18 ASCII digits, nothing else (no
     *     blank to strip): a number {@link Long#parseLong} reads exactly as {@link #decimal} would
     */
    private static boolean isPlainWhole(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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

    static Class<?> rawClass(Type type) {
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

    static Type typeArgument(Type type, int index) {
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
