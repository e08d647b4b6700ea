package io.harvest4j.core.http;

/** The HTTP methods the Harvest v1 API uses, with their idempotency as RFC 9110 defines it. */
public enum HttpMethod {
    /** Reads; idempotent (the service's timer toggle is a GET declared otherwise). */
    GET(true),
    /** Creates and actions; not idempotent. */
    POST(false),
    /** Updates, and the project toggle; idempotent. */
    PUT(true),
    /** Deletes; idempotent. */
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Whether the method is idempotent by definition. A call may still declare otherwise: the
     * service's {@code GET /daily/timer/{id}} toggles a timer and must never be repeated blindly.
     *
     * @return whether sending it twice leaves the same effect as sending it once
     */
    public boolean isIdempotent() {
        return idempotent;
    }
}
