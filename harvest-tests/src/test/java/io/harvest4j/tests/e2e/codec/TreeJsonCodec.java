package io.harvest4j.tests.e2e.codec;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireDates;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A third party's codec, as a user might write one: JSON over the JSON-P tree and plain
 * reflection, with no JSON-B and nothing of harvest-json. It exists only in the tests, to prove a
 * codec plugs in through {@code ServiceLoader} or Guice without any change to harvest4j, and that
 * such a codec can pass the {@code CodecConformanceTest} every codec of harvest4j passes. It counts
 * its decodes so a test can tell it was the one used.
 *
 * <p>It binds the fields of a model (strings, whole numbers, decimals, booleans, dates, nested
 * models and lists of them) by their underscored names; whatever does not fit is an
 * {@link IllegalArgumentException} inside, a {@link CodecException} outside.
 */
public final class TreeJsonCodec implements Codec {

    private final AtomicInteger decodes = new AtomicInteger();

    /** @return how many bodies this codec decoded */
    public int decodes() {
        return decodes.get();
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        decodes.incrementAndGet();
        try {
            return bind(unwrap(read(body), shape, shape.root()), type);
        } catch (RuntimeException e) {
            throw CodecException.undecodable(type, format().mediaType(), body, e);
        }
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        decodes.incrementAndGet();
        try {
            JsonValue document = read(body);
            if (!(document instanceof JsonArray)) {
                throw new IllegalArgumentException("expected an array, found " + document.getValueType());
            }
            List<T> items = new ArrayList<>();
            for (JsonValue item : document.asJsonArray()) {
                items.add(bind(unwrap(item, shape, shape.item().orElse(shape.root())), itemType));
            }
            return Collections.unmodifiableList(items);
        } catch (RuntimeException e) {
            throw CodecException.undecodable(itemType, format().mediaType(), body, e);
        }
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        try {
            JsonObject object = write(value).asJsonObject();
            if (shape.jsonInlined().isPresent()) {
                object = flatten(object, WireNaming.UNDERSCORED.toWire(shape.jsonInlined().get()));
            }
            if (shape.jsonWrapped()) {
                object = Json.createObjectBuilder().add(shape.root(), object).build();
            }
            return object.toString().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new CodecException("cannot encode " + value.getClass().getName() + " as " + format() + ": " + e, e);
        }
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        try {
            JsonValue message = read(body).asJsonObject().get("message");
            return message instanceof JsonString
                    ? Optional.of(((JsonString) message).getString().strip()).filter(text -> !text.isEmpty())
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    /** Exactly one JSON value, or an exception. */
    private static JsonValue read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new IllegalArgumentException("the body is empty");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new IllegalArgumentException("content follows the JSON value");
            }
            return value;
        }
    }

    /** The object of the shape's root (or item): the wrapper's content, or the value, inlining applied. */
    private static JsonObject unwrap(JsonValue value, WireShape shape, String name) {
        JsonObject object = value.asJsonObject();
        if (shape.jsonWrapped()) {
            if (object.size() != 1 || !shape.acceptsName(object.keySet().iterator().next(), name)) {
                throw new IllegalArgumentException("expected {\"" + name + "\":{…}}, found the keys " + object.keySet());
            }
            object = object.values().iterator().next().asJsonObject();
        }
        if (shape.jsonInlined().isPresent()) {
            String inlined = WireNaming.UNDERSCORED.toWire(shape.jsonInlined().get());
            if (!(object.get(inlined) instanceof JsonObject)) {
                object = Json.createObjectBuilder(object).add(inlined, object).build();
            }
        }
        return object;
    }

    private static <T> T bind(JsonObject object, Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (Field field : fields(type)) {
                JsonValue value = object.get(WireNaming.UNDERSCORED.toWire(field.getName()));
                Object converted = value == null ? null : convert(value, field.getType(), field);
                if (converted != null) {
                    field.set(instance, converted);
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type.getName() + ": " + e, e);
        }
    }

    private static Object convert(JsonValue value, Class<?> type, Field field) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type == String.class) {
            return text(value, field);
        }
        if (value instanceof JsonString && ((JsonString) value).getString().isBlank()) {
            return null;
        }
        if (type == long.class || type == Long.class) {
            return number(value, field).longValueExact();
        }
        if (type == int.class || type == Integer.class) {
            return number(value, field).intValueExact();
        }
        if (type == BigDecimal.class) {
            return number(value, field);
        }
        if (type == boolean.class || type == Boolean.class) {
            String text = value instanceof JsonString ? ((JsonString) value).getString() : value.toString();
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException(field.getName() + ": not a boolean: " + value);
            }
            return Boolean.valueOf(text);
        }
        if (type == LocalDate.class) {
            return WireDates.parseDate(text(value, field));
        }
        if (type == OffsetDateTime.class) {
            return WireDates.parseDateTime(text(value, field));
        }
        if (type == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (JsonValue element : value.asJsonArray()) {
                items.add(bind(element.asJsonObject(), item));
            }
            return Collections.unmodifiableList(items);
        }
        return bind(value.asJsonObject(), type);
    }

    private static String text(JsonValue value, Field field) {
        if (!(value instanceof JsonString)) {
            throw new IllegalArgumentException(field.getName() + ": expected a string, found " + value);
        }
        return ((JsonString) value).getString();
    }

    /** A number, or a numeric string (the service sends some ids so). */
    private static BigDecimal number(JsonValue value, Field field) {
        // the conformance suite asks every codec to bound numbers: a long one costs super-linear time
        String text = value instanceof JsonNumber ? value.toString() : text(value, field).strip();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(field.getName() + ": a number of more than " + MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal number;
        try {
            number = value instanceof JsonNumber ? ((JsonNumber) value).bigDecimalValue() : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.getName() + ": not a number", e);
        }
        if (Math.abs((long) number.scale()) > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(field.getName() + ": a number out of range");
        }
        return number;
    }

    private static final int MAX_NUMBER_LENGTH = 1100;

    // ---- writing -----------------------------------------------------------------------------

    private static JsonValue write(Object value) {
        if (value instanceof String) {
            return Json.createValue((String) value);
        }
        if (value instanceof BigDecimal) {
            return Json.createValue((BigDecimal) value);
        }
        if (value instanceof Long || value instanceof Integer) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return Json.createValue((BigInteger) value);
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof LocalDate) {
            return Json.createValue(WireDates.formatDate((LocalDate) value));
        }
        if (value instanceof OffsetDateTime) {
            return Json.createValue(WireDates.formatDateTime((OffsetDateTime) value));
        }
        if (value instanceof List) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object item : (List<?>) value) {
                array.add(write(item));
            }
            return array.build();
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (Field field : fields(value.getClass())) {
            Object fieldValue = read(field, value);
            if (fieldValue != null) {
                fields.add(WireNaming.UNDERSCORED.toWire(field.getName()), write(fieldValue));
            }
        }
        return fields.build();
    }

    /** The inlined property's fields laid beside the others ({@code /daily/timer}). */
    private static JsonObject flatten(JsonObject object, String inlined) {
        JsonObjectBuilder flat = Json.createObjectBuilder();
        JsonValue inner = object.get(inlined);
        if (inner instanceof JsonObject) {
            inner.asJsonObject().forEach(flat::add);
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!member.getKey().equals(inlined)) {
                flat.add(member.getKey(), member.getValue());
            }
        }
        return flat.build();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field + ": " + e, e);
        }
    }
}
