package io.harvest4j.core.http;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The default {@link Transport}, on the JDK's {@link HttpClient}: asynchronous, HTTP/1.1 and
 * HTTP/2 (over HTTPS; plain HTTP, for loopback, is HTTP/1.1 only), redirects never followed (so no
 * {@code Authorization} can be carried to another host), a request timeout on every exchange, and
 * a cap on the size of an answer, enforced while it streams in.
 *
 * <p>The {@link HttpClient} made by {@link #create} runs its own tasks on the thread where they
 * arise rather than handing each to a pool: a blocking {@link #send} sends on the calling thread
 * and gets its answer from the client's selector thread, one hand-off where the JDK's default
 * executor makes two or three (on a loopback call, a third of its time). The client's selector
 * thread does no more than collect bodies with the JDK's subscribers or ours, which only gather
 * bytes. An asynchronous exchange is started on one of the transport's own worker threads (so
 * that finding the host's address never holds the caller), and the JDK completes it on its
 * default pool, as with any client: nothing of the caller's runs on the selector thread.
 */
public final class JdkHttpTransport implements Transport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final boolean ownsClient;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    private final SingleShotExchange singleShot;
    /**
     * Runs the blocking single-shot exchanges and starts the asynchronous exchanges of a client of
     * the transport's own; made on first use, shut down by {@link #close()}.
     */
    private ExecutorService workers;
    private volatile boolean closed;
    /** Recently built GETs, by their URI's hash: see {@link #toHttpRequest}. */
    private final AtomicReferenceArray<BuiltGet> builtGets = new AtomicReferenceArray<>(32);

    private JdkHttpTransport(HttpClient client, boolean ownsClient, Duration requestTimeout, long maxResponseBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.maxResponseBytes = maxResponseBytes;
        this.singleShot = new SingleShotExchange(client, maxResponseBytes);
    }

    /**
     * @param config supplies the connect and request timeouts, the largest answer accepted and the
     *     TLS settings ({@link HarvestConfig#sslContext()})
     * @return a transport with its own {@link HttpClient}
     */
    public static JdkHttpTransport create(HarvestConfig config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // the JDK's client runs its tasks where they arise: see the class comment
                .executor(Runnable::run);
        config.sslContext().ifPresent(builder::sslContext);
        HttpClient client = builder.build();
        return new JdkHttpTransport(client, true, config.requestTimeout(), config.maxResponseBytes());
    }

    /**
     * @param client a client the application configured (proxy, SSL context, executor); it must
     *     not follow redirects ({@link HttpClient.Redirect#NEVER}, the JDK's default): the JDK's
     *     client carries {@code Authorization} along to whatever host a redirect names
     * @param config supplies the request timeout and the largest answer accepted
     * @return a transport over that client; closing the transport leaves the client to its owner
     * @throws ConfigurationException when the client follows redirects
     */
    public static JdkHttpTransport over(HttpClient client, HarvestConfig config) {
        Objects.requireNonNull(client, "client");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new ConfigurationException("the HttpClient follows redirects (" + client.followRedirects()
                    + "): it would carry the credentials to the host a redirect names; build it with Redirect.NEVER");
        }
        return new JdkHttpTransport(client, false, config.requestTimeout(), config.maxResponseBytes());
    }

    /**
     * Sends a request. A GET that is not {@linkplain Request#isIdempotent() idempotent} goes by a
     * connection of its own ({@link SingleShotExchange}): the JDK's client would send it again by
     * itself when the connection dies before the answer.
     */
    @Override
    public CompletableFuture<Response> sendAsync(Request request) {
        if (closed) {
            return CompletableFuture.failedFuture(closedFor(request, null));
        }
        if (request.method() == HttpMethod.GET && !request.isIdempotent()) {
            Duration timeout = request.timeout().orElse(requestTimeout);
            try {
                return CompletableFuture.supplyAsync(() -> singleShot.send(request, timeout), workers());
            } catch (RejectedExecutionException e) {
                return CompletableFuture.failedFuture(closedFor(request, e));
            }
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (TransportException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    new TransportException("cannot send " + request + ": " + e.getMessage(), e, false));
        }
        return exchange(request, () -> client.sendAsync(httpRequest, this::bodySubscriber))
                .handle((httpResponse, failure) -> {
                    if (failure != null) {
                        throw asTransportException(request, failure);
                    }
                    return toResponse(request, httpResponse);
                });
    }

    /**
     * Sends a request and answers when the status and headers are in; the body is read as it
     * arrives (see {@link StreamedResponse}), one chunk asked of the connection at a time. The
     * request timeout bounds the wait for the headers and then each wait for more of the body: a
     * body that stops arriving for that long fails with a {@link TransportException}. The body is
     * not held, so {@code maxResponseBytes} does not apply to it. A GET that is not idempotent is
     * read whole, on a connection of its own, as {@link #sendAsync} does.
     */
    @Override
    public CompletableFuture<StreamedResponse> openAsync(Request request) {
        if (closed || request.method() == HttpMethod.GET && !request.isIdempotent()) {
            return Transport.super.openAsync(request);
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (TransportException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    new TransportException("cannot send " + request + ": " + e.getMessage(), e, false));
        }
        Duration idle = request.timeout().orElse(requestTimeout);
        return exchange(request, () -> client.sendAsync(httpRequest, info -> new StreamingBody(request, idle)))
                .handle((httpResponse, failure) -> {
                    if (failure != null) {
                        throw asTransportException(request, failure);
                    }
                    InputStream body = httpResponse.body();
                    int status = httpResponse.statusCode();
                    try {
                        if (status < 100 || status > 599) {
                            throw new CompletionException(new TransportException(request.method() + " "
                                    + Request.redactedUri(request.uri()) + " was answered with " + status
                                    + ", which is not an HTTP status", null, true));
                        }
                        try {
                            return new StreamedResponse(request, status, Headers.of(httpResponse.headers().map()), body);
                        } catch (IllegalArgumentException e) {
                            throw new CompletionException(new TransportException(request.method() + " "
                                    + Request.redactedUri(request.uri()) + " was answered with a malformed header: "
                                    + e.getMessage(), e, true));
                        }
                    } catch (RuntimeException e) {
                        try {
                            body.close();
                        } catch (IOException closing) {
                            e.addSuppressed(closing);
                        }
                        throw e;
                    }
                });
    }

    /**
     * Sends a request and waits for the answer on the calling thread, with the JDK client's
     * blocking {@link HttpClient#send}: the same request, timeout, cap and failures as
     * {@link #sendAsync}, without the hand-off of the answer to another thread that the JDK's
     * asynchronous path makes (on a machine of two cores or fewer, a new thread per call). A GET
     * that is not idempotent goes by a connection of its own, on the calling thread.
     *
     * @throws TransportException when no answer could be had; interrupted while waiting, with the
     *     thread's interrupt status set again
     */
    @Override
    public Response send(Request request) {
        if (closed) {
            throw closedFor(request, null);
        }
        if (request.method() == HttpMethod.GET && !request.isIdempotent()) {
            return singleShot.send(request, request.timeout().orElse(requestTimeout));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IllegalArgumentException e) {
            throw new TransportException("cannot send " + request + ": " + e.getMessage(), e, false);
        }
        HttpResponse<byte[]> httpResponse;
        try {
            httpResponse = client.send(httpRequest, this::bodySubscriber);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the answer to " + request.method() + " "
                    + Request.redactedUri(request.uri()), e, true);
        } catch (IOException | RuntimeException e) {
            // HttpClient.send wraps what a body subscriber failed with in an IOException: a
            // TransportException of the cap is reported as it is
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TransportException) {
                    throw (TransportException) cause;
                }
            }
            throw (TransportException) asTransportException(request, e).getCause();
        }
        try {
            return toResponse(request, httpResponse);
        } catch (CompletionException e) {
            throw (TransportException) e.getCause();
        }
    }

    /**
     * Refuses every later request and stops the transport's worker threads. The
     * {@link HttpClient} this transport made itself is closed too where the JDK can close one (Java
     * 21 and later: its connections and selector thread are released at once; before that they go
     * when the client is collected); one given to {@link #over} is left to its owner.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (workers != null) {
            workers.shutdown();
        }
        if (ownsClient && client instanceof AutoCloseable) {
            try {
                ((AutoCloseable) client).close();
            } catch (Exception e) {
                throw new TransportException("closing the HttpClient failed: " + e, e, false);
            }
        }
    }

    private static Response toResponse(Request request, HttpResponse<byte[]> httpResponse) {
        int status = httpResponse.statusCode();
        if (status < 100 || status > 599) {
            // the JDK passes any three digits; RFC 9110 defines 1xx to 5xx only
            throw new CompletionException(new TransportException(request.method() + " "
                    + Request.redactedUri(request.uri()) + " was answered with " + status
                    + ", which is not an HTTP status", null, true));
        }
        try {
            return Response.owning(request, status, Headers.of(httpResponse.headers().map()), httpResponse.body());
        } catch (IllegalArgumentException e) {
            throw new CompletionException(new TransportException(request.method() + " "
                    + Request.redactedUri(request.uri()) + " was answered with a malformed header: " + e.getMessage(), e, true));
        }
    }

    /**
     * The JDK's request for a request of ours. A GET without a body is built once and kept in
     * {@link #builtGets}, to be sent again as it is (an {@code HttpRequest} is immutable and may be
     * sent any number of times) when a later request is the same in every part: URI, headers,
     * timeout. Building one costs about as much as the rest of the pipeline; an application asks
     * for the same few resources again and again.
     */
    private HttpRequest toHttpRequest(Request request) {
        if (request.method() != HttpMethod.GET || request.body().isPresent()) {
            return build(request);
        }
        int slot = request.uri().hashCode() & (builtGets.length() - 1);
        BuiltGet known = builtGets.get(slot);
        if (known != null && known.request.uri().toString().equals(request.uri().toString())
                && known.request.timeout().equals(request.timeout()) && known.request.headers().equals(request.headers())) {
            return known.httpRequest;
        }
        HttpRequest built = build(request);
        builtGets.set(slot, new BuiltGet(request, built));
        return built;
    }

    private HttpRequest build(Request request) {
        HttpRequest.BodyPublisher publisher = request.body()
                .map(BodyPublishing::of)
                .orElseGet(HttpRequest.BodyPublishers::noBody);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(request.uri());
        } catch (IllegalArgumentException e) {
            // the JDK's message quotes the whole URI, query and all
            throw new TransportException("cannot send " + request + ": the HTTP client refuses its URI", null, false);
        }
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            // over plain HTTP the JDK's client would offer every request an upgrade to HTTP/2
            // (h2c: three more header fields, and settings to encode), which Harvest never takes
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        builder.timeout(request.timeout().orElse(requestTimeout))
                .method(request.method().name(), publisher);
        request.headers().forEach((name, value) -> {
            if (!isRestricted(name)) {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException e) {
                    // the JDK's message quotes the value, which may be a credential: neither it nor
                    // the JDK's exception goes into this one
                    throw new TransportException("cannot send " + request + ": the HTTP client refuses the header "
                            + name + " or its value (a control character, or a character outside ISO-8859-1)", null, false);
                }
            }
        });
        return builder.build();
    }

    /** Whether the JDK's client sets the field itself and refuses it from a caller ({@link #RESTRICTED}). */
    private static boolean isRestricted(String name) {
        for (String restricted : RESTRICTED) {
            if (restricted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Says why a connection could not be made, where the JDK's own message is empty or cryptic. */
    private static String whyNotConnected(Request request, Throwable failure) {
        String address = request.uri().getHost() + (request.uri().getPort() < 0 ? "" : ":" + request.uri().getPort());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.UnresolvedAddressException
                    || cause instanceof java.net.UnknownHostException) {
                return "unknown host " + request.uri().getHost();
            }
            if (cause instanceof java.net.NoRouteToHostException) {
                return "no route to " + address;
            }
            String message = cause.getMessage();
            if (message != null && !message.toLowerCase(java.util.Locale.ROOT).contains("refused")) {
                return message + " (" + address + ")";
            }
        }
        // the JDK's ConnectException for a refused connection carries no message at all
        return "connection refused by " + address + " (is the service, or the simulator, running there?)";
    }

    private static CompletionException asTransportException(Request request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TransportException) {
            return new CompletionException(cause);
        }
        String target = request.method() + " " + Request.redactedUri(request.uri());
        TransportException exception;
        if (cause instanceof HttpConnectTimeoutException) {
            exception = new TransportException("could not connect for " + target + ": timed out", cause, false);
        } else if (cause instanceof ConnectException) {
            exception = new TransportException("could not connect for " + target + ": " + whyNotConnected(request, cause),
                    cause, false);
        } else if (cause instanceof HttpTimeoutException) {
            exception = new TransportException("no answer to " + target + " in time", cause, true);
        } else if (cause instanceof IOException) {
            exception = new TransportException(target + " failed: " + cause, cause, true);
        } else {
            exception = new TransportException(target + " failed: " + cause, cause, true);
        }
        return new CompletionException(exception);
    }

    /** The failure of a request refused because the transport is closed: nothing was sent. */
    private static TransportException closedFor(Request request, Throwable cause) {
        return new TransportException("cannot send " + request.method() + " " + Request.redactedUri(request.uri())
                + ": the transport is closed", cause, false);
    }

    /**
     * Starts an asynchronous exchange: on a worker thread of this transport when the client is its
     * own (whose executor runs the start of an exchange, the lookup of the host's address
     * included, on the thread that asks), else as the application's client does.
     */
    private <T> CompletableFuture<HttpResponse<T>> exchange(Request request,
            Supplier<CompletableFuture<HttpResponse<T>>> sending) {
        if (!ownsClient) {
            return sending.get();
        }
        try {
            return CompletableFuture.supplyAsync(sending, workers()).thenCompose(sent -> sent);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(closedFor(request, e));
        }
    }

    /** The transport's worker threads: the single-shot exchanges, and the start of asynchronous ones. */
    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "harvest4j-http-worker");
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }

    @Override
    public String toString() {
        return "JdkHttpTransport{requestTimeout=" + requestTimeout + ", maxResponseBytes=" + maxResponseBytes + "}";
    }

    /**
     * Chooses how an answer's body is collected. An HTTP/1.1 answer that declares its length, within
     * the cap, is collected by the JDK's own byte-array subscriber: the JDK reads exactly that many
     * bytes, and hands the body over on the thread that read it, where a subscriber of ours costs a
     * hand-off to one of the client's worker threads (a tenth of a loopback call). Any other answer
     * (chunked, HTTP/2, a length over the cap or one that does not parse) goes through
     * {@link CappedBodySubscriber}, which fails as soon as the body grows past the cap.
     */
    private HttpResponse.BodySubscriber<byte[]> bodySubscriber(HttpResponse.ResponseInfo info) {
        if (info.version() == HttpClient.Version.HTTP_1_1) {
            List<String> lengths = info.headers().allValues("Content-Length");
            if (lengths.size() == 1) {
                long length = declaredLength(lengths.get(0));
                if (length >= 0 && length <= maxResponseBytes) {
                    return HttpResponse.BodySubscribers.ofByteArray();
                }
            }
        }
        return new CappedBodySubscriber(maxResponseBytes);
    }

    /** A {@code Content-Length} value of digits only, or -1. */
    private static long declaredLength(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            length = length * 10 + (c - '0');
        }
        return length;
    }

    /** A GET of ours and the JDK's request built for it. */
    private static final class BuiltGet {
        final Request request;
        final HttpRequest httpRequest;

        BuiltGet(Request request, HttpRequest httpRequest) {
            this.request = request;
            this.httpRequest = httpRequest;
        }
    }

    /** Collects a body, failing as soon as it grows past the cap instead of buffering it all. */
    private static final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBodySubscriber(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TransportException(
                            "the answer's body is larger than the limit of " + cap + " bytes (maxResponseBytes)", null, true));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
