package io.harvest4j.core;

import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import java.util.concurrent.CompletableFuture;

/**
 * Every test of {@link HarvestClientTest} again, over a transport that has a blocking
 * {@link Transport#send} of its own (as {@code JdkHttpTransport} has): {@link HarvestClient#send}
 * then sends each attempt it runs with that method, on the calling thread, and the pipeline —
 * rate limiter, signing, renewal after a 401, retries, error mapping — must behave the same.
 */
class HarvestClientBlockingTransportTest extends HarvestClientTest {

    @Override
    Transport seat(Transport transport) {
        return new Transport() {
            @Override
            public CompletableFuture<Response> sendAsync(Request request) {
                return transport.sendAsync(request);
            }

            @Override
            public Response send(Request request) {
                CompletableFuture<Response> answer = transport.sendAsync(request);
                return answer == null ? null : Transport.join(answer);
            }

            @Override
            public void close() {
                transport.close();
            }
        };
    }
}
