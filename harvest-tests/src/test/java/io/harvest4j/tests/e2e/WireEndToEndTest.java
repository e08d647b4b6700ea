package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.ThrottledException;
import io.harvest4j.core.UnauthorizedException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.e2e.support.FrontDoor;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What crosses the wire, against the simulator: the headers of every call, and answers that are
 * not what a call expects (error pages, bodies of the wrong format, truncated or empty bodies,
 * throttling) becoming typed exceptions, never crashes.
 */
class WireEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private final List<Duration> sleeps = new ArrayList<>();
    private final FakeTime time = new FakeTime(Instant.now());

    private Account account(Format format, Authenticator authenticator) {
        HarvestClient client = Harvest.builder()
                .config(FrontDoor.config(SIMULATOR.uri(), format))
                .authenticator(authenticator)
                .sleeper(delay -> {
                    sleeps.add(delay);
                    time.advance(delay);
                    return CompletableFuture.completedFuture(null);
                })
                .clock(time) // time passes as the client waits: the governor's hold agrees with the retry's wait
                .build();
        return new Account(client);
    }

    private Account admin(Format format) {
        return account(format, BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD));
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void everyCallCarriesAcceptContentTypeAndAUserAgentNamingTheApplication(FormatCase format) {
        admin(format.format).whoAmI().execute();

        RecordedRequest request = SIMULATOR.simulator().takeRequest();
        assertThat(request.header("Accept")).contains(format.format.mediaType());
        assertThat(request.header("Content-Type")).contains(format.format.mediaType());
        assertThat(request.header("User-Agent").orElseThrow()).startsWith("harvest4j-e2e/1.0 harvest4j/");
        assertThat(request.header("Authorization").orElseThrow()).startsWith("Basic ");
        assertThat(request.body()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void withoutCredentialsTheServiceAnswers401(FormatCase format) {
        assertThatThrownBy(() -> account(format.format, Authenticator.NONE).whoAmI().execute())
                .isInstanceOf(UnauthorizedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void anHtmlErrorPageIsAServerExceptionWithoutAServiceMessage(FormatCase format) {
        for (int i = 0; i < 10; i++) { // a read is retried after a 500: every attempt gets one
            SIMULATOR.simulator().enqueue(CannedResponse.html(500, "<!DOCTYPE html><html><body><h1>We're sorry</h1></body></html>"));
        }

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute())
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.serviceMessage()).isEmpty();
                });
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void anHtmlPageAnsweredWith200IsACodecExceptionNamingTypeFormatAndBody(FormatCase format) {
        SIMULATOR.simulator().enqueue(CannedResponse.html(200, "<html><body>Maintenance</body></html>"));

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(WhoAmI.class.getName())
                .hasMessageContaining(format.format.mediaType())
                .hasMessageContaining("Maintenance");
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void aTruncatedBodyIsACodecException(FormatCase format) {
        String truncated = format.format.equals(Format.XML) ? "<hash><company><name>Demo" : "{\"company\":{\"name\":\"Demo";
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body(format.format.mediaType(), truncated).build());

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining(format.format.mediaType());
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void anEmptySuccessfulBodyIsACodecException(FormatCase format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body(format.format.mediaType(), "").build());

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("(empty)");
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void anXxeAttemptFromTheServerIsRefusedAndReadsNoFile(FormatCase format) {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE hash [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<hash><company><name>&xxe;</name></company></hash>";
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body("application/xml", hostile).build());

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining(format.format.mediaType());
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void xmlLabelledAsJsonIsDecodedByTheFormatAskedFor(FormatCase format) {
        String xml = "<hash><company><name>Demo</name></company><user><id>1</id></user></hash>";
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body("application/json", xml).build());

        if (format.format.equals(Format.XML)) {
            assertThat(admin(format.format).whoAmI().execute().company().name()).isEqualTo("Demo");
        } else {
            assertThatThrownBy(() -> admin(format.format).whoAmI().execute()).isInstanceOf(CodecException.class)
                    .hasMessageContaining("application/json").hasMessageContaining("<hash>");
        }
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void aThrottledCallIsSentAgainAfterExactlyRetryAfter(FormatCase format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "15")
                .body(format.format.mediaType(), format.format.equals(Format.XML)
                        ? "<hash><message>This request has been throttled.</message><retry-after type=\"integer\">15</retry-after></hash>"
                        : "{\"message\":\"This request has been throttled.\",\"retry_after\":15}")
                .build());

        WhoAmI me = admin(format.format).whoAmI().execute();

        assertThat(me.user().email()).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(15));
        assertThat(SIMULATOR.simulator().requests()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = FormatCase.class)
    void aThrottleLongerThanTheCallMayWaitIsReportedWithItsRetryAfter(FormatCase format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "3600").build());

        assertThatThrownBy(() -> admin(format.format).whoAmI().execute())
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(sleeps).isEmpty();
    }

    /** The two formats, as an enum so that JUnit names the cases. */
    enum FormatCase {
        XML(Format.XML),
        JSON(Format.JSON);

        final Format format;

        FormatCase(Format format) {
            this.format = format;
        }
    }
}
