package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.RetryAfter;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.testing.PropertyCheck;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of the core's readers of what the service sends — {@code Retry-After},
 * {@link Headers}, the {@code Location} of a create — and of {@link QueryValues}, checked with
 * generated values ({@link PropertyCheck}): a value or the documented typed failure, never another
 * exception, never a long time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputPropertiesTest {

    private static final int TRIES = 500;
    private static final Instant NOW = Instant.parse("2026-12-01T05:00:00Z");
    private static final String PIECES = "0123456789 \t-+:,;=/?#.%&aZ\u00e9\u0000\u007f\u00ff\ud800\u202eGMT";

    private static String anyText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : PIECES.charAt(random.nextInt(PIECES.length())));
        }
        return text.toString();
    }

    @Test
    void retryAfterOfAnyTextIsEmptyOrADelayNeverNegative() {
        PropertyCheck.forAll(TRIES, random -> random.nextBoolean() ? anyText(random, 40)
                : random.nextBoolean() ? "9".repeat(1 + random.nextInt(40)) : "Wed, " + anyText(random, 30), value -> {
                    Optional<Duration> delay = RetryAfter.parse(value, NOW);
                    delay.ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
                });
    }

    @Test
    void retryAfterReadsEverySecondsCountAndHttpDateItIsGiven() {
        PropertyCheck.forAll(TRIES, random -> random.nextInt(100_000_000) - 50_000_000L, seconds -> {
            Instant at = NOW.plusSeconds(seconds);
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));

            assertThat(RetryAfter.parse(date, NOW)).contains(Duration.ofSeconds(Math.max(0, seconds)));
            if (seconds >= 0) {
                assertThat(RetryAfter.parse(" " + seconds + " ", NOW)).contains(Duration.ofSeconds(seconds));
            }
        });
    }

    @Test
    void headersAsAServerMaySendThemAreKeptAndFoundInAnyCase() {
        PropertyCheck.forAll(TRIES, random -> {
            String name = "";
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                name += "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(77));
            }
            // a field value: any character but a line break (obs-text included: ISO-8859-1 as the JDK gives it)
            return Map.entry(name, anyText(random, 200).replace('\r', ' ').replace('\n', ' '));
        }, field -> {
            Headers headers = Headers.of(Map.of(field.getKey(), List.of(field.getValue())));

            assertThat(headers.first(field.getKey().toUpperCase(java.util.Locale.ROOT))).contains(field.getValue());
            assertThat(headers.first(field.getKey().toLowerCase(java.util.Locale.ROOT))).contains(field.getValue());
            if (Headers.isSensitive(field.getKey()) && field.getValue().length() > 10) {
                assertThat(headers.toString()).doesNotContain(field.getValue());
            }
        });
    }

    @Test
    void aCreatesLocationGivesItsIdOrALocationHeaderException() {
        RecordingTransport transport = new RecordingTransport();
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport).codec(new RecordingCodec(Format.XML))
                .rateLimiter(RateLimiter.UNLIMITED).build(); // the governor would pace 500 calls over 75 s
        HarvestRequest<Long> create = HarvestRequest.of(client,
                Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId());
        PropertyCheck.forAll(TRIES, random -> {
            long id = 1 + (random.nextLong() & Long.MAX_VALUE - 1);
            switch (random.nextInt(4)) {
                case 0:
                    return Map.entry("/clients/" + id + List.of("", "/", "?a=1", "#x", "//", "?x=/9").get(random.nextInt(6)), id);
                case 1:
                    return Map.entry("https://demo.harvestapp.com/invoice/7/payments/" + id, id);
                case 2: // nothing else reads as an id: long runs of the characters the reader looks for
                    return Map.entry("/".repeat(random.nextInt(100_000)) + List.of("x", "?", "/0", "-1").get(random.nextInt(4)), -1L);
                default:
                    return Map.entry(anyText(random, 300).replace('\r', ' ').replace('\n', ' '), 0L);
            }
        }, location -> {
            transport.enqueue(201, "", "Location", location.getKey());
            Object outcome;
            try {
                outcome = create.executeAsync().join();
            } catch (CompletionException e) {
                outcome = e.getCause();
            }
            if (location.getValue() > 0) {
                assertThat(outcome).isEqualTo(location.getValue());
            } else if (location.getValue() < 0) {
                assertThat(outcome).isInstanceOf(LocationHeaderException.class);
            } else {
                assertThat(outcome).satisfiesAnyOf(o -> assertThat(o).isInstanceOf(Long.class),
                        o -> assertThat(o).isInstanceOf(LocationHeaderException.class));
            }
        });
    }

    /** Found by the property above: the reader's "/+$" backtracked for minutes on this Location. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLocationOfAHundredThousandSlashesIsRefusedAtOnce() {
        RecordingTransport transport = new RecordingTransport().enqueue(201, "", "Location", "/".repeat(100_000) + "x");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport).codec(new RecordingCodec(Format.XML)).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HarvestRequest.of(client,
                Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId()).execute())
                .isInstanceOf(LocationHeaderException.class);
    }

    @Test
    void queryValuesAreWireTextOrAnInvalidRequestException() {
        PropertyCheck.forAll(TRIES, random -> Instant.ofEpochSecond(random.nextLong() % Instant.MAX.getEpochSecond()), instant -> {
            try {
                String text = QueryValues.dateTime(instant);
                assertThat(text).matches("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
                assertThat(instant.atOffset(ZoneOffset.UTC).toString()).startsWith(text.replace(' ', 'T'));
            } catch (InvalidRequestException e) {
                assertThat(outOfFourDigits(instant.atOffset(ZoneOffset.UTC).getYear())).isTrue();
            }
            LocalDate date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            try {
                assertThat(QueryValues.date(date)).matches("[0-9]{8}").isEqualTo(date.toString().replace("-", ""));
            } catch (InvalidRequestException e) {
                assertThat(outOfFourDigits(date.getYear())).isTrue();
            }
            long id = instant.getEpochSecond();
            try {
                assertThat(QueryValues.id(id)).isEqualTo(Long.toString(id));
            } catch (InvalidRequestException e) {
                assertThat(id).isLessThan(1);
            }
        });
    }

    private static boolean outOfFourDigits(int year) {
        return year < 1000 || year > 9999;
    }
}
