package io.harvest4j.json.internal;

import io.harvest4j.core.codec.WireShape;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a {@link WireShape}'s JSON rules to JSON-P trees, both ways.
 *
 * <ul>
 *   <li><b>wrapped</b>: {@code {"client":{…}}}; reading, the object must have exactly one key, the
 *       declared root (or item, for lists) or one of the {@linkplain WireShape#alternateRoots()
 *       alternates}, hyphens read as underscores, and its value must be an object;</li>
 *   <li><b>unwrapped</b>: the object itself;</li>
 *   <li><b>lists</b>: an array of items, each wrapped or not as above; reading also accepts the
 *       array wrapped in the collection's root, {@code {"clients":[…]}};</li>
 *   <li><b>inlined</b> ({@code dayEntry}): reading, the top-level object's fields are also the
 *       fields of the inlined property, as if the body were
 *       {@code {"day_entry":{all fields}, all fields}} (a body that already nests them under
 *       {@code day_entry} is read as it is); writing, the property's fields are laid at the top
 *       level beside the others (a name in both with different values is an error).</li>
 * </ul>
 * Thread-safe.
 */
final class WireEnvelope {

    private final JsonProvider provider;

    WireEnvelope(JsonProvider provider) {
        this.provider = provider;
    }

    /** An object to bind and where it was in the document ({@code .client}, or nothing). */
    static final class Content {
        private final JsonObject object;
        private final String location;

        Content(JsonObject object, String location) {
            this.object = object;
            this.location = location;
        }

        JsonObject object() {
            return object;
        }

        String location() {
            return location;
        }
    }

    /**
     * @param document a whole document
     * @param shape the operation's shape
     * @return the object to bind, inlining applied
     * @throws JsonBindingException when the document does not have the shape
     */
    Content unwrapObject(JsonValue document, WireShape shape) {
        return unwrap(document, shape, shape.root());
    }

    /**
     * @param document a whole document
     * @param shape a list shape (or an object shape, whose root then names the items)
     * @return the items' array, and where it was
     * @throws JsonBindingException when the document is no array (or {@code {"root":[…]}})
     */
    JsonArray items(JsonValue document, WireShape shape) {
        if (document instanceof JsonArray) {
            return (JsonArray) document;
        }
        if (document instanceof JsonObject && ((JsonObject) document).size() == 1) {
            Map.Entry<String, JsonValue> only = ((JsonObject) document).entrySet().iterator().next();
            if (shape.acceptsName(only.getKey(), shape.root()) && only.getValue() instanceof JsonArray) {
                return (JsonArray) only.getValue();
            }
        }
        throw new JsonBindingException("expected an array of " + describeItem(shape)
                + (shape.isList() ? " (or {\"" + shape.root() + "\":[…]})" : "") + ", found " + describeTop(document));
    }

    /** @return the {@code .clients} location prefix of the items, when they were wrapped in the root */
    static String itemsLocation(JsonValue document) {
        return document instanceof JsonObject ? "." + ((JsonObject) document).keySet().iterator().next() : "";
    }

    /**
     * @param item one element of a list's array
     * @param shape the list's shape
     * @return the object to bind, inlining applied
     */
    Content unwrapItem(JsonValue item, WireShape shape) {
        return unwrap(item, shape, shape.item().orElse(shape.root()));
    }

    /**
     * @param written a value as the JSON-B writer wrote it
     * @param shape the operation's shape
     * @param name the wrapper's name (the root, or the item for lists)
     * @return the value in its envelope
     */
    JsonValue envelop(JsonValue written, WireShape shape, String name) {
        JsonValue value = written;
        Optional<String> inlined = shape.jsonInlined();
        if (inlined.isPresent()) {
            if (!(value instanceof JsonObject)) {
                throw new JsonBindingException("the shape inlines '" + inlined.get() + "' but the value is written as "
                        + describeTop(value));
            }
            value = flatten((JsonObject) value, JsonNames.wireName(inlined.get()));
        }
        if (shape.jsonWrapped()) {
            value = provider.createObjectBuilder().add(name, value).build();
        }
        return value;
    }

    private Content unwrap(JsonValue value, WireShape shape, String name) {
        if (!(value instanceof JsonObject)) {
            throw new JsonBindingException("expected " + (shape.jsonWrapped() ? "{\"" + name + "\":{…}}" : "an object")
                    + ", found " + describeTop(value));
        }
        JsonObject object = (JsonObject) value;
        String location = "";
        if (shape.jsonWrapped()) {
            if (object.size() != 1) {
                throw new JsonBindingException("expected one key, \"" + name + "\"" + alternates(shape)
                        + ", found " + (object.isEmpty() ? "none" : keys(object)));
            }
            Map.Entry<String, JsonValue> only = object.entrySet().iterator().next();
            if (!shape.acceptsName(only.getKey(), name)) {
                throw new JsonBindingException("expected the root \"" + name + "\"" + alternates(shape)
                        + ", found \"" + only.getKey() + "\"");
            }
            location = "." + only.getKey();
            if (!(only.getValue() instanceof JsonObject)) {
                throw new JsonBindingException("expected an object in \"" + only.getKey() + "\", found "
                        + describeTop(only.getValue())).within(location);
            }
            object = (JsonObject) only.getValue();
        }
        return new Content(inline(object, shape), location);
    }

    private JsonObject inline(JsonObject object, WireShape shape) {
        if (shape.jsonInlined().isEmpty()) {
            return object;
        }
        String key = JsonNames.wireName(shape.jsonInlined().get());
        if (object.get(key) instanceof JsonObject) {
            return object;
        }
        return provider.createObjectBuilder(object).add(key, object).build();
    }

    private JsonObject flatten(JsonObject outer, String key) {
        JsonValue inner = outer.get(key);
        if (inner != null && inner.getValueType() != JsonValue.ValueType.NULL && !(inner instanceof JsonObject)) {
            throw new JsonBindingException("the inlined \"" + key + "\" is written as " + describeTop(inner)
                    + ", not an object");
        }
        JsonObjectBuilder flat = inner instanceof JsonObject
                ? provider.createObjectBuilder((JsonObject) inner)
                : provider.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : outer.entrySet()) {
            if (member.getKey().equals(key)) {
                continue;
            }
            if (inner instanceof JsonObject && ((JsonObject) inner).containsKey(member.getKey())
                    && !((JsonObject) inner).get(member.getKey()).equals(member.getValue())) {
                throw new JsonBindingException("cannot inline \"" + key + "\": \"" + member.getKey()
                        + "\" is both one of its fields and, with another value, a field beside it");
            }
            flat.add(member.getKey(), member.getValue());
        }
        return flat.build();
    }

    private static String keys(JsonObject object) {
        StringBuilder keys = new StringBuilder("[");
        int shown = 0;
        for (String key : object.keySet()) {
            if (shown == 5) {
                return keys.append(", … ").append(object.size() - shown).append(" more]").toString();
            }
            keys.append(shown++ == 0 ? "" : ", ").append(key.length() > 40 ? key.substring(0, 40) + "…" : key);
        }
        return keys.append(']').toString();
    }

    private static String alternates(WireShape shape) {
        return shape.alternateRoots().isEmpty() ? "" : " (or " + String.join(", ", shape.alternateRoots()) + ")";
    }

    private static String describeItem(WireShape shape) {
        String item = shape.item().orElse(shape.root());
        return shape.jsonWrapped() ? "{\"" + item + "\":{…}}" : "objects";
    }

    private static String describeTop(JsonValue value) {
        if (value instanceof JsonObject) {
            JsonObject object = (JsonObject) value;
            return object.isEmpty() ? "an empty object" : "an object with keys " + keys(object);
        }
        return LenientBinder.describe(value);
    }
}
