package io.harvest4j.core.codec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads the dates and date-times the service writes, in every form it has been seen to use, and
 * writes them in ISO-8601. For codecs: the form a value arrives in is a wire concern, never the
 * model's.
 *
 * <ul>
 *   <li>dates: {@code 2006-10-18}, {@code 2017-1-18} and the Time Tracking API's {@code Wed, 18 Oct 2006};</li>
 *   <li>date-times: {@code 2008-04-09T12:07:56Z}, {@code 2011-06-18T17:13:22+00:00},
 *       {@code 2008-04-09 12:07:56 UTC}, and
 *       RFC-822 {@code Thu, 17 Nov 2011 10:19:57 +0000} (also {@code -0000});</li>
 * </ul>
 * surrounding white space (new lines included) is ignored.
 */
public final class WireDates {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private static final DateTimeFormatter ISO_DATE_LENIENT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter RFC_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .optionalStart().appendPattern("EEE").appendLiteral(", ").optionalEnd()
            .appendPattern("d MMM uuuu")
            .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter RFC_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .optionalStart().appendPattern("EEE").appendLiteral(", ").optionalEnd()
            .appendPattern("d MMM uuuu HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "+0000")
            .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private WireDates() {
    }

    /**
     * @param text a date in any form the service uses
     * @return the date
     * @throws DateTimeParseException when it is none of them
     */
    public static LocalDate parseDate(String text) {
        LocalDate plain = plainDate(text);
        if (plain != null) {
            return plain;
        }
        if (text != null && text.length() >= 10 && text.length() <= 16) {
            Rfc822 rfc = Rfc822.read(text, false);
            if (rfc != null) {
                return rfc.date;
            }
        }
        String value = normalize(text);
        if (value.isEmpty()) {
            throw new DateTimeParseException("an empty date", text, 0);
        }
        if (Character.isDigit(value.charAt(0)) && value.indexOf('-') > 0) {
            int time = value.indexOf('T');
            return LocalDate.parse(time > 0 ? value.substring(0, time) : value, ISO_DATE_LENIENT);
        }
        return LocalDate.parse(value, RFC_DATE);
    }

    /**
     * @param text a date-time in any form the service uses
     * @return the date-time with its offset
     * @throws DateTimeParseException when it is none of them
     */
    public static OffsetDateTime parseDateTime(String text) {
        OffsetDateTime plain = plainUtcDateTime(text);
        if (plain != null) {
            return plain;
        }
        if (text != null && text.length() >= 24 && text.length() <= 31) {
            Rfc822 rfc = Rfc822.read(text, true);
            if (rfc != null) {
                return rfc.dateTime;
            }
        }
        String value = normalize(text);
        if (value.isEmpty()) {
            throw new DateTimeParseException("an empty date-time", text, 0);
        }
        if (Character.isDigit(value.charAt(0)) && value.length() > 10 && value.charAt(4) == '-') {
            String iso = value.endsWith("UTC") ? value.substring(0, value.length() - 3).strip() + "Z" : value;
            int space = iso.indexOf(' ');
            String t = space < 0 ? iso : iso.substring(0, space) + 'T' + iso.substring(space + 1);
            return OffsetDateTime.parse(t.replace(" ", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return OffsetDateTime.parse(value.replace("-0000", "+0000"), RFC_DATE_TIME);
    }

    /**
     * @param date a date
     * @return {@code 2006-10-18}
     */
    public static String formatDate(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * @param dateTime a date-time
     * @return {@code 2011-11-17T10:19:57Z} for UTC, {@code …+02:00} otherwise
     */
    public static String formatDateTime(OffsetDateTime dateTime) {
        return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String normalize(String text) {
        return text == null ? "" : WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * The form nearly every value takes, {@code 2006-10-18}, read without a formatter (a report
     * reads a million of them); anything else, or a value out of range, is left to the formatters.
     */
    private static LocalDate plainDate(String text) {
        if (text == null || text.length() != 10 || !isPlainDateAt(text)) {
            return null;
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** {@code 2008-04-09T12:07:56Z}, read without a formatter; anything else is left to the formatters. */
    private static OffsetDateTime plainUtcDateTime(String text) {
        if (text == null || text.length() != 20 || text.charAt(10) != 'T' || text.charAt(19) != 'Z'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || !isPlainDateAt(text)) {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), hour, minute, second, 0,
                ZoneOffset.UTC);
    }

    /** Whether the text starts with a date of the plain form, {@code uuuu-MM-dd}, that exists. */
    private static boolean isPlainDateAt(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** @return the ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The RFC-822 forms the Time Tracking API writes, {@code Wed, 18 Oct 2006} and
     * {@code Thu, 17 Nov 2011 10:19:57 +0000}, read without a formatter when they take exactly that
     * shape: a day name and a month in title case, a day of one or two digits, a year of four,
     * seconds, an offset of four digits, single spaces and nothing around. A value the fast reading
     * is not sure of (another shape, another case, a day name that is not the date's) is left to
     * the formatters, which read it or say why not.
     */
    private static final class Rfc822 {

        private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

        final LocalDate date;
        final OffsetDateTime dateTime;

        private Rfc822(LocalDate date, OffsetDateTime dateTime) {
            this.date = date;
            this.dateTime = dateTime;
        }

        /** @return the value, or {@code null} when the text is not exactly of the shape */
        static Rfc822 read(String text, boolean withTime) {
            int at = 0;
            int dayOfWeek = 0;
            if (text.length() > 5 && text.charAt(3) == ',' && text.charAt(4) == ' ') {
                dayOfWeek = nameAt(text, 0, DAYS);
                if (dayOfWeek == 0) {
                    return null;
                }
                at = 5;
            }
            int dayEnd = text.indexOf(' ', at);
            if (dayEnd != at + 1 && dayEnd != at + 2) {
                return null;
            }
            int day = digits(text, at, dayEnd);
            at = dayEnd + 1;
            // MMM uuuu, and a space before the time if one follows
            if ((withTime ? text.length() < at + 9 || text.charAt(at + 8) != ' ' : text.length() != at + 8)
                    || text.charAt(at + 3) != ' ') {
                return null;
            }
            int month = nameAt(text, at, MONTHS);
            int year = digits(text, at + 4, at + 8);
            if (month == 0 || year < 0 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (dayOfWeek != 0 && date.getDayOfWeek().getValue() != dayOfWeek) {
                return null;
            }
            if (!withTime) {
                return new Rfc822(date, null);
            }
            at += 9;
            // HH:mm:ss +HHMM
            if (text.length() != at + 14 || text.charAt(at + 2) != ':' || text.charAt(at + 5) != ':'
                    || text.charAt(at + 8) != ' ') {
                return null;
            }
            int hour = digits(text, at, at + 2);
            int minute = digits(text, at + 3, at + 5);
            int second = digits(text, at + 6, at + 8);
            char sign = text.charAt(at + 9);
            int offsetHours = digits(text, at + 10, at + 12);
            int offsetMinutes = digits(text, at + 12, at + 14);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                    || sign != '+' && sign != '-' || offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0
                    || offsetMinutes > 59) {
                return null;
            }
            int offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -offsetSeconds : offsetSeconds);
            return new Rfc822(null, OffsetDateTime.of(date, LocalTime.of(hour, minute, second), offset));
        }

        /** @return the 1-based place of the three letters at {@code at} among the names, 0 if none */
        private static int nameAt(String text, int at, String[] names) {
            for (int i = 0; i < names.length; i++) {
                if (text.startsWith(names[i], at)) {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
