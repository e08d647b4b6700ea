package io.harvest4j.core.testing;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link Codec} for unit tests that knows no wire format: it records every use (what was decoded
 * or encoded, with which {@link WireShape}) so a test can check what a call declared, and reads
 * plain text:
 * <ul>
 *   <li>{@code decode} to {@link String} answers the body's text; to another type, the value a test
 *       gave with {@link #answering(Class, Object)} (or made from the text with
 *       {@link #answeringFromText(Class, Function)}); an empty body, or a type without an answer, is a
 *       {@link CodecException};</li>
 *   <li>{@code decodeList} splits the text at commas, each item read as {@code decode} reads a body
 *       (an empty body is an empty list);</li>
 *   <li>{@code encode} writes {@code <root>} followed by the value's {@code toString()}
 *       ({@code "<client>Acme"});</li>
 *   <li>{@code errorMessage} reads a body {@code message:…} as its message.</li>
 * </ul>
 *
 * <pre>{@code
 * RecordingCodec codec = new RecordingCodec(Format.XML).answering(WhoAmI.class, whoAmI);
 * HarvestClient client = Harvest.builder().config(config).codec(codec).transport(transport).build();
 *
 * new Account(client).whoAmI();
 *
 * RecordingCodec.Use use = codec.onlyDecoded();
 * assertThat(use.shape().root()).isEqualTo("hash");
 * }</pre>
 * Thread-safe.
 */
public final class RecordingCodec implements Codec {

    private static final String MESSAGE = "message:";

    private final Format format;
    private final List<Use> uses = new ArrayList<>();
    private final Map<Class<?>, Function<String, ?>> answers = new ConcurrentHashMap<>();

    /** @param format the format the codec claims to serve (a client checks it against its configuration) */
    public RecordingCodec(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * @param type a type the calls under test decode
     * @param value what every decode of that type answers
     * @param <T> the type
     * @return this codec
     */
    public <T> RecordingCodec answering(Class<T> type, T value) {
        Objects.requireNonNull(value, "value");
        return answeringFromText(type, text -> value);
    }

    /**
     * @param type a type the calls under test decode
     * @param fromText makes a value of the body's text (of each item's, for lists)
     * @param <T> the type
     * @return this codec
     */
    public <T> RecordingCodec answeringFromText(Class<T> type, Function<String, ? extends T> fromText) {
        answers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(fromText, "fromText"));
        return this;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        record(new Use(Use.Kind.DECODE, type, null, shape));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            throw CodecException.undecodable(type, format.mediaType(), body,
                    new IllegalArgumentException("the body is empty"));
        }
        return read(text, type, body);
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        record(new Use(Use.Kind.DECODE_LIST, itemType, null, shape));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split(",", -1)).stream().map(item -> read(item, itemType, body))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        Objects.requireNonNull(value, "value");
        record(new Use(Use.Kind.ENCODE, value.getClass(), value, shape));
        return ("<" + shape.root() + ">" + value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith(MESSAGE) ? Optional.of(text.substring(MESSAGE.length())) : Optional.empty();
    }

    /** @return every use, in order */
    public List<Use> uses() {
        synchronized (uses) {
            return List.copyOf(uses);
        }
    }

    /** @return the shapes of every use, in order */
    public List<WireShape> shapes() {
        return uses().stream().map(Use::shape).collect(Collectors.toUnmodifiableList());
    }

    /** @return the decodes (of single values and of lists), in order */
    public List<Use> decoded() {
        return uses().stream().filter(use -> use.kind() != Use.Kind.ENCODE).collect(Collectors.toUnmodifiableList());
    }

    /** @return the encodes, in order */
    public List<Use> encoded() {
        return uses().stream().filter(use -> use.kind() == Use.Kind.ENCODE).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @return the one decode
     * @throws AssertionError when there was none or more than one
     */
    public Use onlyDecoded() {
        return only(decoded(), "decode");
    }

    /**
     * @return the one encode
     * @throws AssertionError when there was none or more than one
     */
    public Use onlyEncoded() {
        return only(encoded(), "encode");
    }

    private static Use only(List<Use> uses, String what) {
        if (uses.size() != 1) {
            throw new AssertionError("expected exactly one " + what + ", got " + uses);
        }
        return uses.get(0);
    }

    private void record(Use use) {
        synchronized (uses) {
            uses.add(use);
        }
    }

    private <T> T read(String text, Class<T> type, byte[] body) {
        Function<String, ?> answer = answers.get(type);
        if (answer != null) {
            return type.cast(answer.apply(text));
        }
        if (type == String.class) {
            return type.cast(text);
        }
        throw CodecException.undecodable(type, format.mediaType(), body, new IllegalStateException(
                "RecordingCodec has no answer for " + type.getName() + ": give one with answering(type, value)"));
    }

    @Override
    public String toString() {
        return "RecordingCodec{" + format + ", " + uses().size() + " uses}";
    }

    /** One use of the codec: what was decoded or encoded, with which shape. Immutable. */
    public static final class Use {

        /** What the codec was asked to do. */
        public enum Kind {
            /** {@link Codec#decode}. */
            DECODE,
            /** {@link Codec#decodeList}. */
            DECODE_LIST,
            /** {@link Codec#encode}. */
            ENCODE
        }

        private final Kind kind;
        private final Class<?> type;
        private final Object value;
        private final WireShape shape;

        private Use(Kind kind, Class<?> type, Object value, WireShape shape) {
            this.kind = kind;
            this.type = Objects.requireNonNull(type, "type");
            this.value = value;
            this.shape = Objects.requireNonNull(shape, "shape");
        }

        /** @return what was done */
        public Kind kind() {
            return kind;
        }

        /** @return the type decoded (the item type, for lists), or the class of the value encoded */
        public Class<?> type() {
            return type;
        }

        /** @return the value encoded; empty for decodes */
        public Optional<Object> value() {
            return Optional.ofNullable(value);
        }

        /** @return the shape the call declared */
        public WireShape shape() {
            return shape;
        }

        @Override
        public String toString() {
            return kind + " " + type.getSimpleName() + " " + shape;
        }
    }
}
