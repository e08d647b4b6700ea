package io.harvest4j.tests.simulator.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A request as the simulated service sees it: method, decoded path, raw query, headers, body. Immutable. */
public final class IncomingRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * @param method the method, upper case
     * @param path the decoded path
     * @param rawQuery the raw query, may be null
     * @param headers the headers (names compared ignoring case)
     * @param body the body (empty: none)
     */
    public IncomingRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** @return the method */
    public String method() {
        return method;
    }

    /** @return the decoded path */
    public String path() {
        return path;
    }

    /** @return the raw query, or null */
    public String rawQuery() {
        return rawQuery;
    }

    /**
     * @param name a header name
     * @return its first value, or null
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return the body bytes (shared: do not change) */
    public byte[] body() {
        return body;
    }
}
