package io.harvest4j.core;

import io.harvest4j.core.internal.Checks;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A call of the API, ready to run: what a facade method answers. Run it blocking with
 * {@link #execute()} or asynchronously with {@link #executeAsync()}, as often as needed (each run
 * is a new call). Per-call options such as {@link #timeout(Duration)} return a changed copy and
 * leave this one as it is, so a request may be kept, shared between threads and reused.
 *
 * <pre>{@code
 * Daily today = timeTracking.daily().execute();
 * CompletableFuture<WhoAmI> me = account.whoAmI().executeAsync();
 * DayEntry entry = timeTracking.show(id).timeout(Duration.ofSeconds(5)).execute();
 * }</pre>
 *
 * <p>The subclasses add the options of their kind of call ({@link ListRequest#updatedSince}); a
 * module that declares calls of its own extends this class the same way.
 *
 * @param <T> the result's type
 * @param <R> the concrete request type, which the options return
 */
public abstract class ExecutableRequest<T, R extends ExecutableRequest<T, R>> {

    private final HarvestClient client;
    private final Call<T> call;

    /**
     * @param client the client that runs the call
     * @param call the call's declaration
     * @throws InvalidRequestException when either is {@code null}
     */
    protected ExecutableRequest(HarvestClient client, Call<T> call) {
        this.client = Checks.required("ExecutableRequest: client", client);
        this.call = Checks.required("ExecutableRequest: call", call);
    }

    /**
     * Sends the call and waits for its result.
     *
     * @return the result
     * @throws HarvestException on any failure, of the subtype that says what went wrong
     */
    public final T execute() {
        return client.send(call);
    }

    /**
     * Sends the call.
     *
     * @return a future of the result, failing with a {@link HarvestException}; cancelling it stops
     *     any further attempt of the call
     */
    public final CompletableFuture<T> executeAsync() {
        return client.sendAsync(call);
    }

    /**
     * @param timeout how long each attempt may take, from sending to the end of the answer, decoding
     *     included (a decode still running then fails the call with a {@link TransportException}); it
     *     replaces the client's {@link HarvestConfig#requestTimeout()} for this call
     * @return a copy of this request with that timeout
     * @throws InvalidRequestException when it is {@code null}, zero or negative
     */
    public final R timeout(Duration timeout) {
        Checks.positive(getClass().getSimpleName() + ".timeout: timeout", timeout);
        return copy(call.withTimeout(timeout));
    }

    /** @return the call's declaration: method, path, query, timeout */
    public final Call<T> call() {
        return call;
    }

    /** @return the client that runs the call */
    protected final HarvestClient client() {
        return client;
    }

    /**
     * @param name a query parameter
     * @param text its value as {@link QueryValues} writes it, or {@code null} to remove it
     * @return a copy of this request with the parameter set to that one value
     */
    protected final R withQuery(String name, String text) {
        return copy(call.withQuery(name, text));
    }

    /**
     * @param changed the call with a changed option
     * @return a request of this type over the same client, for that call
     */
    protected abstract R copy(Call<T> changed);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + call + "}";
    }
}
