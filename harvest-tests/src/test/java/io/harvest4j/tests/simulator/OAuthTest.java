package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.tests.simulator.internal.OAuthGrants;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator's OAuth 2.0 over raw HTTP, as curl would drive it. */
class OAuthTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final String CALLBACK = "http://127.0.0.1:9/cb";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    static String form(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(out.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static Map<String, String> parameters(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private Response approve(String responseType, String redirectUri, String approve, String password) {
        return http.post("/oauth2/authorize").body(Http.FORM, form("client_id", OAuthGrants.CLIENT_ID, "redirect_uri", redirectUri,
                "state", "xyz", "response_type", responseType, "email", Seed.USER_EMAIL, "password", password,
                "approve", approve)).send();
    }

    private String code() {
        Response redirect = approve("code", CALLBACK, "yes", Seed.USER_PASSWORD);
        assertThat(redirect.status).as(redirect.toString()).isEqualTo(302);
        return parameters(URI.create(redirect.header("Location")).getRawQuery()).get("code");
    }

    private Response token(String... namesAndValues) {
        return http.post("/oauth2/token").header("Accept", Http.JSON).body(Http.FORM, form(namesAndValues)).send();
    }

    private Response exchange(String code) {
        return token("code", code, "client_id", OAuthGrants.CLIENT_ID, "client_secret", OAuthGrants.CLIENT_SECRET,
                "redirect_uri", CALLBACK, "grant_type", "authorization_code");
    }

    @Test
    void theAuthorizePageIsAFormThatCarriesTheParametersOn() {
        Response page = http.get("/oauth2/authorize?client_id=demo-client-id&redirect_uri=" + URLEncoder.encode(CALLBACK,
                StandardCharsets.UTF_8) + "&state=xyz&response_type=code").send();

        assertThat(page.status).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body).contains("<form method=\"post\" action=\"/oauth2/authorize\">")
                .contains("name=\"state\" value=\"xyz\"").contains("name=\"redirect_uri\" value=\"" + CALLBACK + "\"")
                .contains("name=\"email\"").contains("name=\"password\"").contains("name=\"approve\" value=\"yes\"");
    }

    @Test
    void theCodeFlowAsCurlDrivesIt() {
        Response redirect = approve("code", CALLBACK, "yes", Seed.USER_PASSWORD);
        assertThat(redirect.status).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        assertThat(location.toString()).startsWith(CALLBACK + "?code=").endsWith("&state=xyz");
        String code = parameters(location.getRawQuery()).get("code");

        Response tokens = exchange(code);
        assertThat(tokens.status).as(tokens.toString()).isEqualTo(200);
        assertThat(tokens.header("Content-Type")).startsWith("application/json");
        JsonObject answer = tokens.json();
        assertThat(answer.keySet()).containsExactlyInAnyOrder("access_token", "refresh_token", "token_type", "expires_in");
        assertThat(answer.getString("token_type")).isEqualTo("bearer");
        assertThat(answer.getInt("expires_in")).isEqualTo(64799);
        String accessToken = answer.getString("access_token");

        Response bearer = http.get("/account/who_am_i").json().header("Authorization", "Bearer " + accessToken).send();
        Response query = http.get("/account/who_am_i?access_token=" + accessToken).json().send();
        assertThat(bearer.status).isEqualTo(200);
        assertThat(bearer.json().getJsonObject("user").getString("email")).isEqualTo(Seed.USER_EMAIL);
        assertThat(query.status).isEqualTo(200);

        Response refreshed = token("refresh_token", answer.getString("refresh_token"), "client_id", OAuthGrants.CLIENT_ID,
                "client_secret", OAuthGrants.CLIENT_SECRET, "grant_type", "refresh_token");
        assertThat(refreshed.status).isEqualTo(200);
        assertThat(refreshed.json().getString("access_token")).isNotEqualTo(accessToken);
        assertThat(http.get("/account/who_am_i").json().header("Authorization", "Bearer "
                + refreshed.json().getString("access_token")).send().status).isEqualTo(200);

        Response again = exchange(code);
        assertThat(again.status).isEqualTo(400);
        assertThat(again.json().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void theImplicitFlowRedirectsWithTheTokenInTheFragment() {
        Response redirect = approve("token", "http://localhost:4567/app", "yes", Seed.USER_PASSWORD);

        assertThat(redirect.status).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        assertThat(location.getRawQuery()).isNull();
        Map<String, String> fragment = parameters(location.getRawFragment());
        assertThat(fragment).containsEntry("token_type", "bearer").containsEntry("expires_in", "64799").containsEntry("state", "xyz");
        assertThat(http.get("/daily").json().header("Authorization", "Bearer " + fragment.get("access_token")).send().status)
                .isEqualTo(200);
    }

    @Test
    void aRefusalRedirectsWithAccessDeniedAndAWrongPasswordShowsTheFormAgain() {
        Response denied = approve("code", CALLBACK, "no", Seed.USER_PASSWORD);
        assertThat(denied.status).isEqualTo(302);
        assertThat(denied.header("Location")).isEqualTo(CALLBACK + "?error=access_denied&state=xyz");

        Response wrong = approve("code", CALLBACK, "yes", "not-the-password");
        assertThat(wrong.status).isEqualTo(401);
        assertThat(wrong.header("Location")).isNull();
        assertThat(wrong.body).contains("<form").contains("Wrong e-mail address or password");
    }

    @Test
    void onlyLoopbackRedirectsOfTheSeededApplicationAreServed() {
        assertThat(approve("code", "https://evil.example.com/cb", "yes", Seed.USER_PASSWORD).status).isEqualTo(400);
        assertThat(approve("code", "https://127.0.0.1/cb", "yes", Seed.USER_PASSWORD).status).isEqualTo(400);
        assertThat(http.get("/oauth2/authorize?client_id=other&redirect_uri=" + CALLBACK + "&response_type=code").send().status)
                .isEqualTo(400);
        assertThat(approve("code", "http://localhost:65000/any/path?x=1", "yes", Seed.USER_PASSWORD).header("Location"))
                .startsWith("http://localhost:65000/any/path?x=1&code=");
    }

    @Test
    void theTokenEndpointRefusesAsTheServiceDoes() {
        Response badClient = token("code", "c", "client_id", OAuthGrants.CLIENT_ID, "client_secret", "wrong",
                "redirect_uri", CALLBACK, "grant_type", "authorization_code");
        assertThat(badClient.status).isEqualTo(401);
        assertThat(badClient.json().getString("error")).isEqualTo("invalid_client");

        Response unknownCode = exchange("never-issued");
        assertThat(unknownCode.status).isEqualTo(400);
        assertThat(unknownCode.json().getString("error")).isEqualTo("invalid_grant");

        Response grant = token("client_id", OAuthGrants.CLIENT_ID, "client_secret", OAuthGrants.CLIENT_SECRET, "grant_type", "password");
        assertThat(grant.json().getString("error")).isEqualTo("unsupported_grant_type");

        Response refresh = token("refresh_token", "never-issued", "client_id", OAuthGrants.CLIENT_ID,
                "client_secret", OAuthGrants.CLIENT_SECRET, "grant_type", "refresh_token");
        assertThat(refresh.json().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void codesAreShortLivedAndTokensExpireOnTheSimulatorsClock() {
        String late = code();
        SIMULATOR.simulator().clock().advance(OAuthGrants.CODE_LIFETIME);
        assertThat(exchange(late).json().getString("error")).isEqualTo("invalid_grant");

        String accessToken = exchange(code()).json().getString("access_token");
        SIMULATOR.simulator().clock().advance(Duration.ofSeconds(64_798));
        assertThat(http.get("/daily").json().header("Authorization", "Bearer " + accessToken).send().status).isEqualTo(200);
        SIMULATOR.simulator().clock().advance(Duration.ofSeconds(1));
        Response expired = http.get("/daily").json().header("Authorization", "Bearer " + accessToken).send();
        assertThat(expired.status).isEqualTo(401);
        assertThat(expired.json().getString("error")).isEqualTo("invalid_token");
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void theTokenLifetimeIsConfigurable() {
        try (HarvestSimulator shortLived = HarvestSimulator.builder().tokenTtl(Duration.ofSeconds(30)).build().start()) {
            Http direct = new Http(shortLived.uri());
            Response redirect = direct.post("/oauth2/authorize").body(Http.FORM, form("client_id", OAuthGrants.CLIENT_ID,
                    "redirect_uri", CALLBACK, "state", "s", "response_type", "token", "email", Seed.USER_EMAIL,
                    "password", Seed.USER_PASSWORD, "approve", "yes")).send();
            assertThat(parameters(URI.create(redirect.header("Location")).getRawFragment())).containsEntry("expires_in", "30");
        }
    }
}
