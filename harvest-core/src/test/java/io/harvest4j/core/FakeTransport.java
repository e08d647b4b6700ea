package io.harvest4j.core;

import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A transport that records what it is given and answers from a queue, for core's tests. */
public final class FakeTransport implements Transport {

    public final List<Request> requests = new ArrayList<>();
    private final Deque<Function<Request, CompletableFuture<Response>>> answers = new ArrayDeque<>();

    public FakeTransport() {
        super();
    }

    public FakeTransport answer(int status, String body, String... headerPairs) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.add(headerPairs[i], headerPairs[i + 1]);
        }
        Headers built = headers.build();
        answers.add(request -> CompletableFuture.completedFuture(
                new Response(request, status, built, body.getBytes(StandardCharsets.UTF_8))));
        return this;
    }

    public FakeTransport fail(TransportException failure) {
        answers.add(request -> CompletableFuture.failedFuture(failure));
        return this;
    }

    @Override
    public synchronized CompletableFuture<Response> sendAsync(Request request) {
        requests.add(request);
        Function<Request, CompletableFuture<Response>> answer = answers.poll();
        if (answer == null) {
            return CompletableFuture.completedFuture(new Response(request, 500, Headers.of(Map.of()), new byte[0]));
        }
        return answer.apply(request);
    }
}
