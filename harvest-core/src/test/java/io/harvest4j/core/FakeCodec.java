package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A codec of plain text for core's tests: a body is a string; {@code message:…} is an error message. */
public final class FakeCodec implements Codec {

    public final List<WireShape> shapes = new ArrayList<>();
    private final Format format;

    public FakeCodec(Format format) {
        this.format = format;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        shapes.add(shape);
        if (body.length == 0) {
            throw CodecException.undecodable(type, format.mediaType(), body, null);
        }
        return type.cast(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        shapes.add(shape);
        return Arrays.stream(new String(body, StandardCharsets.UTF_8).split(",")).map(itemType::cast)
                .collect(Collectors.toList());
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        shapes.add(shape);
        return ("<" + shape.root() + ">" + value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("message:") ? Optional.of(text.substring("message:".length())) : Optional.empty();
    }
}
