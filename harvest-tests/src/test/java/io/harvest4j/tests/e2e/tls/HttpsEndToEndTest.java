package io.harvest4j.tests.e2e.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.TransportException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS for real: the client reaches the simulator through a TLS server with a self-signed
 * certificate that the test trusts through {@link HarvestConfig.Builder#sslContext}, host names
 * verified; a certificate for another host, or one not trusted, is refused with a
 * {@link TransportException}. (The certificates are made with the JDK's keytool.)
 */
class HttpsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding", "date");

    @TempDir
    static Path keys;

    private static HttpsServer rightHost;
    private static HttpsServer wrongHost;
    private static KeyStore rightKeys;
    private static KeyStore wrongKeys;

    @BeforeAll
    static void servers() throws Exception {
        rightKeys = keyStore("right", "SAN=ip:127.0.0.1,dns:localhost", "CN=localhost");
        wrongKeys = keyStore("wrong", "SAN=dns:other.example.com", "CN=other.example.com");
        rightHost = proxy(rightKeys);
        wrongHost = proxy(wrongKeys);
    }

    @AfterAll
    static void stop() {
        rightHost.stop(0);
        wrongHost.stop(0);
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

    /** A TLS server on loopback that passes every request on to the simulator. */
    private static HttpsServer proxy(KeyStore serverKeys) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        HttpClient upstream = HttpClient.newHttpClient();
        server.createContext("/", exchange -> {
            try {
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(SIMULATOR.uri() + exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        values.forEach(value -> forward.header(name, value));
                    }
                });
                HttpResponse<byte[]> answer = upstream.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
                    if (!HOP_BY_HOP.contains(header.getKey().toLowerCase()) && !header.getKey().startsWith(":")) {
                        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                    }
                }
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
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

    private static Account account(HttpsServer server, SSLContext context) {
        // no rate_limit_status read: one goes out after the first call's answer and could reach
        // the shared simulator after its test, into the next one's request count
        HarvestConfig.Builder config = HarvestConfig.builder().baseUri("https://127.0.0.1:" + server.getAddress().getPort())
                .format(Format.JSON).learnRateLimit(false);
        if (context != null) {
            config.sslContext(context);
        }
        return new Account(Harvest.builder().config(config.build())
                .authenticator(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD)).build());
    }

    @Test
    void aServerWhoseCertificateTheConfigurationTrustsIsReachedOverTls() throws Exception {
        assertThat(account(rightHost, trusting(rightKeys)).whoAmI().execute().user().email()).isEqualTo(Seed.USER_EMAIL);
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        assertThatThrownBy(() -> account(wrongHost, trusting(wrongKeys)).whoAmI().execute())
                .isInstanceOf(TransportException.class)
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .satisfies(e -> assertThat(e).hasCauseInstanceOf(SSLHandshakeException.class))
                .hasMessageNotContaining(Seed.USER_PASSWORD);
        assertThat(SIMULATOR.simulator().requestCount()).isZero();
    }

    @Test
    void aCertificateNobodyTrustsIsRefused() {
        assertThatThrownBy(() -> account(rightHost, null).whoAmI().execute())
                .isInstanceOf(TransportException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(SIMULATOR.simulator().requestCount()).isZero();
    }
}
