package io.harvest4j.tests.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the simulator received, exactly as it came (like OkHttp MockWebServer's
 * {@code RecordedRequest}): method, path, query, headers and body bytes. Canned answers, refused
 * and throttled requests are recorded too. Immutable.
 */
public final class RecordedRequest {

    private final long sequenceNumber;
    private final Instant receivedAt;
    private final String method;
    private final String path;
    private final String rawPath;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RecordedRequest(long sequenceNumber, Instant receivedAt, String method, String path, String rawPath, String query,
            Map<String, List<String>> headers, byte[] body) {
        this.sequenceNumber = sequenceNumber;
        this.receivedAt = receivedAt;
        this.method = method;
        this.path = path;
        this.rawPath = rawPath;
        this.query = query == null ? "" : query;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            copy.put(header.getKey(), Collections.unmodifiableList(new ArrayList<>(header.getValue())));
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** @return about how many bytes this record holds: its body, query, path and headers */
    long size() {
        long size = body.length + (long) query.length() + rawPath.length() + path.length() + method.length();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length();
            }
        }
        return size;
    }

    /** @return 0 for the first request since the simulator started or was reset, then 1, 2, … */
    public long sequenceNumber() {
        return sequenceNumber;
    }

    /** @return the simulator clock's time when the request arrived */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return the method ({@code GET}, {@code POST}, …) */
    public String method() {
        return method;
    }

    /** @return the path, percent-decoded ({@code /daily/show/1}) */
    public String path() {
        return path;
    }

    /** @return the path as sent, still percent-encoded */
    public String rawPath() {
        return rawPath;
    }

    /** @return the raw query string without {@code ?}, empty when there was none */
    public String query() {
        return query;
    }

    /** @return the raw path and query as sent: {@code /daily/add?notes=a%20b} */
    public String target() {
        return query.isEmpty() ? rawPath : rawPath + "?" + query;
    }

    /**
     * @param name a query parameter (decoded name, e.g. {@code request[notes]})
     * @return its decoded value (the last one if repeated)
     */
    public Optional<String> queryParameter(String name) {
        String found = null;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                found = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return every header; names are looked up ignoring case */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name (case ignored)
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return a copy of the body bytes (empty when there was none) */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body decoded as UTF-8 */
    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + target() + " (" + body.length + " body bytes)";
    }
}
