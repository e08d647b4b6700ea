package io.harvest4j.json.internal;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.ItemBudget;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InaccessibleObjectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

/**
 * The {@code application/json} {@link Codec}: underscored names, the envelopes of each operation's
 * {@link WireShape}, lenient reading, ISO-8601 writing. Thread-safe; one instance serves a client.
 *
 * <h2>Reading</h2>
 * A body is parsed whole with JSON-P (Parsson), guarded against empty, non-JSON, trailing and
 * too deeply nested input, then stripped of its envelope, then bound field by field by the
 * codec itself (see {@code LenientBinder}): numbers also from numeric strings, booleans also from
 * {@code "true"}/{@code "false"}, every date form of {@code WireDates}, an empty string as
 * {@code null}, unknown keys ignored. Yasson is not used for reading because it cannot call a
 * private constructor (it makes only protected ones accessible), and the models' no-argument
 * constructors are private.
 *
 * <p>To be fast, a body is first bound straight from the parser's events ({@code EventBinder}),
 * with no tree in between; only a body that this refuses (one that does not convert or has
 * another shape, a field named twice, a shape that inlines) is read again as a tree, which binds
 * it or says what is wrong. The two ways give the same values and the same errors.
 *
 * <h2>Writing</h2>
 * Jakarta JSON Binding (Yasson) writes the value: instance fields only (methods are ignored),
 * {@code LOWER_CASE_WITH_UNDERSCORES} names, {@code null}s left out, dates through
 * {@code WireDates} (ISO-8601), numbers as numbers, properties in lexicographical order; the
 * envelope is applied to the result, which is written as UTF-8.
 *
 * <h2>What model classes must do</h2>
 * Have a no-argument constructor (private is fine) and non-final instance fields named by the Java
 * property; on the module path, open their package to both modules that reach into them:
 * <pre>{@code opens com.example.model to io.harvest4j.json, org.eclipse.yasson;}</pre>
 * (to {@code ALL-UNNAMED} instead when Yasson sits on the class path). A package that is not open
 * is reported as a {@link CodecException} that names the {@code opens} clause to add.
 *
 * <h2>Errors</h2>
 * Whatever goes wrong is a {@link CodecException}: a body that does not decode names the type,
 * {@code application/json}, a preview of the body and the place and reason
 * ({@code at $.client.id: "abc" is not a whole number}); the JSON libraries' exceptions are only
 * ever causes.
 */
public final class JsonbCodec implements Codec {

    private static final String MEDIA_TYPE = Format.JSON.mediaType();

    private final JsonDocuments documents;
    private final WireEnvelope envelope;
    private final LenientBinder binder = new LenientBinder();
    /** Binds bodies straight from the parser's events; {@code null} when every body is read as a tree. */
    private final EventBinder events;
    /** Configured when the codec is made; built on the first write (reading never needs it). */
    private final JsonbBuilder jsonbBuilder;
    private volatile Jsonb jsonb;

    private JsonbCodec(JsonProvider provider, JsonbBuilder jsonbBuilder, boolean readingEvents) {
        this.documents = new JsonDocuments(provider);
        this.envelope = new WireEnvelope(provider);
        this.events = readingEvents ? new EventBinder(binder, provider) : null;
        this.jsonbBuilder = jsonbBuilder;
    }

    /**
     * @return a codec like this one that reads every body as a tree, as this one reads the bodies
     *     its events refuse: what reading from the events is held to
     */
    JsonbCodec readingTrees() {
        return new JsonbCodec(documents.provider(), jsonbBuilder, false);
    }

    /**
     * Builds the codec with the JSON-P and JSON-B implementations on the module or class path.
     *
     * @return a new codec
     * @throws ConfigurationException when Parsson (or another JSON-P implementation) or Yasson (or
     *     another JSON-B implementation) is missing or broken
     */
    public static JsonbCodec create() {
        return create(JsonProvider::provider, JsonbBuilder::newBuilder);
    }

    static JsonbCodec create(Supplier<JsonProvider> processing, Supplier<JsonbBuilder> binding) {
        JsonProvider provider;
        try {
            provider = Objects.requireNonNull(processing.get(), "no JsonProvider");
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            throw new ConfigurationException("the JSON codec needs a Jakarta JSON Processing implementation:"
                    + " add org.eclipse.parsson:parsson to the module or class path (" + e.getMessage() + ")", e);
        }
        JsonbConfig config = new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withPropertyVisibilityStrategy(new FieldsOnlyVisibility())
                .withNullValues(false)
                .withAdapters(new WireDateAdapters.ForLocalDate(), new WireDateAdapters.ForOffsetDateTime())
                .withEncoding("UTF-8");
        // the implementation is found now, so a missing one fails here; building it (Yasson's
        // own start-up, a good part of a fresh JVM's first call) waits for the first write
        JsonbBuilder builder;
        try {
            builder = Objects.requireNonNull(binding.get(), "no JsonbBuilder").withProvider(provider).withConfig(config);
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            throw new ConfigurationException("the JSON codec needs a Jakarta JSON Binding implementation:"
                    + " add org.eclipse:yasson to the module or class path (" + e.getMessage() + ")", e);
        }
        return new JsonbCodec(provider, builder, true);
    }

    /** @return the JSON-B instance, built on first use and shared; thread-safe */
    private Jsonb jsonb() {
        Jsonb built = jsonb;
        if (built == null) {
            synchronized (jsonbBuilder) {
                built = jsonb;
                if (built == null) {
                    try {
                        built = jsonbBuilder.build();
                    } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
                        throw new ConfigurationException("the JSON codec needs a Jakarta JSON Binding implementation:"
                                + " add org.eclipse:yasson to the module or class path (" + e.getMessage() + ")", e);
                    }
                    jsonb = built;
                }
            }
        }
        return built;
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Yes: every scalar's length and the nesting are bounded, and a document is read in one pass.
     */
    @Override
    public boolean decodesPromptly() {
        return true;
    }

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        if (readsEvents(shape)) {
            try {
                return documents.read(body, (parser, first) -> events.object(parser, first, type, shape, shape.root()));
            } catch (RuntimeException e) {
                // read again as a tree, which binds what the events refused or says what is wrong
            }
        }
        try {
            WireEnvelope.Content content = envelope.unwrapObject(documents.read(body), shape);
            try {
                return binder.bindObject(content.object(), type);
            } catch (JsonBindingException e) {
                throw e.within(content.location());
            }
        } catch (UnbindableTypeException e) {
            throw unbindable(type, e);
        } catch (RuntimeException e) {
            throw CodecException.undecodable(type, MEDIA_TYPE, body, e);
        }
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(shape, "shape");
        if (readsEvents(shape)) {
            try {
                return documents.read(body, (parser, first) -> events.list(parser, first, itemType, shape));
            } catch (RuntimeException e) {
                // read again as a tree, which binds what the events refused or says what is wrong
            }
        }
        try {
            JsonValue document = documents.read(body);
            JsonArray array = envelope.items(document, shape);
            List<T> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                try {
                    WireEnvelope.Content content = envelope.unwrapItem(array.get(i), shape);
                    try {
                        items.add(binder.bindObject(content.object(), itemType));
                    } catch (JsonBindingException e) {
                        throw e.within(content.location());
                    }
                } catch (JsonBindingException e) {
                    throw e.within("[" + i + "]").within(WireEnvelope.itemsLocation(document));
                }
            }
            return Collections.unmodifiableList(items);
        } catch (UnbindableTypeException e) {
            throw unbindable(itemType, e);
        } catch (RuntimeException e) {
            throw CodecException.undecodable(itemType, MEDIA_TYPE, body, e);
        }
    }

    /**
     * Reads the list as the body arrives with JSON-P's streaming parser, one element of the array
     * bound at a time (see {@code JsonItems}); no element may take more than {@code maxItemBytes}.
     */
    @Override
    public <T> DecodedItems<T> decodeItems(InputStream body, Class<T> itemType, WireShape shape, long maxItemBytes) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(shape, "shape");
        return new JsonItems<>(itemType, shape, new ItemBudget(body, maxItemBytes), documents, envelope, binder,
                readsEvents(shape) ? events : null);
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        Objects.requireNonNull(shape, "shape");
        if (value == null) {
            throw new CodecException("cannot encode null as " + MEDIA_TYPE + ": there is no value to send");
        }
        try {
            JsonValue tree;
            if (shape.isList()) {
                JsonArrayBuilder array = documents.provider().createArrayBuilder();
                for (Object item : items(value)) {
                    if (item == null) {
                        throw new JsonBindingException("a list to send holds null");
                    }
                    array.add(envelope.envelop(write(item), shape, shape.item().orElseThrow()));
                }
                tree = array.build();
            } else {
                tree = envelope.envelop(write(value), shape, shape.root());
            }
            return documents.write(tree);
        } catch (CodecException e) {
            throw e;
        } catch (RuntimeException e) {
            String reason = e instanceof JsonBindingException ? ((JsonBindingException) e).reason() : reason(e) + accessHint(value, e);
            throw new CodecException("cannot encode " + value.getClass().getName() + " as " + MEDIA_TYPE + " ("
                    + shape + "): " + reason, e);
        }
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        try {
            return ErrorBodies.message(documents.read(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean readsEvents(WireShape shape) {
        return events != null && EventBinder.reads(shape);
    }

    @Override
    public String toString() {
        return "JsonbCodec{" + MEDIA_TYPE + "}";
    }

    private JsonValue write(Object value) {
        Jsonb binding = jsonb();
        checkOpenToBinding(binding, value.getClass());
        return documents.read(binding.toJson(value));
    }

    /**
     * Refuses, before JSON-B starts (and logs a half-written document), a model whose package the
     * JSON-B implementation may not reach into. Only the value's own class is checked: a nested
     * model of another package that is not open fails inside JSON-B, with the same hint.
     */
    private static void checkOpenToBinding(Jsonb jsonb, Class<?> type) {
        Module module = type.getModule();
        if (!module.isNamed() || type.isArray() || type.isPrimitive() || module.getName().startsWith("java.")
                || module.getName().startsWith("jdk.")) {
            return;
        }
        Module binding = jsonb.getClass().getModule();
        if (!module.isOpen(type.getPackageName(), binding)) {
            throw new JsonBindingException("module " + module.getName() + " does not open " + type.getPackageName()
                    + " to " + (binding.isNamed() ? binding.getName() : "ALL-UNNAMED (JSON-B is on the class path)")
                    + "; add 'opens " + type.getPackageName() + " to io.harvest4j.json, org.eclipse.yasson;' to module "
                    + module.getName());
        }
    }

    private static Iterable<?> items(Object value) {
        if (value instanceof Iterable) {
            return (Iterable<?>) value;
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        throw new JsonBindingException("a list shape needs an Iterable or an array, not a "
                + value.getClass().getName());
    }

    private static CodecException unbindable(Class<?> type, UnbindableTypeException e) {
        return new CodecException("cannot decode " + type.getName() + " from " + MEDIA_TYPE + ": " + e.getMessage(), e);
    }

    private static String reason(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String top = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return deepest == e || deepest.getMessage() == null || top.contains(deepest.getMessage())
                ? top : top + " (" + deepest.getMessage() + ")";
    }

    private static String accessHint(Object value, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalAccessException || cause instanceof InaccessibleObjectException) {
                Class<?> type = value.getClass();
                return "; the model packages must be open to JSON-B, as in 'opens " + type.getPackageName()
                        + " to io.harvest4j.json, org.eclipse.yasson;'";
            }
        }
        return "";
    }
}
