package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.extended.model.CurrentUser;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account calls as declared: method, path, shape and the value handed back, with no codec or server. */
class AccountTest {

    // response models are made by codecs only: the fake codec hands its decoding to the JSON one,
    // found as an application finds it (ServiceLoader)
    private static final Codec JSON = CodecRegistry.discovering(List.of())
            .codecFor(HarvestConfig.builder().subdomain("demo").format(Format.JSON).build());
    private static final String WHO_AM_I =
            "{\"company\":{\"name\":\"Demo\"},\"user\":{\"id\":7,\"email\":\"me@example.com\",\"admin\":true}}";
    private static final String RATE_LIMIT_STATUS =
            "{\"count\":3,\"max_calls\":100,\"timeframe_limit\":15,\"requests_available\":97}";

    /** The body of every answer: a JSON text the codec below decodes. */
    private String answer = WHO_AM_I;
    /** Answers every call with the body of {@link #answer}; records what was sent. */
    private final RecordingTransport transport = new RecordingTransport()
            .otherwise(request -> RecordingTransport.Answer.of(200, answer).respond(request));
    /** Records the shapes and types asked for, and decodes the body with the JSON codec. */
    private final RecordingCodec codec = new RecordingCodec(Format.XML)
            .answeringFromText(WhoAmI.class, json -> decode(json, WhoAmI.class, Account.WHO_AM_I))
            .answeringFromText(RateLimitStatus.class, json -> decode(json, RateLimitStatus.class, Account.RATE_LIMIT_STATUS));

    private Account account() {
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().subdomain("demo").format(Format.XML).build())
                .codec(codec)
                .transport(transport)
                .build();
        return new Account(client);
    }

    private static <T> T decode(String json, Class<T> type, WireShape shape) {
        return JSON.decode(json.getBytes(StandardCharsets.UTF_8), type, shape);
    }

    @Test
    void whoAmIIsAGetOfAnUnwrappedHash() {
        WhoAmI me = account().whoAmI().execute();

        assertThat(me.user().id()).isEqualTo(7);
        assertThat(me.user().isAdmin()).isTrue();
        assertThat(transport.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo(HttpMethod.GET);
            assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/who_am_i");
            assertThat(request.body()).isEmpty();
        });
        assertThat(codec.decoded()).extracting(RecordingCodec.Use::type).containsExactly(WhoAmI.class);
        assertThat(codec.shapes()).singleElement().satisfies(shape -> {
            assertThat(shape.root(WireNaming.HYPHENATED)).isEqualTo("hash");
            assertThat(shape.xmlNaming()).isEqualTo(WireNaming.HYPHENATED);
            assertThat(shape.jsonWrapped()).isFalse();
        });
    }

    @Test
    void rateLimitStatusIsAGetOfAnUnwrappedHash() {
        answer = RATE_LIMIT_STATUS;
        RateLimitStatus status = account().rateLimitStatus().executeAsync().join();

        assertThat(status.requestsAvailable()).isEqualTo(97);
        assertThat(transport.requests()).singleElement().satisfies(request ->
                assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/rate_limit_status"));
        assertThat(codec.shapes()).singleElement().satisfies(shape -> assertThat(shape.jsonWrapped()).isFalse());
    }

    @Test
    void modelValuesCompareByValueAndWhatWasLeftOutIsEmptyOrFalse() {
        answer = "{\"company\":{},\"user\":{\"id\":1,\"email\":\"a@example.com\"}}";
        CurrentUser user = account().whoAmI().execute().user();

        assertThat(user).isEqualTo(account().whoAmI().execute().user()).hasSameHashCodeAs(account().whoAmI().execute().user());
        assertThat(user.isAdmin()).isFalse();
        assertThat(user.usesTimestampTimers()).isFalse();
        assertThat(user.timezoneUtcOffset()).isEmpty();
        assertThat(user.firstName()).isEmpty();
        assertThat(user.projectManager().isProjectManager()).isFalse();
        assertThat(user.toString()).contains("a@example.com");
    }

    @Test
    void aWhoAmIWithoutTheCompanyOrTheUserIsACodecFailure() {
        answer = "{\"user\":{\"id\":1}}";
        assertThatThrownBy(() -> account().whoAmI().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("GET /account/who_am_i").hasMessageContaining("without the company");
        answer = "{\"company\":{\"name\":\"Demo\"}}";
        assertThatThrownBy(() -> account().whoAmI().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("without the user");
    }

    @Test
    void guiceMakesTheAccountFromTheHarvestModuleAsTheReadmeShows() {
        Injector injector = Guice.createInjector(
                new HarvestModule(HarvestConfig.builder().subdomain("demo").format(Format.XML).build()),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Transport.class).setBinding().toInstance(transport);
                        OptionalBinder.newOptionalBinder(binder(), Codec.class).setBinding().toInstance(codec);
                    }
                });

        Account account = injector.getInstance(Account.class);

        assertThat(account.whoAmI().execute().user().email()).isEqualTo("me@example.com");
        assertThat(transport.requests()).singleElement().satisfies(request ->
                assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/who_am_i"));
    }
}
