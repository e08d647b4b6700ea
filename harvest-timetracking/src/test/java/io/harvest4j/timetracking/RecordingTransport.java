package io.harvest4j.timetracking;

import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A transport that records every request and answers from a queue (then {@code 200 ok}). */
final class RecordingTransport implements Transport {

    final List<Request> requests = new ArrayList<>();
    private final Deque<int[]> statuses = new ArrayDeque<>();

    /** Queues an answer of this status, with a non-empty body. */
    RecordingTransport answer(int status) {
        statuses.add(new int[] {status});
        return this;
    }

    Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests);
        }
        return requests.get(0);
    }

    @Override
    public synchronized CompletableFuture<Response> sendAsync(Request request) {
        requests.add(request);
        int[] status = statuses.poll();
        return CompletableFuture.completedFuture(new Response(request, status == null ? 200 : status[0],
                Headers.empty(), "ok".getBytes(StandardCharsets.UTF_8)));
    }
}
