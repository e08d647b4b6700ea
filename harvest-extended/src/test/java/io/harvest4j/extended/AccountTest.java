package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.extended.model.CurrentUser;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The account calls as declared: method, path, shape and the value handed back, with no codec or server. */
class AccountTest {

    private final List<Request> sent = new ArrayList<>();
    private final List<WireShape> shapes = new ArrayList<>();
    private final List<Class<?>> types = new ArrayList<>();

    private Account account() {
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().subdomain("demo").format(Format.XML).build())
                .codec(codec())
                .transport(transport())
                .build();
        return new Account(client);
    }

    private Transport transport() {
        return request -> {
            sent.add(request);
            return CompletableFuture.completedFuture(new Response(request, 200, Headers.empty(), new byte[] {1}));
        };
    }

    private Codec codec() {
        return new Codec() {
            @Override
            public Format format() {
                return Format.XML;
            }

            @Override
            public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
                types.add(type);
                shapes.add(shape);
                Object value = type == WhoAmI.class
                        ? WhoAmI.builder().user(CurrentUser.builder().id(7).email("me@example.com").admin(true).build()).build()
                        : RateLimitStatus.builder().count(3).maxCalls(100).timeframeLimit(15).requestsAvailable(97).build();
                return type.cast(value);
            }

            @Override
            public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
                throw new AssertionError("no list here");
            }

            @Override
            public byte[] encode(Object value, WireShape shape) {
                throw new AssertionError("no body here");
            }

            @Override
            public Optional<String> errorMessage(byte[] body) {
                return Optional.empty();
            }
        };
    }

    @Test
    void whoAmIIsAGetOfAnUnwrappedHash() {
        WhoAmI me = account().whoAmI();

        assertThat(me.user().id()).isEqualTo(7);
        assertThat(me.user().isAdmin()).isTrue();
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo(HttpMethod.GET);
            assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/who_am_i");
            assertThat(request.body()).isEmpty();
        });
        assertThat(types).containsExactly(WhoAmI.class);
        assertThat(shapes).singleElement().satisfies(shape -> {
            assertThat(shape.root(WireNaming.HYPHENATED)).isEqualTo("hash");
            assertThat(shape.xmlNaming()).isEqualTo(WireNaming.HYPHENATED);
            assertThat(shape.jsonWrapped()).isFalse();
        });
    }

    @Test
    void rateLimitStatusIsAGetOfAnUnwrappedHash() {
        RateLimitStatus status = account().rateLimitStatusAsync().join();

        assertThat(status.requestsAvailable()).isEqualTo(97);
        assertThat(sent).singleElement().satisfies(request ->
                assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/rate_limit_status"));
        assertThat(shapes).singleElement().satisfies(shape -> assertThat(shape.jsonWrapped()).isFalse());
    }

    @Test
    void modelValuesCompareByValueAndFlagsDefaultToFalse() {
        CurrentUser user = CurrentUser.builder().id(1).email("a@example.com").build();

        assertThat(user).isEqualTo(CurrentUser.builder().id(1).email("a@example.com").build());
        assertThat(user.isAdmin()).isFalse();
        assertThat(user.usesTimestampTimers()).isFalse();
        assertThat(user.timezoneUtcOffset()).isEmpty();
        assertThat(user.toString()).contains("a@example.com");
    }

    @Test
    void guiceMakesTheAccountFromTheHarvestModuleAsTheReadmeShows() {
        Injector injector = Guice.createInjector(
                new HarvestModule(HarvestConfig.builder().subdomain("demo").format(Format.XML).build()),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Transport.class).setBinding().toInstance(transport());
                        OptionalBinder.newOptionalBinder(binder(), Codec.class).setBinding().toInstance(codec());
                    }
                });

        Account account = injector.getInstance(Account.class);

        assertThat(account.whoAmI().user().email()).isEqualTo("me@example.com");
        assertThat(sent).singleElement().satisfies(request ->
                assertThat(request.uri()).hasToString("https://demo.harvestapp.com/account/who_am_i"));
    }
}
