package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.HarvestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every test of {@link JdkHttpTransportTest} again, through {@link JdkHttpTransport#sendAsync}. */
class JdkHttpTransportAsyncTest extends JdkHttpTransportTest {

    @Override
    Response send(JdkHttpTransport transport, Request request) {
        return Transport.join(transport.sendAsync(request));
    }

    /*
     * The transport's own HttpClient runs its tasks where they arise, the selector thread's
     * included: what a caller chains on an asynchronous answer must still never run there, where
     * it would hold every other exchange of the client.
     */

    @Test
    void whatTheCallerChainsOnAnAnswerNeverRunsOnTheClientsSelectorThread() throws Exception {
        assertThat(threadOfWhatIsChained(transport -> transport.sendAsync(get(transport))))
                .doesNotContain("SelectorManager");
    }

    @Test
    void whatTheCallerChainsOnAStreamedAnswerNeverRunsOnTheClientsSelectorThread() throws Exception {
        assertThat(threadOfWhatIsChained(transport -> transport.openAsync(get(transport))))
                .doesNotContain("SelectorManager");
    }

    private URI base;

    private Request get(JdkHttpTransport transport) {
        return Request.builder(HttpMethod.GET, base.resolve("/daily")).build();
    }

    /** The name of the thread a stage chained on the answer ran in; the answer comes late, so the stage waits for it. */
    private String threadOfWhatIsChained(Function<JdkHttpTransport, CompletableFuture<?>> sending) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            base = URI.create("http://127.0.0.1:" + server.getLocalPort());
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(5000);
                    InputStream in = socket.getInputStream();
                    int last = 0;
                    for (int b = in.read(); b >= 0; b = in.read()) {
                        last = last << 8 | b;
                        if (last == 0x0d0a0d0a) {
                            break;
                        }
                    }
                    Thread.sleep(300);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            JdkHttpTransport transport = JdkHttpTransport.create(HarvestConfig.builder().baseUri(base.toString())
                    .requestTimeout(Duration.ofSeconds(5)).build());
            try {
                CompletableFuture<?> answer = sending.apply(transport);
                assertThat(answer).isNotDone();
                String thread = answer.thenApply(ignored -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
                served.get(5, TimeUnit.SECONDS);
                return thread;
            } finally {
                transport.close();
            }
        }
    }
}
