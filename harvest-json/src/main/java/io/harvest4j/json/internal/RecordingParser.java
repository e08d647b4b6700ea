package io.harvest4j.json.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A parser that keeps the events of one value (an item of a streamed list) as it passes them on,
 * so that a value the {@link EventBinder} refuses can still be read as the tree the parser's
 * {@code getValue()} would have built, although the stream cannot be read twice. It holds what the
 * tree would: keys and strings as strings, numbers as the parser's {@code JsonNumber}s, and a
 * value read whole through {@link #getValue()} as that value.
 *
 * <p>Whether a failure came from the parser itself (the body is not well-formed, or too large) or
 * from whoever reads the events is told by {@link #broken()}: only the second kind may be read
 * again. Not thread-safe.
 */
final class RecordingParser implements JsonParser {

    private final JsonParser parser;
    private final JsonProvider provider;
    private Event[] events = new Event[64];
    /** A key's or string's text, a number, or a value read whole; {@code null} for the other events. */
    private Object[] values = new Object[64];
    private int size;
    private int depth;
    private int replayed;
    private boolean broken;

    RecordingParser(JsonParser parser, JsonProvider provider) {
        this.parser = parser;
        this.provider = provider;
    }

    /**
     * Starts the recording of a value.
     *
     * @param first the value's first event, on which the underlying parser is
     * @return it
     */
    Event begin(Event first) {
        size = 0;
        depth = 0;
        broken = false;
        return record(first);
    }

    /** @return whether the underlying parser failed since {@link #begin} */
    boolean broken() {
        return broken;
    }

    /**
     * Reads what is left of the value that {@link #begin} started.
     *
     * @return the whole value, as the parser's {@code getValue()} would have returned it
     */
    JsonValue rest() {
        while (depth > 0) {
            next();
        }
        replayed = 0;
        return replay();
    }

    private JsonValue replay() {
        Event event = events[replayed];
        Object value = values[replayed++];
        if (value instanceof JsonValue) {
            return (JsonValue) value;
        }
        switch (event) {
            case START_OBJECT:
                JsonObjectBuilder object = provider.createObjectBuilder();
                while (events[replayed] != Event.END_OBJECT) {
                    String key = (String) values[replayed++];
                    object.add(key, replay());
                }
                replayed++;
                return object.build();
            case START_ARRAY:
                JsonArrayBuilder array = provider.createArrayBuilder();
                while (events[replayed] != Event.END_ARRAY) {
                    array.add(replay());
                }
                replayed++;
                return array.build();
            case VALUE_STRING:
                return provider.createValue((String) value);
            case VALUE_TRUE:
                return JsonValue.TRUE;
            case VALUE_FALSE:
                return JsonValue.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw new IllegalStateException("no value starts with " + event);
        }
    }

    private Event record(Event event) {
        Object value = null;
        try {
            switch (event) {
                case KEY_NAME:
                case VALUE_STRING:
                    value = parser.getString();
                    break;
                case VALUE_NUMBER:
                    value = parser.getValue();
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    depth++;
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    depth--;
                    break;
                default:
                    break;
            }
        } catch (RuntimeException e) {
            throw broke(e);
        }
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        events[size] = event;
        values[size++] = value;
        return event;
    }

    private RuntimeException broke(RuntimeException e) {
        broken = true;
        return e;
    }

    @Override
    public boolean hasNext() {
        try {
            return parser.hasNext();
        } catch (RuntimeException e) {
            throw broke(e);
        }
    }

    @Override
    public Event next() {
        Event event;
        try {
            event = parser.next();
        } catch (RuntimeException e) {
            throw broke(e);
        }
        return record(event);
    }

    @Override
    public Event currentEvent() {
        return events[size - 1];
    }

    @Override
    public String getString() {
        Object value = values[size - 1];
        return value instanceof String ? (String) value : parser.getString();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A value that starts here is read whole, and recorded as that one value.
     */
    @Override
    public JsonValue getValue() {
        Object value = values[size - 1];
        if (value instanceof JsonValue) {
            return (JsonValue) value;
        }
        Event event = events[size - 1];
        if (event == Event.VALUE_STRING) {
            return provider.createValue((String) value);
        }
        JsonValue read;
        try {
            read = parser.getValue();
        } catch (RuntimeException e) {
            throw broke(e);
        }
        if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
            values[size - 1] = read;
            depth--;
        }
        return read;
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public void close() {
        parser.close();
    }
}
