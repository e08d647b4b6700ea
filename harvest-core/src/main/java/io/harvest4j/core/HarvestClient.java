package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.RetryAfter;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.RetryPolicy;
import io.harvest4j.core.spi.Sleeper;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A client of one Harvest account: sends the {@link Call}s that facades declare, in the configured
 * format, as the configured user. Thread-safe; share one per account and application.
 *
 * <p>Each call goes through the same stages: encode the body with the {@link Codec}; add
 * {@code Accept}, {@code Content-Type} and {@code User-Agent}; wait for the {@link RateLimiter};
 * sign with the {@link Authenticator}; send with the {@link Transport}; on a 401, let the
 * authenticator renew once; on a failure, ask the {@link RetryPolicy}; map a failed answer to an
 * {@link ApiException}; read a successful one with the call's {@link ResponseReader}.
 *
 * <p>Get one from {@link Harvest#builder()} or from Guice with {@link io.harvest4j.core.inject.HarvestModule}.
 */
public final class HarvestClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HarvestClient.class.getName());

    private final HarvestConfig config;
    private final Transport transport;
    private final Codec codec;
    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * Composes a client from its parts; {@link Harvest#builder()} and the Guice module call this.
     */
    @Inject
    public HarvestClient(HarvestConfig config, Transport transport, Codec codec, Authenticator authenticator,
            RetryPolicy retryPolicy, RateLimiter rateLimiter, Sleeper sleeper, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!codec.format().equals(config.format())) {
            throw new ConfigurationException("the codec serves " + codec.format() + " but the client is configured for "
                    + config.format());
        }
    }

    /** @return the configuration */
    public HarvestConfig config() {
        return config;
    }

    /** @return the codec every call is encoded and decoded with */
    public Codec codec() {
        return codec;
    }

    /**
     * Sends a call and waits for its result.
     *
     * @param call the operation
     * @param <T> the result's type
     * @return the result
     * @throws HarvestException on any failure, of the subtype that says what went wrong
     */
    public <T> T send(Call<T> call) {
        return Transport.join(sendAsync(call));
    }

    /**
     * Sends a call.
     *
     * @param call the operation
     * @param <T> the result's type
     * @return a future of the result; it fails with a {@link HarvestException}
     */
    public <T> CompletableFuture<T> sendAsync(Call<T> call) {
        Objects.requireNonNull(call, "call");
        Request request;
        try {
            request = toRequest(call);
        } catch (HarvestException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new CodecException("cannot encode the body of " + call + ": " + e, e));
        }
        return exchange(request, 1, Duration.ZERO, false).thenApply(response -> read(call, response));
    }

    /** Closes the transport. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HarvestClient{" + config.baseUri() + ", " + config.format() + ", " + authenticator + "}";
    }

    private Request toRequest(Call<?> call) {
        String mediaType = config.format().mediaType();
        URI uri = call.uri(config.baseUri());
        Request.Builder builder = Request.builder(call.method(), uri)
                .header("Accept", mediaType)
                .header("Content-Type", mediaType)
                .header("User-Agent", config.userAgent())
                .idempotent(call.isIdempotent());
        if (call.rawBody().isPresent()) {
            RequestBody raw = call.rawBody().get();
            builder.body(raw).header("Content-Type", raw.contentType());
        } else if (call.body().isPresent()) {
            byte[] bytes = codec.encode(call.body().get(), call.bodyShape().orElseThrow());
            builder.body(RequestBody.of(bytes, mediaType));
        } else if (call.method() != HttpMethod.GET) {
            builder.body(RequestBody.empty(mediaType));
        }
        return builder.build();
    }

    private CompletableFuture<Response> exchange(Request request, int attempt, Duration waited, boolean renewed) {
        return rateLimiter.acquire()
                .thenCompose(ready -> authenticator.authenticate(request))
                .thenCompose(signed -> {
                    checkSameOrigin(signed);
                    LOG.log(Level.DEBUG, () -> "attempt " + attempt + ": " + signed);
                    return transport.sendAsync(signed)
                            .handle((response, failure) -> outcome(signed, response, failure));
                })
                .thenCompose(outcome -> afterAttempt(request, outcome, attempt, waited, renewed));
    }

    private CompletableFuture<Response> afterAttempt(Request request, Outcome outcome, int attempt, Duration waited,
            boolean renewed) {
        Response response = outcome.response;
        if (response != null && response.status() == 401 && !renewed) {
            return authenticator.renewAfterUnauthorized(outcome.sent, response).thenCompose(renew -> renew
                    ? exchange(request, attempt + 1, waited, true)
                    : CompletableFuture.completedFuture(response));
        }
        if (response != null && response.isSuccessful()) {
            return CompletableFuture.completedFuture(response);
        }
        if (response != null && response.status() == 503) {
            retryAfter(response).ifPresent(rateLimiter::throttled);
        }
        boolean sent = outcome.failure == null || !(outcome.failure instanceof TransportException)
                || ((TransportException) outcome.failure).mayHaveBeenSent();
        Optional<Duration> delay = retryPolicy.nextDelay(
                new RetryPolicy.Attempt(request, attempt, response, outcome.failure, sent, waited));
        if (delay.isPresent()) {
            Duration wait = delay.get();
            LOG.log(Level.DEBUG, () -> "retrying " + request.method() + " " + Request.redactedUri(request.uri())
                    + " in " + wait.toMillis() + " ms after " + (response != null ? response.status() : outcome.failure));
            return sleeper.sleep(wait).thenCompose(slept -> exchange(request, attempt + 1, waited.plus(wait), renewed));
        }
        if (response != null) {
            return CompletableFuture.completedFuture(response);
        }
        return CompletableFuture.failedFuture(outcome.failure);
    }

    private <T> T read(Call<T> call, Response response) {
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        return call.reader().read(response, codec);
    }

    private ApiException failure(Response response) {
        Request request = response.request();
        String message = null;
        if (response.bodyLength() > 0) {
            try {
                message = codec.errorMessage(response.body()).orElse(null);
            } catch (RuntimeException e) {
                message = null; // an error body may be anything: an HTML page, plain text, nothing
            }
        }
        return ApiException.of(new ApiException.Details(request.method(), request.uri(), response.status(),
                response.headers().first("Hint").orElse(null), message, retryAfter(response).orElse(null)));
    }

    private Optional<Duration> retryAfter(Response response) {
        return RetryAfter.parse(response.headers().first("Retry-After").orElse(null), clock.instant());
    }

    private void checkSameOrigin(Request signed) {
        URI base = config.baseUri();
        URI target = signed.uri();
        boolean same = base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().equalsIgnoreCase(target.getHost()) && base.getPort() == target.getPort();
        if (!same && signed.headers().contains("Authorization")) {
            throw new ConfigurationException("refusing to send credentials to " + target.getHost()
                    + ": the client is configured for " + base.getHost());
        }
    }

    private static Outcome outcome(Request sent, Response response, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return new Outcome(sent, response, cause);
    }

    /** The end of one attempt: an answer, or why none came. */
    private static final class Outcome {
        final Request sent;
        final Response response;
        final Throwable failure;

        Outcome(Request sent, Response response, Throwable failure) {
            this.sent = sent;
            this.response = failure == null ? response : null;
            this.failure = failure;
        }
    }
}
