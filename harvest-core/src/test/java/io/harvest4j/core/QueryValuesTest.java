package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    @Test
    void dateTimesAreUtcToTheMinute() {
        assertThat(QueryValues.dateTime(Instant.parse("2010-09-25T18:30:59Z"))).isEqualTo("2010-09-25 18:30");
        assertThat(QueryValues.dateTime(OffsetDateTime.parse("2010-09-26T01:05:00+09:00"))).isEqualTo("2010-09-25 16:05");
        assertThat(QueryValues.dateTime(ZonedDateTime.of(2024, 3, 10, 1, 59, 0, 0, ZoneId.of("America/New_York"))))
                .isEqualTo("2024-03-10 06:59");
    }

    @Test
    void datesAreEightDigits() {
        assertThat(QueryValues.date(LocalDate.of(2009, 1, 2))).isEqualTo("20090102");
        assertThatThrownBy(() -> QueryValues.date(LocalDate.of(999, 1, 1))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> QueryValues.date(null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void flagsAreYesOrNoAndIdsArePositiveDigits() {
        assertThat(QueryValues.flag(true)).isEqualTo("yes");
        assertThat(QueryValues.flag(false)).isEqualTo("no");
        assertThat(QueryValues.id(2_500_000_001L)).isEqualTo("2500000001");
        assertThatThrownBy(() -> QueryValues.id(0)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theTypedQueryMethodsOfACallWriteThroughQueryValues() {
        Call<Void> call = Call.get("/projects/{}/entries", 5)
                .query("from", LocalDate.of(2009, 12, 28)).query("to", LocalDate.of(2010, 1, 3))
                .query("billable", true).query("user_id", 42L)
                .query("updated_since", Instant.parse("2010-09-25T18:30:00Z"))
                .query("only_billed", (LocalDate) null).query("absent", (Instant) null)
                .discardingBody();

        assertThat(call.uri(URI.create("https://demo.harvestapp.com"))).hasToString("https://demo.harvestapp.com/projects/5/entries"
                + "?from=20091228&to=20100103&billable=yes&user_id=42&updated_since=2010-09-25%2018%3A30");
    }
}
