package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.testing.RecordingTransport;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthFlowTest {

    static final String SECRET = "s3cret-of-the-app";
    static final URI CALLBACK = URI.create("https://app.example.com/cb");
    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    static final String TOKEN_ANSWER = "{\"access_token\":\"acc-1\",\"refresh_token\":\"ref-1\",\"token_type\":\"bearer\",\"expires_in\":64799}";

    private final RecordingTransport transport = new RecordingTransport();
    private final MutableClock clock = new MutableClock(NOW);
    private final OAuthFlow flow = OAuthFlow.of(OAuthApplication.of("demo-client-id", SECRET, URI.create("https://api.harvestapp.com")),
            transport, clock);

    static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    static String state(AuthorizationRequest request) {
        return form(request.uri().getRawQuery()).get("state");
    }

    @Test
    void theCodeFlowsAuthorizeUrlCarriesTheClientTheRedirectAFreshStateAndResponseTypeCode() {
        AuthorizationRequest request = flow.authorizationCode(CALLBACK);

        assertThat(request.uri().toString()).startsWith("https://api.harvestapp.com/oauth2/authorize?");
        Map<String, String> query = form(request.uri().getRawQuery());
        assertThat(query).containsEntry("client_id", "demo-client-id").containsEntry("redirect_uri", CALLBACK.toString())
                .containsEntry("response_type", "code").containsKey("state");
        assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(43); // 32 random bytes
        assertThat(request.uri().toString()).doesNotContain(SECRET);
        assertThat(request.toString()).doesNotContain(query.get("state"));
        assertThat(request.stateMatches(query.get("state"))).isTrue();
        assertThat(request.stateMatches(query.get("state") + "x")).isFalse();
        assertThat(request.stateMatches(null)).isFalse();
    }

    @Test
    void everyAuthorizationHasItsOwnState() {
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            states.add(state(flow.authorizationCode(CALLBACK)));
        }
        assertThat(states).hasSize(50);
    }

    @Test
    void theImplicitFlowAsksForAToken() {
        assertThat(form(flow.implicit(CALLBACK).uri().getRawQuery())).containsEntry("response_type", "token");
    }

    @Test
    void theRedirectsCodeIsExchangedFormEncodedForTypedTokens() {
        transport.enqueue(200, TOKEN_ANSWER, "Content-Type", "application/json");
        AuthorizationRequest request = flow.authorizationCode(CALLBACK);

        OAuthTokens tokens = flow.finish(request, URI.create(CALLBACK + "?code=the-code&state=" + state(request)));

        assertThat(tokens.accessToken()).isEqualTo("acc-1");
        assertThat(tokens.refreshToken()).contains("ref-1");
        assertThat(tokens.tokenType()).isEqualTo("bearer");
        assertThat(tokens.expiresAt()).contains(NOW.plusSeconds(64799));
        Request sent = transport.onlyRequest();
        assertThat(sent.method()).isEqualTo(HttpMethod.POST);
        assertThat(sent.uri()).isEqualTo(URI.create("https://api.harvestapp.com/oauth2/token"));
        assertThat(sent.headers().first("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(sent.headers().first("Accept")).contains("application/json");
        assertThat(sent.isIdempotent()).isFalse();
        assertThat(form(new String(sent.body().orElseThrow().content(), StandardCharsets.UTF_8)))
                .containsEntry("code", "the-code").containsEntry("client_id", "demo-client-id")
                .containsEntry("client_secret", SECRET).containsEntry("redirect_uri", CALLBACK.toString())
                .containsEntry("grant_type", "authorization_code");
        assertThat(sent.toString()).doesNotContain(SECRET).doesNotContain("the-code");
    }

    @Test
    void aRedirectWithAnotherStateOrNoneIsRefusedBeforeAnythingIsSent() {
        AuthorizationRequest request = flow.authorizationCode(CALLBACK);

        assertThatThrownBy(() -> flow.finish(request, URI.create(CALLBACK + "?code=c&state=forged")))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.STATE_MISMATCH));
        assertThatThrownBy(() -> flow.finish(request, URI.create(CALLBACK + "?code=c")))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.STATE_MISMATCH));
        assertThatThrownBy(() -> flow.finish(request, URI.create(CALLBACK + "?code=c&state=" + state(request) + "&state=x")))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_RESPONSE));
        assertThatThrownBy(() -> flow.finish(request, URI.create("https://evil.example.com/cb?code=c&state=" + state(request))))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_RESPONSE));
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void theServicesErrorInTheRedirectIsTyped() {
        AuthorizationRequest request = flow.authorizationCode(CALLBACK);

        assertThatThrownBy(() -> flow.finish(request, URI.create(CALLBACK + "?error=access_denied&error_description=The+user+said+no&state="
                + state(request))))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo(OAuthError.ACCESS_DENIED);
                    assertThat(e.errorCode()).contains("access_denied");
                    assertThat(e.description()).contains("The user said no");
                    assertThat(e.getMessage()).contains("access_denied").contains("The user said no");
                });
    }

    @Test
    void anErrorDescriptionIsCutShortAndStrippedOfControlCharacters() {
        AuthorizationRequest request = flow.authorizationCode(CALLBACK);
        String longText = "x%0Ay".repeat(5000);

        assertThatThrownBy(() -> flow.finish(request, URI.create(CALLBACK + "?error=weird&error_description=" + longText
                + "&state=" + state(request))))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo(OAuthError.OTHER);
                    assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("\n");
                });
    }

    @Test
    void theImplicitFlowReadsTheTokenFromTheFragment() {
        AuthorizationRequest request = flow.implicit(CALLBACK);

        OAuthTokens tokens = flow.finish(request, URI.create(CALLBACK + "#access_token=acc-9&expires_in=64799&token_type=bearer&state="
                + state(request)));

        assertThat(tokens.accessToken()).isEqualTo("acc-9");
        assertThat(tokens.refreshToken()).isEmpty();
        assertThat(tokens.expiresAt()).contains(NOW.plusSeconds(64799));
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void theTokenEndpointsRefusalsAreTyped() {
        transport.enqueue(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The code was already used\"}",
                "Content-Type", "application/json");
        transport.enqueue(401, "{\"error\":\"invalid_client\"}", "Content-Type", "application/json");
        transport.enqueue(502, "<h1>Bad Gateway</h1>", "Content-Type", "text/html");
        transport.enqueue(200, "<html>not json</html>", "Content-Type", "text/html");
        transport.enqueue(200, "{\"access_token\":\"a\",\"expires_in\":" + "9".repeat(100_000) + "}");
        transport.enqueue(200, "{\"access_token\":\"a\",\"token_type\":\"mac\"}");

        assertThat(error(() -> flow.exchangeCodeAsync("c", CALLBACK).join())).isEqualTo(OAuthError.INVALID_GRANT);
        assertThat(error(() -> flow.refreshAsync("r").join())).isEqualTo(OAuthError.INVALID_CLIENT);
        assertThat(error(() -> flow.refreshAsync("r").join())).isEqualTo(OAuthError.SERVER_ERROR);
        assertThat(error(() -> flow.refreshAsync("r").join())).isEqualTo(OAuthError.INVALID_RESPONSE);
        assertThat(error(() -> flow.refreshAsync("r").join())).isEqualTo(OAuthError.INVALID_RESPONSE);
        assertThat(error(() -> flow.refreshAsync("r").join())).isEqualTo(OAuthError.INVALID_RESPONSE);
    }

    @Test
    void theRefreshGrantKeepsTheRefreshTokenWhenTheAnswerHasNone() {
        transport.enqueue(200, "{\"access_token\":\"acc-2\",\"token_type\":\"bearer\",\"expires_in\":10}");

        OAuthTokens tokens = flow.refreshAsync("ref-1").join();

        assertThat(tokens.refreshToken()).contains("ref-1");
        assertThat(form(new String(transport.onlyRequest().body().orElseThrow().content(), StandardCharsets.UTF_8)))
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "ref-1")
                .containsEntry("client_secret", SECRET);
    }

    @Test
    void noSecretInToStrings() {
        OAuthApplication application = OAuthApplication.of("demo-client-id", SECRET);
        OAuthTokens tokens = OAuthTokens.of("acc-secret", "ref-secret", NOW);

        assertThat(application.toString()).contains("demo-client-id").doesNotContain(SECRET);
        assertThat(flow.toString()).doesNotContain(SECRET);
        assertThat(tokens.toString()).doesNotContain("acc-secret").doesNotContain("ref-secret");
    }

    @Test
    void plainHttpIsForLoopbackOnly() {
        assertThat(OAuthApplication.of("id", "secret", URI.create("http://127.0.0.1:8080")).service())
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThatThrownBy(() -> OAuthApplication.of("id", "secret", URI.create("http://api.harvestapp.com")))
                .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("secret\"");
        assertThatThrownBy(() -> OAuthApplication.of("id", " ")).isInstanceOf(ConfigurationException.class);
    }

    static OAuthError error(Runnable action) {
        try {
            action.run();
        } catch (java.util.concurrent.CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(OAuthException.class);
            return ((OAuthException) e.getCause()).error();
        } catch (OAuthException e) {
            return e.error();
        }
        throw new AssertionError("no OAuthException");
    }
}
