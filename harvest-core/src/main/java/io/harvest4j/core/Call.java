package io.harvest4j.core;

import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.RequestBody;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the API as a facade declares it: method, path, query, body and its
 * {@link WireShape}, how to read the answer, and whether it may be repeated. Immutable; the
 * {@link HarvestClient} turns it into a request in the configured format.
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

    private Call(Builder builder, ResponseReader<T> reader) {
        this.method = builder.method;
        this.path = builder.path;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        builder.query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.query = Collections.unmodifiableMap(copy);
        this.body = builder.body;
        this.bodyShape = builder.bodyShape;
        this.rawBody = builder.rawBody;
        this.reader = Objects.requireNonNull(reader, "reader");
        this.idempotent = builder.idempotent;
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

    /** @return a builder of a POST; see {@link #get} */
    public static Builder post(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.POST, pathTemplate, arguments);
    }

    /** @return a builder of a PUT; see {@link #get} */
    public static Builder put(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.PUT, pathTemplate, arguments);
    }

    /** @return a builder of a DELETE; see {@link #get} */
    public static Builder delete(String pathTemplate, Object... arguments) {
        return new Builder(HttpMethod.DELETE, pathTemplate, arguments);
    }

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
         * Adds a query parameter; a {@code null} value adds nothing, so optional filters can be
         * passed straight through.
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        /**
         * @param value the value the codec encodes as the body
         * @param shape its layout
         */
        public Builder body(Object value, WireShape shape) {
            if (method == HttpMethod.GET) {
                throw new IllegalArgumentException("a GET carries no body: the service refuses one with 400");
            }
            this.body = Objects.requireNonNull(value, "value");
            this.bodyShape = Objects.requireNonNull(shape, "shape");
            this.rawBody = null;
            return this;
        }

        /** @param raw a body sent as it is, with its own {@code Content-Type} */
        public Builder rawBody(RequestBody raw) {
            if (method == HttpMethod.GET) {
                throw new IllegalArgumentException("a GET carries no body: the service refuses one with 400");
            }
            this.rawBody = Objects.requireNonNull(raw, "raw");
            this.body = null;
            this.bodyShape = null;
            return this;
        }

        /**
         * Declares whether the call may be repeated. {@code GET /daily/timer/{id}} toggles a timer:
         * it is declared not idempotent so that no retry ever toggles it twice.
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** @return a call whose answer the given reader turns into the result */
        public <T> Call<T> reading(ResponseReader<T> reader) {
            return new Call<>(this, reader);
        }

        /** @return a call whose answer is one object of this type and shape */
        public <T> Call<T> decoding(Class<T> type, WireShape shape) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(shape, "shape");
            return reading((response, codec) -> codec.decode(response.body(), type, shape));
        }

        /** @return a call whose answer is a list of this item type, in a list shape */
        public <T> Call<List<T>> decodingList(Class<T> itemType, WireShape shape) {
            Objects.requireNonNull(itemType, "itemType");
            if (!shape.isList()) {
                throw new IllegalArgumentException("decodingList needs a list shape: " + shape);
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

        private static Long locationId(io.harvest4j.core.http.Response response, io.harvest4j.core.codec.Codec codec) {
            String location = response.headers().first("Location").orElseThrow(() -> new HarvestException(
                    response.request().method() + " " + response.request().uri().getPath() + " answered "
                            + response.status() + " without the Location header that names the new resource"));
            String path = location.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1);
            try {
                return Long.parseLong(last);
            } catch (NumberFormatException e) {
                throw new HarvestException("the Location header '" + location + "' does not end with an id", e);
            }
        }

        private static String expand(String template, Object[] arguments) {
            Objects.requireNonNull(template, "pathTemplate");
            if (!template.startsWith("/")) {
                throw new IllegalArgumentException("a path starts with '/': " + template);
            }
            StringBuilder path = new StringBuilder();
            int argument = 0;
            int from = 0;
            for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
                if (argument >= arguments.length) {
                    throw new IllegalArgumentException("too few arguments for " + template);
                }
                Object value = Objects.requireNonNull(arguments[argument++], "path argument");
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
                throw new IllegalArgumentException("too many arguments for " + template);
            }
            return path.append(template.substring(from)).toString();
        }
    }
}
