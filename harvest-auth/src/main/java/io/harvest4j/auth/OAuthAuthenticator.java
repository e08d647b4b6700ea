package io.harvest4j.auth;

import io.harvest4j.core.HarvestException;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.core.spi.Authenticator;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Signs requests with an OAuth 2.0 access token and keeps it fresh: {@code Authorization: Bearer …}
 * by default ({@link Placement#QUERY} sends the documented {@code ?access_token=} instead — but the
 * JDK's HTTP client logs whole URIs at its finest levels, so a token in the query can end up in a
 * log). Tokens come from a {@link TokenStore}.
 *
 * <p>A token that expires within the {@linkplain Builder#refreshMargin margin} (a minute by default)
 * is refreshed before it is used; a request answered 401 {@code invalid_token} makes it refresh once
 * and the client send the request again. Refreshing is <em>single-flight</em>: however many threads
 * find the token stale at once, one refresh grant is sent, and all of them proceed with its answer,
 * which the store has saved first. A failed refresh fails those calls with an
 * {@link OAuthException} (or the {@link io.harvest4j.core.TransportException} that stopped it) and
 * is not retried by them: the next call tries again.
 *
 * <pre>{@code
 * Transport transport = JdkHttpTransport.create(config);
 * OAuthFlow flow = OAuthFlow.of(OAuthApplication.of(clientId, clientSecret), transport);
 * HarvestClient client = Harvest.builder().config(config).transport(transport)
 *         .authenticator(OAuthAuthenticator.builder(flow).tokenStore(myStore).build())
 *         .build();
 * }</pre>
 *
 * Thread-safe. {@link #toString()} shows no token.
 */
public final class OAuthAuthenticator implements Authenticator {

    private static final System.Logger LOG = System.getLogger(OAuthAuthenticator.class.getName());

    /** Where the access token goes on a request. */
    public enum Placement {
        /** {@code Authorization: Bearer …} (the default: never part of a logged URI). */
        HEADER,
        /** {@code ?access_token=…}, as the service's documentation shows. */
        QUERY
    }

    private final OAuthFlow flow;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private final Placement placement;

    private final Object lock = new Object();
    /** The tokens in use, read from the store once; guarded by {@link #lock}. */
    private OAuthTokens current;
    /** The refresh in flight, or null; guarded by {@link #lock}. */
    private CompletableFuture<OAuthTokens> refreshing;

    private OAuthAuthenticator(Builder builder) {
        this.flow = builder.flow;
        this.store = builder.store;
        this.clock = builder.clock != null ? builder.clock : flow.clock();
        this.margin = builder.margin;
        this.placement = builder.placement;
    }

    /**
     * @param flow the application's flows, on the client's transport (the refresh grant goes through it)
     * @return a builder: an in-memory store, a minute's margin, the {@code Authorization} header
     */
    public static Builder builder(OAuthFlow flow) {
        return new Builder(Checks.setting("OAuthAuthenticator.builder: flow", flow));
    }

    @Override
    public CompletableFuture<Request> authenticate(Request request) {
        Checks.required("OAuthAuthenticator.authenticate: request", request);
        return freshTokens(null).thenApply(tokens -> sign(request, tokens));
    }

    /**
     * Refreshes once when the service refused the token ({@code invalid_token}); a 401 of another
     * kind is left to the caller. When another thread already replaced the refused token, no
     * refresh is made: the request is signed again with the new one.
     */
    @Override
    public CompletableFuture<Boolean> renewAfterUnauthorized(Request request, Response response) {
        if (!isInvalidToken(response)) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<String> refused = sentToken(request);
        if (refused.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return freshTokens(refused.get()).thenApply(tokens -> true);
    }

    /**
     * @param refused the access token the service refused, or null for the expiry check alone
     * @return the tokens to sign with, refreshed when needed (one refresh at a time)
     */
    private CompletableFuture<OAuthTokens> freshTokens(String refused) {
        CompletableFuture<OAuthTokens> flight;
        String refreshToken;
        synchronized (lock) {
            if (current == null) {
                try {
                    current = store.load().orElse(null);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(new OAuthException(OAuthError.NO_TOKENS, null,
                            "the token store failed to load: " + e.getClass().getName(), e));
                }
                if (current == null) {
                    return CompletableFuture.failedFuture(new OAuthException(OAuthError.NO_TOKENS,
                            "the token store holds no tokens: authorize the application first"));
                }
            }
            OAuthTokens tokens = current;
            boolean stale = refused != null ? same(refused, tokens.accessToken()) : tokens.expiresWithin(clock.instant(), margin);
            if (!stale) {
                return CompletableFuture.completedFuture(tokens);
            }
            if (refreshing != null) {
                return refreshing;
            }
            if (tokens.refreshToken().isEmpty()) {
                if (refused == null && !tokens.expiresWithin(clock.instant(), Duration.ZERO)) {
                    return CompletableFuture.completedFuture(tokens); // no way to renew: use it while it lasts
                }
                return CompletableFuture.failedFuture(new OAuthException(OAuthError.INVALID_TOKEN,
                        "the access token expired or was refused, and there is no refresh token: authorize again"));
            }
            refreshToken = tokens.refreshToken().get();
            flight = new CompletableFuture<>();
            refreshing = flight;
        }
        LOG.log(Level.DEBUG, () -> "refreshing the OAuth access token" + (refused != null ? " (refused by the service)" : ""));
        CompletableFuture<OAuthTokens> grant;
        try {
            grant = flow.refreshAsync(refreshToken);
        } catch (RuntimeException e) {
            grant = CompletableFuture.failedFuture(e);
        }
        grant.whenComplete((fresh, failure) -> {
            Throwable problem = failure;
            if (problem == null) {
                try {
                    store.save(fresh); // saved before it is used: the old refresh token may be void now
                } catch (RuntimeException e) {
                    problem = new OAuthException(OAuthError.INVALID_TOKEN, null,
                            "the token store failed to save the refreshed tokens: " + e.getClass().getName(), e);
                }
            }
            synchronized (lock) {
                if (refreshing == flight) {
                    refreshing = null;
                }
                if (problem == null) {
                    current = fresh;
                }
            }
            if (problem == null) {
                flight.complete(fresh);
            } else {
                flight.completeExceptionally(typed(problem));
            }
        });
        return flight;
    }

    private static Throwable typed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HarvestException || cause instanceof Error) {
            return cause;
        }
        return new OAuthException(OAuthError.INVALID_TOKEN, null, "the refresh failed: " + cause.getClass().getName(), cause);
    }

    private Request sign(Request request, OAuthTokens tokens) {
        if (placement == Placement.HEADER) {
            return request.toBuilder().header("Authorization", "Bearer " + tokens.accessToken()).build();
        }
        URI uri = request.uri();
        String parameter = "access_token=" + URLEncoder.encode(tokens.accessToken(), StandardCharsets.UTF_8);
        String query = uri.getRawQuery() == null ? parameter : uri.getRawQuery() + "&" + parameter;
        String text = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + "?" + query;
        return request.toBuilder().uri(URI.create(text)).build();
    }

    /** @return the token the request was signed with */
    private static Optional<String> sentToken(Request request) {
        Optional<String> header = request.headers().first("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
        if (header.isPresent()) {
            return header;
        }
        String query = request.uri().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("access_token=")) {
                try {
                    return Optional.of(java.net.URLDecoder.decode(pair.substring(13), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A 401 that says the token is bad: RFC 6750's {@code WWW-Authenticate} or the service's body. */
    private static boolean isInvalidToken(Response response) {
        if (response.status() != 401) {
            return false;
        }
        boolean header = response.headers().all("WWW-Authenticate").stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("invalid_token"));
        if (header) {
            return true;
        }
        int length = Math.min(response.bodyLength(), 4096);
        String start = new String(response.body(), 0, length, StandardCharsets.UTF_8);
        return start.contains("invalid_token");
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the application, the placement and the margin: never a token */
    @Override
    public String toString() {
        return "OAuthAuthenticator{clientId=" + flow.application().clientId() + ", " + placement
                + ", refreshMargin=" + margin + ", tokens=<redacted>}";
    }

    /** Builds an {@link OAuthAuthenticator}; not thread-safe. */
    public static final class Builder {
        private final OAuthFlow flow;
        private TokenStore store = TokenStore.inMemory();
        private Clock clock;
        private Duration margin = Duration.ofMinutes(1);
        private Placement placement = Placement.HEADER;
        private OAuthTokens initial;

        private Builder(OAuthFlow flow) {
            this.flow = flow;
        }

        /** @param store where tokens are loaded from and refreshed ones saved to (default in memory) */
        public Builder tokenStore(TokenStore store) {
            this.store = Checks.setting("OAuthAuthenticator.Builder.tokenStore", store);
            return this;
        }

        /** @param tokens tokens to start with: saved to the store when the authenticator is built */
        public Builder tokens(OAuthTokens tokens) {
            this.initial = Checks.setting("OAuthAuthenticator.Builder.tokens", tokens);
            return this;
        }

        /** @param clock decides when a token is about to expire (default the flow's) */
        public Builder clock(Clock clock) {
            this.clock = Checks.setting("OAuthAuthenticator.Builder.clock", clock);
            return this;
        }

        /** @param margin how long before its expiry a token is refreshed (default one minute) */
        public Builder refreshMargin(Duration margin) {
            Checks.setting("OAuthAuthenticator.Builder.refreshMargin", margin);
            if (margin.isNegative()) {
                throw new io.harvest4j.core.ConfigurationException("OAuthAuthenticator.Builder.refreshMargin must not be negative");
            }
            this.margin = margin;
            return this;
        }

        /** @param placement where the token goes (default {@link Placement#HEADER}) */
        public Builder placement(Placement placement) {
            this.placement = Checks.setting("OAuthAuthenticator.Builder.placement", placement);
            return this;
        }

        /** @return the authenticator */
        public OAuthAuthenticator build() {
            if (initial != null) {
                store.save(initial);
            }
            return new OAuthAuthenticator(this);
        }
    }
}
