package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link JdkHttpTransport#openAsync}: a body read as it arrives, bounded by time and progress, not size. */
@Timeout(60)
class StreamingTransportTest {

    private ServerSocket server;
    private JdkHttpTransport transport;

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A server of one connection; the body is written by the given writer, chunked. */
    private interface BodyWriter {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private CompletableFuture<Throwable> serve(BodyWriter writer) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                int matched = 0;
                while (matched < 4) {
                    int b = in.read();
                    if (b < 0) {
                        return new IOException("no request");
                    }
                    matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
                }
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                writer.write(out);
                return null;
            } catch (IOException | InterruptedException e) {
                return e;
            }
        });
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void end(OutputStream out) throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private StreamedResponse open(Duration timeout, long maxBytes) {
        transport = JdkHttpTransport.create(HarvestConfig.builder().baseUri("http://127.0.0.1:1")
                .requestTimeout(timeout).maxResponseBytes(maxBytes).build());
        Request request = Request.builder(HttpMethod.GET, URI.create("http://127.0.0.1:" + server.getLocalPort() + "/r"))
                .build();
        return transport.openAsync(request).join();
    }

    @Test
    void handsOutTheBodyBeforeItHasAllArrived() throws Exception {
        CountDownLatch readFirst = new CountDownLatch(1);
        CompletableFuture<Throwable> served = serve(out -> {
            chunk(out, "first;");
            assertThat(readFirst.await(20, TimeUnit.SECONDS)).isTrue();
            chunk(out, "second");
            end(out);
        });

        try (StreamedResponse response = open(Duration.ofSeconds(20), 1024)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("first;");
            readFirst.countDown();
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        }
        assertThat(served.get(20, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aStreamedBodyIsNotHeldToMaxResponseBytes() throws Exception {
        String part = "x".repeat(1000);
        serve(out -> {
            for (int i = 0; i < 100; i++) {
                chunk(out, part);
            }
            end(out);
        });

        try (StreamedResponse response = open(Duration.ofSeconds(20), 1024)) {
            assertThat(response.body().readAllBytes()).hasSize(100_000);
        }
    }

    @Test
    void aBodyThatStopsArrivingForTheRequestTimeoutFailsWithATransportException() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        serve(out -> {
            chunk(out, "start");
            done.await(30, TimeUnit.SECONDS);
        });

        try (StreamedResponse response = open(Duration.ofSeconds(3), 1024)) {
            assertThat(new String(response.body().readNBytes(5), StandardCharsets.UTF_8)).isEqualTo("start");
            long started = System.nanoTime();
            assertThatThrownBy(() -> response.body().read())
                    .isInstanceOf(TransportException.class).hasMessageContaining("no byte of the answer came for PT3S");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        } finally {
            done.countDown();
        }
    }

    @Test
    void closingTheAnswerEarlyReleasesTheConnection() throws Exception {
        CompletableFuture<Throwable> served = serve(out -> {
            String part = "y".repeat(8192);
            for (int i = 0; i < 1_000_000; i++) {
                chunk(out, part); // about 8 GB: only a closed connection ends this
            }
            end(out);
        });

        StreamedResponse response = open(Duration.ofSeconds(20), 1024);
        assertThat(response.body().readNBytes(10_000)).hasSize(10_000);
        response.close();

        assertThat(served.get(30, TimeUnit.SECONDS)).as("the server's writes fail once the client closed")
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> response.body().read()).isInstanceOf(TransportException.class);
    }

    @Test
    void aReaderThatStopsReadingStopsTheTransfer() throws Exception {
        AtomicLong written = new AtomicLong();
        CompletableFuture<Throwable> served = serve(out -> {
            String part = "z".repeat(8192);
            for (int i = 0; i < 1_000_000; i++) {
                chunk(out, part); // about 8 GB: a client that asked for all of it would take it
                written.addAndGet(8192);
            }
            end(out);
        });

        StreamedResponse response = open(Duration.ofSeconds(20), 1024);
        assertThat(response.body().readNBytes(100)).hasSize(100);
        // the server writes until the socket's buffers and the chunks asked ahead are full, then blocks
        long seen = -1;
        while (written.get() != seen) {
            seen = written.get();
            Thread.sleep(300);
        }

        assertThat(seen).as("bytes the server could write while the reader read 100")
                .isLessThan(64L * 1024 * 1024);
        response.close();
        assertThat(served.get(30, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    }
}
