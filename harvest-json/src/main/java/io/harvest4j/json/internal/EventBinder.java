package io.harvest4j.json.internal;

import io.harvest4j.core.codec.WireShape;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds straight from a {@link JsonParser}'s events to the model, with no tree in between: the
 * fast way of reading, for bodies that are what they should be. It is optimistic: it only ever
 * returns what the tree way ({@link WireEnvelope} and the {@link LenientBinder} over the parser's
 * {@code getValue()}) would return for the same events, and anything else (a value that does not
 * convert, a body of another shape, a member that names a field already filled, a shape that
 * inlines) it refuses with some exception, not a report: the caller then reads the body the tree
 * way, which says exactly what is wrong in the words the codec always used (or binds what this
 * refused, a duplicated member for one). The conversions of scalars are the binder's own.
 *
 * <p>To fail exactly where the tree way fails, every event the tree would hold is read as the
 * tree would read it: numbers through {@code getValue()} (Parsson's bounds on their length apply
 * there), and the values of unknown members as trees. Thread-safe.
 */
final class EventBinder {

    private final LenientBinder binder;
    private final JsonProvider provider;

    EventBinder(LenientBinder binder, JsonProvider provider) {
        this.binder = binder;
        this.provider = provider;
    }

    /**
     * @param shape an operation's shape
     * @return whether bodies of that shape are read here ({@code false}: inlining shapes, which
     *     only the tree way reads)
     */
    static boolean reads(WireShape shape) {
        return shape.jsonInlined().isEmpty();
    }

    /**
     * Reads one object in the shape's envelope.
     *
     * @param parser a parser on the object's first event
     * @param first that event
     * @param type the model type
     * @param shape a shape this class {@linkplain #reads reads}
     * @param name the wrapper's name (the root, or the item for lists)
     * @param <T> the model type
     * @return the bound value; the parser is left on the object's last event
     * @throws RuntimeException when the body is not read here (see the class's description)
     */
    <T> T object(JsonParser parser, Event first, Class<T> type, WireShape shape, String name) {
        require(first, Event.START_OBJECT);
        if (!shape.jsonWrapped()) {
            return type.cast(bind(parser, first, type));
        }
        require(parser.next(), Event.KEY_NAME);
        if (!shape.acceptsName(parser.getString(), name)) {
            throw new Refused();
        }
        Object value = bind(parser, require(parser.next(), Event.START_OBJECT), type);
        require(parser.next(), Event.END_OBJECT);
        return type.cast(value);
    }

    /**
     * Reads a list body: an array of items, or the array in the root, {@code {"root":[…]}}.
     *
     * @param parser a parser on the document's first event
     * @param first that event
     * @param itemType the model type of the items
     * @param shape a shape this class {@linkplain #reads reads}
     * @param <T> the model type
     * @return the bound items, unmodifiable; the parser is left on the document's last event
     * @throws RuntimeException when the body is not read here (see the class's description)
     */
    <T> List<T> list(JsonParser parser, Event first, Class<T> itemType, WireShape shape) {
        boolean rooted = first == Event.START_OBJECT;
        if (rooted) {
            require(parser.next(), Event.KEY_NAME);
            if (!shape.acceptsName(parser.getString(), shape.root())) {
                throw new Refused();
            }
            require(parser.next(), Event.START_ARRAY);
        } else {
            require(first, Event.START_ARRAY);
        }
        String name = shape.item().orElse(shape.root());
        List<T> items = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            items.add(object(parser, event, itemType, shape, name));
        }
        if (rooted) {
            require(parser.next(), Event.END_OBJECT);
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * @param parser a parser on a value's first event
     * @param event that event
     * @param type the Java type to bind to
     * @return the value as the {@link LenientBinder} binds it; the parser is left on its last event
     */
    Object bind(JsonParser parser, Event event, Type type) {
        Class<?> raw = LenientBinder.rawClass(type);
        if (event == Event.VALUE_NULL) {
            return null;
        }
        ValueKind kind = ValueKind.of(raw);
        if (event == Event.START_OBJECT && kind == ValueKind.MODEL) {
            return model(parser, binder.model(raw));
        }
        if (event == Event.START_OBJECT && kind == ValueKind.MAP) {
            return map(parser, LenientBinder.mapValueType(type, raw));
        }
        if (event == Event.START_ARRAY && kind == ValueKind.COLLECTION) {
            return collection(parser, type, raw);
        }
        if (event == Event.VALUE_STRING && kind == ValueKind.STRING) {
            return parser.getString();
        }
        return binder.convert(value(parser, event), type, raw, kind);
    }

    private Object model(JsonParser parser, ModelClass model) {
        Object instance = model.newInstance();
        boolean[] filled = new boolean[model.size()];
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            ModelClass.Property property = model.property(parser.getString());
            Event valueEvent = parser.next();
            if (property == null) {
                skip(parser, valueEvent);
                continue;
            }
            if (filled[property.index()]) {
                // the tree keeps the last of the same keys, at the place of the first, and fills
                // a field named twice (created_at, created-at) in that order: left to the tree
                throw new Refused();
            }
            filled[property.index()] = true;
            model.set(property, instance, bind(parser, valueEvent, property.type()));
        }
        return instance;
    }

    private Object collection(JsonParser parser, Type type, Class<?> raw) {
        Type itemType = LenientBinder.typeArgument(type, 0);
        Collection<Object> items = LenientBinder.newCollection(type, raw, 0);
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            items.add(bind(parser, event, itemType));
        }
        return LenientBinder.unmodifiable(items);
    }

    /** A repeated key keeps its first place and takes the last value, as in the tree. */
    private Object map(JsonParser parser, Type valueType) {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            entries.put(key, bind(parser, parser.next(), valueType));
        }
        return Collections.unmodifiableMap(entries);
    }

    /** @return the value the event starts, as the tree holds it */
    private JsonValue value(JsonParser parser, Event event) {
        return event == Event.VALUE_STRING ? provider.createValue(parser.getString()) : parser.getValue();
    }

    /** Reads an unknown member's value as the tree would, so that it fails where the tree does. */
    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT || event == Event.START_ARRAY || event == Event.VALUE_NUMBER) {
            parser.getValue();
        }
    }

    private static Event require(Event event, Event expected) {
        if (event != expected) {
            throw new Refused();
        }
        return event;
    }

    /** This class does not read the body; the tree way does, and says why if it fails. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("read by the tree instead", null, false, false);
        }
    }
}
