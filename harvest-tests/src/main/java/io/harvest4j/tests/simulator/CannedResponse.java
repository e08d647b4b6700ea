package io.harvest4j.tests.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fault to inject: an answer the simulator sends, as is, to the next request instead of serving
 * it ({@link HarvestSimulator#enqueue(CannedResponse)}). The request is still recorded; it is not
 * authenticated, not counted by the throttle and changes no state. Immutable.
 *
 * <pre>{@code
 * simulator.enqueue(CannedResponse.html(502, "<html><body>Bad Gateway</body></html>"));
 * simulator.enqueue(CannedResponse.builder(503).header("Retry-After", "7")
 *         .body("application/json", "{\"message\":\"This request has been throttled.\",\"retry_after\":7}").build());
 * simulator.enqueue(CannedResponse.xml(200, "<daily><for_day>Wed, 18"));                        // truncated XML
 * simulator.enqueue(CannedResponse.builder(200).body("application/json", "<hash/>").build());    // XML labelled JSON
 * simulator.enqueue(CannedResponse.builder(200).body("application/xml", longXml).disconnectAfter(10).build());
 * }</pre>
 */
public final class CannedResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int disconnectAfter;
    private final Duration delay;

    private CannedResponse(Builder builder) {
        this.status = builder.status;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : builder.headers.entrySet()) {
            copy.put(header.getKey(), Collections.unmodifiableList(new ArrayList<>(header.getValue())));
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.body = builder.body.clone();
        this.disconnectAfter = builder.disconnectAfter;
        this.delay = builder.delay;
    }

    /**
     * @param status the HTTP status
     * @return a builder of an answer with that status, no header and no body
     */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    /**
     * @param status the HTTP status
     * @return an answer with that status and no body
     */
    public static CannedResponse status(int status) {
        return builder(status).build();
    }

    /**
     * @param status the HTTP status
     * @param html the body, {@code text/html; charset=utf-8}
     * @return the answer
     */
    public static CannedResponse html(int status, String html) {
        return builder(status).body("text/html; charset=utf-8", html).build();
    }

    /**
     * @param status the HTTP status
     * @param text the body, {@code text/plain; charset=utf-8}
     * @return the answer
     */
    public static CannedResponse text(int status, String text) {
        return builder(status).body("text/plain; charset=utf-8", text).build();
    }

    /**
     * @param status the HTTP status
     * @param xml the body, {@code application/xml; charset=utf-8} (need not be well-formed)
     * @return the answer
     */
    public static CannedResponse xml(int status, String xml) {
        return builder(status).body("application/xml; charset=utf-8", xml).build();
    }

    /**
     * @param status the HTTP status
     * @param json the body, {@code application/json; charset=utf-8} (need not be well-formed)
     * @return the answer
     */
    public static CannedResponse json(int status, String json) {
        return builder(status).body("application/json; charset=utf-8", json).build();
    }

    /** @return a builder holding this answer's settings */
    public Builder toBuilder() {
        Builder builder = new Builder(status);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                builder.header(header.getKey(), value);
            }
        }
        builder.body = body.clone();
        builder.disconnectAfter = disconnectAfter;
        builder.delay = delay;
        return builder;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return status;
    }

    /** @return the headers, in order */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    /** @return how many body bytes are sent before the connection is cut, or -1 to send all */
    public int disconnectAfter() {
        return disconnectAfter;
    }

    /** @return how long (real time) the simulator waits before answering */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return "CannedResponse[" + status + ", " + headers + ", " + body.length + " body bytes"
                + (disconnectAfter >= 0 ? ", cut after " + disconnectAfter : "")
                + (delay.isZero() ? "" : ", after " + delay) + "]";
    }

    /** Builds a {@link CannedResponse}. Not thread-safe. */
    public static final class Builder {
        private final int status;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private int disconnectAfter = -1;
        private Duration delay = Duration.ZERO;

        private Builder(int status) {
            if (status < 100 || status > 999) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            this.status = status;
        }

        /**
         * Adds a header (a second call with the same name adds a second value).
         *
         * @param name the name
         * @param value the value
         * @return this
         */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(Objects.requireNonNull(name, "name"), n -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the body, without a {@code Content-Type}.
         *
         * @param bytes the body
         * @return this
         */
        public Builder body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        /**
         * Sets the body and its {@code Content-Type}.
         *
         * @param contentType the {@code Content-Type} header
         * @param text the body, sent as UTF-8
         * @return this
         */
        public Builder body(String contentType, String text) {
            headers.remove("Content-Type");
            header("Content-Type", contentType);
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Declares the whole body's length but cuts the connection after {@code bytes} bytes: the
         * client sees the stream end early.
         *
         * @param bytes bytes sent before the cut (0 or more, fewer than the body's length)
         * @return this
         */
        public Builder disconnectAfter(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must be >= 0");
            }
            this.disconnectAfter = bytes;
            return this;
        }

        /**
         * Waits (real time, not the simulator clock) before answering: for client timeouts.
         *
         * @param delay the wait
         * @return this
         */
        public Builder delay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            this.delay = delay;
            return this;
        }

        /** @return the answer */
        public CannedResponse build() {
            if (disconnectAfter >= 0 && disconnectAfter >= body.length) {
                throw new IllegalStateException("disconnectAfter(" + disconnectAfter + ") must be shorter than the body ("
                        + body.length + " bytes)");
            }
            return new CannedResponse(this);
        }
    }
}
