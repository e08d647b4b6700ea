package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GET that is not idempotent goes on a connection of its own (SingleShotExchange): through an
 * HTTP proxy too. A tiny proxy on loopback logs what it is asked (a {@code CONNECT}, or a request
 * in absolute form) and forwards; the origins record what reached them. The proxy's credentials
 * reach the proxy alone.
 */
class ProxiedSingleShotTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String PROXY_CREDENTIALS = "Basic "
            + Base64.getEncoder().encodeToString("proxy-user:proxy-secret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path keys;
    private static KeyStore localhostKeys;
    private static KeyStore otherHostKeys;

    private final List<AutoCloseable> servers = new ArrayList<>();
    /** What the proxy was asked: its request lines, and Proxy-Authorization when sent. */
    private final List<String> proxyLog = new CopyOnWriteArrayList<>();
    /** The heads that reached the origin. */
    private final List<String> originHeads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void certificates() throws Exception {
        localhostKeys = keyStore("right", "SAN=ip:127.0.0.1,dns:localhost", "CN=localhost");
        otherHostKeys = keyStore("wrong", "SAN=dns:other.example.com", "CN=other.example.com");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void plainHttpGoesToTheProxyInAbsoluteFormOnceAndItsCredentialsStopThere() throws Exception {
        int origin = origin(null);
        InetSocketAddress proxy = proxy(true);
        JdkHttpTransport transport = transport(proxy, null);

        Response response = transport.sendAsync(toggle("http://127.0.0.1:" + origin)).join();

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("toggled");
        String target = "GET http://127.0.0.1:" + origin + "/daily/timer/42 HTTP/1.1";
        // first without credentials (407, not forwarded), then with the authenticator's
        assertThat(proxyLog).containsExactly(target, target + " with " + PROXY_CREDENTIALS);
        assertThat(originHeads).hasSize(1);
        assertThat(originHeads.get(0)).startsWith("GET /daily/timer/42 HTTP/1.1\r\n")
                .contains("Authorization: Basic origin-credentials").doesNotContainIgnoringCase("proxy-authorization")
                .doesNotContain("proxy-secret");
    }

    @Test
    void httpsGoesThroughATunnelThenTlsWithTheOriginItsNameVerified() throws Exception {
        int origin = origin(localhostKeys);
        InetSocketAddress proxy = proxy(true);
        JdkHttpTransport transport = transport(proxy, trusting(localhostKeys));

        Response response = transport.sendAsync(toggle("https://127.0.0.1:" + origin)).join();

        assertThat(response.status()).isEqualTo(200);
        String connect = "CONNECT 127.0.0.1:" + origin + " HTTP/1.1";
        assertThat(proxyLog).containsExactly(connect, connect + " with " + PROXY_CREDENTIALS);
        assertThat(originHeads).hasSize(1);
        assertThat(originHeads.get(0)).startsWith("GET /daily/timer/42 HTTP/1.1\r\n")
                .contains("Authorization: Basic origin-credentials").doesNotContainIgnoringCase("proxy-authorization");
    }

    @Test
    void aCertificateForAnotherHostIsRefusedThroughTheTunnelAndNothingIsSent() throws Exception {
        int origin = origin(otherHostKeys);
        InetSocketAddress proxy = proxy(false);
        JdkHttpTransport transport = transport(proxy, trusting(otherHostKeys));

        assertThatThrownBy(() -> transport.sendAsync(toggle("https://127.0.0.1:" + origin)).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).mayHaveBeenSent()).isFalse());
        assertThat(proxyLog).containsExactly("CONNECT 127.0.0.1:" + origin + " HTTP/1.1");
        assertThat(originHeads).isEmpty();
    }

    @Test
    void aProxyThatRefusesTheCredentialsFailsBeforeSendingWithoutQuotingThem() throws Exception {
        int origin = origin(localhostKeys);
        InetSocketAddress proxy = proxy(true);
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:9").build();
        HttpClient client = HttpClient.newBuilder().proxy(ProxySelector.of(proxy)).sslContext(trusting(localhostKeys))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication("proxy-user", "wrong-secret".toCharArray());
                    }
                }).build();
        JdkHttpTransport transport = JdkHttpTransport.over(client, config);

        assertThatThrownBy(() -> transport.sendAsync(toggle("https://127.0.0.1:" + origin)).join())
                .cause().isInstanceOf(TransportException.class).hasMessageContaining("407")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("wrong-secret").doesNotContain("Basic"))
                .satisfies(e -> assertThat(((TransportException) e).mayHaveBeenSent()).isFalse());
        assertThat(proxyLog).hasSize(2);
        assertThat(originHeads).isEmpty();
    }

    @Test
    void aSocksProxyIsRefusedBeforeAnythingIsSent() {
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:9").build();
        HttpClient client = HttpClient.newBuilder().proxy(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        }).build();
        JdkHttpTransport transport = JdkHttpTransport.over(client, config);

        assertThatThrownBy(() -> transport.sendAsync(toggle("http://127.0.0.1:9")).join())
                .cause().isInstanceOf(TransportException.class).hasMessageContaining("SOCKS")
                .satisfies(e -> assertThat(((TransportException) e).mayHaveBeenSent()).isFalse());
    }

    private static Request toggle(String base) {
        return Request.builder(HttpMethod.GET, URI.create(base + "/daily/timer/42"))
                .header("Accept", "application/xml").header("Authorization", "Basic origin-credentials")
                .idempotent(false).build();
    }

    private static JdkHttpTransport transport(InetSocketAddress proxy, SSLContext trust) throws Exception {
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:9").build();
        HttpClient.Builder builder = HttpClient.newBuilder().proxy(ProxySelector.of(proxy))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return getRequestorType() == RequestorType.PROXY
                                ? new PasswordAuthentication("proxy-user", "proxy-secret".toCharArray()) : null;
                    }
                });
        if (trust != null) {
            builder.sslContext(trust);
        }
        return JdkHttpTransport.over(builder.build(), config);
    }

    /** An origin that records each request's head and answers {@code toggled}; TLS with these keys, if given. */
    private int origin(KeyStore tlsKeys) throws Exception {
        ServerSocket server;
        if (tlsKeys == null) {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } else {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(tlsKeys, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        servers.add(server);
        serve(server, socket -> {
            String head = head(socket.getInputStream());
            originHeads.add(head);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\ntoggled")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        });
        return server.getLocalPort();
    }

    /** The proxy: logs, asks for credentials when told to, and forwards a CONNECT or an absolute-form request. */
    private InetSocketAddress proxy(boolean requireCredentials) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(server);
        serve(server, socket -> {
            String head = head(socket.getInputStream());
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            String credentials = null;
            StringBuilder forwarded = new StringBuilder();
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("proxy-authorization:")) {
                    credentials = line.substring(line.indexOf(':') + 1).trim();
                } else if (!line.equals(requestLine) && !line.isEmpty()) {
                    forwarded.append(line).append("\r\n");
                }
            }
            proxyLog.add(requestLine + (credentials == null ? "" : " with " + credentials));
            OutputStream toClient = socket.getOutputStream();
            if (requireCredentials && !PROXY_CREDENTIALS.equals(credentials)) {
                toClient.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toClient.flush();
                return;
            }
            String[] parts = requestLine.split(" ");
            try (Socket upstream = new Socket()) {
                if (parts[0].equals("CONNECT")) {
                    String[] hostPort = parts[1].split(":");
                    upstream.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 5000);
                    toClient.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    toClient.flush();
                } else {
                    URI target = URI.create(parts[1]);
                    upstream.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
                    String originForm = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                    upstream.getOutputStream().write((parts[0] + " " + originForm + " " + parts[2] + "\r\n" + forwarded + "\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    upstream.getOutputStream().flush();
                }
                Thread pump = new Thread(() -> {
                    try {
                        socket.getInputStream().transferTo(upstream.getOutputStream());
                    } catch (IOException e) {
                        // one side went away
                    }
                });
                pump.setDaemon(true);
                pump.start();
                try {
                    upstream.getInputStream().transferTo(toClient);
                } catch (IOException e) {
                    // one side went away
                }
            }
        });
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    private interface Handler {
        void handle(Socket socket) throws Exception;
    }

    private static void serve(ServerSocket server, Handler handler) {
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    return;
                }
                Thread connection = new Thread(() -> {
                    try (socket) {
                        socket.setSoTimeout(10_000);
                        handler.handle(socket);
                    } catch (Exception e) {
                        // the client went away, or a handshake failed: what the test checks is recorded
                    }
                });
                connection.setDaemon(true);
                connection.start();
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the head");
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static KeyStore keyStore(String name, String san, String dname) throws Exception {
        Path file = keys.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", dname, "-ext", san, "-keystore", file.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static SSLContext trusting(KeyStore serverKeys) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        String alias = serverKeys.aliases().nextElement();
        trusted.setCertificateEntry(alias, serverKeys.getCertificate(alias));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }
}
