package io.harvest4j.core.spi;

import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import java.util.concurrent.CompletableFuture;

/**
 * Puts credentials on a request. Implementations return a <em>new</em> request and never change
 * the one given; they are thread-safe, and never reveal a credential in {@code toString}, a
 * message or a log.
 *
 * <p>The client asks only for requests to its own base URI: no credential is ever put on a
 * request to another host.
 */
public interface Authenticator {

    /** Sends requests as they are: for calls that need no credentials. */
    Authenticator NONE = new Authenticator() {
        @Override
        public CompletableFuture<Request> authenticate(Request request) {
            return CompletableFuture.completedFuture(request);
        }

        @Override
        public String toString() {
            return "Authenticator.NONE";
        }
    };

    /**
     * @param request a request to the service, without credentials
     * @return a future of the same request with credentials (it may first refresh a token)
     */
    CompletableFuture<Request> authenticate(Request request);

    /**
     * Called when the service answered 401 to a request this authenticator signed. An
     * authenticator that can renew its credentials (an OAuth refresh) does so and answers
     * {@code true}: the client then signs and sends the request once more.
     *
     * @param request the request that was refused, as it was sent
     * @param response the 401
     * @return a future of whether to try once more; the default answers {@code false}
     */
    default CompletableFuture<Boolean> renewAfterUnauthorized(Request request, Response response) {
        return CompletableFuture.completedFuture(false);
    }
}
