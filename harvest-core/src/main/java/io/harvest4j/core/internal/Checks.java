package io.harvest4j.core.internal;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The checks an argument passes before anything is sent, in one wording for every module. Each
 * check names where the argument was given, as {@code Owner.method: argument}
 * ({@code TimeTracking.show: dayEntryId}) or {@code Type.field} ({@code NewDayEntry.projectId}),
 * and fails with an {@link InvalidRequestException} for the arguments of a call, or a
 * {@link ConfigurationException} for the settings of a client ({@link #setting}).
 *
 * <p>Exported only to harvest4j's own modules; not part of the API.
 */
public final class Checks {

    /** The most hours one entry may hold: a day. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    /** The longest text field accepted (notes…), in characters (code points). */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** The earliest year a date may have: the wire's dates carry four-digit years. */
    public static final int MIN_YEAR = 1000;

    /** The latest year a date may have. */
    public static final int MAX_YEAR = 9999;

    private Checks() {
    }

    /**
     * @param where where the argument was given ({@code TimeTracking.show: dayEntryId})
     * @param value a value that must be given
     * @param <T> its type
     * @return the value
     * @throws InvalidRequestException when it is {@code null}
     */
    public static <T> T required(String where, T value) {
        if (value == null) {
            throw new InvalidRequestException(where + " is required");
        }
        return value;
    }

    /**
     * @param where where the id was given
     * @param id the id
     * @return the id
     * @throws InvalidRequestException when it is not positive (ids start at 1; 0 is "unset")
     */
    public static long positiveId(String where, long id) {
        if (id <= 0) {
            throw new InvalidRequestException(where + (id == 0 ? " is required" : " must be a positive id") + ": " + id);
        }
        return id;
    }

    /**
     * @param where where the text was given
     * @param text text that must be given and not blank
     * @return the text
     * @throws InvalidRequestException when it is missing or blank, or cannot be sent
     *     ({@link #text})
     */
    public static String nonBlank(String where, String text) {
        required(where, text);
        if (text.isBlank()) {
            throw new InvalidRequestException(where + " must not be blank");
        }
        return text(where, text);
    }

    /**
     * @param where where the text was given
     * @param text text, or {@code null} for none
     * @return the text
     * @throws InvalidRequestException when it is longer than {@value #MAX_TEXT_LENGTH} characters or
     *     holds a character no XML document can carry (a control character, an unpaired surrogate)
     */
    public static String text(String where, String text) {
        if (text == null) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException(where + " must be at most " + MAX_TEXT_LENGTH + " characters: " + length);
        }
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            int c = text.codePointAt(i);
            if (!isXmlCharacter(c)) { // an unpaired surrogate comes out as itself: not an XML character
                throw new InvalidRequestException(where + " holds a character that cannot be sent (U+"
                        + String.format("%04X", c) + " at " + index + ")");
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /**
     * @param where where the hours were given
     * @param hours hours of effort
     * @return the hours
     * @throws InvalidRequestException when they are missing, negative or more than a day
     */
    public static BigDecimal hours(String where, BigDecimal hours) {
        required(where, hours);
        if (hours.signum() < 0) {
            throw new InvalidRequestException(where + " must not be negative: " + hours.toPlainString());
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidRequestException(where + " must be at most " + MAX_HOURS + " (one day): "
                    + hours.toPlainString());
        }
        return hours;
    }

    /**
     * @param where where the amount was given ({@code ProjectFields.hourlyRate})
     * @param amount a rate, budget, price or percentage, or {@code null} for none
     * @return the amount
     * @throws InvalidRequestException when it is negative
     */
    public static BigDecimal notNegative(String where, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new InvalidRequestException(where + " must not be negative: " + amount.toPlainString());
        }
        return amount;
    }

    /**
     * @param where where the address was given
     * @param email an email address, or {@code null} for none
     * @return the address
     * @throws InvalidRequestException when it is blank, holds no {@code @} between two parts or a
     *     space, or cannot be sent ({@link #text})
     */
    public static String email(String where, String email) {
        if (email == null) {
            return null;
        }
        nonBlank(where, email);
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.strip().contains(" ")) {
            throw new InvalidRequestException(where + " must be an email address: " + email);
        }
        return email;
    }

    /**
     * @param where where the date was given
     * @param date a date, or {@code null}
     * @return the date
     * @throws InvalidRequestException when its year has not four digits (a {@code LocalDate.MIN}
     *     or year-zero default slipped through)
     */
    public static LocalDate date(String where, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new InvalidRequestException(where + " must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR
                    + ": " + date);
        }
        return date;
    }

    /**
     * @param where where the timeout was given
     * @param timeout a timeout
     * @return the timeout
     * @throws InvalidRequestException when it is missing, zero or negative
     */
    public static Duration positive(String where, Duration timeout) {
        required(where, timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidRequestException(where + " must be positive: " + timeout);
        }
        return timeout;
    }

    /**
     * The check of a client's setting: a builder's or a constructor's argument.
     *
     * @param where where the setting was given ({@code HarvestConfig.Builder.format: format})
     * @param value a value that must be given
     * @param <T> its type
     * @return the value
     * @throws ConfigurationException when it is {@code null}
     */
    public static <T> T setting(String where, T value) {
        if (value == null) {
            throw new ConfigurationException(where + " is required");
        }
        return value;
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
