package io.harvest4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class WireDatesTest {

    @Test
    void readsEveryDateFormTheServiceUses() {
        LocalDate expected = LocalDate.of(2006, 10, 18);
        assertThat(WireDates.parseDate("2006-10-18")).isEqualTo(expected);
        assertThat(WireDates.parseDate("Wed, 18 Oct 2006")).isEqualTo(expected);
        assertThat(WireDates.parseDate("\n   Wed, 18 Oct 2006 \n")).isEqualTo(expected);
        assertThat(WireDates.parseDate("2017-1-18")).isEqualTo(LocalDate.of(2017, 1, 18));
        assertThat(WireDates.parseDate("2008-04-09T12:07:56Z")).isEqualTo(LocalDate.of(2008, 4, 9));
    }

    @Test
    void readsEveryDateTimeFormTheServiceUses() {
        OffsetDateTime expected = OffsetDateTime.of(2011, 11, 17, 10, 19, 57, 0, ZoneOffset.UTC);
        assertThat(WireDates.parseDateTime("Thu, 17 Nov 2011 10:19:57 +0000")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("\n      Thu, 17 Nov 2011 10:19:57 -0000\n    ")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("2011-11-17T10:19:57Z")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("2011-11-17T10:19:57+00:00")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("2011-11-17 10:19:57 UTC")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("2011-11-17 10:19:57 +00:00")).isEqualTo(expected);
        assertThat(WireDates.parseDateTime("2011-11-17T12:19:57+02:00").toInstant()).isEqualTo(expected.toInstant());
        assertThat(WireDates.parseDateTime("Wed, 18 Oct 2006 09:53:06 -0700").getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThatThrownBy(() -> WireDates.parseDate("")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> WireDates.parseDate("2006-02-30")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> WireDates.parseDate("yesterday")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> WireDates.parseDateTime("2011-11-17")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void thePlainFormsReadWithoutAFormatterAgreeWithTheJdksParsers() {
        String[] years = {"0000", "0001", "1999", "2000", "2024", "2100", "9999", "20x4"};
        String[] months = {"00", "01", "02", "09", "12", "13", "1x"};
        String[] days = {"00", "01", "28", "29", "30", "31", "32", "0x"};
        String[] times = {"00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60", "1x:00:00"};
        int compared = 0;
        for (String year : years) {
            for (String month : months) {
                for (String day : days) {
                    String date = year + "-" + month + "-" + day;
                    assertThat(outcome(() -> WireDates.parseDate(date)))
                            .as(date).isEqualTo(outcome(() -> LocalDate.parse(date)));
                    for (String time : times) {
                        String dateTime = date + "T" + time + "Z";
                        assertThat(outcome(() -> WireDates.parseDateTime(dateTime)))
                                .as(dateTime).isEqualTo(outcome(() -> OffsetDateTime.parse(dateTime)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(8 * 7 * 8 * 6);
    }

    /** The value, or the class of what was thrown. */
    private static Object outcome(java.util.function.Supplier<Object> parsing) {
        try {
            return parsing.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Test
    void writesIso() {
        assertThat(WireDates.formatDate(LocalDate.of(2017, 1, 8))).isEqualTo("2017-01-08");
        assertThat(WireDates.formatDateTime(OffsetDateTime.of(2011, 11, 17, 10, 19, 57, 0, ZoneOffset.UTC)))
                .isEqualTo("2011-11-17T10:19:57Z");
    }

    @Test
    void namingsRespellPropertiesBothWays() {
        assertThat(WireNaming.HYPHENATED.toWire("createdAt")).isEqualTo("created-at");
        assertThat(WireNaming.UNDERSCORED.toWire("hoursForPreviouslyRunningTimer")).isEqualTo("hours_for_previously_running_timer");
        assertThat(WireNaming.toProperty("is-project-manager")).isEqualTo("isProjectManager");
        assertThat(WireNaming.toProperty("day_entries")).isEqualTo("dayEntries");
        assertThat(WireNaming.toProperty("id")).isEqualTo("id");
    }
}
