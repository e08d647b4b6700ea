package io.harvest4j.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** An immutable HTTP response: status, headers and the whole body, with the request it answers. */
public final class Response {

    private final Request request;
    private final int status;
    private final Headers headers;
    private final byte[] body;

    /**
     * @param request the request this answers
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the body; copied ({@code null} is read as empty)
     */
    public Response(Request request, int status, Headers headers, byte[] body) {
        this(request, status, headers, body, true);
    }

    /** @param copy whether the body is copied, or kept as given (a fresh array nobody else holds) */
    private Response(Request request, int status, Headers headers, byte[] body, boolean copy) {
        this.request = Objects.requireNonNull(request, "request");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : copy ? body.clone() : body;
    }

    /**
     * A response that keeps the body it is given rather than a copy: for this package's
     * transports, whose bodies are fresh arrays that nobody else holds.
     */
    static Response owning(Request request, int status, Headers headers, byte[] body) {
        return new Response(request, status, headers, body, false);
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

    /** @return a copy of the body's bytes (empty, never {@code null}) */
    public byte[] body() {
        return body.clone();
    }

    /** @return the number of bytes in the body */
    public int bodyLength() {
        return body.length;
    }

    /** @return the body decoded as UTF-8 */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the {@code Content-Type} header, if any */
    public Optional<String> contentType() {
        return headers.first("Content-Type");
    }

    @Override
    public String toString() {
        return "Response{" + status + " for " + request.method() + " " + Request.redactedUri(request.uri())
                + ", headers=" + headers + ", " + body.length + " bytes}";
    }
}
