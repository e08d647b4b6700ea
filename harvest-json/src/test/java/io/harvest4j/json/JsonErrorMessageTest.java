package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CODEC;
import static io.harvest4j.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages of error bodies: found where the service puts them, and never an exception. */
class JsonErrorMessageTest {

    @Test
    void oauthPrefersTheDescription() {
        assertThat(CODEC.errorMessage(json("{'error':'invalid_grant','error_description':'The code has expired'}")))
                .contains("The code has expired");
    }

    @Test
    void oauthWithoutDescriptionGivesTheCode() {
        assertThat(CODEC.errorMessage(json("{'error':'invalid_grant'}"))).contains("invalid_grant");
        assertThat(CODEC.errorMessage(json("{'error':'invalid_token','error_description':' '}"))).contains("invalid_token");
    }

    @Test
    void wrappedError() {
        assertThat(CODEC.errorMessage(json("{'error':{'message':'Rate limit exceeded'}}"))).contains("Rate limit exceeded");
    }

    @Test
    void railsValidationErrors() {
        assertThat(CODEC.errorMessage(json("{'errors':['Name can\\u0027t be blank','Email is invalid']}")))
                .contains("Name can't be blank; Email is invalid");
    }

    @Test
    void messageWinsAndIsStripped() {
        assertThat(CODEC.errorMessage(json("{'error':'x','message':'  Hint: locked  '}"))).contains("Hint: locked");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "<!DOCTYPE html><html><body>Oops</body></html>",
        "<?xml version=\"1.0\"?><hash><message>XML</message></hash>",
        "Internal Server Error",
        "{\"message\":",
        "{\"message\":42}",
        "{\"message\":\"\"}",
        "{\"error\":null}",
        "{\"errors\":[1,2]}",
        "{}",
        "[]",
        "[{\"message\":\"in an array\"}]",
        "\"message\"",
        "null",
        "{\"message\":\"a\"} trailing"
    })
    void emptyForAnythingElse(String body) {
        assertThat(CODEC.errorMessage(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void emptyForNullAndDeepBodies() {
        assertThat(CODEC.errorMessage(null)).isEmpty();
        assertThat(CODEC.errorMessage("[".repeat(500_000).getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CODEC.errorMessage(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})).isEmpty();
    }
}
