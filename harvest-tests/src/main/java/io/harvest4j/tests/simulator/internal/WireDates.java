package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How dates, times and hours are written and read on the wire. */
public final class WireDates {

    /** {@code Wed, 18 Oct 2006}: the time tracking API's {@code for_day} in XML. */
    public static final DateTimeFormatter RFC_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu", Locale.ENGLISH);

    /** {@code Thu, 17 Nov 2011 10:19:57 +0000}: the time tracking API's date-times in XML (always UTC). */
    public static final DateTimeFormatter RFC_DATE_TIME =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** {@code 2011-06-18T17:13:22Z}: ISO-8601 date-times in UTC, to the second. */
    public static final DateTimeFormatter ISO_Z = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").toFormatter(Locale.ROOT).withZone(ZoneOffset.UTC);

    /** {@code 2011-06-18T17:13:22+00:00}: ISO-8601 with a numeric offset, as {@code rate_limit_status} showed it in JSON. */
    public static final DateTimeFormatter ISO_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ssxxx").toFormatter(Locale.ROOT).withZone(ZoneOffset.UTC);

    /** {@code 8:00am}: the started_at/ended_at of timestamp timers. */
    public static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH);

    private static final DateTimeFormatter ISO_LENIENT_DATE = DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern UPDATED_SINCE = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
            + "\\s*(Z|UTC|GMT|[+-]?\\d{2}:?\\d{2})?");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile("^[A-Za-z]{3,9},\\s*");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern HOURS_MINUTES = Pattern.compile("([0-9]+):([0-9]{1,2})");
    private static final Pattern DECIMAL_HOURS = Pattern.compile("[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private WireDates() {
    }

    /**
     * Reads a date as the service read it (Rails' {@code Date.parse}): {@code Tue, 17 Oct 2006} (the
     * weekday is not checked), {@code 17 Oct 2006}, {@code 2009-12-28}, {@code 2017-1-18} or
     * {@code 2009/12/28}.
     *
     * @param text the value
     * @return the date
     * @throws DateTimeException when it is none of these
     */
    public static LocalDate parseDate(String text) {
        String value = text.trim();
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && value.indexOf('-') > 0) {
            return LocalDate.parse(value, ISO_LENIENT_DATE);
        }
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && value.indexOf('/') > 0) {
            return LocalDate.parse(value, SLASHED_DATE);
        }
        String withoutWeekday = WEEKDAY_PREFIX.matcher(value).replaceFirst("");
        return LocalDate.parse(withoutWeekday, DAY_MONTH_YEAR);
    }

    /**
     * Reads the {@code updated_since} filter as the service read it: {@code 2010-09-25 18:30} (the
     * documented form, UTC), a plain date ({@code 2010-09-25}, midnight UTC), ISO 8601
     * ({@code 2010-09-25T18:30:00Z}, {@code 2010-09-25T18:30:00+02:00}) and Rails' own
     * {@code 2010-09-25 18:30:00 UTC} / {@code 2010-09-25 18:30:00 +0000}. Without a zone, UTC.
     *
     * @param text the value
     * @return the instant
     * @throws DateTimeException when it is none of these
     */
    public static Instant parseUpdatedSince(String text) {
        Matcher matcher = UPDATED_SINCE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new DateTimeParseException("not a date-time", text, 0);
        }
        LocalDate day = LocalDate.parse(matcher.group(1), ISO_LENIENT_DATE);
        LocalTime time = matcher.group(2) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                        matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)));
        String zone = matcher.group(5);
        ZoneOffset offset = ZoneOffset.UTC;
        if (zone != null && !Character.isLetter(zone.charAt(0))) {
            // a '+' sent unencoded in a query reads as a space: digits without a sign are east of UTC
            int sign = zone.startsWith("-") ? -1 : 1;
            String digits = zone.replace(":", "").replace("+", "").replace("-", "");
            offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(0, 2)),
                    sign * Integer.parseInt(digits.substring(2)));
        }
        return day.atTime(time).toInstant(offset);
    }

    /**
     * Reads a clock time: {@code 8:00am}, {@code 8am}, {@code 8:00 PM}, {@code 16:30}.
     *
     * @param text the value
     * @return the time
     * @throws DateTimeException when it is none of these
     */
    public static LocalTime parseClockTime(String text) {
        String value = text.trim();
        Matcher twelve = TWELVE_HOUR.matcher(value);
        if (twelve.matches()) {
            int hour = Integer.parseInt(twelve.group(1));
            int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
            if (hour < 1 || hour > 12) {
                throw new DateTimeParseException("hour out of range", value, 0);
            }
            boolean pm = twelve.group(3).equalsIgnoreCase("p");
            return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
        }
        Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(value);
        if (twentyFour.matches()) {
            return LocalTime.of(Integer.parseInt(twentyFour.group(1)), Integer.parseInt(twentyFour.group(2)));
        }
        throw new DateTimeParseException("not a clock time", value, 0);
    }

    /**
     * Writes a clock time as the service did: {@code 8:00am}, {@code 4:45pm}.
     *
     * @param time the time (seconds are dropped)
     * @return the text
     */
    public static String formatClockTime(LocalTime time) {
        return CLOCK_TIME.format(time).toLowerCase(Locale.ROOT);
    }

    /** The longest text of a number of hours ({@code 12345.1234567890}: far more than a day holds). */
    static final int MAX_HOURS_LENGTH = 32;

    /**
     * Reads hours: a decimal number in ASCII digits ({@code 3}, {@code 1.07}, {@code .5}, {@code 2.})
     * or hours and minutes ({@code 1:30}), rounded half-up to two decimals. No sign, no exponent:
     * {@code 1e999999999} would be a number no computer rounds.
     *
     * @param text the value
     * @return the hours, never negative
     * @throws NumberFormatException when it is neither
     */
    public static BigDecimal parseHours(String text) {
        String value = text.trim();
        if (value.length() > MAX_HOURS_LENGTH) {
            // parsing a decimal of a million digits took 17 s: no count of hours needs more than a few
            throw new NumberFormatException("too many digits for a number of hours");
        }
        Matcher hoursMinutes = HOURS_MINUTES.matcher(value);
        BigDecimal hours;
        if (hoursMinutes.matches()) {
            int minutes = Integer.parseInt(hoursMinutes.group(2));
            if (minutes > 59) {
                throw new NumberFormatException("minutes out of range: " + value);
            }
            hours = new BigDecimal(hoursMinutes.group(1))
                    .add(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP));
        } else if (DECIMAL_HOURS.matcher(value).matches()) {
            hours = new BigDecimal(value);
        } else {
            throw new NumberFormatException("not a number of hours: " + value);
        }
        return roundHours(hours);
    }

    /**
     * @param hours any number of hours
     * @return rounded half-up to two decimals
     */
    public static BigDecimal roundHours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * @param from the start
     * @param to the end
     * @return the hours between them, unrounded (ten decimals)
     */
    public static BigDecimal hoursBetween(Instant from, Instant to) {
        long millis = ChronoUnit.MILLIS.between(from, to);
        return BigDecimal.valueOf(millis).divide(SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(1000)), 10, RoundingMode.HALF_UP);
    }

    /**
     * @param from a clock time
     * @param to a later clock time of the same day
     * @return the hours between them, rounded to two decimals
     */
    public static BigDecimal hoursBetween(LocalTime from, LocalTime to) {
        long seconds = ChronoUnit.SECONDS.between(from, to);
        return roundHours(BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 10, RoundingMode.HALF_UP));
    }
}
