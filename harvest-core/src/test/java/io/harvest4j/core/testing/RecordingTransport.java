package io.harvest4j.core.testing;

import io.harvest4j.core.TransportException;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Transport} for tests that records every {@link Request} it is given and answers each from
 * a queue of canned {@linkplain Answer answers}, in order; when the queue is empty it gives its
 * {@linkplain #otherwise default answer} ({@code 500} with an empty body unless told otherwise). No
 * socket is opened: it is OkHttp's {@code MockWebServer} ({@code enqueue}, {@code takeRequest}) in
 * memory, one seat below the client.
 *
 * <pre>{@code
 * RecordingTransport transport = new RecordingTransport()
 *         .enqueue(503, "", "Retry-After", "15")               // throttled once,
 *         .enqueue(200, "<hash><id>7</id></hash>")            // then served
 *         .enqueue(RecordingTransport.Answer.connectionRefused());
 * HarvestClient client = Harvest.builder().config(config).codec(codec).transport(transport).build();
 *
 * client.send(call);
 *
 * Request first = transport.takeRequest();                    // the throttled attempt
 * Request retry = transport.takeRequest();
 * assertThat(retry.headers()).isEqualTo(first.headers());
 * assertThat(transport.requestCount()).isEqualTo(2);
 * }</pre>
 *
 * <p>Thread-safe: requests may come from any thread; the n-th request sent gets the n-th answer
 * enqueued. An answer that {@linkplain Answer#never() never completes} stays pending until the test
 * ends it or the transport is {@linkplain #close() closed}, which fails it with a
 * {@link TransportException}.
 */
public final class RecordingTransport implements Transport {

    private final Object lock = new Object();
    private final List<Request> requests = new ArrayList<>();
    private final LinkedBlockingQueue<Request> untaken = new LinkedBlockingQueue<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final Set<CompletableFuture<Response>> pending = ConcurrentHashMap.newKeySet();
    private Answer otherwise = Answer.of(500, "");
    private boolean closed;

    /** A transport with no answer enqueued: every request gets the default answer. */
    public RecordingTransport() {
        // answers are enqueued by the test
    }

    /**
     * Enqueues an answer with a UTF-8 body.
     *
     * @param status the HTTP status
     * @param body the body's text
     * @param headers header names and values, alternately ({@code "Retry-After", "15"})
     * @return this transport
     */
    public RecordingTransport enqueue(int status, String body, String... headers) {
        return enqueue(Answer.of(status, body, headers));
    }

    /**
     * Enqueues an answer: a response, a failure, a delay or a future that never completes.
     *
     * @param answer what the next request not yet answered gets
     * @return this transport
     */
    public RecordingTransport enqueue(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        synchronized (lock) {
            answers.add(answer);
        }
        return this;
    }

    /**
     * Enqueues a failure: the future of the request fails with it.
     *
     * @param failure what the transport reports, such as {@code new TransportException("reset", null, true)}
     * @return this transport
     */
    public RecordingTransport enqueueFailure(TransportException failure) {
        return enqueue(Answer.failure(failure));
    }

    /**
     * @param answer what every request gets once the queue is empty (by default {@code 500} with an
     *     empty body)
     * @return this transport
     */
    public RecordingTransport otherwise(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        synchronized (lock) {
            otherwise = answer;
        }
        return this;
    }

    @Override
    public CompletableFuture<Response> sendAsync(Request request) {
        Objects.requireNonNull(request, "request");
        Answer answer;
        synchronized (lock) {
            requests.add(request);
            untaken.add(request);
            if (closed) {
                return CompletableFuture.failedFuture(new TransportException("the transport is closed", null, false));
            }
            answer = answers.isEmpty() ? otherwise : answers.poll();
        }
        CompletableFuture<Response> future;
        try {
            future = Objects.requireNonNull(answer.respond(request), "an answer gave no future");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (!future.isDone()) {
            pending.add(future);
            future.whenComplete((response, failure) -> pending.remove(future));
        }
        return future;
    }

    /**
     * Takes the oldest request not taken yet, without waiting.
     *
     * @return the request
     * @throws AssertionError when every request sent has been taken
     */
    public Request takeRequest() {
        Request request = untaken.poll();
        if (request == null) {
            throw new AssertionError("no request left to take: " + requestCount() + " sent, all taken");
        }
        return request;
    }

    /**
     * Takes the oldest request not taken yet, waiting for one to be sent (by another thread, or after
     * a retry's back-off).
     *
     * @param timeout how long to wait at most
     * @return the request
     * @throws AssertionError when none is sent in time
     */
    public Request takeRequest(Duration timeout) {
        try {
            Request request = untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (request == null) {
                throw new AssertionError("no request was sent within " + timeout + " (" + requestCount() + " sent, all taken)");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
    }

    /**
     * @return the one request sent so far
     * @throws AssertionError when none or more than one was sent
     */
    public Request onlyRequest() {
        List<Request> sent = requests();
        if (sent.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + sent.size() + ": " + sent);
        }
        return sent.get(0);
    }

    /** @return every request sent, in order, taken or not */
    public List<Request> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** @return how many requests were sent */
    public int requestCount() {
        synchronized (lock) {
            return requests.size();
        }
    }

    /** @return how many enqueued answers were not given yet */
    public int answersLeft() {
        synchronized (lock) {
            return answers.size();
        }
    }

    /** Fails every answer still pending with a {@link TransportException}; later requests fail at once. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        for (CompletableFuture<Response> future : List.copyOf(pending)) {
            future.completeExceptionally(new TransportException("the transport was closed", null, true));
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "RecordingTransport{" + requests.size() + " sent, " + untaken.size() + " not taken, "
                    + answers.size() + " answers left}";
        }
    }

    /**
     * What a {@link RecordingTransport} answers one request with: a function of the request to a
     * future response, so that an answer may look at the request (and echo it), fail, wait or never
     * complete.
     */
    @FunctionalInterface
    public interface Answer {

        /**
         * @param request the request being answered
         * @return its future response
         */
        CompletableFuture<Response> respond(Request request);

        /**
         * @param status the HTTP status
         * @param body the body's text, sent as UTF-8
         * @param headers header names and values, alternately
         * @return an answer of that response
         */
        static Answer of(int status, String body, String... headers) {
            Objects.requireNonNull(body, "body");
            if (headers.length % 2 != 0) {
                throw new IllegalArgumentException("headers come in name, value pairs: " + List.of(headers));
            }
            Headers.Builder built = Headers.builder();
            for (int i = 0; i < headers.length; i += 2) {
                built.add(headers[i], headers[i + 1]);
            }
            return of(status, body.getBytes(StandardCharsets.UTF_8), built.build());
        }

        /**
         * @param status the HTTP status
         * @param body the body's bytes
         * @param headers the response headers
         * @return an answer of that response
         */
        static Answer of(int status, byte[] body, Headers headers) {
            byte[] bytes = body.clone();
            Objects.requireNonNull(headers, "headers");
            return request -> CompletableFuture.completedFuture(new Response(request, status, headers, bytes));
        }

        /**
         * @param failure what the transport reports
         * @return an answer whose future fails with it
         */
        static Answer failure(TransportException failure) {
            Objects.requireNonNull(failure, "failure");
            return request -> CompletableFuture.failedFuture(failure);
        }

        /** @return a failure before anything was sent: the connection could not be made */
        static Answer connectionRefused() {
            return failure(new TransportException("connection refused (a RecordingTransport answer)", null, false));
        }

        /** @return a failure after the request may have reached the service */
        static Answer connectionReset() {
            return failure(new TransportException("connection reset (a RecordingTransport answer)", null, true));
        }

        /**
         * @return an answer that never completes, for tests of timeouts and cancellation; the
         *     transport's {@link #close()} fails it
         */
        static Answer never() {
            return request -> new CompletableFuture<>();
        }

        /**
         * @param delay how long to wait before answering
         * @return this answer, given after the delay (on another thread)
         */
        default Answer after(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            Answer answer = this;
            return request -> {
                CompletableFuture<Response> delayed = new CompletableFuture<>();
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
                    try {
                        answer.respond(request).whenComplete((response, failure) -> {
                            if (failure == null) {
                                delayed.complete(response);
                            } else {
                                delayed.completeExceptionally(failure);
                            }
                        });
                    } catch (RuntimeException e) {
                        delayed.completeExceptionally(e);
                    }
                });
                return delayed;
            };
        }
    }
}
