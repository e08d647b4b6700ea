package io.harvest4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
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

    @Test
    void theRfc822FormsReadWithoutAFormatterAgreeWithTheFormatters() {
        DateTimeFormatter date = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .optionalStart().appendPattern("EEE").appendLiteral(", ").optionalEnd()
                .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        DateTimeFormatter dateTime = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .optionalStart().appendPattern("EEE").appendLiteral(", ").optionalEnd()
                .appendPattern("d MMM uuuu HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
                .appendLiteral(' ').appendOffset("+HHMM", "+0000")
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        // 2024-02-29 was a Thursday, 2100-02-28 a Sunday, 2023-12-31 a Sunday
        String[] names = {"", "Thu, ", "Sun, ", "Mon, ", "thu, ", "THU, ", "Thu,", "Xyz, "};
        String[] days = {"1", "01", "9", "28", "29", "30", "31", "32", "0", "x1", "123"};
        String[] monthYears = {"Feb 2024", "Feb 2100", "Feb 2000", "Dec 2023", "Apr 0000", "feb 2024", "Fev 2024",
            "Feb 24", "Feb 20x4", "Feb  2024"};
        String[] times = {"", " 00:00:00 +0000", " 23:59:59 -0000", " 10:19:57 -0700", " 10:19:57 +0530", " 10:19 +0000",
            " 24:00:00 +0000", " 12:60:00 +0000", " 12:00:60 +0000", " 12:00:00 +1800", " 12:00:00 +1900",
            " 12:00:00 +0060", " 12:00:00 0000", " 12:00:00 +00:00", " 12:00:00 +0000 ", " 1x:00:00 +0000"};
        int compared = 0;
        for (String name : names) {
            for (String day : days) {
                for (String monthYear : monthYears) {
                    String value = name + day + " " + monthYear;
                    assertThat(outcome(() -> WireDates.parseDate(value))).as(value)
                            .isEqualTo(outcome(() -> LocalDate.parse(normalized(value), date)));
                    for (String time : times) {
                        String withTime = value + time;
                        assertThat(outcome(() -> WireDates.parseDateTime(withTime))).as(withTime)
                                .isEqualTo(outcome(() -> OffsetDateTime.parse(normalized(withTime).replace("-0000", "+0000"), dateTime)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(8 * 11 * 10 * 16);
    }

    /** As WireDates reads a value that is not of a plain form: stripped, runs of white space made one space. */
    private static String normalized(String value) {
        return value.strip().replaceAll("\\s+", " ");
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
