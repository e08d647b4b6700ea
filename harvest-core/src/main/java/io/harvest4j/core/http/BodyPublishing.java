package io.harvest4j.core.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

/**
 * How a {@link RequestBody} becomes the JDK client's {@link HttpRequest.BodyPublisher}: the bytes
 * of a body held in memory as they are; a streamed body read from its source, opened when the
 * client subscribes (each attempt opens it anew) and read in the client's small buffers, with its
 * declared length as {@code Content-Length} — so a large upload is never held in memory whole,
 * and a source that gives more or fewer bytes than declared fails the request.
 */
final class BodyPublishing {

    private BodyPublishing() {
    }

    /**
     * @param body a request's body
     * @return its publisher
     */
    static HttpRequest.BodyPublisher of(RequestBody body) {
        if (!body.isStreamed()) {
            return HttpRequest.BodyPublishers.ofByteArray(body.content());
        }
        if (body.contentLength() == 0) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return body.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
            }
        });
        return HttpRequest.BodyPublishers.fromPublisher(stream, body.contentLength());
    }
}
