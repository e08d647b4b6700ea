package io.harvest4j.timetracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModelValuesTest {

    private static final OffsetDateTime STARTED = OffsetDateTime.of(2006, 10, 18, 9, 53, 6, 0, ZoneOffset.UTC);

    private static DayEntry.Builder fullEntry() {
        return DayEntry.builder().id(195168).spentAt(LocalDate.of(2006, 10, 18)).userId(218356L).client("Iridesco")
                .projectId(1234567L).project("Harvest").taskId(126789L).task("Backend Programming")
                .hours(new BigDecimal("2.06")).hoursWithoutTimer(new BigDecimal("1.50")).notes("Test api support")
                .timerStartedAt(STARTED).createdAt(STARTED.minusDays(1)).updatedAt(STARTED.plusHours(1))
                .startedAt("8:00am").endedAt("10:00am");
    }

    @Test
    void aDayEntryGivesItsFields() {
        DayEntry entry = fullEntry().build();

        assertThat(entry.id()).isEqualTo(195168);
        assertThat(entry.spentAt()).contains(LocalDate.of(2006, 10, 18));
        assertThat(entry.userId()).contains(218356L);
        assertThat(entry.client()).isEqualTo("Iridesco");
        assertThat(entry.projectId()).contains(1234567L);
        assertThat(entry.project()).isEqualTo("Harvest");
        assertThat(entry.taskId()).contains(126789L);
        assertThat(entry.task()).isEqualTo("Backend Programming");
        assertThat(entry.hours()).isEqualByComparingTo("2.06");
        assertThat(entry.hoursWithoutTimer()).contains(new BigDecimal("1.50"));
        assertThat(entry.notes()).contains("Test api support");
        assertThat(entry.timerStartedAt()).contains(STARTED);
        assertThat(entry.isTimerRunning()).isTrue();
        assertThat(entry.createdAt()).contains(STARTED.minusDays(1));
        assertThat(entry.updatedAt()).contains(STARTED.plusHours(1));
        assertThat(entry.startedAt()).contains("8:00am");
        assertThat(entry.endedAt()).contains("10:00am");
        assertThat(entry.startTime()).contains(LocalTime.of(8, 0));
        assertThat(entry.endTime()).contains(LocalTime.of(10, 0));
    }

    @Test
    void aDayEntryAsTheAddAnswerDocumentsItLacksWhatWasLeftOut() {
        DayEntry entry = DayEntry.builder().id(195168).client("Iridesco").project("Harvest").task("Backend Programming")
                .hours(new BigDecimal("0.00")).notes("Test api support").timerStartedAt(STARTED).build();

        assertThat(entry.spentAt()).isEmpty();
        assertThat(entry.userId()).isEmpty();
        assertThat(entry.projectId()).isEmpty();
        assertThat(entry.taskId()).isEmpty();
        assertThat(entry.hoursWithoutTimer()).isEmpty();
        assertThat(entry.createdAt()).isEmpty();
        assertThat(entry.startedAt()).isEmpty();
        assertThat(entry.startTime()).isEmpty();
        assertThat(entry.isTimerRunning()).isTrue();
    }

    @Test
    void aRunningTimestampTimerHasABlankEnd() {
        DayEntry entry = DayEntry.builder().id(1).startedAt("4:45pm").endedAt("").build();

        assertThat(entry.startTime()).contains(LocalTime.of(16, 45));
        assertThat(entry.endedAt()).isEmpty();
        assertThat(entry.endTime()).isEmpty();
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(DayEntry.builder().startedAt(LocalTime.of(0, 5)).build().startedAt()).contains("12:05am");
    }

    @ParameterizedTest
    @ValueSource(classes = {Daily.class, DayEntry.class, DailyProject.class, DailyTask.class, TimerResult.class})
    void boundClassesFollowTheModelConvention(Class<?> type) throws Exception {
        assertThat(Modifier.isFinal(type.getModifiers())).as("final class").isTrue();
        Constructor<?> constructor = type.getDeclaredConstructor();
        assertThat(Modifier.isPrivate(constructor.getModifiers())).as("private no-arg constructor").isTrue();
        for (Field field : type.getDeclaredFields()) {
            assertThat(Modifier.isPrivate(field.getModifiers())).as(field + " is private").isTrue();
            assertThat(Modifier.isFinal(field.getModifiers())).as(field + " is not final").isFalse();
        }
        assertThat(type.getMethod("builder").getReturnType().getSimpleName()).isEqualTo("Builder");
    }

    @Test
    void aValueAsTheBindersLeaveItHasNoNullsWhereNoneArePromised() throws Exception {
        Daily daily = bare(Daily.class);
        DayEntry entry = bare(DayEntry.class);
        DailyProject project = bare(DailyProject.class);
        DailyTask task = bare(DailyTask.class);
        TimerResult timer = bare(TimerResult.class);

        assertThat(daily.dayEntries()).isEmpty();
        assertThat(daily.projects()).isEmpty();
        assertThat(daily).isEqualTo(Daily.builder().build());
        assertThat(entry.hours()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(project.tasks()).isEmpty();
        assertThat(project.isBillable()).isFalse();
        assertThat(project.code()).isEmpty();
        assertThat(task.isBillable()).isFalse();
        assertThat(timer.hoursForPreviouslyRunningTimer()).isEmpty();
        assertThat(timer.stoppedAnotherTimer()).isFalse();
    }

    @Test
    void listsAreUnmodifiableAndCopied() {
        List<DayEntry> entries = new ArrayList<>(List.of(fullEntry().build()));
        Daily daily = Daily.builder().forDay(LocalDate.of(2006, 10, 18)).dayEntries(entries).build();
        entries.clear();

        assertThat(daily.dayEntries()).hasSize(1);
        assertThatThrownBy(() -> daily.dayEntries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> daily.projects().add(null)).isInstanceOf(UnsupportedOperationException.class);
        DailyProject project = DailyProject.builder().id(3).task(DailyTask.builder().id(14).build()).build();
        assertThatThrownBy(() -> project.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDailyFindsItsEntriesAndProjects() {
        DailyTask security = DailyTask.builder().name("Security support").id(14).billable(true).build();
        DailyProject project = DailyProject.builder().name("Click and Type").code("").id(3).billable(true).client("AFS")
                .clientId(7L).clientCurrency("United States Dollar - USD").clientCurrencySymbol("$").task(security)
                .build();
        Daily daily = Daily.builder().forDay(LocalDate.of(2006, 10, 18)).dayEntry(fullEntry().build()).project(project)
                .build();

        assertThat(daily.forDay()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(daily.dayEntry(195168)).contains(fullEntry().build());
        assertThat(daily.dayEntry(1)).isEmpty();
        assertThat(daily.project("Click and Type")).contains(project);
        assertThat(daily.project("Nope")).isEmpty();
        assertThat(project.code()).isEmpty();
        assertThat(project.isBillable()).isTrue();
        assertThat(project.clientId()).contains(7L);
        assertThat(project.clientCurrency()).contains("United States Dollar - USD");
        assertThat(project.clientCurrencySymbol()).contains("$");
        assertThat(project.task("Security support")).contains(security);
        assertThat(security.isBillable()).isTrue();
        assertThat(DailyProject.builder().code("CT-1").build().code()).contains("CT-1");
    }

    @Test
    void valuesAreEqualByTheirFields() {
        assertThat(fullEntry().build()).isEqualTo(fullEntry().build()).hasSameHashCodeAs(fullEntry().build())
                .isNotEqualTo(fullEntry().notes("other").build());
        assertThat(fullEntry().build().toBuilder().build()).isEqualTo(fullEntry().build());
        assertThat(fullEntry().build().toString()).contains("id=195168").contains("project=Harvest");

        TimerResult timer = TimerResult.builder().dayEntry(fullEntry().build())
                .hoursForPreviouslyRunningTimer(new BigDecimal("0.87")).build();
        assertThat(timer).isEqualTo(TimerResult.builder().dayEntry(fullEntry().build())
                .hoursForPreviouslyRunningTimer(new BigDecimal("0.87")).build());
        assertThat(timer.stoppedAnotherTimer()).isTrue();
        assertThat(timer.hoursForPreviouslyRunningTimer()).contains(new BigDecimal("0.87"));
        assertThat(timer.toString()).contains("0.87");

        DailyTask task = DailyTask.builder().name("a").id(1).billable(false).build();
        assertThat(task).isEqualTo(DailyTask.builder().name("a").id(1).billable(false).build())
                .isNotEqualTo(DailyTask.builder().name("a").id(2).billable(false).build());
        assertThat(Daily.builder().project(DailyProject.builder().id(3).task(task).build()).build())
                .isEqualTo(Daily.builder().projects(List.of(DailyProject.builder().id(3).tasks(List.of(task)).build()))
                        .build());
    }

    private static <T> T bare(Class<T> type) throws Exception {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
