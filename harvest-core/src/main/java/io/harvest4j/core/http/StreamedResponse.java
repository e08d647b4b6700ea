package io.harvest4j.core.http;

import io.harvest4j.core.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP response whose body is read as it arrives, from an {@link InputStream}: status and
 * headers are known, the body is not held. The answer of {@link Transport#openAsync}, and, once the
 * client has checked it, of {@code HarvestClient.open}: a report streamed item by item, a receipt's
 * image copied to a file.
 *
 * <p>It must be {@linkplain #close() closed}, read to the end or not (try-with-resources):
 * closing releases the connection. The body may be read once, by one thread. A read that waits
 * longer than the request's timeout for the next byte fails with a {@link TransportException}
 * (with the JDK transport; a transport of one's own decides for itself).
 */
public final class StreamedResponse implements AutoCloseable {

    private final Request request;
    private final int status;
    private final Headers headers;
    private final InputStream body;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param request the request this answers
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the body as it arrives; this response closes it
     * @throws IllegalArgumentException when the status is not an HTTP status
     */
    public StreamedResponse(Request request, int status, Headers headers, InputStream body) {
        this.request = Objects.requireNonNull(request, "request");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * @param response a response read whole
     * @return the same response, its body read from memory
     */
    public static StreamedResponse of(Response response) {
        Objects.requireNonNull(response, "response");
        return new StreamedResponse(response.request(), response.status(), response.headers(),
                new ByteArrayInputStream(response.body()));
    }

    /** @return the request this answers, as it was sent */
    public Request request() {
        return request;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return whether the status is 2xx */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** @return the headers */
    public Headers headers() {
        return headers;
    }

    /** @return the {@code Content-Type} header, if any */
    public Optional<String> contentType() {
        return headers.first("Content-Type");
    }

    /**
     * @return the body, as it arrives; the same stream on every call. Closing it closes this
     *     response.
     */
    public InputStream body() {
        return body;
    }

    /**
     * Reads at most {@code maxBytes} of the body into a {@link Response}, and closes this one: how an
     * error answer, or any answer that is small by nature, is read. What goes past the limit is
     * dropped unread.
     *
     * @param maxBytes how many bytes of the body to keep at most
     * @return the response with the bytes read
     * @throws TransportException when the body cannot be read
     */
    public Response buffer(int maxBytes) {
        try (this) {
            byte[] bytes = body.readNBytes(Math.max(0, maxBytes));
            return Response.owning(request, status, headers, bytes);
        } catch (IOException e) {
            throw new TransportException(request.method() + " " + Request.redactedUri(request.uri())
                    + ": the answer's body could not be read: " + e, e, true);
        }
    }

    /**
     * Closes the body and so releases the connection; a body not read to the end is dropped (the
     * JDK transport then closes the connection rather than reuse it). Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                body.close();
            } catch (IOException e) {
                // nothing is left to read: a failure to close frees as much as can be freed
            }
        }
    }

    @Override
    public String toString() {
        return "StreamedResponse{" + status + " for " + request.method() + " " + Request.redactedUri(request.uri())
                + ", headers=" + headers + (closed.get() ? ", closed" : "") + "}";
    }
}
