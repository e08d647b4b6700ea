package io.harvest4j.timetracking.model;

import static io.harvest4j.timetracking.model.NewDayEntryTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.timetracking.Decoded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DayEntryUpdateTest {

    private static final DayEntry ENTRY = Decoded.dayEntry("{\"id\":195168,\"project_id\":3,\"task_id\":14,"
            + "\"hours\":2.06,\"notes\":\"Test api support\",\"spent_at\":\"2006-10-18\"}");

    @Test
    void fromAnEntryKeepsItsProjectAndTaskAndChangesNothingElse() {
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).build();

        assertThat(update.projectId()).isEqualTo(3);
        assertThat(update.taskId()).isEqualTo(14);
        assertThat(update.hours()).isEmpty();
        assertThat(update.notes()).isEmpty();
        assertThat(update.spentAt()).isEmpty();
        assertThat(update.startedAt()).isEmpty();
        assertThat(update.endedAt()).isEmpty();
    }

    @Test
    void setsWhatIsToChange() {
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).hours(new BigDecimal("1.07")).notes("New notes")
                .spentAt(LocalDate.of(2006, 10, 17)).projectId(52234).taskId(67567).build();

        assertThat(update.projectId()).isEqualTo(52234);
        assertThat(update.taskId()).isEqualTo(67567);
        assertThat(update.hours()).contains(new BigDecimal("1.07"));
        assertThat(update.notes()).contains("New notes");
        assertThat(update.spentAt()).contains(LocalDate.of(2006, 10, 17));
    }

    @Test
    void clockTimesAndHoursReplaceEachOther() {
        DayEntryUpdate times = DayEntryUpdate.from(ENTRY).hours(BigDecimal.ONE)
                .times(LocalTime.of(8, 0, 30), LocalTime.of(10, 0)).build();
        assertThat(times.hours()).isEmpty();
        assertThat(times.startedAt()).contains(LocalTime.of(8, 0));
        assertThat(times.endedAt()).contains(LocalTime.of(10, 0));

        DayEntryUpdate hours = DayEntryUpdate.from(ENTRY).times(LocalTime.of(8, 0), LocalTime.of(10, 0))
                .hours(BigDecimal.ONE).build();
        assertThat(hours.hours()).contains(BigDecimal.ONE);
        assertThat(hours.startedAt()).isEmpty();

        assertThat(DayEntryUpdate.from(ENTRY).hours(BigDecimal.ONE).hours(null).build().hours()).isEmpty();
    }

    @Test
    void refusesAMissingProjectOrTask() {
        assertRefused(() -> DayEntryUpdate.builder().taskId(14).build(), "DayEntryUpdate.projectId is required");
        assertRefused(() -> DayEntryUpdate.builder().projectId(3).build(), "DayEntryUpdate.taskId is required");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).projectId(-1).build(), "DayEntryUpdate.projectId must be a positive id");
        assertRefused(() -> DayEntryUpdate.from(Decoded.dayEntry("{\"id\":1,\"task_id\":14}")).build(),
                "DayEntryUpdate.projectId is required");
        assertRefused(() -> DayEntryUpdate.from(Decoded.dayEntry("{\"id\":1,\"project_id\":3}")).build(),
                "DayEntryUpdate.taskId is required");
        assertRefused(() -> DayEntryUpdate.from(null), "DayEntryUpdate.from: entry is required");
    }

    @Test
    void refusesHoursOutsideADay() {
        assertRefused(() -> DayEntryUpdate.from(ENTRY).hours(new BigDecimal("-1")).build(),
                "DayEntryUpdate.hours must not be negative");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).hours(new BigDecimal("25")).build(),
                "DayEntryUpdate.hours must be at most 24");
    }

    @Test
    void refusesMissingOrReversedClockTimes() {
        assertRefused(() -> DayEntryUpdate.from(ENTRY).times(null, LocalTime.NOON).build(),
                "DayEntryUpdate.startedAt is required");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).times(LocalTime.NOON, null).build(),
                "DayEntryUpdate.endedAt is required");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).times(LocalTime.of(17, 0), LocalTime.of(16, 59)).build(),
                "DayEntryUpdate.endedAt (4:59pm) must not be before DayEntryUpdate.startedAt (5:00pm)");
    }

    @Test
    void refusesBadNotesAndDays() {
        assertRefused(() -> DayEntryUpdate.from(ENTRY).notes("x".repeat(10_001)).build(), "DayEntryUpdate.notes");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).notes("nul \u0000").build(), "DayEntryUpdate.notes holds");
        assertRefused(() -> DayEntryUpdate.from(ENTRY).spentAt(LocalDate.of(999, 12, 31)).build(),
                "DayEntryUpdate.spentAt must be a date in the years 1000 to 9999");
        assertThat(DayEntryUpdate.from(ENTRY).notes("").build().notes()).contains("");
    }

    @Test
    void isAValue() {
        DayEntryUpdate one = DayEntryUpdate.from(ENTRY).hours(BigDecimal.ONE).notes("n").build();
        DayEntryUpdate same = DayEntryUpdate.builder().projectId(3).taskId(14).hours(BigDecimal.ONE).notes("n").build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(DayEntryUpdate.from(ENTRY).build());
        assertThat(one.toString()).contains("projectId=3").contains("hours=1");
    }
}
