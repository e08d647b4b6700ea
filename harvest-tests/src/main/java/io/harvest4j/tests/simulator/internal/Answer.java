package io.harvest4j.tests.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the simulated service answers: status, headers and body. */
public final class Answer {

    private final int status;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body;
    private String actingUser;
    /** Writes the body item by item, for answers too large to hold (reports); null for the others. */
    private BodyWriter streamed;

    private Answer(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    /**
     * @param status the status
     * @param format the body's format
     * @param body the body
     * @return an answer
     */
    public static Answer of(int status, WireFormat format, byte[] body) {
        return new Answer(status, format.contentType(), body);
    }

    /**
     * An answer whose body is written to the connection as it is made, never held whole: a report
     * of a million entries. {@link #body()} still gives the whole body (made on the first call), for
     * the paths that need it (fault injection).
     *
     * @param status the status
     * @param format the body's format
     * @param writer writes the body
     * @return an answer
     */
    public static Answer streamed(int status, WireFormat format, BodyWriter writer) {
        Answer answer = new Answer(status, format.contentType(), null);
        answer.streamed = writer;
        return answer;
    }

    /** Writes a body to the connection. */
    @FunctionalInterface
    public interface BodyWriter {
        /**
         * @param out where the body goes; not closed here
         * @throws IOException when the client went away
         */
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** @return whether the body is written as it is made ({@link #writeBody}) */
    public boolean isStreamed() {
        return streamed != null && body == null;
    }

    /**
     * @param out where the body goes, as it is made
     * @throws java.io.IOException when the client went away
     */
    public void writeBody(java.io.OutputStream out) throws java.io.IOException {
        if (isStreamed()) {
            streamed.writeTo(out);
        } else {
            out.write(body());
        }
    }

    /**
     * @param status the status
     * @param text the body
     * @return a {@code text/plain} answer
     */
    public static Answer text(int status, String text) {
        return new Answer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param status the status
     * @param html the page
     * @return a {@code text/html} answer
     */
    public static Answer html(int status, String html) {
        return new Answer(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param status the status
     * @return an answer without body or {@code Content-Type}
     */
    public static Answer empty(int status) {
        return new Answer(status, null, new byte[0]);
    }

    /**
     * @param name a header
     * @param value its value (added to those already there)
     * @return this
     */
    public Answer header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /**
     * @param email the e-mail address of the user the request was served as
     * @return this
     */
    public Answer actingUser(String email) {
        this.actingUser = email;
        return this;
    }

    /** @return the e-mail address of the user the request was served as; empty before authentication succeeded */
    public Optional<String> actingUser() {
        return Optional.ofNullable(actingUser);
    }

    /** @return the status */
    public int status() {
        return status;
    }

    /** @return the headers */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** @return the body (shared: do not change); a streamed one is made whole here, once */
    public byte[] body() {
        if (body == null) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                streamed.writeTo(bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            body = bytes.toByteArray();
        }
        return body;
    }
}
