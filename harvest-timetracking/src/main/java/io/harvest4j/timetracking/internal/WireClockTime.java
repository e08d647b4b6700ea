package io.harvest4j.timetracking.internal;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times of timestamp accounts ({@code started_at}, {@code ended_at}): written as the
 * documentation shows them ({@code 8:00am}, {@code 4:45pm}), read in that form and in the 24-hour
 * form ({@code 16:45}) of accounts set to a 24-hour clock. Not part of the API.
 */
public final class WireClockTime {

    private static final Pattern CLOCK_TIME =
            Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private WireClockTime() {
    }

    /**
     * @param time a time of day
     * @return it as the service writes it, to the minute: {@code 8:00am}, {@code 12:30pm}
     */
    public static String format(LocalTime time) {
        LocalTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        int hour = minute.getHour() % 12;
        return (hour == 0 ? 12 : hour) + ":" + (minute.getMinute() < 10 ? "0" : "") + minute.getMinute()
                + (minute.getHour() < 12 ? "am" : "pm");
    }

    /**
     * @param text a clock time as the service writes it, or {@code null}
     * @return the time, or empty when the text is absent, blank or not a clock time
     */
    public static Optional<LocalTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = CLOCK_TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (minute > 59) {
            return Optional.empty();
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        } else if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /**
     * @param owner the request type's name ({@code NewDayEntry})
     * @param startedAt the start of the effort, on the clock
     * @param endedAt its end
     * @throws InvalidRequestException when either is missing or the end comes before the start
     */
    public static void requireOrdered(String owner, LocalTime startedAt, LocalTime endedAt) {
        Checks.required(owner + ".startedAt", startedAt);
        Checks.required(owner + ".endedAt", endedAt);
        if (endedAt.isBefore(startedAt)) {
            throw new InvalidRequestException(owner + ".endedAt (" + format(endedAt) + ") must not be before " + owner
                    + ".startedAt (" + format(startedAt) + "): an entry cannot cross midnight");
        }
    }
}
