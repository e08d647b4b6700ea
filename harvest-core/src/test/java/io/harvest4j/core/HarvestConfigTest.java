package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Format;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HarvestConfigTest {

    @Test
    void aSubdomainMeansTheServiceOverHttps() {
        HarvestConfig config = HarvestConfig.builder().subdomain("Demo").build();

        assertThat(config.baseUri()).hasToString("https://demo.harvestapp.com");
        assertThat(config.format()).isEqualTo(Format.JSON);
        assertThat(config.maxCalls()).isEqualTo(100);
        assertThat(config.throttleWindow()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.userAgent()).isEqualTo("harvest4j/" + HarvestConfig.VERSION + " (+" + HarvestConfig.PROJECT_URL + ")");
        assertThat(HarvestConfig.VERSION).isNotEqualTo("dev").doesNotContain("${");
    }

    @Test
    void theApplicationNameIsPrependedToTheUserAgentAndAnOverrideReplacesIt() {
        assertThat(HarvestConfig.builder().subdomain("demo").applicationName("Sync/2.1 (ops@example.com)").build().userAgent())
                .startsWith("Sync/2.1 (ops@example.com) harvest4j/");
        HarvestConfig custom = HarvestConfig.builder().subdomain("demo").userAgent("Custom/1").build();
        assertThat(custom.userAgent()).isEqualTo("Custom/1");
        assertThat(custom.toBuilder().build().userAgent()).isEqualTo("Custom/1");
        assertThat(HarvestConfig.builder().subdomain("demo").applicationName("A/1").build().toBuilder()
                .applicationName("B/2").build().userAgent()).startsWith("B/2 harvest4j/");
        assertThatThrownBy(() -> HarvestConfig.builder().applicationName("A\r\nX-Injected: 1"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void plainHttpIsRefusedButForLoopbackOrWhenExplicitlyAllowed() {
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("http://demo.harvestapp.com").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HTTPS");
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("http://localhost.evil.example").build())
                .isInstanceOf(ConfigurationException.class);
        assertThat(HarvestConfig.builder().baseUri("http://127.0.0.1:8080/").build().baseUri())
                .hasToString("http://127.0.0.1:8080");
        assertThat(HarvestConfig.builder().baseUri("http://localhost:8080").build().baseUri().getHost()).isEqualTo("localhost");
        assertThat(HarvestConfig.builder().baseUri("http://[::1]:8080").build().baseUri().getPort()).isEqualTo(8080);
        assertThat(HarvestConfig.builder().baseUri("http://10.0.0.5").allowInsecureHttp().build().allowsInsecureHttp()).isTrue();
    }

    @Test
    void refusesBaseUrisThatCarryCredentialsOrAreNotHttp() {
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("https://me:secret@demo.harvestapp.com").build())
                .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("ftp://demo.harvestapp.com").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("https://demo.harvestapp.com?x=1").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("not a uri").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().subdomain("demo.evil.com")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().build()).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void refusesNonsensicalLimits() {
        assertThatThrownBy(() -> HarvestConfig.builder().throttle(0, Duration.ofSeconds(15))).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().connectTimeout(Duration.ZERO)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().maxAttempts(0)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> HarvestConfig.builder().maxResponseBytes(10)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void messagesAboutABadBaseUriNeverQuoteItsCredentials() {
        for (String uri : new String[] {"https://me:s3cr3t@my_company.harvestapp.com", "https://me:s3cr3t@demo harvestapp.com",
                "https://demo.harvestapp.com/?access_token=s3cr3t"}) {
            assertThatThrownBy(() -> HarvestConfig.builder().baseUri(uri).build())
                    .isInstanceOf(ConfigurationException.class)
                    .satisfies(e -> {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cr3t");
                        }
                    });
        }
    }

    @Test
    void aSubdomainAndABaseUriTogetherAreAConflict() {
        assertThatThrownBy(() -> HarvestConfig.builder().subdomain("demo").baseUri("https://other.example.com").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("both a subdomain and a base URI");
        assertThatThrownBy(() -> HarvestConfig.builder().baseUri("http://127.0.0.1:9").subdomain("demo").build())
                .isInstanceOf(ConfigurationException.class);
        HarvestConfig simulator = HarvestConfig.builder().baseUri("http://127.0.0.1:9").build();
        assertThat(simulator.toBuilder().format(Format.XML).build().baseUri()).hasToString("http://127.0.0.1:9");
        assertThat(simulator.toBuilder().subdomain("demo").build().baseUri()).hasToString("https://demo.harvestapp.com");
    }

    @Test
    void aBaseUriWithoutSchemeSaysSo() {
        for (String uri : new String[] {"127.0.0.1:8080", "localhost:8080", "demo.harvestapp.com"}) {
            assertThatThrownBy(() -> HarvestConfig.builder().baseUri(uri))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("the base URI '" + uri + "' has no scheme: write https://" + uri
                            + " (or http:// for a loopback address such as a simulator)");
        }
    }
}
