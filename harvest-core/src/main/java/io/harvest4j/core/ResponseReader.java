package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.http.Response;

/**
 * Turns a successful answer into a call's result. Facades declare one per call through
 * {@link Call.Builder}; most calls use the built-in readers ({@code decoding}, {@code readingCreatedId}…).
 *
 * <p>A reader does what its name says and no more: it reads the answer it is given with the codec
 * and checks it, without waiting for anything (a lock, a file, another call). The client may run
 * it on the calling thread when the answer is small and the codec {@linkplain Codec#decodesPromptly()
 * decodes promptly}; the call's deadline is then checked when the reader returns.
 *
 * @param <T> the result's type
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * @param response a 2xx answer
     * @param codec the client's codec
     * @return the result
     * @throws HarvestException when the answer does not hold what the call promised
     */
    T read(Response response, Codec codec);
}
