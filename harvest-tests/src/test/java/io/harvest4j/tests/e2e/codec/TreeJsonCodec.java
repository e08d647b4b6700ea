package io.harvest4j.tests.e2e.codec;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireDates;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A third party's codec, as a user might write one: JSON over the JSON-P tree and plain
 * reflection, with no JSON-B and nothing of harvest-json. It exists only in the tests, to prove a
 * codec plugs in through {@code ServiceLoader} or Guice without any change to harvest4j. It counts
 * its decodes so a test can tell it was the one used.
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
            JsonObject object = Json.createReader(new ByteArrayInputStream(body)).readObject();
            if (shape.jsonWrapped()) {
                object = object.getJsonObject(shape.root());
            }
            return bind(object, type);
        } catch (JsonParsingException | ClassCastException | NullPointerException | IllegalStateException e) {
            throw CodecException.undecodable(type, format().mediaType(), body, e);
        }
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        decodes.incrementAndGet();
        try {
            JsonArray array = Json.createReader(new ByteArrayInputStream(body)).readArray();
            List<T> items = new ArrayList<>();
            for (JsonValue value : array) {
                JsonObject object = value.asJsonObject();
                items.add(bind(shape.jsonWrapped() ? object.getJsonObject(shape.item().orElseThrow()) : object, itemType));
            }
            return items;
        } catch (JsonParsingException | ClassCastException | NullPointerException | IllegalStateException e) {
            throw CodecException.undecodable(itemType, format().mediaType(), body, e);
        }
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (Field field : fields(value.getClass())) {
            Object fieldValue = read(field, value);
            if (fieldValue != null) {
                fields.add(WireNaming.UNDERSCORED.toWire(field.getName()), String.valueOf(fieldValue));
            }
        }
        JsonObject object = shape.jsonWrapped()
                ? Json.createObjectBuilder().add(shape.root(), fields).build() : fields.build();
        return object.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        try {
            return Optional.ofNullable(Json.createReader(new ByteArrayInputStream(body)).readObject().getString("message", null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> T bind(JsonObject object, Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (Field field : fields(type)) {
                JsonValue value = object.get(WireNaming.UNDERSCORED.toWire(field.getName()));
                if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                    field.setAccessible(true);
                    field.set(instance, convert(value, field));
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type.getName() + ": " + e, e);
        }
    }

    private static Object convert(JsonValue value, Field field) {
        Class<?> type = field.getType();
        String text = value instanceof JsonString ? ((JsonString) value).getString() : value.toString();
        if (type == String.class) {
            return text;
        }
        if (type == long.class || type == Long.class) {
            return value instanceof JsonNumber ? ((JsonNumber) value).longValueExact() : Long.parseLong(text);
        }
        if (type == int.class || type == Integer.class) {
            return value instanceof JsonNumber ? ((JsonNumber) value).intValueExact() : Integer.parseInt(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == LocalDate.class) {
            return WireDates.parseDate(text);
        }
        if (type == OffsetDateTime.class) {
            return WireDates.parseDateTime(text);
        }
        if (type == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (JsonValue element : value.asJsonArray()) {
                items.add(bind(element.asJsonObject(), item));
            }
            return items;
        }
        return bind(value.asJsonObject(), type);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new CodecException("cannot read " + field + ": " + e, e);
        }
    }
}
