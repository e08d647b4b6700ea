package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.internal.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the API as a facade declares it: method, path, query, body and its
 * {@link WireShape}, how to read the answer, whether it may be repeated, and its timeout.
 * Immutable; the {@link HarvestClient} turns it into a request in the configured format. Facades
 * hand it to their users inside an {@link ExecutableRequest} ({@link HarvestRequest},
 * {@link ListRequest}), which runs it.
 *
 * <pre>{@code
 * Call<WhoAmI> call = Call.get("/account/who_am_i")
 *         .decoding(WhoAmI.class, WireShape.object("hash").jsonUnwrapped().build());
 * Call<Void> delete = Call.delete("/daily/delete/{}", entryId).discardingBody();
 * }</pre>
 *
 * @param <T> the result's type
 */
public final class Call<T> {

    private final HttpMethod method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Object body;
    private final WireShape bodyShape;
    private final RequestBody rawBody;
    private final ResponseReader<T> reader;
    private final Boolean idempotent;
    private final Duration timeout;

    private Call(Builder builder, ResponseReader<T> reader) {
        this(builder.method, builder.path, builder.query, builder.body, builder.bodyShape, builder.rawBody, reader,
                builder.idempotent, null);
    }

    private Call(HttpMethod method, String path, Map<String, List<String>> query, Object body, WireShape bodyShape,
            RequestBody rawBody, ResponseReader<T> reader, Boolean idempotent, Duration timeout) {
        this.method = method;
        this.path = path;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.query = Collections.unmodifiableMap(copy);
        this.body = body;
        this.bodyShape = bodyShape;
        this.rawBody = rawBody;
        this.reader = Checks.required("Call: reader", reader);
        this.idempotent = idempotent;
        this.timeout = timeout;
    }

    /**
     * @param pathTemplate the path, with {@code {}} where each argument goes ({@code /daily/show/{}})
     * @param arguments the path's variable segments, percent-encoded here
     * @return a builder of a GET
     * @throws InvalidRequestException when an argument is empty, {@code .} or {@code ..}: it would
     *     name another resource than the one meant
     */
    public static Builder get(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.GET, pathTemplate, arguments);
    }

    /**
     * @param pathTemplate the path, with {@code {}} where each argument goes
     * @param arguments the path's variable segments, percent-encoded here
     * @return a builder of a POST; see {@link #get}
     */
    public static Builder post(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.POST, pathTemplate, arguments);
    }

    /**
     * @param pathTemplate the path, with {@code {}} where each argument goes
     * @param arguments the path's variable segments, percent-encoded here
     * @return a builder of a PUT; see {@link #get}
     */
    public static Builder put(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.PUT, pathTemplate, arguments);
    }

    /**
     * @param pathTemplate the path, with {@code {}} where each argument goes
     * @param arguments the path's variable segments, percent-encoded here
     * @return a builder of a DELETE; see {@link #get}
     */
    public static Builder delete(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.DELETE, pathTemplate, arguments);
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the encoded path, starting with {@code /} */
    public String path() {
        return path;
    }

    /** @return the query parameters, in order */
    public Map<String, List<String>> query() {
        return query;
    }

    /** @return the value to encode as the body, if any */
    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    /** @return the body's declared layout, when there is a value to encode */
    public Optional<WireShape> bodyShape() {
        return Optional.ofNullable(bodyShape);
    }

    /** @return a body sent as given, bypassing the codec (a multipart upload, say) */
    public Optional<RequestBody> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /** @return how the answer is read */
    public ResponseReader<T> reader() {
        return reader;
    }

    /** @return whether the call may be repeated safely: declared, or the method's default */
    public boolean isIdempotent() {
        return idempotent != null ? idempotent : method.isIdempotent();
    }

    /** @return the timeout of each attempt of this call; empty for the transport's default */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * @param timeout how long each attempt of the call may take, from sending to the end of the
     *     answer, decoding included
     * @return a copy of this call with that timeout
     * @throws InvalidRequestException when it is {@code null}, zero or negative
     */
    public Call<T> withTimeout(Duration timeout) {
        Checks.positive("timeout", timeout);
        return new Call<>(method, path, query, body, bodyShape, rawBody, reader, idempotent, timeout);
    }

    /**
     * @param name a query parameter
     * @param text its value as the service reads it (see {@link QueryValues}), or {@code null} to
     *     remove the parameter
     * @return a copy of this call in which the parameter has this one value, in place of any it had
     * @throws InvalidRequestException when the name is {@code null}
     */
    public Call<T> withQuery(String name, String text) {
        Checks.required("Call.withQuery: name", name);
        Map<String, List<String>> changed = new LinkedHashMap<>(query);
        if (text == null) {
            changed.remove(name);
        } else {
            changed.put(name, List.of(text));
        }
        return new Call<>(method, path, changed, body, bodyShape, rawBody, reader, idempotent, timeout);
    }

    /**
     * @param base the account's base URI
     * @return the call's absolute URI
     */
    public URI uri(URI base) {
        StringBuilder uri = new StringBuilder(base.toString()).append(path);
        String separator = "?";
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                uri.append(separator).append(encodeQuery(parameter.getKey())).append('=').append(encodeQuery(value));
                separator = "&";
            }
        }
        return URI.create(uri.toString());
    }

    @Override
    public String toString() {
        return "Call{" + method + " " + path + (query.isEmpty() ? "" : " " + query.keySet()) + "}";
    }

    /**
     * Percent-encodes one path segment: everything but RFC 3986's unreserved characters.
     *
     * @param segment the segment's text
     * @return the encoded segment
     */
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String encodeQuery(String text) {
        return encodeSegment(text);
    }

    /** Declares a {@link Call}; ends with the method that says how the answer is read. */
    public static final class Builder {
        private final HttpMethod method;
        private final String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private Object body;
        private WireShape bodyShape;
        private RequestBody rawBody;
        private Boolean idempotent;

        private Builder(HttpMethod method, String pathTemplate, Object... arguments) {
            this.method = method;
            this.path = expand(pathTemplate, arguments);
        }

        /**
         * Adds a query parameter as text; a {@code null} value adds nothing, so optional filters
         * can be passed straight through. Typed values have their own methods, which write them as
         * the service reads them ({@link QueryValues}).
         *
         * @param name the parameter
         * @param text its value, or {@code null}
         * @return this builder
         */
        public Builder query(String name, String text) {
            Checks.required("Call.Builder.query: name", name);
            if (text != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
            }
            return this;
        }

        /**
         * Adds an id ({@code client=42}); see {@link #query(String, String)}.
         * @param name the name
         * @param id the id
         * @return this builder
         */
        public Builder query(String name, long id) {
            return query(name, QueryValues.id(id));
        }

        /**
         * Adds a flag, {@code yes} or {@code no}; see {@link #query(String, String)}.
         * @param name the name
         * @param flag the flag
         * @return this builder
         */
        public Builder query(String name, boolean flag) {
            return query(name, QueryValues.flag(flag));
        }

        /**
         * Adds a day as {@code YYYYMMDD}, or nothing when it is {@code null}; see {@link #query(String, String)}.
         * @param name the name
         * @param date a date
         * @return this builder
         */
        public Builder query(String name, LocalDate date) {
            return query(name, date == null ? null : QueryValues.date(date));
        }

        /**
         * Adds an instant as UTC {@code YYYY-MM-DD HH:MM}, or nothing when it is {@code null}.
         * @param name the name
         * @param instant the instant
         * @return this builder
         */
        public Builder query(String name, Instant instant) {
            return query(name, instant == null ? null : QueryValues.dateTime(instant));
        }

        /**
         * @param value the value the codec encodes as the body
         * @param shape its layout
         * @return this builder
         */
        public Builder body(Object value, WireShape shape) {
            if (method == HttpMethod.GET) {
                throw new InvalidRequestException("a GET carries no body: the service refuses one with 400");
            }
            this.body = Checks.required("Call.Builder.body: value", value);
            this.bodyShape = Checks.required("Call.Builder.body: shape", shape);
            this.rawBody = null;
            return this;
        }

        /**
         * @param raw a body sent as it is, with its own {@code Content-Type}
         * @return this builder
         */
        public Builder rawBody(RequestBody raw) {
            if (method == HttpMethod.GET) {
                throw new InvalidRequestException("a GET carries no body: the service refuses one with 400");
            }
            this.rawBody = Checks.required("Call.Builder.rawBody: raw", raw);
            this.body = null;
            this.bodyShape = null;
            return this;
        }

        /**
         * Declares whether the call may be repeated. {@code GET /daily/timer/{id}} toggles a timer:
         * it is declared not idempotent so that no retry ever toggles it twice.
         * @param idempotent whether the call may be repeated safely
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * @param <T> the result's type
         * @param reader turns the answer into the result
         * @return a call whose answer the given reader turns into the result
         */
        public <T> Call<T> reading(ResponseReader<T> reader) {
            return new Call<>(this, reader);
        }

        /**
         * @param <T> the result's type
         * @param type the result's type
         * @param shape its layout on the wire
         * @return a call whose answer is one object of this type and shape
         */
        public <T> Call<T> decoding(Class<T> type, WireShape shape) {
            Checks.required("Call.Builder.decoding: type", type);
            Checks.required("Call.Builder.decoding: shape", shape);
            return reading((response, codec) -> codec.decode(response.body(), type, shape));
        }

        /**
         * @param <T> the result's type
         * @param itemType the type of each item
         * @param shape its layout on the wire
         * @return a call whose answer is a list of this item type, in a list shape
         */
        public <T> Call<List<T>> decodingList(Class<T> itemType, WireShape shape) {
            Checks.required("Call.Builder.decodingList: itemType", itemType);
            Checks.required("Call.Builder.decodingList: shape", shape);
            if (!shape.isList()) {
                throw new InvalidRequestException("decodingList needs a list shape: " + shape);
            }
            return reading((response, codec) -> codec.decodeList(response.body(), itemType, shape));
        }

        /**
         * @return a call that answers {@code 201 Created} with {@code Location: /collection/{id}}:
         *     the result is the new id
         */
        public Call<Long> readingCreatedId() {
            return reading(Builder::locationId);
        }

        /** @return a call whose answer's body is ignored */
        public Call<Void> discardingBody() {
            return reading((response, codec) -> null);
        }

        /** @return a call whose result is the answer's bytes (a receipt's image, say) */
        public Call<byte[]> readingBytes() {
            return reading((response, codec) -> response.body());
        }

        private static Long locationId(Response response, Codec codec) {
            String call = response.request().method() + " " + response.request().uri().getPath();
            String location = response.headers().first("Location")
                    .orElseThrow(() -> new LocationHeaderException(call, response.status(), null));
            // one pass, no regular expression: "/+$" took minutes on a Location of 100,000 slashes
            int end = 0;
            while (end < location.length() && location.charAt(end) != '?' && location.charAt(end) != '#') {
                end++;
            }
            while (end > 0 && location.charAt(end - 1) == '/') {
                end--;
            }
            String last = location.substring(end == 0 ? 0 : location.lastIndexOf('/', end - 1) + 1, end);
            try {
                long id = Long.parseLong(last);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // not an id: refused below
            }
            throw new LocationHeaderException(call, response.status(), location);
        }

        private static String expand(String template, Object[] arguments) {
            Checks.required("Call: pathTemplate", template);
            if (!template.startsWith("/")) {
                throw new InvalidRequestException("a path starts with '/': " + template);
            }
            if (arguments.length == 0 && template.indexOf("{}") < 0) {
                return template; // a fixed path, as most are
            }
            StringBuilder path = new StringBuilder();
            int argument = 0;
            int from = 0;
            for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
                if (argument >= arguments.length) {
                    throw new InvalidRequestException("too few arguments for " + template);
                }
                Object value = Checks.required("the path argument " + argument + " of " + template, arguments[argument++]);
                String segment = String.valueOf(value);
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    // "/clients/{}" with ".." is "/clients/..", which servers resolve to "/": a DELETE
                    // would reach another resource than the one named; an empty one names the collection
                    throw new InvalidRequestException("'" + segment + "' cannot stand for a path segment of " + template);
                }
                path.append(template, from, at).append(encodeSegment(segment));
                from = at + 2;
            }
            if (argument != arguments.length) {
                throw new InvalidRequestException("too many arguments for " + template);
            }
            return path.append(template.substring(from)).toString();
        }
    }
}
