package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthenticationTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @ParameterizedTest
    @CsvSource({
        "admin@example.com, admin-pass, 100001, true",
        "pm@example.com,    pm-pass,    100002, false",
        "user@example.com,  user-pass,  100003, false",
        "ADMIN@example.com, admin-pass, 100001, true",
    })
    void eachSeededUserSignsInWithBasic(String email, String password, long id, boolean admin) {
        Response response = http.get("/account/who_am_i").as(email, password).xml().send();

        assertThat(response.status).as(response.toString()).isEqualTo(200);
        XmlNode user = response.xml().child("user");
        assertThat(user.text("id")).isEqualTo(Long.toString(id));
        assertThat(user.text("email")).isEqualTo(email.toLowerCase());
        assertThat(user.text("admin")).isEqualTo(Boolean.toString(admin));
    }

    @Test
    void aWrongPasswordIs401WithAMessageInTheFormatAsked() {
        Response xml = http.get("/account/who_am_i").as(Seed.USER_EMAIL, "admin-pass").xml().send();
        Response json = http.get("/account/who_am_i").as(Seed.USER_EMAIL, "wrong").json().send();

        assertThat(xml.status).isEqualTo(401);
        assertThat(xml.header("Content-Type")).startsWith("application/xml");
        assertThat(xml.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(xml.xml().name).isEqualTo("hash");
        assertThat(xml.xml().text("message")).contains("Authentication failed");
        assertThat(json.status).isEqualTo(401);
        assertThat(json.json().getString("message")).contains("Authentication failed");
    }

    @Test
    void missingOrMalformedCredentialsAre401() {
        assertThat(http.get("/daily").xml().send().status).isEqualTo(401);
        assertThat(http.get("/daily").xml().header("Authorization", "Basic !!!").send().status).isEqualTo(401);
        assertThat(http.get("/daily").xml().header("Authorization", "Digest abc").send().status).isEqualTo(401);
        assertThat(http.get("/daily").xml().as("nobody@example.com", "x").send().status).isEqualTo(401);
    }

    @Test
    void anIssuedTokenWorksAsBearerAndAsAccessTokenParameterUntilItExpires() {
        String token = SIMULATOR.simulator().issueToken(Seed.PM_EMAIL);

        Response bearer = http.get("/account/who_am_i").header("Authorization", "Bearer " + token).json().send();
        Response query = http.get("/account/who_am_i?access_token=" + token).json().send();
        assertThat(bearer.status).isEqualTo(200);
        assertThat(bearer.json().getJsonObject("user").getString("email")).isEqualTo(Seed.PM_EMAIL);
        assertThat(query.status).isEqualTo(200);

        SIMULATOR.clock().advance(Duration.ofHours(18));
        Response expired = http.get("/account/who_am_i").header("Authorization", "Bearer " + token).json().send();
        assertThat(expired.status).isEqualTo(401);
        assertThat(expired.json().getString("error")).isEqualTo("invalid_token");
        assertThat(expired.json().getString("error_description")).contains("expired");
    }

    @Test
    void anUnknownTokenIs401InvalidToken() {
        Response json = http.get("/daily?access_token=nope").json().send();
        Response xml = http.get("/daily").header("Authorization", "Bearer nope").xml().send();

        assertThat(json.status).isEqualTo(401);
        assertThat(json.json().getString("error")).isEqualTo("invalid_token");
        assertThat(xml.status).isEqualTo(401);
        assertThat(xml.xml().text("error")).isEqualTo("invalid_token");
        assertThat(xml.xml().has("error-description")).isTrue();
    }
}
