package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountCallsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void whoAmIInXmlHasTheDocumentedElementsAndTypes() {
        Response response = http.get("/account/who_am_i").asAdmin().xml().send();

        assertThat(response.status).isEqualTo(200);
        XmlNode hash = response.xml();
        assertThat(hash.name).isEqualTo("hash");
        assertThat(hash.childNames()).containsExactly("company", "user");
        XmlNode company = hash.child("company");
        assertThat(company.childNames()).containsExactly("base-uri", "full-domain", "name", "active", "week-start-day",
                "time-format", "clock", "decimal-symbol", "color-scheme", "modules", "thousands-separator");
        assertThat(company.text("base-uri")).isEqualTo(SIMULATOR.uri().toString());
        assertThat(company.text("full-domain")).isEqualTo(SIMULATOR.uri().getAuthority());
        assertThat(company.text("name")).isEqualTo(Seed.COMPANY_NAME);
        assertThat(company.child("active").attribute("type")).isEqualTo("boolean");
        assertThat(company.text("clock")).isEqualTo("12h");
        XmlNode modules = company.child("modules");
        assertThat(modules.childNames()).containsExactly("expenses", "invoices", "estimates", "approval");
        assertThat(modules.children).allSatisfy(m -> assertThat(m.attribute("type")).isEqualTo("boolean"));
        assertThat(modules.text("estimates")).isEqualTo("false");

        XmlNode user = hash.child("user");
        assertThat(user.childNames()).containsExactly("timezone", "timezone-utc-offset", "id", "email", "admin",
                "first-name", "last-name", "avatar-url", "project-manager", "timestamp-timers");
        assertThat(user.text("timezone")).isEqualTo("Eastern Time (US & Canada)");
        assertThat(response.body).contains("Eastern Time (US &amp; Canada)");
        assertThat(user.child("timezone-utc-offset").attribute("type")).isEqualTo("integer");
        assertThat(user.text("timezone-utc-offset")).isEqualTo("-18000");
        assertThat(user.child("id").attribute("type")).isEqualTo("integer");
        assertThat(user.text("id")).isEqualTo("100001");
        assertThat(user.text("first-name")).isEqualTo("Ada");
        XmlNode manager = user.child("project-manager");
        assertThat(manager.childNames()).containsExactly("is-project-manager", "can-see-rates", "can-create-projects",
                "can-create-invoices");
        assertThat(user.child("timestamp-timers").attribute("type")).isEqualTo("boolean");
        assertThat(user.text("timestamp-timers")).isEqualTo("false");
    }

    @Test
    void whoAmIInJsonIsUnderscoredAndTyped() {
        JsonObject answer = http.get("/account/who_am_i").asPm().json().send().json();

        assertThat(answer.keySet()).containsExactly("company", "user");
        JsonObject company = answer.getJsonObject("company");
        assertThat(company.getString("base_uri")).isEqualTo(SIMULATOR.uri().toString());
        assertThat(company.getJsonObject("modules").getBoolean("expenses")).isTrue();
        assertThat(company.getString("week_start_day")).isEqualTo("Monday");
        JsonObject user = answer.getJsonObject("user");
        assertThat(user.getJsonNumber("id").longValue()).isEqualTo(Seed.PM_ID);
        assertThat(user.getBoolean("admin")).isFalse();
        assertThat(user.getInt("timezone_utc_offset")).isEqualTo(-18000);
        JsonObject manager = user.getJsonObject("project_manager");
        assertThat(manager.getBoolean("is_project_manager")).isTrue();
        assertThat(manager.getBoolean("can_create_projects")).isTrue();
        assertThat(manager.getBoolean("can_see_rates")).isFalse();
        assertThat(user.getBoolean("timestamp_timers")).isFalse();
    }

    @Test
    void aRegularUserIsNoProjectManager() {
        JsonObject user = http.get("/account/who_am_i").asUser().json().send().json().getJsonObject("user");

        assertThat(user.getJsonObject("project_manager").getBoolean("is_project_manager")).isFalse();
    }

    @Test
    void rateLimitStatusInXmlIsAnUnwrappedHashWithHyphenatedKeys() {
        http.get("/daily").asUser().xml().send();
        SIMULATOR.clock().advance(Duration.ofSeconds(3));

        Response response = http.get("/account/rate_limit_status").asUser().xml().send();

        XmlNode hash = response.xml();
        assertThat(hash.name).isEqualTo("hash");
        assertThat(hash.childNames()).containsExactly("last-access-at", "count", "timeframe-limit", "max-calls",
                "lockout-seconds", "requests-available");
        assertThat(hash.child("last-access-at").attribute("type")).isEqualTo("datetime");
        assertThat(hash.text("last-access-at")).isEqualTo("2017-01-18T15:00:00Z");
        assertThat(hash.text("count")).isEqualTo("1");
        assertThat(hash.text("timeframe-limit")).isEqualTo("15");
        assertThat(hash.text("max-calls")).isEqualTo("100");
        assertThat(hash.text("lockout-seconds")).isEqualTo("0");
        assertThat(hash.text("requests-available")).isEqualTo("99");
    }

    @Test
    void rateLimitStatusInJsonIsUnderscoredAndDoesNotCount() {
        JsonObject fresh = http.get("/account/rate_limit_status").asAdmin().json().send().json();
        assertThat(fresh.get("last_access_at")).isEqualTo(JsonValue.NULL);
        assertThat(fresh.getInt("count")).isZero();

        http.get("/daily").asAdmin().json().send();
        http.get("/daily").asAdmin().json().send();
        JsonObject status = http.get("/account/rate_limit_status").asAdmin().json().send().json();

        assertThat(status.keySet()).containsExactly("last_access_at", "count", "timeframe_limit", "max_calls",
                "lockout_seconds", "requests_available");
        assertThat(status.getString("last_access_at")).isEqualTo("2017-01-18T15:00:00+00:00");
        assertThat(status.getInt("count")).isEqualTo(2);
        assertThat(status.getInt("requests_available")).isEqualTo(98);
        assertThat(status.getInt("max_calls")).isEqualTo(100);
        assertThat(status.getInt("timeframe_limit")).isEqualTo(15);
    }
}
