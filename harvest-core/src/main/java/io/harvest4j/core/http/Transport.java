package io.harvest4j.core.http;

import io.harvest4j.core.HarvestException;
import io.harvest4j.core.TransportException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one HTTP request and gives its response: the lowest seat of the client, and the one to
 * replace to run over another HTTP stack (or a recorded exchange, in tests).
 *
 * <p>A transport sends exactly what it is given: it adds no credentials, follows no redirects
 * (an {@code Authorization} header must never reach another host) and retries nothing; those
 * concerns live above it. It reports an I/O failure as a {@link TransportException}. Every
 * implementation is thread-safe.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends a request.
     *
     * @param request the request, with every header it must carry
     * @return a future of the response, whatever its status; it fails with a
     *     {@link TransportException} when no response could be had
     */
    CompletableFuture<Response> sendAsync(Request request);

    /**
     * Sends a request and answers as soon as the status and headers are in, with the body to be
     * read as it arrives: the way a large answer (a report of a year) or a binary one (a receipt)
     * is read without holding it. The caller must {@linkplain StreamedResponse#close() close} the
     * answer; closing it releases the connection.
     *
     * <p>The default sends the request with {@link #sendAsync} and answers its body from memory, so
     * a transport written before this method existed keeps working (holding each answer whole, as
     * it always did). A transport that streams overrides it: it bounds a body by time and progress
     * (a read that waits too long for the next byte fails with a {@link TransportException}), not
     * by its size.
     *
     * @param request the request, with every header it must carry
     * @return a future of the response, whatever its status; it fails with a
     *     {@link TransportException} when no response could be had
     */
    default CompletableFuture<StreamedResponse> openAsync(Request request) {
        CompletableFuture<Response> sent = sendAsync(request);
        if (sent == null) {
            return null;
        }
        return sent.thenApply(response -> response == null ? null : StreamedResponse.of(response));
    }

    /**
     * Sends a request and waits for its response.
     *
     * @param request the request, with credentials
     * @return the response, whatever its status
     * @throws HarvestException when no response could be had
     */
    default Response send(Request request) {
        return join(sendAsync(request));
    }

    /** Releases what the transport holds; the default holds nothing. */
    @Override
    default void close() {
    }

    /**
     * Waits for a future of this library and rethrows its failure as thrown, unwrapped.
     *
     * @param future a future that fails with a {@link HarvestException} (or any unchecked one)
     * @param <T> the value's type
     * @return the value
     */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new TransportException("the call failed: " + cause, cause);
        }
    }
}
