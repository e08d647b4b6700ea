package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ExecutableRequestTest {

    private static final WireShape HASH = WireShape.object("hash").jsonUnwrapped().build();
    private static final WireShape CLIENTS = WireShape.list("clients", "client").build();

    private final RecordingTransport transport = new RecordingTransport();
    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
            .transport(transport).codec(new RecordingCodec(Format.XML)).build();

    @Test
    void executeAndExecuteAsyncEachSendTheCallOnce() {
        transport.enqueue(200, "me").enqueue(200, "you");
        HarvestRequest<String> request = HarvestRequest.of(client, Call.get("/account/who_am_i").decoding(String.class, HASH));

        assertThat(request.execute()).isEqualTo("me");
        assertThat(request.executeAsync().join()).isEqualTo("you");
        assertThat(transport.requests()).hasSize(2);
        assertThat(transport.requests().get(0).timeout()).isEmpty();
    }

    @Test
    void aTimeoutReachesTheTransportOnACopyAndLeavesTheOriginalAsItWas() {
        transport.enqueue(200, "a").enqueue(200, "b");
        HarvestRequest<String> request = HarvestRequest.of(client, Call.get("/daily").decoding(String.class, HASH));

        HarvestRequest<String> quick = request.timeout(Duration.ofSeconds(5));
        quick.execute();
        request.execute();

        assertThat(quick).isNotSameAs(request);
        assertThat(quick.call().timeout()).contains(Duration.ofSeconds(5));
        assertThat(request.call().timeout()).isEmpty();
        assertThat(transport.requests().get(0).timeout()).contains(Duration.ofSeconds(5));
        assertThat(transport.requests().get(1).timeout()).isEmpty();
    }

    @Test
    void aBadTimeoutIsRefusedNamingTheOption() {
        HarvestRequest<String> request = HarvestRequest.of(client, Call.get("/daily").decoding(String.class, HASH));

        assertThatThrownBy(() -> request.timeout(null)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("HarvestRequest.timeout: timeout is required");
        assertThatThrownBy(() -> request.timeout(Duration.ZERO)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> request.timeout(Duration.ofMillis(-1))).isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void updatedSinceIsSentInUtcToTheMinuteWhateverTheTypeOfTheMoment() {
        ListRequest<String> list = ListRequest.of(client, Call.get("/clients").decodingList(String.class, CLIENTS));
        Instant instant = Instant.parse("2010-09-25T18:30:59.999Z");

        assertThat(list.updatedSince(instant).call().query()).containsEntry("updated_since", List.of("2010-09-25 18:30"));
        assertThat(list.updatedSince(OffsetDateTime.of(2010, 9, 25, 20, 30, 0, 0, ZoneOffset.ofHours(2))).call().query())
                .containsEntry("updated_since", List.of("2010-09-25 18:30"));
        assertThat(list.updatedSince(ZonedDateTime.of(2010, 9, 25, 14, 30, 0, 0, ZoneId.of("America/New_York"))).call().query())
                .containsEntry("updated_since", List.of("2010-09-25 18:30"));
    }

    @Test
    void updatedSinceReplacesAnEarlierValueAndKeepsOtherOptions() {
        transport.enqueue(200, "acme,globex");
        ListRequest<String> list = ListRequest.of(client, Call.get("/clients").decodingList(String.class, CLIENTS))
                .updatedSince(Instant.parse("2001-01-01T00:00:00Z"))
                .timeout(Duration.ofSeconds(3))
                .updatedSince(Instant.parse("2010-09-25T18:30:00Z"));

        assertThat(list.execute()).containsExactly("acme", "globex");
        assertThat(transport.requests().get(0).uri()).hasToString("http://127.0.0.1:9/clients?updated_since=2010-09-25%2018%3A30");
        assertThat(transport.requests().get(0).timeout()).contains(Duration.ofSeconds(3));
    }

    @Test
    void updatedSinceRefusesNullAndYearsTheWireCannotCarry() {
        ListRequest<String> list = ListRequest.of(client, Call.get("/clients").decodingList(String.class, CLIENTS));

        assertThatThrownBy(() -> list.updatedSince((Instant) null)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("ListRequest.updatedSince: since is required");
        assertThatThrownBy(() -> list.updatedSince((OffsetDateTime) null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> list.updatedSince((ZonedDateTime) null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> list.updatedSince(Instant.MIN)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> list.updatedSince(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCreateWithoutLocationSaysTheResourceMayExist() {
        transport.enqueue(201, "");
        HarvestRequest<Long> create = HarvestRequest.of(client,
                Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId());

        assertThatThrownBy(create::execute).isInstanceOfSatisfying(LocationHeaderException.class, e -> {
            assertThat(e.status()).isEqualTo(201);
            assertThat(e.location()).isEmpty();
        }).hasMessageContaining("POST /clients answered 201 without the Location header")
                .hasMessageContaining("may have been created");
    }

    @Test
    void aCreateWhoseLocationNamesNoIdIsTypedToo() {
        for (String odd : new String[] {"/clients/new", "/clients/", "/clients/0", "/clients/-3", "/clients/99999999999999999999"}) {
            transport.enqueue(201, "", "Location", odd);
            HarvestRequest<Long> create = HarvestRequest.of(client,
                    Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId());

            assertThatThrownBy(() -> create.executeAsync().join()).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(LocationHeaderException.class,
                            e -> assertThat(e.location()).contains(odd))
                    .hasMessageContaining("does not end with an id").hasMessageContaining("may have been created");
        }
    }

    @Test
    void aCreateReadsTheIdFromLocationWithOrWithoutAQueryOrTrailingSlash() {
        for (String location : new String[] {"/clients/42", "/clients/42/", "https://demo.harvestapp.com/clients/42?x=1"}) {
            transport.enqueue(201, "", "Location", location);
            assertThat(HarvestRequest.of(client, Call.post("/clients").body("Acme", WireShape.object("client").build())
                    .readingCreatedId()).execute()).isEqualTo(42L);
        }
    }

    @Test
    void aRequestNamesItsCallButNoQueryValue() {
        ListRequest<String> list = ListRequest.of(client, Call.get("/clients").decodingList(String.class, CLIENTS))
                .updatedSince(Instant.parse("2010-09-25T18:30:00Z"));

        assertThat(list).hasToString("ListRequest{Call{GET /clients [updated_since]}}");
    }

    @Test
    void aRequestNeedsAClientAndACall() {
        assertThatThrownBy(() -> HarvestRequest.of(null, Call.get("/daily").discardingBody()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("client is required");
        assertThatThrownBy(() -> ListRequest.of(client, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("call is required");
    }
}
