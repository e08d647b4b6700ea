package io.harvest4j.tests.e2e.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.auth.AuthorizationRequest;
import io.harvest4j.auth.LoopbackAuthorization;
import io.harvest4j.auth.OAuthApplication;
import io.harvest4j.auth.OAuthAuthenticator;
import io.harvest4j.auth.OAuthError;
import io.harvest4j.auth.OAuthException;
import io.harvest4j.auth.OAuthFlow;
import io.harvest4j.auth.OAuthTokens;
import io.harvest4j.auth.TokenStore;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.JdkHttpTransport;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.extended.Account;
import io.harvest4j.tests.e2e.support.FrontDoor;
import io.harvest4j.tests.e2e.support.SecretScanExtension;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.internal.OAuthGrants;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth 2.0 through the library against the simulator: the code flow, the implicit flow and the
 * RFC 8252 loopback helper (the test plays the browser), refresh before expiry and on a 401, and
 * sixteen threads at expiry making one refresh.
 */
class OAuthEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final HttpClient BROWSER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HarvestSimulator simulator;
    private HarvestConfig config;
    private Transport transport;
    private OAuthFlow flow;

    @BeforeEach
    void setUp() {
        simulator = SIMULATOR.simulator();
        config = FrontDoor.config(simulator.uri(), Format.JSON);
        transport = JdkHttpTransport.create(config);
        flow = OAuthFlow.of(OAuthApplication.of(OAuthGrants.CLIENT_ID, OAuthGrants.CLIENT_SECRET, simulator.uri()),
                transport, simulator.clock());
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    /** The browser: opens the authorize page, signs in as the user and approves; answers where it was redirected. */
    static URI approveInBrowser(URI authorizeUrl) {
        try {
            HttpResponse<String> page = BROWSER.send(HttpRequest.newBuilder(authorizeUrl).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form");
            String form = authorizeUrl.getRawQuery() + "&email=" + URLEncoder.encode(Seed.USER_EMAIL, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(Seed.USER_PASSWORD, StandardCharsets.UTF_8) + "&approve=yes";
            URI action = authorizeUrl.resolve("/oauth2/authorize");
            HttpResponse<String> redirect = BROWSER.send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).isEqualTo(302);
            URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            registerSecrets(location.getRawQuery());
            registerSecrets(location.getRawFragment());
            return location;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The codes and tokens of a redirect must appear in no log, message or toString. */
    private static void registerSecrets(String parameters) {
        if (parameters != null) {
            for (String pair : parameters.split("&")) {
                if (pair.startsWith("code=") || pair.startsWith("access_token=")) {
                    SecretScanExtension.secret(pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
    }

    private static OAuthTokens registered(OAuthTokens tokens) {
        SecretScanExtension.secret(tokens.accessToken());
        tokens.refreshToken().ifPresent(SecretScanExtension::secret);
        SecretScanExtension.observe(tokens);
        return tokens;
    }

    private static void follow(URI redirect) {
        try (java.net.Socket socket = new java.net.Socket(redirect.getHost(), redirect.getPort())) {
            socket.getOutputStream().write(("GET " + redirect.getRawPath() + "?" + redirect.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + redirect.getHost() + ":" + redirect.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HarvestClient client(OAuthAuthenticator authenticator) {
        SecretScanExtension.observe(authenticator);
        return Harvest.builder().config(config).transport(transport).authenticator(authenticator).build();
    }

    private OAuthAuthenticator authenticator(TokenStore store) {
        return OAuthAuthenticator.builder(flow).tokenStore(store).build();
    }

    private OAuthTokens codeFlow() {
        AuthorizationRequest pending = flow.authorizationCode(URI.create("http://127.0.0.1:9/cb"));
        return registered(flow.finish(pending, approveInBrowser(pending.uri())));
    }

    private long tokenGrants() {
        return simulator.requests().stream().filter(r -> r.path().equals("/oauth2/token")).count();
    }

    @Test
    void theCodeFlowGivesTokensTheClientCallsWith() {
        OAuthTokens tokens = codeFlow();

        assertThat(tokens.refreshToken()).isPresent();
        assertThat(tokens.expiresAt()).contains(simulator.clock().instant().plusSeconds(64_799));
        Account account = new Account(client(authenticator(TokenStore.inMemory(tokens))));
        assertThat(account.whoAmI().execute().user().email()).isEqualTo(Seed.USER_EMAIL);
        RecordedRequest call = simulator.requests().get(simulator.requests().size() - 1);
        assertThat(call.header("Authorization")).contains("Bearer " + tokens.accessToken());
        assertThat(call.queryParameter("access_token")).isEmpty();
    }

    @Test
    void theImplicitFlowReadsTheFragment() {
        AuthorizationRequest pending = flow.implicit(URI.create("http://localhost:9/app"));
        OAuthTokens tokens = registered(flow.finish(pending, approveInBrowser(pending.uri())));

        assertThat(tokens.refreshToken()).isEmpty();
        // signed with the Authorization header: ?access_token= (OAuthAuthenticatorTest) would show in the JDK's
        // own HTTP client log at its finest level, which the secret scan of this suite rightly refuses
        OAuthAuthenticator authenticator = OAuthAuthenticator.builder(flow).tokenStore(TokenStore.inMemory(tokens)).build();
        assertThat(new Account(client(authenticator)).whoAmI().execute().user().id()).isEqualTo(Seed.USER_ID);
        assertThat(simulator.requests().get(simulator.requests().size() - 1).header("Authorization"))
                .contains("Bearer " + tokens.accessToken());
    }

    @Test
    void theLoopbackHelperListensOnceAndExchangesTheCode() {
        OAuthTokens tokens = LoopbackAuthorization.of(flow).timeout(Duration.ofSeconds(30)).authorize(authorizeUrl -> {
            URI redirect = approveInBrowser(authorizeUrl);
            assertThat(redirect.getHost()).isEqualTo("127.0.0.1");
            // the browser follows the redirect to the helper's listener, on another thread (over a plain
            // socket: the JDK's HTTP client would log the code in its URI, and the secret scan would see it)
            java.util.concurrent.CompletableFuture.runAsync(() -> follow(redirect));
        });

        registered(tokens);
        assertThat(new Account(client(authenticator(TokenStore.inMemory(tokens)))).whoAmI().execute().user().email())
                .isEqualTo(Seed.USER_EMAIL);
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheCall() {
        TokenStore store = TokenStore.inMemory(codeFlow());
        Account account = new Account(client(authenticator(store)));
        String first = store.load().orElseThrow().accessToken();
        long grants = tokenGrants();

        simulator.clock().advance(Duration.ofSeconds(64_799 - 30));
        account.whoAmI().execute();

        assertThat(tokenGrants()).isEqualTo(grants + 1);
        registered(store.load().orElseThrow());
        assertThat(store.load().orElseThrow().accessToken()).isNotEqualTo(first);
        assertThat(simulator.requests().stream().filter(r -> r.path().equals("/account/who_am_i")).count()).isEqualTo(1);
    }

    @Test
    void aTokenTheServiceRefusesIsRefreshedOnceAndTheCallSentAgain() {
        TokenStore store = TokenStore.inMemory(codeFlow());
        Account account = new Account(client(authenticator(store)));
        simulator.state().revokeToken(store.load().orElseThrow().accessToken());

        assertThat(account.whoAmI().execute().user().id()).isEqualTo(Seed.USER_ID);
        List<String> paths = new ArrayList<>();
        simulator.requests().forEach(r -> paths.add(r.method() + " " + r.path()));
        assertThat(paths.subList(paths.size() - 3, paths.size()))
                .containsExactly("GET /account/who_am_i", "POST /oauth2/token", "GET /account/who_am_i");
    }

    @Test
    void sixteenThreadsAtExpiryMakeOneRefreshAndAllSucceed() throws Exception {
        TokenStore store = TokenStore.inMemory(codeFlow());
        Account account = new Account(client(authenticator(store)));
        long grants = tokenGrants();
        simulator.clock().advance(Duration.ofSeconds(64_799));
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return account.whoAmI().execute().user().id();
                }));
            }
            start.countDown();
            for (Future<Long> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(Seed.USER_ID);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(tokenGrants()).isEqualTo(grants + 1);
        assertThat(simulator.requests().stream().filter(r -> r.path().equals("/account/who_am_i")).count()).isEqualTo(16);
    }

    @Test
    void aRefreshTheServiceRefusesFailsTheCallTypedWithoutLooping() {
        TokenStore store = TokenStore.inMemory(OAuthTokens.of(simulator.issueToken(Seed.USER_EMAIL), "not-a-refresh-token",
                simulator.clock().instant().plusSeconds(10)));
        Account account = new Account(client(authenticator(store)));

        assertThatThrownBy(() -> account.whoAmI().execute()).isInstanceOfSatisfying(OAuthException.class, e -> {
            SecretScanExtension.observe(e);
            assertThat(e.error()).isEqualTo(OAuthError.INVALID_GRANT);
        });
        assertThat(tokenGrants()).isEqualTo(1);
        assertThat(simulator.requests().stream().filter(r -> r.path().equals("/account/who_am_i")).count()).isZero();
    }

    /** Guice: the authenticator is made from the transport the injector binds, so both share it. */
    static final class OAuthAuthenticatorProvider implements Provider<Authenticator> {
        private final Transport transport;
        private final Clock clock;

        @Inject
        OAuthAuthenticatorProvider(Transport transport, Clock clock) {
            this.transport = transport;
            this.clock = clock;
        }

        @Override
        public Authenticator get() {
            OAuthFlow flow = OAuthFlow.of(OAuthApplication.of(OAuthGrants.CLIENT_ID, OAuthGrants.CLIENT_SECRET,
                    SIMULATOR.uri()), transport, clock);
            return OAuthAuthenticator.builder(flow).tokenStore(guiceStore).build();
        }
    }

    private static TokenStore guiceStore;

    @Test
    void withGuiceTheAuthenticatorSharesTheInjectorsTransport() {
        guiceStore = TokenStore.inMemory(codeFlow());
        Account account = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(simulator.clock());
                OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding()
                        .toProvider(OAuthAuthenticatorProvider.class);
            }
        }).getInstance(Account.class);
        simulator.clock().advance(Duration.ofSeconds(64_799));

        assertThat(account.whoAmI().execute().user().id()).isEqualTo(Seed.USER_ID);
        assertThat(tokenGrants()).isEqualTo(2);
    }
}
