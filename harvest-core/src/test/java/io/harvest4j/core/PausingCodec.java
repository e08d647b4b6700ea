package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.RecordingCodec;
import java.util.List;
import java.util.Optional;

/**
 * An XML {@link RecordingCodec} whose {@code decode} first runs a pause the test gives (a sleep, a
 * latch), and which says it decodes promptly or not: for the tests of where, and within which
 * deadline, an answer is decoded.
 */
final class PausingCodec implements Codec {

    private final RecordingCodec codec = new RecordingCodec(Format.XML);
    private final boolean prompt;
    private final Runnable pause;

    /**
     * @param prompt what {@link #decodesPromptly()} answers
     * @param pause run at the start of each {@code decode}
     */
    PausingCodec(boolean prompt, Runnable pause) {
        this.prompt = prompt;
        this.pause = pause;
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public boolean decodesPromptly() {
        return prompt;
    }

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        pause.run();
        return codec.decode(body, type, shape);
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        return codec.decodeList(body, itemType, shape);
    }

    @Override
    public byte[] encode(Object value, WireShape shape) {
        return codec.encode(value, shape);
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        return codec.errorMessage(body);
    }
}
