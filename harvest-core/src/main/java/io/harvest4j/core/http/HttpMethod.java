package io.harvest4j.core.http;

/** The HTTP methods the Harvest v1 API uses, with their idempotency as RFC 9110 defines it. */
public enum HttpMethod {
    GET(true),
    POST(false),
    PUT(true),
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Whether the method is idempotent by definition. A call may still declare otherwise: the
     * service's {@code GET /daily/timer/{id}} toggles a timer and must never be repeated blindly.
     */
    public boolean isIdempotent() {
        return idempotent;
    }
}
