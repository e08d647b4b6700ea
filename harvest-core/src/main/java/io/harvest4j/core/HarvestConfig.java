package io.harvest4j.core;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How a client reaches the service: the account's base URI, the wire format, how it names itself,
 * its timeouts, its limits and the throttle it must stay under. Immutable and thread-safe.
 *
 * <p>HTTPS is required: a plain {@code http://} base URI is refused unless its host is a loopback
 * address (a simulator on this machine) or {@link Builder#allowInsecureHttp()} says so explicitly.
 */
public final class HarvestConfig {

    /** The library's version, as built. */
    public static final String VERSION = readVersion();

    /** The project's address, named in the default User-Agent. */
    public static final String PROJECT_URL = "https://github.com/harvest4j/harvest4j";

    private final URI baseUri;
    private final Format format;
    private final String applicationName;
    private final String userAgent;
    private final String userAgentOverride;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    private final boolean allowInsecureHttp;
    private final int maxCalls;
    private final Duration throttleWindow;
    private final Boolean learnRateLimit;
    private final int maxAttempts;
    private final Duration maxRetryWait;
    private final String codecProvider;
    private final javax.net.ssl.SSLContext sslContext;

    private HarvestConfig(Builder builder) {
        if (builder.baseUri == null) {
            throw new ConfigurationException("a subdomain or a base URI is required: HarvestConfig.builder()"
                    + ".subdomain(\"yourcompany\") or .baseUri(\"https://…\")");
        }
        if (builder.subdomainSet && builder.baseUriSet) {
            throw new ConfigurationException("both a subdomain and a base URI were given: set one of them "
                    + "(subdomain(…) for https://{subdomain}.harvestapp.com, baseUri(…) for any other address)");
        }
        this.allowInsecureHttp = builder.allowInsecureHttp;
        this.baseUri = checkBaseUri(builder.baseUri, allowInsecureHttp);
        this.format = builder.format;
        this.applicationName = builder.applicationName;
        this.userAgentOverride = builder.userAgent;
        this.userAgent = builder.userAgent != null ? builder.userAgent
                : (applicationName == null ? "" : applicationName + " ") + "harvest4j/" + VERSION + " (+" + PROJECT_URL + ")";
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.maxCalls = builder.maxCalls;
        this.throttleWindow = builder.throttleWindow;
        this.learnRateLimit = builder.learnRateLimit;
        this.maxAttempts = builder.maxAttempts;
        this.maxRetryWait = builder.maxRetryWait;
        this.codecProvider = builder.codecProvider;
        this.sslContext = builder.sslContext;
    }

    /** @return a builder with the defaults: JSON, 10 s to connect, 60 s a request, 100 calls in 15 s */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts from this configuration */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.baseUri = baseUri;
        builder.format = format;
        builder.applicationName = applicationName;
        builder.userAgent = userAgentOverride;
        builder.connectTimeout = connectTimeout;
        builder.requestTimeout = requestTimeout;
        builder.maxResponseBytes = maxResponseBytes;
        builder.allowInsecureHttp = allowInsecureHttp;
        builder.maxCalls = maxCalls;
        builder.throttleWindow = throttleWindow;
        builder.learnRateLimit = learnRateLimit;
        builder.maxAttempts = maxAttempts;
        builder.maxRetryWait = maxRetryWait;
        builder.codecProvider = codecProvider;
        builder.sslContext = sslContext;
        return builder;
    }

    /**
     * @return the TLS settings the default transport uses (the certificates it trusts, its own key),
     *     when set; else the JDK's default, which trusts the system's certificate authorities.
     *     Host names are verified either way.
     */
    public Optional<javax.net.ssl.SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** @return the account's address, {@code https://demo.harvestapp.com}, without a trailing slash */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the wire format every call uses */
    public Format format() {
        return format;
    }

    /** @return the application's name, as the user gave it */
    public Optional<String> applicationName() {
        return Optional.ofNullable(applicationName);
    }

    /** @return the {@code User-Agent} sent with every call */
    public String userAgent() {
        return userAgent;
    }

    /** @return how long opening a connection may take */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return how long one exchange may take, from sending to the last byte of the answer */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return the largest answer body accepted; a larger one fails as a {@link TransportException} */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** @return whether plain HTTP to a host that is not loopback was explicitly allowed */
    public boolean allowsInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @return the account's throttle: at most this many calls … */
    public int maxCalls() {
        return maxCalls;
    }

    /** @return … in this window */
    public Duration throttleWindow() {
        return throttleWindow;
    }

    /**
     * @return whether the throttle governor reads the account's real limit and usage from the
     *     service ({@link Builder#learnRateLimit(boolean)}), when that was set; empty by default,
     *     which learns with the library's own transport and not with a transport of the
     *     application's
     */
    public Optional<Boolean> learnRateLimit() {
        return Optional.ofNullable(learnRateLimit);
    }

    /** @return how many times one call may be sent in all, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the most a call waits in all between its attempts; a longer wait fails instead */
    public Duration maxRetryWait() {
        return maxRetryWait;
    }

    /** @return the name of the {@code CodecProvider} to use, when the user chose one */
    public Optional<String> codecProvider() {
        return Optional.ofNullable(codecProvider);
    }

    @Override
    public String toString() {
        return "HarvestConfig{" + baseUri + ", " + format + ", userAgent='" + userAgent + "', connect "
                + connectTimeout + ", request " + requestTimeout + ", throttle " + maxCalls + "/"
                + throttleWindow.getSeconds() + "s}";
    }

    private static URI checkBaseUri(URI uri, boolean allowInsecureHttp) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigurationException("the base URI must be an absolute http(s) URI with a host: " + Request.redactedUri(uri));
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigurationException("the base URI must not carry credentials; use an Authenticator");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException("the base URI takes no query or fragment: " + Request.redactedUri(uri));
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new ConfigurationException("refusing plain HTTP to " + uri.getHost()
                    + ": the service requires HTTPS (plain HTTP is allowed for loopback hosts, or with allowInsecureHttp())");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false; // a name other than localhost: never resolved here, never trusted
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String readVersion() {
        try (InputStream in = HarvestConfig.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a {@link HarvestConfig}; not thread-safe. */
    public static final class Builder {
        private URI baseUri;
        private Format format = Format.JSON;
        private String applicationName;
        private String userAgent;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private long maxResponseBytes = 16L * 1024 * 1024;
        private boolean allowInsecureHttp;
        private int maxCalls = 100;
        private Duration throttleWindow = Duration.ofSeconds(15);
        private Boolean learnRateLimit;
        private int maxAttempts = 4;
        private Duration maxRetryWait = Duration.ofMinutes(2);
        private String codecProvider;
        private boolean subdomainSet;
        private boolean baseUriSet;
        private javax.net.ssl.SSLContext sslContext;

        private Builder() {
        }

        /**
         * @param subdomain the account's subdomain: {@code demo} for {@code https://demo.harvestapp.com}
         * @return this builder
         */
        public Builder subdomain(String subdomain) {
            Checks.setting("HarvestConfig.Builder.subdomain", subdomain);
            if (!subdomain.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
                throw new ConfigurationException("not a subdomain: '" + subdomain + "'");
            }
            this.baseUri = URI.create("https://" + subdomain.toLowerCase(Locale.ROOT) + ".harvestapp.com");
            this.subdomainSet = true;
            return this;
        }

        /**
         * @param baseUri the account's address (a simulator's, say); instead of {@link #subdomain},
         *     not with it
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = Checks.setting("HarvestConfig.Builder.baseUri", baseUri);
            this.baseUriSet = true;
            return this;
        }

        /**
         * @param baseUri the account's address, with its scheme: {@code https://…} (or {@code http://} on loopback)
         * @return this builder
         */
        public Builder baseUri(String baseUri) {
            Checks.setting("HarvestConfig.Builder.baseUri", baseUri);
            if (!baseUri.contains("://")) {
                throw new ConfigurationException("the base URI '" + Request.redactedUri(baseUri)
                        + "' has no scheme: write https://" + Request.redactedUri(baseUri)
                        + " (or http:// for a loopback address such as a simulator)");
            }
            try {
                return baseUri(URI.create(Checks.setting("HarvestConfig.Builder.baseUri", baseUri)));
            } catch (IllegalArgumentException e) {
                // neither the text nor the parser's message (which quotes it) may carry a password
                throw new ConfigurationException("not a URI: '" + Request.redactedUri(baseUri) + "'");
            }
        }

        /**
         * @param format the wire format; default JSON
         * @return this builder
         */
        public Builder format(Format format) {
            this.format = Checks.setting("HarvestConfig.Builder.format", format);
            return this;
        }

        /**
         * @param applicationName how the application names itself, {@code "Timesheet Sync/2.1 (ops@example.com)"};
         *     prepended to the default User-Agent
         * @return this builder
         */
        public Builder applicationName(String applicationName) {
            this.applicationName = checkHeaderText(applicationName, "applicationName");
            return this;
        }

        /**
         * @param userAgent the whole User-Agent, replacing the default (the application name is then ignored)
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = checkHeaderText(userAgent, "userAgent");
            return this;
        }

        /**
         * @param timeout how long opening a connection may take; default 10 seconds
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout how long each attempt of a call may take, from sending it to the end of its
         *     answer; default 60 seconds. One call may set its own: {@code ….timeout(Duration)}
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * @param bytes the largest answer body to accept; default 16 MiB
         * @return this builder
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1024) {
                throw new ConfigurationException("maxResponseBytes must be at least 1024: " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Allows plain HTTP to a host that is not loopback. Credentials then cross the network in clear.
         * @return this builder
         */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /**
         * The throttle the governor paces at until it has {@linkplain #learnRateLimit(boolean) learnt}
         * the service's own (and for good, when it cannot or must not learn it).
         *
         * @param maxCalls the account's limit of calls …
         * @param window … in this window; default 100 in 15 s
         * @return this builder
         */
        public Builder throttle(int maxCalls, Duration window) {
            if (maxCalls < 1) {
                throw new ConfigurationException("maxCalls must be positive: " + maxCalls);
            }
            this.maxCalls = maxCalls;
            this.throttleWindow = positive(window, "window");
            return this;
        }

        /**
         * Whether the {@link ThrottleGovernor} learns the account's throttle from the service: after
         * the answer to the first call it paces (which goes first; the next ones wait for the read),
         * and again after any throttled 503 (before the hold ends), it reads
         * {@code GET /account/rate_limit_status} (which the service does not count) and takes
         * {@code max_calls} and {@code timeframe_limit} instead of {@link #throttle(int, Duration)}'s
         * values, lower or higher, and charges the {@code count} other processes of the account
         * already spent in the window. The read goes through the client's transport, signed by its
         * authenticator, without waiting for a permit, one read for all the threads and clients
         * that share the governor, within 5 seconds (or the request timeout, when shorter). When it
         * fails (an old account answers 404, a codec cannot read it, the network) the configuration
         * stays, the failure is logged once at {@code INFO} on the logger
         * {@code io.harvest4j.core.ThrottleGovernor}, and it is not tried on every call.
         *
         * <p>Default: on with the library's own transport ({@link io.harvest4j.core.http.JdkHttpTransport}),
         * off with a transport of the application's (a test's fake is not sent a call it was not
         * asked for) unless this says {@code true}. A rate limiter of the application's learns nothing.
         *
         * @param learn {@code true} to learn with any transport, {@code false} to keep the configured throttle
         * @return this builder
         */
        public Builder learnRateLimit(boolean learn) {
            this.learnRateLimit = learn;
            return this;
        }

        /**
         * @param maxAttempts how many times one call may be sent in all (1: never retry); default 4
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new ConfigurationException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param maxRetryWait the most one call waits in all between attempts; default 2 minutes
         * @return this builder
         */
        public Builder maxRetryWait(Duration maxRetryWait) {
            Checks.setting("HarvestConfig.Builder.maxRetryWait", maxRetryWait);
            if (maxRetryWait.isNegative()) {
                throw new ConfigurationException("maxRetryWait must not be negative: " + maxRetryWait);
            }
            this.maxRetryWait = maxRetryWait;
            return this;
        }

        /**
         * @param sslContext the TLS settings of the default transport: a context initialised with a
         *     trust store that holds a company proxy's or a test server's certificate, say. Host
         *     names are still verified (a certificate for another host is refused).
         * @return this builder
         */
        public Builder sslContext(javax.net.ssl.SSLContext sslContext) {
            this.sslContext = Checks.setting("HarvestConfig.Builder.sslContext", sslContext);
            return this;
        }

        /**
         * @param name use only the {@code CodecProvider} of this name
         * @return this builder
         */
        public Builder codecProvider(String name) {
            this.codecProvider = Checks.setting("HarvestConfig.Builder.codecProvider", name);
            return this;
        }

        /**
         * @return the configuration
         * @throws ConfigurationException when it is incomplete or insecure
         */
        public HarvestConfig build() {
            return new HarvestConfig(this);
        }

        private static Duration positive(Duration duration, String what) {
            Checks.setting("HarvestConfig.Builder." + what, duration);
            if (duration.isNegative() || duration.isZero()) {
                throw new ConfigurationException(what + " must be positive: " + duration);
            }
            return duration;
        }

        private static String checkHeaderText(String text, String what) {
            Checks.setting("HarvestConfig.Builder." + what, text);
            if (text.isBlank() || text.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
                throw new ConfigurationException(what + " must be printable text on one line");
            }
            return text.strip();
        }
    }
}
