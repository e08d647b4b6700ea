package io.harvest4j.timetracking.internal;

import io.harvest4j.core.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The checks a Time Tracking request passes before anything is sent. Each failure is an
 * {@link InvalidRequestException} whose message names the field ({@code NewDayEntry.projectId}).
 * Not part of the API.
 */
public final class RequestChecks {

    /** The most hours one entry may hold: a day. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    /** The longest notes accepted, in characters (code points). */
    public static final int MAX_NOTES_LENGTH = 10_000;

    /** The earliest year a date may have: the wire's dates carry four-digit years. */
    public static final int MIN_YEAR = 1000;

    /** The latest year a date may have. */
    public static final int MAX_YEAR = 9999;

    private RequestChecks() {
    }

    /**
     * @param field the field's name, qualified by its owner ({@code NewDayEntry.projectId})
     * @param id the id
     * @return the id
     * @throws InvalidRequestException when the id is not positive (ids start at 1; 0 is "unset")
     */
    public static long positiveId(String field, long id) {
        if (id <= 0) {
            throw new InvalidRequestException(field + (id == 0 ? " is required" : " must be a positive id") + ": " + id);
        }
        return id;
    }

    /**
     * @param field the field's name
     * @param value a value that must be given
     * @param <T> its type
     * @return the value
     * @throws InvalidRequestException when it is {@code null}
     */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field + " is required");
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param hours hours of effort
     * @return the hours
     * @throws InvalidRequestException when they are missing, negative or more than a day
     */
    public static BigDecimal hours(String field, BigDecimal hours) {
        required(field, hours);
        if (hours.signum() < 0) {
            throw new InvalidRequestException(field + " must not be negative: " + hours.toPlainString());
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidRequestException(field + " must be at most " + MAX_HOURS + " (one day): "
                    + hours.toPlainString());
        }
        return hours;
    }

    /**
     * @param field the field's name
     * @param notes notes, or {@code null} for none
     * @return the notes
     * @throws InvalidRequestException when they are longer than {@value #MAX_NOTES_LENGTH}
     *     characters or hold a character no XML document can carry (a control character, an
     *     unpaired surrogate)
     */
    public static String notes(String field, String notes) {
        if (notes == null) {
            return null;
        }
        int length = notes.codePointCount(0, notes.length());
        if (length > MAX_NOTES_LENGTH) {
            throw new InvalidRequestException(field + " must be at most " + MAX_NOTES_LENGTH + " characters: "
                    + length);
        }
        int[] codePoints = notes.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (!isXmlCharacter(codePoints[i])) {
                throw new InvalidRequestException(field + " holds a character that cannot be sent (U+"
                        + String.format("%04X", codePoints[i]) + " at " + i + ")");
            }
        }
        return notes;
    }

    /**
     * @param field the field's name
     * @param date a date, or {@code null}
     * @return the date
     * @throws InvalidRequestException when its year has not four digits (a {@code LocalDate.MIN}
     *     or year-zero default slipped through)
     */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new InvalidRequestException(field + " must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR
                    + ": " + date);
        }
        return date;
    }

    /**
     * @param owner the request type's name ({@code NewDayEntry})
     * @param startedAt the start of the effort, on the clock
     * @param endedAt its end
     * @throws InvalidRequestException when either is missing or the end comes before the start
     */
    public static void clockTimes(String owner, LocalTime startedAt, LocalTime endedAt) {
        required(owner + ".startedAt", startedAt);
        required(owner + ".endedAt", endedAt);
        if (endedAt.isBefore(startedAt)) {
            throw new InvalidRequestException(owner + ".endedAt (" + WireClockTime.format(endedAt)
                    + ") must not be before " + owner + ".startedAt (" + WireClockTime.format(startedAt)
                    + "): an entry cannot cross midnight");
        }
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
