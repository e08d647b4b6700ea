package io.harvest4j.core;

import io.harvest4j.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The one place where typed query values become the text the service reads. {@link Call.Builder}'s
 * {@code query} methods and the per-call options of the executable requests go through it; nothing
 * puts an arbitrary object's {@code toString()} in a query.
 *
 * <ul>
 *   <li>{@code updated_since}: the instant in UTC as {@code YYYY-MM-DD HH:MM}
 *       ({@code 2010-09-25 18:30}), cut down to the minute — the service reads minutes, and cutting
 *       down may let one more change through, never one less;</li>
 *   <li>report and invoice periods ({@code from}, {@code to}): {@code YYYYMMDD};</li>
 *   <li>flags ({@code billable}, {@code only_billed}…): {@code yes} or {@code no};</li>
 *   <li>ids: decimal digits.</li>
 * </ul>
 */
public final class QueryValues {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final Instant EARLIEST = LocalDate.of(Checks.MIN_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST =
            LocalDate.of(Checks.MAX_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private QueryValues() {
    }

    /**
     * @param instant a point in time
     * @return it as {@code updated_since} wants it: UTC, {@code YYYY-MM-DD HH:MM}
     * @throws InvalidRequestException when it is {@code null} or its year has not four digits
     */
    public static String dateTime(Instant instant) {
        Checks.required("updated_since", instant);
        Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(EARLIEST) || !minute.isBefore(AFTER_LATEST)) {
            throw new InvalidRequestException("updated_since must be in the years " + Checks.MIN_YEAR + " to "
                    + Checks.MAX_YEAR + ": " + instant);
        }
        return DATE_TIME.format(minute);
    }

    /**
     * @param dateTime a date-time with its offset
     * @return the same instant as {@link #dateTime(Instant)} writes it (in UTC)
     * @throws InvalidRequestException when it is {@code null}
     */
    public static String dateTime(OffsetDateTime dateTime) {
        return dateTime(Checks.required("updated_since", dateTime).toInstant());
    }

    /**
     * @param dateTime a date-time in a zone
     * @return the same instant as {@link #dateTime(Instant)} writes it (in UTC)
     * @throws InvalidRequestException when it is {@code null}
     */
    public static String dateTime(ZonedDateTime dateTime) {
        return dateTime(Checks.required("updated_since", dateTime).toInstant());
    }

    /**
     * @param date a day
     * @return {@code YYYYMMDD}
     * @throws InvalidRequestException when it is {@code null} or its year has not four digits
     */
    public static String date(LocalDate date) {
        return DATE.format(Checks.date("date", Checks.required("date", date)));
    }

    /**
     * @param flag a yes-or-no filter
     * @return {@code yes} or {@code no}
     */
    public static String flag(boolean flag) {
        return flag ? "yes" : "no";
    }

    /**
     * @param id an id
     * @return its decimal digits
     * @throws InvalidRequestException when it is not positive
     */
    public static String id(long id) {
        return Long.toString(Checks.positiveId("id", id));
    }
}
