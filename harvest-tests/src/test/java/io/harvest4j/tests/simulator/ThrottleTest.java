package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThrottleTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension(
            HarvestSimulator.builder().throttle(100, Duration.ofSeconds(15)));

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void the101stCallIn15SecondsIs503WithRetryAfterAndWaitingLiftsIt() {
        for (int i = 0; i < 100; i++) {
            assertThat(http.get("/account/who_am_i").asUser().json().send().status).as("call %d", i + 1).isEqualTo(200);
        }

        Response throttled = http.get("/account/who_am_i").asUser().json().send();
        assertThat(throttled.status).isEqualTo(503);
        assertThat(throttled.header("Retry-After")).isEqualTo("15");
        assertThat(throttled.json().getString("message")).isEqualTo("This request has been throttled.");
        assertThat(throttled.json().getInt("retry_after")).isEqualTo(15);

        SIMULATOR.clock().advance(Duration.ofSeconds(10));
        Response again = http.get("/daily").asAdmin().xml().send();
        assertThat(again.status).as("the lock is per account, and calling resets it").isEqualTo(503);
        assertThat(again.header("Retry-After")).isEqualTo("15");
        XmlNode hash = again.xml();
        assertThat(hash.name).isEqualTo("hash");
        assertThat(hash.text("message")).isEqualTo("This request has been throttled.");
        assertThat(hash.child("retry-after").attribute("type")).isEqualTo("integer");
        assertThat(hash.text("retry-after")).isEqualTo("15");

        SIMULATOR.clock().advance(Duration.ofSeconds(10));
        JsonObject status = http.get("/account/rate_limit_status").asUser().json().send().json();
        assertThat(status.getInt("lockout_seconds")).as("10 s of the reset 15 s lock-out passed").isEqualTo(5);
        assertThat(status.getInt("requests_available")).isZero();
        assertThat(http.get("/daily").asUser().json().send().status).as("still locked: 5 s left").isEqualTo(503);

        SIMULATOR.clock().advance(Duration.ofSeconds(15));
        assertThat(http.get("/daily").asUser().json().send().status).isEqualTo(200);
    }

    @Test
    void theWindowSlides() {
        SIMULATOR.simulator().setThrottle(3, Duration.ofSeconds(10));
        http.get("/daily").asUser().json().send();
        SIMULATOR.clock().advance(Duration.ofSeconds(5));
        http.get("/daily").asUser().json().send();
        http.get("/daily").asUser().json().send();
        SIMULATOR.clock().advance(Duration.ofSeconds(5));

        assertThat(http.get("/daily").asUser().json().send().status).as("the first call left the window").isEqualTo(200);
        assertThat(http.get("/daily").asUser().json().send().status).isEqualTo(503);
    }

    @Test
    void aClientThatWaitsTheRetryAfterItWasToldIsServedEvenWithALockoutShorterThanTheWindow() {
        SimulatorClock clock = SimulatorClock.fixedAt(Seed.START);
        try (HarvestSimulator simulator = HarvestSimulator.builder().clock(clock).throttle(3, Duration.ofSeconds(10))
                .throttleLockout(Duration.ofSeconds(2)).build().start()) {
            Http direct = new Http(simulator.uri());
            for (int i = 0; i < 3; i++) {
                assertThat(direct.get("/daily").asUser().json().send().status).isEqualTo(200);
            }
            Response throttled = direct.get("/daily").asUser().json().send();
            assertThat(throttled.status).isEqualTo(503);
            assertThat(throttled.header("Retry-After")).isEqualTo("2");

            clock.advance(Duration.ofSeconds(2));
            JsonObject status = direct.get("/account/rate_limit_status").asUser().json().send().json();
            assertThat(status.getInt("lockout_seconds")).isZero();
            assertThat(status.getInt("requests_available")).as("the lock-out lifted: a fresh window").isEqualTo(3);

            assertThat(direct.get("/daily").asUser().json().send().status).as("Retry-After said 2 s").isEqualTo(200);
        }
    }

    @Test
    void aThrottledAnswerNamesRetryAfterAsAnHttpDateWhenAsked() {
        SimulatorClock clock = SimulatorClock.fixedAt(Seed.START.plusMillis(300));
        try (HarvestSimulator simulator = HarvestSimulator.builder().clock(clock).throttle(1, Duration.ofSeconds(10))
                .retryAfterAsDate().build().start()) {
            Http direct = new Http(simulator.uri());
            assertThat(direct.get("/daily").asUser().json().send().status).isEqualTo(200);
            Response throttled = direct.get("/daily").asUser().json().send();

            assertThat(throttled.status).isEqualTo(503);
            java.time.Instant lifted = java.time.ZonedDateTime.parse(throttled.header("Retry-After"),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(lifted).as("rounded up to the second").isEqualTo(Seed.START.plusSeconds(11));
        }
    }

    @Test
    void rateLimitStatusIsNeverThrottledNorCounted() {
        SIMULATOR.simulator().setThrottle(1, Duration.ofSeconds(15));
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/account/rate_limit_status").asUser().xml().send().status).isEqualTo(200);
        }
        assertThat(http.get("/daily").asUser().xml().send().status).isEqualTo(200);
        assertThat(http.get("/daily").asUser().xml().send().status).isEqualTo(503);
        assertThat(http.get("/account/rate_limit_status").asUser().xml().send().status).isEqualTo(200);
    }

    @Test
    void aSimulatorWithoutThrottleNeverAnswers503() {
        try (HarvestSimulator unthrottled = HarvestSimulator.builder().withoutThrottle().build().start()) {
            Http direct = new Http(unthrottled.uri());
            for (int i = 0; i < 120; i++) {
                assertThat(direct.get("/daily").asUser().json().send().status).isEqualTo(200);
            }
            JsonObject status = direct.get("/account/rate_limit_status").asUser().json().send().json();
            assertThat(status.getInt("max_calls")).as("no limit for a client to learn").isEqualTo(Integer.MAX_VALUE);
            assertThat(status.getInt("count")).as("a throttle that is off counts nothing").isZero();
            assertThat(status.getInt("requests_available")).isEqualTo(Integer.MAX_VALUE);
            assertThat(status.getInt("lockout_seconds")).isZero();
        }
    }
}
