package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.http.StreamedResponse;
import io.harvest4j.core.internal.Checks;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A download, ready to run: a call whose answer's body is read as it arrives
 * ({@link HarvestClient#open}), never held whole by the client — a receipt's image handed out as
 * a stream or copied to a file. Run it with {@link #execute()} or {@link #executeAsync()}, as
 * often as needed (each run is a new call); {@link #timeout(Duration)} returns a changed copy.
 * The call goes through the same stages as every other (throttle, signing, retries of failed
 * attempts before anything is handed out, errors mapped to {@link HarvestException}s).
 *
 * <pre>{@code
 * try (InputStream image = expenses.receiptStream(id).execute()) {
 *     thumbnails.make(image);
 * }
 * Path saved = expenses.downloadReceipt(id, Path.of("receipt.jpg")).execute();
 * }</pre>
 *
 * @param <T> the result: an {@link InputStream} the caller closes, or the file written
 */
public final class DownloadRequest<T> {

    private final HarvestClient client;
    private final Call<?> call;
    private final Function<StreamedResponse, T> handler;

    private DownloadRequest(HarvestClient client, Call<?> call, Function<StreamedResponse, T> handler) {
        this.client = client;
        this.call = call;
        this.handler = handler;
    }

    /**
     * @param client the client that runs the call
     * @param call the call (its reader is not used)
     * @return a download whose result is the body as a stream: the caller must close it, which
     *     releases the connection
     */
    static DownloadRequest<InputStream> toStream(HarvestClient client, Call<?> call) {
        return new DownloadRequest<>(client, call, DownloadRequest::handOver);
    }

    /**
     * @param client the client that runs the call
     * @param call the call (its reader is not used)
     * @param target the file to write, replaced if it exists
     * @return a download whose result is the file, written as the body arrives
     */
    static DownloadRequest<Path> toFile(HarvestClient client, Call<?> call, Path target) {
        return new DownloadRequest<>(client, call, response -> copy(response, target));
    }

    /**
     * Sends the call and waits for the answer (and, for a file, for the whole body to be written).
     *
     * @return the result
     * @throws HarvestException on any failure, of the subtype that says what went wrong
     */
    public T execute() {
        return handler.apply(client.open(call));
    }

    /**
     * Sends the call.
     *
     * @return a future of the result, failing with a {@link HarvestException}
     */
    public CompletableFuture<T> executeAsync() {
        return client.openAsync(call).thenApply(handler);
    }

    /**
     * @param timeout how long each attempt may wait: for the answer, then for each piece of the body
     * @return a copy of this download with that timeout
     * @throws InvalidRequestException when it is {@code null}, zero or negative
     */
    public DownloadRequest<T> timeout(Duration timeout) {
        Checks.positive("DownloadRequest.timeout: timeout", timeout);
        return new DownloadRequest<>(client, call.withTimeout(timeout), handler);
    }

    /** @return the call's declaration: method, path, query, timeout */
    public Call<?> call() {
        return call;
    }

    @Override
    public String toString() {
        return "DownloadRequest{" + call + "}";
    }

    private static InputStream handOver(StreamedResponse response) {
        return new FilterInputStream(response.body()) {
            @Override
            public void close() {
                response.close();
            }
        };
    }

    private static Path copy(StreamedResponse response, Path target) {
        try (response; InputStream body = response.body()) {
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new HarvestException("cannot write " + response.request().method() + " "
                    + response.request().uri().getPath() + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
