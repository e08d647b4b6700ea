package io.harvest4j.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable HTTP request as the transport sends it.
 *
 * <p>Authenticators and other stages never change a request: they return a new one through
 * {@link #toBuilder()}. {@link #toString()} never shows credentials.
 */
public final class Request {

    /** The scheme and {@code //}, then user info up to the {@code @} that ends it, within the authority. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:(?://)?)[^/?#]*@");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)([?&#;](?:access_token|refresh_token|client_secret|code|password)=)[^&#;]*");

    private final HttpMethod method;
    private final URI uri;
    private final Headers headers;
    private final RequestBody body;
    private final Duration timeout;
    private final boolean idempotent;

    private Request(Builder builder) {
        this.method = Objects.requireNonNull(builder.method, "method");
        this.uri = Objects.requireNonNull(builder.uri, "uri");
        this.headers = builder.headers.build();
        this.body = builder.body;
        this.timeout = builder.timeout;
        this.idempotent = builder.idempotent == null ? method.isIdempotent() : builder.idempotent;
        if (body != null && method == HttpMethod.GET) {
            throw new IllegalArgumentException("a GET carries no body: the service refuses one with 400");
        }
    }

    /**
     * @param method the method
     * @param uri the absolute URI
     * @return a builder for a request with this method and URI
     */
    public static Builder builder(HttpMethod method, URI uri) {
        return new Builder().method(method).uri(uri);
    }

    /** @return a builder that starts from this request */
    public Builder toBuilder() {
        Builder builder = new Builder().method(method).uri(uri).body(body).timeout(timeout);
        builder.headers = headers.toBuilder();
        builder.idempotent = idempotent;
        return builder;
    }

    /** @return the method */
    public HttpMethod method() {
        return method;
    }

    /** @return the absolute URI, query included */
    public URI uri() {
        return uri;
    }

    /** @return the headers */
    public Headers headers() {
        return headers;
    }

    /** @return the body, if the request has one */
    public Optional<RequestBody> body() {
        return Optional.ofNullable(body);
    }

    /** @return this request's own timeout, overriding the transport's default */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * @return whether sending this request twice has the effect of sending it once; by default the
     *     method's idempotency, overridden by calls that know better
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** @return whether the request could be sent again with exactly the same content */
    public boolean isReplayable() {
        return body == null || body.isReplayable();
    }

    /** @return method, URI (without its query, which may hold a token) and redacted headers */
    @Override
    public String toString() {
        return "Request{" + method + " " + redactedUri(uri) + ", headers=" + headers
                + (body == null ? "" : ", body=" + body) + "}";
    }

    /**
     * @param uri any URI
     * @return the URI without user info and with the values of credential parameters
     *     ({@code access_token}, {@code refresh_token}, {@code client_secret}, {@code code},
     *     {@code password}) hidden
     */
    public static String redactedUri(URI uri) {
        return redactedUri(uri.toString());
    }

    /**
     * @param uri a URI as text, well-formed or not (as a user typed it, say)
     * @return the same without user info and with the values of credential parameters hidden:
     *     safe for a message
     */
    public static String redactedUri(String uri) {
        String text = USER_INFO.matcher(uri).replaceFirst("$1");
        // a whole parameter name only: "zipcode=" is not "code="
        return CREDENTIAL_PARAMETER.matcher(text).replaceAll("$1<redacted>");
    }

    /** Builds a {@link Request}; not thread-safe. */
    public static final class Builder {
        private HttpMethod method;
        private URI uri;
        private Headers.Builder headers = Headers.builder();
        private RequestBody body;
        private Duration timeout;
        private Boolean idempotent;

        private Builder() {
        }

        /**
         * @param method the method
         * @return this builder
         */
        public Builder method(HttpMethod method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * @param uri the absolute URI
         * @return this builder
         */
        public Builder uri(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Replaces every value of a header.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /**
         * Removes a header.
         * @param name the name
         * @return this builder
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * @param body the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        /**
         * @param timeout this request's timeout, or {@code null} for the transport's default
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Declares whether the request may be repeated safely, overriding its method's default.
         * @param idempotent whether the call may be repeated safely
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** @return the request */
        public Request build() {
            return new Request(this);
        }
    }
}
