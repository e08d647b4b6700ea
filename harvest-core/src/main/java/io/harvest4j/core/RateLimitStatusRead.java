package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.JdkHttpTransport;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.internal.ratelimit.RateLimitStatusAnswer;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How one client has its {@link ThrottleGovernor} learn the account's state: a {@code GET
 * /account/rate_limit_status} built like the client's calls (its {@code Accept},
 * {@code Content-Type} and {@code User-Agent}), signed by its {@link Authenticator}, sent by its
 * {@link Transport} and read by its {@link Codec}, but outside the rate limiter (it neither waits
 * for a permit nor spends one: the service does not count it), never retried, and bounded by a
 * short timeout. {@link RateLimitLearning} decides when. Thread-safe.
 */
final class RateLimitStatusRead {

    /** The read's whole limit (or the client's request timeout, when shorter). */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Learns nothing: a client with another rate limiter, or with learning turned off. */
    static final RateLimitStatusRead NONE = new RateLimitStatusRead(null, null, null, null, null);

    private final HarvestConfig config;
    private final Transport transport;
    private final Codec codec;
    private final Authenticator authenticator;
    private final ThrottleGovernor governor;

    private RateLimitStatusRead(HarvestConfig config, Transport transport, Codec codec, Authenticator authenticator,
            ThrottleGovernor governor) {
        this.config = config;
        this.transport = transport;
        this.codec = codec;
        this.authenticator = authenticator;
        this.governor = governor;
    }

    /**
     * @return how the client learns: nothing unless its rate limiter is a {@link ThrottleGovernor}
     *     and {@link HarvestConfig#learnRateLimit()} says so (by default: with the library's own
     *     transport only, so that a transport of the application's, a test's fake, is never sent a
     *     call it was not asked for)
     */
    static RateLimitStatusRead of(HarvestConfig config, Transport transport, Codec codec, Authenticator authenticator,
            RateLimiter rateLimiter) {
        boolean learn = config.learnRateLimit().orElse(transport instanceof JdkHttpTransport);
        if (!learn || !(rateLimiter instanceof ThrottleGovernor)) {
            return NONE;
        }
        return new RateLimitStatusRead(config, transport, codec, authenticator, (ThrottleGovernor) rateLimiter);
    }

    /** Before a call asks for its permit: the governor's first call reads the account's state first. */
    void beforeCall() {
        if (governor != null) {
            governor.learning.beforeCall(this::read);
        }
    }

    /** After a throttled 503 (the governor already holds every call): read the state again. */
    void afterThrottled() {
        if (governor != null) {
            governor.learning.afterThrottled(this::read);
        }
    }

    private CompletableFuture<RateLimitStatusAnswer> read() {
        String mediaType = config.format().mediaType();
        Duration timeout = config.requestTimeout().compareTo(TIMEOUT) < 0 ? config.requestTimeout() : TIMEOUT;
        Request request = Request.builder(HttpMethod.GET, URI.create(config.baseUri() + "/account/rate_limit_status"))
                .header("Accept", mediaType)
                .header("Content-Type", mediaType)
                .header("User-Agent", config.userAgent())
                .idempotent(true)
                .timeout(timeout)
                .build();
        CompletableFuture<Response> sent = CompletableFuture.completedFuture(request)
                .thenCompose(authenticator::authenticate)
                .thenCompose(signed -> {
                    if (signed == null || !signed.uri().getScheme().equalsIgnoreCase(request.uri().getScheme())
                            || !String.valueOf(signed.uri().getHost()).equalsIgnoreCase(request.uri().getHost())
                            || signed.uri().getPort() != request.uri().getPort()) {
                        // the credentials go to the account's address or nowhere
                        throw new HarvestException("the authenticator did not sign GET /account/rate_limit_status for the account");
                    }
                    return transport.sendAsync(signed);
                });
        return sent.thenApply(this::decode)
                // a transport that breaks its own timeout must not pause the governor for ever
                .orTimeout(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    private RateLimitStatusAnswer decode(Response response) {
        if (!response.isSuccessful()) {
            Request request = response.request();
            throw ApiException.of(new ApiException.Details(request.method(), request.uri(), response.status(), null, null,
                    null));
        }
        try {
            RateLimitStatusAnswer answer = codec.decode(response.body(), RateLimitStatusAnswer.class, RateLimitStatusAnswer.SHAPE);
            if (answer == null) {
                throw new CodecException("the codec read GET /account/rate_limit_status as null");
            }
            return answer;
        } catch (HarvestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodecException("cannot read the answer to GET /account/rate_limit_status: " + e.getClass().getName(), e);
        }
    }
}
