package io.harvest4j.timetracking;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A codec that records what it is asked to encode and decode, with which shape, and answers each
 * decode with the value given for the type. Knows no wire format: the facade's declarations are
 * what the tests look at.
 */
final class RecordingCodec implements Codec {

    /** One call of {@link #decode} or {@link #encode}. */
    static final class Use {
        final Class<?> type;
        final Object value;
        final WireShape shape;

        Use(Class<?> type, Object value, WireShape shape) {
            this.type = type;
            this.value = value;
            this.shape = shape;
        }
    }

    final List<Use> decoded = new ArrayList<>();
    final List<Use> encoded = new ArrayList<>();
    private final Map<Class<?>, Object> answers = new HashMap<>();

    <T> RecordingCodec answering(Class<T> type, T value) {
        answers.put(type, value);
        return this;
    }

    Use onlyDecoded() {
        if (decoded.size() != 1) {
            throw new AssertionError("expected exactly one decode, got " + decoded.size());
        }
        return decoded.get(0);
    }

    Use onlyEncoded() {
        if (encoded.size() != 1) {
            throw new AssertionError("expected exactly one encode, got " + encoded.size());
        }
        return encoded.get(0);
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public synchronized <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        decoded.add(new Use(type, null, shape));
        Object answer = answers.get(type);
        if (answer == null) {
            throw new AssertionError("the test gave no answer for " + type.getName());
        }
        return type.cast(answer);
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        throw new AssertionError("the Time Tracking API answers no list");
    }

    @Override
    public synchronized byte[] encode(Object value, WireShape shape) {
        encoded.add(new Use(value.getClass(), value, shape));
        return ("<" + shape.root() + "/>").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        return Optional.empty();
    }
}
