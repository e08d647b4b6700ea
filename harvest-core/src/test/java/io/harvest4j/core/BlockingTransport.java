package io.harvest4j.core;

import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import java.util.concurrent.CompletableFuture;

/**
 * A transport with a blocking {@link Transport#send} of its own, as the JDK's is, over one that is
 * asynchronous only: the client then sends a blocking call on the calling thread, and waits there.
 */
final class BlockingTransport implements Transport {

    private final Transport asynchronous;

    private BlockingTransport(Transport asynchronous) {
        this.asynchronous = asynchronous;
    }

    /**
     * @param asynchronous answers the requests
     * @return the same answers, through a blocking send of its own
     */
    static Transport over(Transport asynchronous) {
        return new BlockingTransport(asynchronous);
    }

    @Override
    public CompletableFuture<Response> sendAsync(Request request) {
        return asynchronous.sendAsync(request);
    }

    @Override
    public Response send(Request request) {
        return Transport.join(asynchronous.sendAsync(request));
    }
}
