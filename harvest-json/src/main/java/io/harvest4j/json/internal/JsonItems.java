package io.harvest4j.json.internal;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.ItemBudget;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The items of a list body read one at a time with JSON-P's streaming {@link JsonParser}: each
 * element of the array is bound straight from the parser's events by the {@link EventBinder}, its
 * events recorded by a {@link RecordingParser} on the way; an element the events refuse is read
 * as the tree they make (as {@code getValue()} would have), unwrapped and bound by the
 * {@link LenientBinder}, which binds it or says what is wrong, exactly as {@code decodeList} does.
 * Only that one element is held. The body is {@code [{"item":{…}},…]} or {@code {"root":[…]}}, as
 * {@code decodeList} accepts. The elements of a shape that inlines are each read as a tree from the
 * start, as every element is without an {@link EventBinder}.
 */
final class JsonItems<T> implements DecodedItems<T> {

    private static final String MEDIA_TYPE = "application/json";

    private final Class<T> itemType;
    private final WireShape shape;
    private final ItemBudget body;
    private final JsonParser parser;
    private final WireEnvelope envelope;
    private final LenientBinder binder;
    /** Binds the items from the parser's events; {@code null} when each is read as a tree. */
    private final EventBinder events;
    private final RecordingParser recorder;
    private String wrapper = "";
    private int index;
    private T pending;
    private boolean done;
    private boolean closed;

    JsonItems(Class<T> itemType, WireShape shape, ItemBudget body, JsonDocuments documents, WireEnvelope envelope,
            LenientBinder binder, EventBinder events) {
        this.itemType = itemType;
        this.shape = shape;
        this.body = body;
        this.envelope = envelope;
        this.binder = binder;
        this.events = events;
        JsonParser opened = null;
        try {
            opened = documents.parser(body);
            this.parser = opened;
            this.recorder = new RecordingParser(opened, documents.provider());
            start();
        } catch (RuntimeException e) {
            close(opened);
            throw undecodable(e);
        }
    }

    /** Reads up to the first item: {@code [} or {@code {"root":[}. */
    private void start() {
        if (!parser.hasNext()) {
            throw new JsonBindingException("the body is empty");
        }
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT) {
            if (parser.hasNext() && parser.next() == JsonParser.Event.KEY_NAME
                    && shape.acceptsName(parser.getString(), shape.root())) {
                wrapper = "." + parser.getString();
                if (parser.hasNext() && parser.next() == JsonParser.Event.START_ARRAY) {
                    return;
                }
            }
            throw new JsonBindingException("expected an array of {\"" + shape.item().orElse(shape.root()) + "\":{…}}"
                    + " (or {\"" + shape.root() + "\":[…]}), found another object");
        }
        if (event != JsonParser.Event.START_ARRAY) {
            throw new JsonBindingException("expected an array of {\"" + shape.item().orElse(shape.root()) + "\":{…}}"
                    + ", found " + event.name().toLowerCase(java.util.Locale.ROOT).replace("value_", ""));
        }
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done || closed) {
            return false;
        }
        try {
            advance();
        } catch (RuntimeException e) {
            close();
            throw undecodable(e);
        }
        return pending != null;
    }

    private void advance() {
        if (!parser.hasNext()) {
            throw new JsonBindingException("the body ends inside the list");
        }
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_ARRAY) {
            if (!wrapper.isEmpty() && (!parser.hasNext() || parser.next() != JsonParser.Event.END_OBJECT)) {
                throw new JsonBindingException("expected one key, \"" + shape.root() + "\", found more");
            }
            boolean trailing;
            try {
                trailing = parser.hasNext();
            } catch (JsonException e) {
                trailing = true;
            }
            if (trailing) {
                throw new JsonBindingException("content follows the JSON value");
            }
            done = true;
            close();
            return;
        }
        body.startItem();
        int at = index++;
        try {
            if (events != null) {
                T item = read(event);
                pending = item != null ? item : bind(recorder.rest());
            } else {
                pending = bind(parser.getValue());
            }
        } catch (JsonBindingException e) {
            throw e.within("[" + at + "]").within(wrapper);
        }
    }

    /** @return the item the parser is on, read from its events; {@code null} when they refuse it */
    private T read(JsonParser.Event first) {
        try {
            return events.object(recorder, recorder.begin(first), itemType, shape, shape.item().orElse(shape.root()));
        } catch (RuntimeException e) {
            if (recorder.broken()) {
                throw e;
            }
            return null;
        }
    }

    /** @return the item bound from its tree */
    private T bind(JsonValue item) {
        WireEnvelope.Content content = envelope.unwrapItem(item, shape);
        try {
            return binder.bindObject(content.object(), itemType);
        } catch (JsonBindingException e) {
            throw e.within(content.location());
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(closed && !done ? "the items are closed" : "no more items");
        }
        T value = pending;
        pending = null;
        return value;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending = null;
        close(parser);
    }

    private void close(JsonParser opened) {
        try {
            if (opened != null) {
                opened.close();
            }
        } catch (RuntimeException e) {
            // the body is closed below whatever the parser says
        }
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // nothing more can be done: the connection goes with the stream
        }
    }

    private RuntimeException undecodable(RuntimeException e) {
        if (body.exceeded()) {
            return new CodecException("cannot decode a list of " + itemType.getName() + " from " + MEDIA_TYPE
                    + ": an item is larger than " + body.limit()
                    + " bytes (maxResponseBytes bounds one item of a streamed answer)", e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HarvestException) {
                return (HarvestException) cause;
            }
        }
        if (e instanceof UnbindableTypeException) {
            return new CodecException("cannot decode " + itemType.getName() + " from " + MEDIA_TYPE + ": "
                    + e.getMessage(), e);
        }
        String reason = e instanceof JsonBindingException ? e.getMessage()
                : e instanceof JsonException || e instanceof IllegalStateException || e instanceof NoSuchElementException
                        || e instanceof NumberFormatException || e instanceof ArithmeticException
                        ? "not well-formed JSON: " + e.getMessage() : String.valueOf(e);
        return new CodecException("cannot decode a list of " + itemType.getName() + " from " + MEDIA_TYPE + ": "
                + reason, e);
    }

    @Override
    public String toString() {
        return "JsonItems{" + itemType.getName() + (closed ? ", closed" : "") + "}";
    }
}
