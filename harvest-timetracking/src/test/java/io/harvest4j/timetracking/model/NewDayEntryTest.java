package io.harvest4j.timetracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NewDayEntryTest {

    private static NewDayEntry.Builder valid() {
        return NewDayEntry.withHours(new BigDecimal("1.5")).projectId(3).taskId(14);
    }

    @Test
    void buildsAnEntryOfHours() {
        NewDayEntry entry = valid().spentAt(LocalDate.of(2024, 2, 29)).notes("Backups").build();

        assertThat(entry.projectId()).isEqualTo(3);
        assertThat(entry.taskId()).isEqualTo(14);
        assertThat(entry.hours()).contains(new BigDecimal("1.5"));
        assertThat(entry.spentAt()).contains(LocalDate.of(2024, 2, 29));
        assertThat(entry.notes()).contains("Backups");
        assertThat(entry.startsTimer()).isFalse();
        assertThat(entry.startedAt()).isEmpty();
        assertThat(entry.endedAt()).isEmpty();
    }

    @Test
    void acceptsTheBoundsOfADay() {
        assertThat(NewDayEntry.withHours(BigDecimal.ZERO).projectId(3).taskId(14).build().hours())
                .contains(BigDecimal.ZERO);
        assertThat(NewDayEntry.withHours(new BigDecimal("24.00")).projectId(3).taskId(14).build().hours())
                .contains(new BigDecimal("24.00"));
    }

    @Test
    void buildsAnEntryThatStartsATimer() {
        NewDayEntry entry = NewDayEntry.startingTimer().projectId(3).taskId(14).build();

        assertThat(entry.startsTimer()).isTrue();
        assertThat(entry.hours()).isEmpty();
        assertThat(entry.spentAt()).isEmpty();
        assertThat(entry.notes()).isEmpty();
    }

    @Test
    void buildsAnEntryOfClockTimesKeptToTheMinute() {
        NewDayEntry entry = NewDayEntry.withTimes(LocalTime.of(8, 0, 59), LocalTime.of(9, 30, 1, 5)).projectId(3)
                .taskId(14).build();

        assertThat(entry.startedAt()).contains(LocalTime.of(8, 0));
        assertThat(entry.endedAt()).contains(LocalTime.of(9, 30));
        assertThat(entry.hours()).isEmpty();
        assertThat(entry.startsTimer()).isFalse();
        assertThat(NewDayEntry.withTimes(LocalTime.NOON, LocalTime.NOON).projectId(3).taskId(14).build().endedAt())
                .contains(LocalTime.NOON);
    }

    @Test
    void theLastWayOfGivingTheTimeWins() {
        assertThat(NewDayEntry.withHours(BigDecimal.ONE).startingTimer().projectId(3).taskId(14).build())
                .satisfies(entry -> {
                    assertThat(entry.startsTimer()).isTrue();
                    assertThat(entry.hours()).isEmpty();
                });
        assertThat(NewDayEntry.startingTimer().times(LocalTime.of(8, 0), LocalTime.of(9, 0)).projectId(3).taskId(14)
                .build().startsTimer()).isFalse();
        assertThat(NewDayEntry.withTimes(LocalTime.of(8, 0), LocalTime.of(9, 0)).hours(BigDecimal.TEN).projectId(3)
                .taskId(14).build().startedAt()).isEmpty();
    }

    @Test
    void refusesAMissingOrInvalidProject() {
        assertRefused(() -> NewDayEntry.withHours(BigDecimal.ONE).taskId(14).build(), "NewDayEntry.projectId is required");
        assertRefused(() -> valid().projectId(0).build(), "NewDayEntry.projectId is required");
        assertRefused(() -> valid().projectId(-3).build(), "NewDayEntry.projectId must be a positive id");
    }

    @Test
    void refusesAMissingOrInvalidTask() {
        assertRefused(() -> NewDayEntry.withHours(BigDecimal.ONE).projectId(3).build(), "NewDayEntry.taskId is required");
        assertRefused(() -> valid().taskId(-14).build(), "NewDayEntry.taskId must be a positive id");
    }

    @Test
    void refusesAnEntryThatDoesNotSayHowTheTimeIsGiven() {
        assertRefused(() -> NewDayEntry.builder().projectId(3).taskId(14).build(), "NewDayEntry.hours is required");
        assertRefused(() -> NewDayEntry.withHours(null).projectId(3).taskId(14).build(), "NewDayEntry.hours is required");
    }

    @Test
    void refusesHoursOutsideADay() {
        assertRefused(() -> valid().hours(new BigDecimal("-0.01")).build(), "NewDayEntry.hours must not be negative");
        assertRefused(() -> valid().hours(new BigDecimal("24.01")).build(), "NewDayEntry.hours must be at most 24");
        assertRefused(() -> valid().hours(new BigDecimal("1E+3")).build(), "NewDayEntry.hours must be at most 24 (one day): 1000");
    }

    @Test
    void refusesMissingOrReversedClockTimes() {
        assertRefused(() -> NewDayEntry.withTimes(null, LocalTime.NOON).projectId(3).taskId(14).build(),
                "NewDayEntry.startedAt is required");
        assertRefused(() -> NewDayEntry.withTimes(LocalTime.NOON, null).projectId(3).taskId(14).build(),
                "NewDayEntry.endedAt is required");
        assertRefused(() -> NewDayEntry.withTimes(LocalTime.of(10, 0), LocalTime.of(9, 0)).projectId(3).taskId(14).build(),
                "NewDayEntry.endedAt (9:00am) must not be before NewDayEntry.startedAt (10:00am)");
    }

    @Test
    void refusesNotesTooLongOrHoldingControlCharacters() {
        String longest = "x".repeat(10_000);
        assertThat(valid().notes(longest).build().notes()).contains(longest);
        assertThat(valid().notes("tab\tnew line\nreturn\r, emoji \uD83D\uDE00").build().notes()).isPresent();

        assertRefused(() -> valid().notes(longest + "x").build(), "NewDayEntry.notes must be at most 10000 characters");
        assertRefused(() -> valid().notes("bell \u0007").build(), "NewDayEntry.notes holds a character that cannot be sent (U+0007");
        assertRefused(() -> valid().notes("half \uD83D").build(), "NewDayEntry.notes holds a character");
        assertRefused(() -> valid().notes("\uFFFF").build(), "NewDayEntry.notes holds a character");
    }

    @Test
    void refusesADayWhoseYearHasNotFourDigits() {
        assertRefused(() -> valid().spentAt(LocalDate.of(1, 1, 1)).build(), "NewDayEntry.spentAt must be a date");
        assertRefused(() -> valid().spentAt(LocalDate.MIN).build(), "NewDayEntry.spentAt");
        assertRefused(() -> valid().spentAt(LocalDate.of(10_000, 1, 1)).build(), "NewDayEntry.spentAt");
    }

    @Test
    void isAValueWithABuilderThatStartsFromIt() {
        NewDayEntry hours = valid().notes("a").build();
        NewDayEntry timer = NewDayEntry.startingTimer().projectId(3).taskId(14).build();
        NewDayEntry times = NewDayEntry.withTimes(LocalTime.of(8, 0), LocalTime.of(9, 0)).projectId(3).taskId(14).build();

        assertThat(hours.toBuilder().build()).isEqualTo(hours).hasSameHashCodeAs(hours);
        assertThat(timer.toBuilder().build()).isEqualTo(timer);
        assertThat(times.toBuilder().build()).isEqualTo(times);
        assertThat(hours).isNotEqualTo(timer).isNotEqualTo(times);
        assertThat(timer.toString()).contains("starting a timer");
        assertThat(hours.toString()).contains("hours=1.5");
    }

    static void assertRefused(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
    }
}
