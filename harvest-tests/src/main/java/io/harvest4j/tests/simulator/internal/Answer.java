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
    private final byte[] body;
    private String actingUser;

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
     * @param contentType the body's {@code Content-Type} (a receipt's {@code image/png})
     * @param body the bytes, sent as they are
     * @return an answer
     */
    public static Answer bytes(int status, String contentType, byte[] body) {
        return new Answer(status, contentType, body);
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

    /** @return the body (shared: do not change) */
    public byte[] body() {
        return body;
    }
}
