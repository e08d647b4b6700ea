package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.RetryAfter;
import io.harvest4j.core.http.StreamedResponse;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.RetryPolicy;
import io.harvest4j.core.spi.Sleeper;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A client of one Harvest account: sends the {@link Call}s that facades declare, in the configured
 * format, as the configured user. Thread-safe; share one per account and application. Applications
 * rarely call it directly: a facade ({@code TimeTracking}, {@code Account}…) answers an
 * {@link ExecutableRequest} whose {@code execute()} comes here.
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
    /** The most of a streamed call's failed answer that is read, for its message. */
    private static final int STREAMED_ERROR_BODY_BYTES = 64 * 1024;
    /**
     * The largest answer of a blocking call that the calling thread decodes itself, when the codec
     * {@linkplain Codec#decodesPromptly() decodes promptly}: at the library's codecs' slowest
     * (tens of MB/s), a few milliseconds at most.
     */
    static final int PROMPT_DECODE_BYTES = 64 * 1024;

    private final HarvestConfig config;
    private final Transport transport;
    private final Codec codec;
    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Has the throttle governor learn the account's limit from the service (see RateLimitStatusRead). */
    private final RateLimitStatusRead rateLimitStatus;
    /** Whether the transport has a blocking {@link Transport#send} of its own, which {@link #send} then uses. */
    private final boolean blockingTransport;
    /** Whether the codec {@linkplain Codec#decodesPromptly() decodes promptly}, asked once. */
    private final boolean promptCodec;
    /** The URIs of recent calls without a query: see {@link #uriOf}. */
    private final AtomicReferenceArray<ResolvedPath> uris = new AtomicReferenceArray<>(64);
    /** Decodes the answers of blocking calls, so that the caller can stop waiting at its deadline; made on first use. */
    private ExecutorService decoders;

    /**
     * Composes a client from its parts; {@link Harvest#builder()} and the Guice module call this.
     *
     * @param config the account, format and limits
     * @param transport sends the requests
     * @param codec encodes bodies and decodes answers in the configured format
     * @param authenticator signs the requests
     * @param retryPolicy decides whether and when a failed attempt is repeated
     * @param rateLimiter paces the calls under the throttle
     * @param sleeper how waits between attempts are made
     * @param clock the time source, for {@code Retry-After} dates
     * @throws ConfigurationException when a part is missing or the codec serves another format
     */
    @Inject
    public HarvestClient(HarvestConfig config, Transport transport, Codec codec, Authenticator authenticator,
            RetryPolicy retryPolicy, RateLimiter rateLimiter, Sleeper sleeper, Clock clock) {
        this.config = Checks.setting("HarvestClient: config", config);
        this.transport = Checks.setting("HarvestClient: transport", transport);
        this.codec = Checks.setting("HarvestClient: codec", codec);
        this.authenticator = Checks.setting("HarvestClient: authenticator", authenticator);
        this.retryPolicy = Checks.setting("HarvestClient: retryPolicy", retryPolicy);
        this.rateLimiter = Checks.setting("HarvestClient: rateLimiter", rateLimiter);
        this.sleeper = Checks.setting("HarvestClient: sleeper", sleeper);
        this.clock = Checks.setting("HarvestClient: clock", clock);
        if (!codec.format().equals(config.format())) {
            throw new ConfigurationException("the codec serves " + codec.format() + " but the client is configured for "
                    + config.format());
        }
        this.rateLimitStatus = RateLimitStatusRead.of(config, transport, codec, authenticator, rateLimiter);
        this.blockingTransport = hasOwnBlockingSend(transport);
        this.promptCodec = codec.decodesPromptly();
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
        // the calling thread runs the pipeline and, when the transport can, waits for the answer
        // in the transport's blocking send: no hand-off between threads on the way
        return Transport.join(start(call, Thread.currentThread()));
    }

    /**
     * Sends a call.
     *
     * @param call the operation
     * @param <T> the result's type
     * @return a future of the result; it fails with a {@link HarvestException}. Cancelling it stops
     *     any further attempt of the call.
     */
    public <T> CompletableFuture<T> sendAsync(Call<T> call) {
        return start(call, null);
    }

    /**
     * Starts a call: both front doors come here, and every stage is the same for both.
     *
     * @param caller the thread that waits for the result in {@link #send}, which then sends each
     *     attempt it runs itself with the transport's blocking {@link Transport#send} (when the
     *     transport has one of its own) and leaves decoding to another thread; {@code null} for a
     *     call that is asynchronous all the way
     */
    private <T> CompletableFuture<T> start(Call<T> call, Thread caller) {
        Checks.required("HarvestClient.sendAsync: call", call);
        Request request;
        try {
            request = requestFor(call);
        } catch (HarvestException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Exchange exchange = new Exchange(request, result, caller, false);
        exchange.answer.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    result.completeExceptionally(unknownOutcome(request, typed(request, failure)));
                } else if (!result.isDone()) {
                    // a cancelled call's answer is not decoded: decoding is part of the call
                    if (response.isSuccessful()) {
                        decode(call, request, response, exchange.deadline, result, caller);
                    } else {
                        result.complete(read(call, response));
                    }
                }
            } catch (Throwable e) {
                result.completeExceptionally(unknownOutcome(request, e));
            }
        });
        exchange.next();
        return result;
    }

    /**
     * Sends a call and answers as soon as a successful answer's status and headers are in, its body
     * to be read as it arrives: a receipt's image copied to a file, or any answer too large to hold.
     * The call goes through every stage a sent call does (rate limiter, signing, a 401's renewal,
     * retries of failed attempts, all before anything is handed out); a failed answer is read to at
     * most 64 KiB and mapped to the same {@link ApiException}s. The call's reader is not used.
     *
     * <pre>{@code
     * try (StreamedResponse receipt = client.open(call)) {
     *     Files.copy(receipt.body(), target);
     * }
     * }</pre>
     *
     * @param call the operation
     * @return the successful answer; the caller must close it, which releases the connection. Its
     *     body's reads fail with a {@link TransportException} (not an {@code IOException}), when the
     *     body stops arriving for the request timeout, say.
     * @throws HarvestException on any failure before the answer, of the subtype that says what went wrong
     */
    public StreamedResponse open(Call<?> call) {
        return Transport.join(openAsync(call));
    }

    /**
     * Sends a call and answers its successful answer with the body to be read as it arrives; see
     * {@link #open(Call)}.
     *
     * @param call the operation
     * @return a future of the successful answer, which the caller must close; it fails with a
     *     {@link HarvestException}. Cancelling it stops any further attempt, and an answer that
     *     arrives after the cancellation is closed.
     */
    public CompletableFuture<StreamedResponse> openAsync(Call<?> call) {
        Checks.required("HarvestClient.openAsync: call", call);
        Request request;
        try {
            request = requestFor(call);
        } catch (HarvestException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<StreamedResponse> result = new CompletableFuture<>();
        Exchange exchange = new Exchange(request, result, null, true);
        exchange.answer.whenComplete((response, failure) -> {
            StreamedResponse opened = exchange.opened;
            try {
                if (failure != null) {
                    result.completeExceptionally(unknownOutcome(request, typed(request, failure)));
                } else if (!response.isSuccessful() || opened == null) {
                    result.completeExceptionally(unknownOutcome(request, failure(response)));
                } else {
                    StreamedResponse handed = new StreamedResponse(opened.request(), opened.status(),
                            opened.headers(), new StreamedItems.GuardedBody(opened.body(), opened.request()));
                    if (result.complete(handed)) {
                        opened = null;
                    }
                }
            } catch (Throwable e) {
                result.completeExceptionally(unknownOutcome(request, e));
            } finally {
                if (opened != null) {
                    opened.close(); // not handed out: a failure, or the caller cancelled
                }
            }
        });
        exchange.next();
        return result;
    }

    /**
     * Sends a call whose answer is a list, and answers its items as a stream decoded while the body
     * arrives, so that an answer of any length is never held whole (a report of a year's entries).
     * The call is sent as by {@link #open(Call)}; the items are decoded by the codec's
     * {@link Codec#decodeItems}, each bounded by {@link HarvestConfig#maxResponseBytes()}.
     *
     * <pre>{@code
     * try (Stream<DayEntry> entries = client.stream(call, DayEntry.class, shape)) {
     *     entries.forEach(sheet::add);
     * }
     * }</pre>
     *
     * @param call the operation (its reader is not used)
     * @param itemType the class of each item
     * @param shape the answer's list shape
     * @param <T> the type of the items
     * @return the items; the stream must be closed (try-with-resources), which releases the
     *     connection, read to the end or not. Its operations fail with a {@link CodecException} when
     *     the body turns out malformed, a {@link TransportException} when it stops arriving.
     * @throws HarvestException on any failure before the first item, of the subtype that says what went wrong
     */
    public <T> java.util.stream.Stream<T> stream(Call<?> call, Class<T> itemType, io.harvest4j.core.codec.WireShape shape) {
        Checks.required("HarvestClient.stream: itemType", itemType);
        Checks.required("HarvestClient.stream: shape", shape);
        if (!shape.isList()) {
            throw new InvalidRequestException("HarvestClient.stream needs a list shape: " + shape);
        }
        StreamedResponse response = open(call);
        return StreamedItems.stream(response, codec, itemType, shape, config.maxResponseBytes());
    }

    /**
     * Reads a successful answer within the call's deadline: the attempt's timeout counts from
     * when it was sent to the end of decoding. A decode still running at the deadline fails the
     * call then with a {@link TransportException} ("… in time"); the decode itself runs on, its
     * result unused. The caller of {@link #send} waits while another thread decodes, so that it
     * can stop waiting at the deadline; an asynchronous call decodes where its answer arrived.
     *
     * <p>One exception: an answer of at most {@link #PROMPT_DECODE_BYTES}, for a codec that
     * {@linkplain Codec#decodesPromptly() decodes promptly}, is decoded by the caller of
     * {@link #send} itself (microseconds, where the hand-offs to a decoder thread and back would
     * cost a tenth of a loopback call), and fails the call if it ended after the deadline.
     */
    private <T> void decode(Call<T> call, Request request, Response response, long deadline,
            CompletableFuture<T> result, Thread caller) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            result.completeExceptionally(unknownOutcome(request, decodingTimedOut(request)));
            return;
        }
        if (caller != null && caller == Thread.currentThread() && promptCodec
                && response.bodyLength() <= PROMPT_DECODE_BYTES) {
            try {
                T value = read(call, response);
                if (System.nanoTime() - deadline > 0) {
                    result.completeExceptionally(unknownOutcome(request, decodingTimedOut(request)));
                } else {
                    result.complete(value);
                }
            } catch (Throwable e) {
                result.completeExceptionally(unknownOutcome(request, e));
            }
            return;
        }
        CompletableFuture<Boolean> timer = new CompletableFuture<Boolean>()
                .completeOnTimeout(Boolean.TRUE, left, TimeUnit.NANOSECONDS);
        timer.thenAccept(expired -> {
            if (expired) {
                result.completeExceptionally(unknownOutcome(request, decodingTimedOut(request)));
            }
        });
        result.whenComplete((value, failure) -> timer.complete(Boolean.FALSE)); // frees the timer at once
        Runnable reading = () -> {
            try {
                if (!result.isDone()) {
                    result.complete(read(call, response));
                }
            } catch (Throwable e) {
                result.completeExceptionally(unknownOutcome(request, e));
            }
        };
        if (caller != null && caller == Thread.currentThread()) {
            try {
                decoders().execute(reading);
                return;
            } catch (RejectedExecutionException e) {
                // closed meanwhile: read here
            }
        }
        reading.run();
    }

    private TransportException decodingTimedOut(Request request) {
        return new TransportException("no answer to " + request.method() + " " + Request.redactedUri(request.uri())
                + " in time: it came, but was not decoded within the timeout of "
                + request.timeout().orElse(config.requestTimeout()), null, true);
    }

    private synchronized ExecutorService decoders() {
        if (decoders == null) {
            decoders = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "harvest4j-decoder");
                thread.setDaemon(true);
                return thread;
            });
            if (closed.get()) {
                decoders.shutdown();
            }
        }
        return decoders;
    }

    /** Whether a transport overrides {@link Transport#send}, instead of joining its {@code sendAsync}. */
    private static boolean hasOwnBlockingSend(Transport transport) {
        try {
            return transport.getClass().getMethod("send", Request.class).getDeclaringClass() != Transport.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }

    /**
     * Closes the client: every later call fails at once with an {@link InvalidRequestException},
     * and the transport releases what it holds (connections, threads). Calls in flight finish.
     * Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            synchronized (this) {
                if (decoders != null) {
                    decoders.shutdown();
                }
            }
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "HarvestClient{" + config.baseUri() + ", " + config.format() + ", " + authenticator + "}";
    }

    /**
     * The request a call is sent as, unless the client is closed or the call's body cannot be
     * encoded.
     */
    private Request requestFor(Call<?> call) {
        if (closed.get()) {
            throw new InvalidRequestException(call.method() + " " + call.path()
                    + " was not sent: the client is closed (make a new one)");
        }
        try {
            return toRequest(call);
        } catch (HarvestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodecException("cannot encode the body of " + call + ": " + e, e);
        }
    }

    private Request toRequest(Call<?> call) {
        String mediaType = config.format().mediaType();
        URI uri;
        try {
            uri = uriOf(call);
        } catch (IllegalArgumentException e) {
            // the message would quote the whole URI, query values included: name the call instead
            throw new InvalidRequestException(call + " does not make a valid URI");
        }
        Request.Builder builder = Request.builder(call.method(), uri)
                .header("Accept", mediaType)
                .header("Content-Type", mediaType)
                .header("User-Agent", config.userAgent())
                .idempotent(call.isIdempotent())
                .timeout(call.timeout().orElse(null));
        if (call.rawBody().isPresent()) {
            RequestBody raw = call.rawBody().get();
            try {
                builder.body(raw).header("Content-Type", raw.contentType());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("the body of " + call + " has an invalid Content-Type: " + e.getMessage(), e);
            }
        } else if (call.body().isPresent()) {
            byte[] bytes = codec.encode(call.body().get(), call.bodyShape().orElseThrow());
            if (bytes == null) {
                throw new CodecException("the codec encoded the body of " + call + " as null");
            }
            builder.body(RequestBody.of(bytes, mediaType));
        } else if (call.method() != HttpMethod.GET) {
            builder.body(RequestBody.empty(mediaType));
        }
        return builder.build();
    }

    /**
     * The call's URI. That of a call without a query is kept in {@link #uris}, by its path's hash,
     * and used again by the calls to the same path: parsing a URI costs more than the rest of
     * making a request.
     */
    private URI uriOf(Call<?> call) {
        if (!call.query().isEmpty()) {
            return call.uri(config.baseUri());
        }
        String path = call.path();
        int slot = path.hashCode() & (uris.length() - 1);
        ResolvedPath known = uris.get(slot);
        if (known != null && known.path.equals(path)) {
            return known.uri;
        }
        URI uri = call.uri(config.baseUri());
        uris.set(slot, new ResolvedPath(path, uri));
        return uri;
    }

    /** A path and its URI against the base. */
    private static final class ResolvedPath {
        final String path;
        final URI uri;

        ResolvedPath(String path, URI uri) {
            this.path = path;
            this.uri = uri;
        }
    }

    private <T> T read(Call<T> call, Response response) {
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        try {
            return call.reader().read(response, codec);
        } catch (HarvestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodecException("cannot read the answer " + response.status() + " to " + call + ": " + e, e);
        }
    }

    /**
     * Describes a failure of the pipeline as the {@link HarvestException} the API promises: a
     * stage that failed with anything else (an authenticator, a rate limiter, a sleeper or a
     * transport that broke its contract) is wrapped, never passed on raw.
     */
    private static Throwable typed(Request request, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HarvestException || cause instanceof Error) {
            return cause;
        }
        String target = request.method() + " " + Request.redactedUri(request.uri());
        if (cause instanceof CancellationException) {
            return new HarvestException(target + " was cancelled", cause);
        }
        return new HarvestException(target + " failed: " + cause, cause);
    }

    /**
     * A failure of a call that is not idempotent, after which the service may have applied it,
     * is reported as such: a {@link MayHaveBeenProcessedException} around it.
     */
    static Throwable unknownOutcome(Request request, Throwable failure) {
        if (request.isIdempotent() || failure instanceof MayHaveBeenProcessedException) {
            return failure;
        }
        boolean unknown = failure instanceof TransportException && ((TransportException) failure).mayHaveBeenSent()
                || failure instanceof ServerException && !(failure instanceof ThrottledException);
        if (!unknown) {
            return failure;
        }
        return new MayHaveBeenProcessedException(request.method() + " " + Request.redactedUri(request.uri())
                + " may have been processed: " + failure.getMessage(), (HarvestException) failure);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A stage's future, or a failed one when an implementation answered {@code null}. */
    private static <T> CompletableFuture<T> nonNull(CompletableFuture<T> future, String what) {
        return future != null ? future
                : CompletableFuture.failedFuture(new HarvestException(what + " answered null instead of a future"));
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

    /**
     * Refuses to let credentials leave for another origin than the configured one: in a header
     * ({@code Authorization}, a cookie…), in the URI's user info, or as a token in its query.
     */
    private void checkSameOrigin(Request signed) {
        URI base = config.baseUri();
        URI target = signed.uri();
        boolean same = base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().equalsIgnoreCase(target.getHost()) && port(base) == port(target);
        if (same) {
            return;
        }
        boolean credentials = signed.headers().hasSensitive()
                || !Request.redactedUri(target).equals(target.toString());
        if (credentials) {
            throw new ConfigurationException("refusing to send credentials to " + target.getHost()
                    + ": the client is configured for " + base.getHost());
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static Outcome outcome(Request sent, Response response, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause == null && response == null) {
            cause = new TransportException("the transport answered " + sent.method() + " "
                    + Request.redactedUri(sent.uri()) + " with neither a response nor a failure", null, true);
        }
        return new Outcome(sent, response, cause);
    }

    private static Duration saturatedPlus(Duration a, Duration b) {
        try {
            return a.plus(b);
        } catch (ArithmeticException e) {
            return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        }
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

    /**
     * The attempts of one call, one after the other, until one gives the answer or the retry policy
     * gives up.
     *
     * <p>Attempts run in a loop, not by recursion: when an attempt ends synchronously (a sleeper
     * that returns at once, a transport that answers from memory), the attempt that follows is
     * started by the loop that is already running, so a call may be retried any number of times
     * without growing the stack or nesting futures.
     *
     * <p>One attempt is in flight at a time; the fields below are written before {@link #next()}
     * and read after it, and the atomic counter orders the two.
     */
    private final class Exchange {
        private final Request request;
        private final CompletableFuture<?> result;
        /** The thread that waits in {@link #send}, or {@code null}: see {@link #start}. */
        private final Thread caller;
        /** The answer of the last attempt, or why there is none; read by the caller. */
        final CompletableFuture<Response> answer = new CompletableFuture<>();
        /** When the last attempt must have ended, decoding included ({@link System#nanoTime()}). */
        volatile long deadline;
        private final AtomicInteger scheduled = new AtomicInteger();
        private int attempt;
        private Duration waited = Duration.ZERO;
        private boolean renewed;
        /** Whether the answer is opened as a stream ({@link #openAsync}) rather than read whole. */
        private final boolean streamed;
        /** The successful answer of a streamed exchange, once there is one. */
        volatile StreamedResponse opened;

        Exchange(Request request, CompletableFuture<?> result, Thread caller, boolean streamed) {
            this.request = request;
            this.result = result;
            this.caller = caller;
            this.streamed = streamed;
        }

        /**
         * Opens the answer as a stream: a successful one is kept in {@link #opened} and stands in
         * the pipeline as its status and headers; a failed one is read (bounded) and closed, and
         * goes on like any answer (renewal, retry, mapping).
         */
        private CompletableFuture<Response> open(Request signed) {
            return nonNull(transport.openAsync(signed), "the transport").thenApply(answer -> {
                if (answer == null) {
                    return null;
                }
                if (!answer.isSuccessful()) {
                    return answer.buffer((int) Math.min(STREAMED_ERROR_BODY_BYTES, config.maxResponseBytes()));
                }
                StreamedResponse previous = opened;
                opened = answer;
                if (previous != null) {
                    previous.close();
                }
                return new Response(answer.request(), answer.status(), answer.headers(), null);
            });
        }

        /** Starts the next attempt, or leaves it to the loop that is running. */
        void next() {
            if (scheduled.getAndIncrement() != 0) {
                return;
            }
            do {
                if (result.isDone()) {
                    answer.cancel(false); // the caller cancelled: nothing more is sent
                } else {
                    attempt();
                }
            } while (scheduled.decrementAndGet() != 0);
        }

        private void attempt() {
            attempt++;
            int number = attempt;
            CompletableFuture<Outcome> outcome;
            try {
                rateLimitStatus.beforeCall();
                outcome = nonNull(rateLimiter.acquire(), "the rate limiter")
                        .thenCompose(ready -> {
                            // the permit is given back once, whatever ends the attempt; a throttle
                            // is told before, so that no call waiting for the permit slips through
                            CompletableFuture<Outcome> sent;
                            try {
                                sent = signAndSend(number);
                            } catch (Throwable e) {
                                sent = CompletableFuture.failedFuture(e);
                            }
                            return sent.whenComplete((ended, failure) -> rateLimiter.settled());
                        });
            } catch (Throwable e) {
                answer.completeExceptionally(e);
                return;
            }
            outcome.whenComplete((ended, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                    return;
                }
                try {
                    afterAttempt(ended);
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                }
            });
        }

        private CompletableFuture<Outcome> signAndSend(int number) {
            return nonNull(authenticator.authenticate(request), "the authenticator").thenCompose(signed -> {
                if (signed == null) {
                    throw new HarvestException("the authenticator signed " + request + " as null");
                }
                checkSameOrigin(signed);
                if (LOG.isLoggable(Level.DEBUG)) {
                    LOG.log(Level.DEBUG, "attempt " + number + ": " + signed);
                }
                deadline = System.nanoTime() + signed.timeout().orElse(config.requestTimeout()).toNanos();
                return (streamed ? open(signed) : sent(signed)).handle((response, failure) -> {
                    Outcome ended = outcome(signed, response, failure);
                    if (ended.response != null && ended.response.status() == 503) {
                        // every call the service receives while it is locked out extends the
                        // lock-out: hold them all, not only this one
                        retryAfter(ended.response).ifPresent(retryAfter -> {
                            rateLimiter.throttled(retryAfter);
                            rateLimitStatus.afterThrottled();
                        });
                    }
                    return ended;
                });
            });
        }

        /**
         * Sends one attempt: with the transport's blocking send when the thread that waits for the
         * call is the one running it (every stage before ended at once), else asynchronously, so
         * that no thread of a stage (a sleeper's, a rate limiter's) is ever held.
         */
        private CompletableFuture<Response> sent(Request signed) {
            if (!blockingTransport || caller != Thread.currentThread()) {
                return nonNull(transport.sendAsync(signed), "the transport");
            }
            try {
                return CompletableFuture.completedFuture(transport.send(signed));
            } catch (Throwable e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        private void afterAttempt(Outcome outcome) {
            Response response = outcome.response;
            if (response != null && response.status() == 401 && !renewed && request.isReplayable()) {
                renewed = true;
                nonNull(authenticator.renewAfterUnauthorized(outcome.sent, response), "the authenticator")
                        .whenComplete((renew, failure) -> {
                            if (failure != null) {
                                answer.completeExceptionally(failure);
                            } else if (Boolean.TRUE.equals(renew)) {
                                next();
                            } else {
                                answer.complete(response);
                            }
                        });
                return;
            }
            if (response != null && response.isSuccessful()) {
                answer.complete(response);
                return;
            }
            boolean sent = outcome.failure == null || !(outcome.failure instanceof TransportException)
                    || ((TransportException) outcome.failure).mayHaveBeenSent();
            Optional<Duration> delay = request.isReplayable()
                    ? retryPolicy.nextDelay(new RetryPolicy.Attempt(request, attempt, response, outcome.failure, sent, waited))
                    : Optional.empty();
            if (delay != null && delay.isPresent()) {
                Duration wait = delay.get().isNegative() ? Duration.ZERO : delay.get();
                LOG.log(Level.DEBUG, () -> "retrying " + request.method() + " " + Request.redactedUri(request.uri())
                        + " in " + wait + " after " + (response != null ? response.status() : outcome.failure));
                waited = saturatedPlus(waited, wait);
                nonNull(sleeper.sleep(wait), "the sleeper").whenComplete((slept, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        next();
                    }
                });
                return;
            }
            if (response != null) {
                answer.complete(response);
            } else {
                answer.completeExceptionally(outcome.failure);
            }
        }
    }
}
