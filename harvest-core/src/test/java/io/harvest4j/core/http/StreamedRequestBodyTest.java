package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed request bodies: a source of a known length, opened when the request is sent and read
 * as it goes (never held whole), replayable from a file or bytes, once only from an InputStream;
 * and the JDK transport sending one with its {@code Content-Length}.
 */
class StreamedRequestBodyTest {

    private static final int TEN_MB = 10 * 1000 * 1000;

    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileBodyIsReplayableAndOpenedEachTimeItIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("receipt.png"), new byte[] {1, 2, 3, '\r', '\n', 0});

        RequestBody body = RequestBody.ofFile(file, "image/png");

        assertThat(body.isStreamed()).isTrue();
        assertThat(body.isReplayable()).isTrue();
        assertThat(body.length()).isEqualTo(6);
        assertThat(body.contentLength()).isEqualTo(6L);
        assertThat(body.content()).containsExactly(1, 2, 3, '\r', '\n', 0);
        Files.write(file, new byte[] {9, 9, 9, 9, 9, 9});
        assertThat(body.content()).as("read when sent, not when made").containsExactly(9, 9, 9, 9, 9, 9);
        assertThat(body.toString()).isEqualTo("RequestBody{image/png, 6 bytes, streamed}");
    }

    @Test
    void aFileThatIsNotThereFailsWhenTheBodyIsMade(@TempDir Path dir) {
        assertThatThrownBy(() -> RequestBody.ofFile(dir.resolve("missing.png"), "image/png"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.png");
    }

    @Test
    void anInputStreamBodyCanBeReadOnceAndIsNotReplayable() throws IOException {
        RequestBody body = RequestBody.ofStream(new ByteArrayInputStream(new byte[] {7, 8}), 2, "image/jpeg");

        assertThat(body.isReplayable()).isFalse();
        assertThat(Request.builder(HttpMethod.POST, URI.create("http://127.0.0.1/x"))
                .body(body).build().isReplayable()).isFalse();
        try (InputStream in = body.openStream()) {
            assertThat(in.readAllBytes()).containsExactly(7, 8);
        }
        assertThatThrownBy(body::openStream).isInstanceOf(IOException.class).hasMessageContaining("read already");
        assertThat(body.toString()).isEqualTo("RequestBody{image/jpeg, 2 bytes, streamed, not replayable}");
    }

    @Test
    void aStreamedBodyOverTwoGigabytesTellsItsLengthExactly() {
        RequestBody body = RequestBody.streamed(InputStream::nullInputStream, 5_000_000_000L, "image/png", true);

        assertThat(body.contentLength()).isEqualTo(5_000_000_000L);
        assertThat(body.length()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aNegativeLengthIsRefused() {
        assertThatThrownBy(() -> RequestBody.streamed(InputStream::nullInputStream, -1, "image/png", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inMemoryBodiesAreAsBefore() throws IOException {
        RequestBody body = RequestBody.ofText("<client/>", "application/xml");

        assertThat(body.isStreamed()).isFalse();
        assertThat(body.length()).isEqualTo(9);
        assertThat(body.openStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("<client/>");
        assertThat(body).isEqualTo(RequestBody.ofText("<client/>", "application/xml"));
        assertThat(body.toString()).isEqualTo("RequestBody{application/xml, 9 bytes}");
    }

    /**
     * 10 MB generated on the fly (no array behind it) go out with their Content-Length, and the
     * server receives the first megabyte while the source has not yet given its last: the
     * transport streams the body, it does not gather it first (if it did, the source would wait
     * for the server forever and the test would fail).
     */
    @Test
    void tenMegabytesAreStreamedNotBuffered() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CountDownLatch serverSawFirstMegabyte = new CountDownLatch(1);
        AtomicLong received = new AtomicLong();
        AtomicLong serverCrc = new AtomicLong();
        CompletableFuture<String> headers = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                InputStream in = socket.getInputStream();
                String head = readHead(in);
                CRC32 crc = new CRC32();
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                while (total < TEN_MB) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, TEN_MB - total));
                    if (n < 0) {
                        break;
                    }
                    crc.update(buffer, 0, n);
                    total += n;
                    if (total >= 1_000_000) {
                        serverSawFirstMegabyte.countDown();
                    }
                }
                received.set(total);
                serverCrc.set(crc.getValue());
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return head;
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        GeneratedStream source = new GeneratedStream(TEN_MB, 5_000_000, serverSawFirstMegabyte);
        AtomicInteger opened = new AtomicInteger();
        RequestBody body = RequestBody.streamed(() -> {
            opened.incrementAndGet();
            return source;
        }, TEN_MB, "image/png", false);
        Request request = Request.builder(HttpMethod.POST, URI.create("http://127.0.0.1:" + server.getLocalPort() + "/expenses/1/receipt"))
                .header("Content-Type", body.contentType()).body(body).build();

        try (JdkHttpTransport transport = JdkHttpTransport.create(HarvestConfig.builder().baseUri("http://127.0.0.1:1")
                .requestTimeout(Duration.ofSeconds(30)).build())) {
            Response response = transport.send(request);

            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(headers.get(10, TimeUnit.SECONDS)).containsIgnoringCase("content-length: " + TEN_MB)
                .containsIgnoringCase("content-type: image/png");
        assertThat(opened).hasValue(1);
        assertThat(source.waitedForTheServer).as("the server had the first megabyte before the source gave its last").isTrue();
        assertThat(received).hasValue(TEN_MB);
        assertThat(serverCrc).hasValue(source.crc.getValue());
        assertThat(source.largestRead).as("read in small buffers").isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void aSourceThatGivesFewerBytesThanDeclaredFailsTheRequest() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture.runAsync(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                InputStream in = socket.getInputStream();
                readHead(in);
                in.readNBytes(100);
            } catch (IOException e) {
                // the client gave up: expected
            }
        });
        RequestBody body = RequestBody.streamed(() -> new ByteArrayInputStream(new byte[10]), 100, "image/png", true);
        Request request = Request.builder(HttpMethod.POST, URI.create("http://127.0.0.1:" + server.getLocalPort() + "/x"))
                .body(body).build();

        try (JdkHttpTransport transport = JdkHttpTransport.create(HarvestConfig.builder().baseUri("http://127.0.0.1:1")
                .requestTimeout(Duration.ofSeconds(5)).build())) {
            assertThatThrownBy(() -> transport.send(request)).isInstanceOf(TransportException.class);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A stream of generated bytes that waits, half way, until the server has seen the first megabyte. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private final long waitAt;
        private final CountDownLatch gate;
        private final CRC32 crc = new CRC32();
        private long position;
        private int largestRead;
        private boolean waitedForTheServer;

        GeneratedStream(long size, long waitAt, CountDownLatch gate) {
            this.size = size;
            this.waitAt = waitAt;
            this.gate = gate;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (position >= waitAt && !waitedForTheServer) {
                try {
                    if (!gate.await(10, TimeUnit.SECONDS)) {
                        throw new IOException("the server saw nothing of the body: it was not streamed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                waitedForTheServer = true;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((position + i) * 31 + ((position + i) >>> 8));
            }
            crc.update(buffer, offset, n);
            position += n;
            largestRead = Math.max(largestRead, n);
            return n;
        }
    }
}
