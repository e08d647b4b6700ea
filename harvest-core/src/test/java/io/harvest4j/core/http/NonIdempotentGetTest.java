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
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A GET that is not idempotent ({@code GET /daily/timer/{id}} toggles a timer) reaches the service
 * at most once per call, even when the connection dies after the request was forwarded: the JDK's
 * client would send it again by itself.
 */
class NonIdempotentGetTest {

    private ServerSocket server;
    private Thread serving;
    private final AtomicInteger received = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        server.close();
        serving.join(5000);
    }

    /** Reads each request, counts it, and resets the connection without answering. */
    private URI resetAfterForwarding() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(5000);
                    readHead(socket.getInputStream());
                    received.incrementAndGet();
                    socket.setSoLinger(true, 0); // a reset, not an orderly close
                } catch (IOException e) {
                    // closed by the test, or the client went away
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/daily/timer/42");
    }

    private static void readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new SocketException("closed before the request ended");
            }
            head.append((char) b);
        }
    }

    private static JdkHttpTransport transport() {
        return JdkHttpTransport.create(HarvestConfig.builder().baseUri("http://127.0.0.1:1")
                .requestTimeout(Duration.ofSeconds(10)).build());
    }

    @Test
    void aToggleIsSentOnceWhenTheConnectionIsResetAfterForwarding() throws IOException {
        URI toggle = resetAfterForwarding();
        Request request = Request.builder(HttpMethod.GET, toggle).header("Accept", "application/xml").idempotent(false)
                .build();

        try (JdkHttpTransport transport = transport()) {
            for (int call = 1; call <= 5; call++) {
                assertThatThrownBy(() -> transport.send(request))
                        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue());
                assertThat(received).as("requests the service received after call %d", call).hasValue(call);
            }
        }
    }

    /** What the single-shot path is for: the JDK's client replays an idempotent GET on the same fault. */
    @Test
    void theJdkClientReplaysAnIdempotentGetOnTheSameFault() throws IOException {
        URI daily = resetAfterForwarding();
        Request request = Request.builder(HttpMethod.GET, daily).header("Accept", "application/xml").build();

        try (JdkHttpTransport transport = transport()) {
            assertThatThrownBy(() -> transport.send(request)).isInstanceOf(TransportException.class);
        }
        assertThat(received).hasValue(2);
    }

    @Test
    void aToggleReadsTheAnswerOnAConnectionOfItsOwn() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        StringBuilder head = new StringBuilder();
        serving = new Thread(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    head.append((char) in.read());
                }
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\n<ok/>\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the test fails on the answer
            }
        });
        serving.start();
        Request request = Request.builder(HttpMethod.GET,
                URI.create("http://127.0.0.1:" + server.getLocalPort() + "/daily/timer/42?of_user=7"))
                .header("Accept", "application/xml").idempotent(false).build();

        Response response;
        try (JdkHttpTransport transport = transport()) {
            response = transport.send(request);
        }
        serving.join(5000);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<ok/>");
        assertThat(response.headers().first("Content-Type")).contains("application/xml");
        assertThat(head.toString()).startsWith("GET /daily/timer/42?of_user=7 HTTP/1.1\r\n")
                .contains("Host: 127.0.0.1:" + server.getLocalPort() + "\r\n", "Connection: close\r\n",
                        "Accept: application/xml\r\n");
    }
}
