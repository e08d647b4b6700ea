package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK transport against a one-shot HTTP/1.1 server on a loopback socket, through its blocking
 * {@code send}; {@link JdkHttpTransportAsyncTest} runs every test again through {@code sendAsync}.
 */
class JdkHttpTransportTest {

    /**
     * @param transport the transport under test
     * @param request what to send
     * @return the answer, by the path under test: here the blocking {@link JdkHttpTransport#send}
     */
    Response send(JdkHttpTransport transport, Request request) {
        return transport.send(request);
    }

    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Answers one request with the given raw response, and returns the raw request it read. */
    private CompletableFuture<String> serveOnce(String rawResponse) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5000);
                String request = readRequest(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(rawResponse.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return request;
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
    }

    /** Answers {@code times} requests, one connection each, with the same raw response; returns the raw requests. */
    private CompletableFuture<java.util.List<String>> serveMany(int times, String rawResponse) throws IOException {
        server = new ServerSocket(0, times, InetAddress.getLoopbackAddress());
        return CompletableFuture.supplyAsync(() -> {
            java.util.List<String> requests = new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(5000);
                    requests.add(readRequest(socket.getInputStream()));
                    OutputStream out = socket.getOutputStream();
                    out.write(rawResponse.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    requests.add("failed: " + e);
                }
            }
            return requests;
        });
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int contentLength = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r\n\r\n")) {
                for (String line : text.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).trim());
                    }
                }
                if (contentLength > 0) {
                    bytes.write(in.readNBytes(contentLength));
                }
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private JdkHttpTransport transport(long maxBytes) {
        return JdkHttpTransport.create(HarvestConfig.builder().baseUri("http://127.0.0.1:1")
                .requestTimeout(Duration.ofSeconds(5)).maxResponseBytes(maxBytes).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    @Test
    void sendsHeadersAndBodyAndReadsTheAnswer() throws Exception {
        CompletableFuture<String> seen = serveOnce("HTTP/1.1 201 Created\r\nLocation: /clients/5\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\nok");
        Request request = Request.builder(HttpMethod.POST, uri("/clients"))
                .header("Accept", "application/xml").header("Content-Type", "application/xml")
                .body(RequestBody.ofText("<client><name>Acme</name></client>", "application/xml")).build();

        Response response = send(transport(4096), request);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().first("location")).contains("/clients/5");
        assertThat(response.bodyText()).isEqualTo("ok");
        String raw = seen.get(5, TimeUnit.SECONDS);
        assertThat(raw).startsWith("POST /clients HTTP/1.1").contains("Accept: application/xml")
                .endsWith("<client><name>Acme</name></client>");
    }

    @Test
    void aRefusedConnectionOrAnUnknownHostIsNamedNeverNull() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        JdkHttpTransport transport = transport(4096);

        assertThatThrownBy(() -> send(transport, Request.builder(HttpMethod.GET,
                java.net.URI.create("http://127.0.0.1:" + closedPort + "/daily")).build()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse())
                .hasMessage("could not connect for GET http://127.0.0.1:" + closedPort + "/daily: connection refused by 127.0.0.1:"
                        + closedPort + " (is the service, or the simulator, running there?)");
        assertThatThrownBy(() -> send(transport, Request.builder(HttpMethod.GET,
                java.net.URI.create("https://no-such-host.invalid/daily")).build()))
                .isInstanceOf(TransportException.class).hasMessageNotContaining("null")
                .hasMessageEndingWith("unknown host no-such-host.invalid");
    }

    @Test
    void aClosedTransportRefusesToSendAndSaysSo() throws Exception {
        JdkHttpTransport transport = transport(4096);
        transport.close();
        transport.close();

        assertThatThrownBy(() -> send(transport, Request.builder(HttpMethod.GET, java.net.URI.create("http://127.0.0.1:9/daily")).build()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse())
                .hasMessageContaining("GET").hasMessageContaining("the transport is closed");
    }

    @Test
    void closingATransportOverTheApplicationsClientLeavesThatClientAlone() throws Exception {
        java.net.http.HttpClient own = java.net.http.HttpClient.newHttpClient();
        JdkHttpTransport transport = JdkHttpTransport.over(own,
                io.harvest4j.core.HarvestConfig.builder().baseUri("http://127.0.0.1:9").build());
        CompletableFuture<String> seen = serveOnce("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");

        transport.close();

        java.net.http.HttpResponse<String> answer = own.send(java.net.http.HttpRequest.newBuilder(uri("/still")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body()).isEqualTo("ok");
        assertThat(seen.get(5, TimeUnit.SECONDS)).startsWith("GET /still");
    }

    @Test
    void refusesAnAnswerLargerThanTheLimit() throws Exception {
        String big = "x".repeat(5000);
        serveOnce("HTTP/1.1 200 OK\r\nContent-Length: " + big.length() + "\r\nConnection: close\r\n\r\n" + big);

        assertThatThrownBy(() -> send(transport(1024), Request.builder(HttpMethod.GET, uri("/daily")).build()))
                .isInstanceOf(TransportException.class).hasMessageContaining("larger than the limit of 1024 bytes");
    }

    @Test
    void refusesAChunkedAnswerLargerThanTheLimit() throws Exception {
        String chunk = "x".repeat(600);
        serveOnce("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "258\r\n" + chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");

        assertThatThrownBy(() -> send(transport(1024), Request.builder(HttpMethod.GET, uri("/daily")).build()))
                .isInstanceOf(TransportException.class).hasMessageContaining("larger than the limit of 1024 bytes");
    }

    @Test
    void readsAnAnswerOfExactlyTheLimitWhetherItsLengthIsDeclaredOrChunked() throws Exception {
        String body = "y".repeat(1024);
        serveOnce("HTTP/1.1 200 OK\r\nContent-Length: 1024\r\nConnection: close\r\n\r\n" + body);
        assertThat(send(transport(1024), Request.builder(HttpMethod.GET, uri("/daily")).build()).bodyText()).isEqualTo(body);
        server.close();

        serveOnce("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "200\r\n" + body.substring(512) + "\r\n200\r\n" + body.substring(512) + "\r\n0\r\n\r\n");
        assertThat(send(transport(1024), Request.builder(HttpMethod.GET, uri("/daily")).build()).bodyText()).isEqualTo(body);
    }

    @Test
    void offersNoUpgradeToHttp2OverPlainHttp() throws Exception {
        CompletableFuture<String> seen = serveOnce("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");

        send(transport(4096), Request.builder(HttpMethod.GET, uri("/daily")).build());

        assertThat(seen.get(5, TimeUnit.SECONDS).toLowerCase(java.util.Locale.ROOT))
                .startsWith("get /daily http/1.1").doesNotContain("upgrade").doesNotContain("http2-settings");
    }

    @Test
    void aGetSentAgainGoesWithTheHeadersOfEachRequest() throws Exception {
        CompletableFuture<java.util.List<String>> seen = serveMany(4,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        JdkHttpTransport transport = transport(4096);
        URI daily = uri("/daily");

        for (String token : new String[] {"Bearer first", "Bearer first", "Bearer second", "Bearer first"}) {
            Request request = Request.builder(HttpMethod.GET, daily).header("Accept", "application/json")
                    .header("Authorization", token).build();
            assertThat(send(transport, request).bodyText()).isEqualTo("ok");
        }

        assertThat(seen.get(5, TimeUnit.SECONDS)).extracting(raw -> raw.lines()
                        .filter(line -> line.startsWith("Authorization:")).findFirst().orElse("none"))
                .containsExactly("Authorization: Bearer first", "Authorization: Bearer first",
                        "Authorization: Bearer second", "Authorization: Bearer first");
    }

    @Test
    void neverFollowsARedirect() throws Exception {
        serveOnce("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Response response = send(transport(4096), Request.builder(HttpMethod.GET, uri("/daily"))
                .header("Authorization", "Basic c2VjcmV0").build());

        assertThat(response.status()).isEqualTo(302);
    }

    @Test
    void aRefusedConnectionIsReportedAsNotSent() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Request request = Request.builder(HttpMethod.POST, URI.create("http://127.0.0.1:" + port + "/daily/add?access_token=t0k3n"))
                .body(RequestBody.ofText("x", "application/json")).build();

        assertThatThrownBy(() -> send(transport(4096), request))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isFalse())
                .hasMessageContaining("could not connect").hasMessageNotContaining("t0k3n");
    }

    @Test
    void aSilentServerTimesOutAsSent() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture.runAsync(() -> {
            try (Socket socket = server.accept()) {
                readRequest(socket.getInputStream());
                Thread.sleep(3000);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        Request request = Request.builder(HttpMethod.GET, uri("/daily")).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> send(transport(4096), request))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue())
                .hasMessageContaining("no answer");
    }

    @Test
    void aStatusOutsideHttpIsATransportFailureNotACrash() throws Exception {
        serveOnce("HTTP/1.1 999 Odd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertThatThrownBy(() -> send(transport(4096), Request.builder(HttpMethod.GET, uri("/daily")).build()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveBeenSent()).isTrue())
                .hasMessageContaining("999");
    }

    @Test
    void aCredentialTheHttpClientRefusesIsNeverQuoted() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Request request = Request.builder(HttpMethod.GET, uri("/daily"))
                .header("Authorization", "Bearer s3cr3t\u0001").build();

        assertThatThrownBy(() -> send(transport(4096), request))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.mayHaveBeenSent()).isFalse();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cr3t");
                    }
                })
                .hasMessageContaining("Authorization");
    }

    @Test
    void refusesAnHttpClientThatWouldCarryCredentialsAlongARedirect() {
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:1").build();

        for (HttpClient.Redirect redirect : new HttpClient.Redirect[] {HttpClient.Redirect.ALWAYS, HttpClient.Redirect.NORMAL}) {
            assertThatThrownBy(() -> JdkHttpTransport.over(HttpClient.newBuilder().followRedirects(redirect).build(), config))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("redirect");
        }
        assertThat(JdkHttpTransport.over(HttpClient.newHttpClient(), config)).isNotNull();
    }
}
