package io.harvest4j.timetracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.timetracking.Decoded;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValuesTest {

    private static final OffsetDateTime STARTED = OffsetDateTime.of(2006, 10, 18, 9, 53, 6, 0, ZoneOffset.UTC);

    private static final String FULL_ENTRY = "{\"id\":195168,\"spent_at\":\"2006-10-18\",\"user_id\":218356,\"client\":\"Iridesco\","
            + "\"project_id\":1234567,\"project\":\"Harvest\",\"task_id\":126789,\"task\":\"Backend Programming\","
            + "\"hours\":2.06,\"hours_without_timer\":1.50,\"notes\":\"%s\",\"timer_started_at\":\"2006-10-18T09:53:06Z\","
            + "\"created_at\":\"2006-10-17T09:53:06Z\",\"updated_at\":\"2006-10-18T10:53:06Z\","
            + "\"started_at\":\"8:00am\",\"ended_at\":\"10:00am\"}";

    private static DayEntry fullEntry() {
        return fullEntry("Test api support");
    }

    private static DayEntry fullEntry(String notes) {
        return Decoded.dayEntry(String.format(FULL_ENTRY, notes));
    }

    @Test
    void aDayEntryGivesItsFields() {
        DayEntry entry = fullEntry();

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
        DayEntry entry = Decoded.dayEntry("{\"id\":195168,\"client\":\"Iridesco\",\"project\":\"Harvest\","
                + "\"task\":\"Backend Programming\",\"hours\":0.00,\"notes\":\"Test api support\","
                + "\"timer_started_at\":\"2006-10-18T09:53:06Z\"}");

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
        DayEntry entry = Decoded.dayEntry("{\"id\":1,\"started_at\":\"4:45pm\",\"ended_at\":\"\"}");

        assertThat(entry.startTime()).contains(LocalTime.of(16, 45));
        assertThat(entry.endedAt()).isEmpty();
        assertThat(entry.endTime()).isEmpty();
        assertThat(entry.isTimerRunning()).isFalse();
        assertThat(Decoded.dayEntry("{\"id\":1,\"started_at\":\"0:05\"}").startTime()).contains(LocalTime.of(0, 5));
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
        assertThat(type.getConstructors()).as("no public constructor: only codecs make response models").isEmpty();
        assertThat(type.getMethods()).as("no public static factory or builder")
                .noneMatch(method -> Modifier.isStatic(method.getModifiers()));
        assertThat(type.getDeclaredClasses()).as("no nested builder").isEmpty();
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
        assertThat(daily).isEqualTo(Decoded.daily("{}"));
        assertThat(entry.client()).isEmpty();
        assertThat(entry.project()).isEmpty();
        assertThat(entry.task()).isEmpty();
        assertThat(project.name()).isEmpty();
        assertThat(project.client()).isEmpty();
        assertThat(task.name()).isEmpty();
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
        Daily daily = Decoded.daily("{\"for_day\":\"2006-10-18\",\"day_entries\":[" + String.format(FULL_ENTRY, "n") + "],"
                + "\"projects\":[{\"id\":3,\"tasks\":[{\"id\":14}]}]}");

        assertThat(daily.dayEntries()).hasSize(1);
        assertThatThrownBy(() -> daily.dayEntries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> daily.projects().add(null)).isInstanceOf(UnsupportedOperationException.class);
        DailyProject project = daily.projects().get(0);
        assertThatThrownBy(() -> project.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDailyFindsItsEntriesAndProjects() {
        Daily daily = Decoded.daily("{\"for_day\":\"2006-10-18\",\"day_entries\":[" + String.format(FULL_ENTRY, "Test api support")
                + "],\"projects\":[{\"name\":\"Click and Type\",\"code\":\"\",\"id\":3,\"billable\":true,\"client\":\"AFS\","
                + "\"client_id\":7,\"client_currency\":\"United States Dollar - USD\",\"client_currency_symbol\":\"$\","
                + "\"tasks\":[{\"name\":\"Security support\",\"id\":14,\"billable\":true}]},"
                + "{\"name\":\"Other\",\"code\":\"CT-1\",\"id\":4}]}");
        DailyProject project = daily.projects().get(0);
        DailyTask security = project.tasks().get(0);

        assertThat(daily.forDay()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(daily.dayEntry(195168)).contains(fullEntry());
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
        assertThat(daily.projects().get(1).code()).contains("CT-1");
    }

    @Test
    void valuesAreEqualByTheirFields() {
        assertThat(fullEntry()).isEqualTo(fullEntry()).hasSameHashCodeAs(fullEntry())
                .isNotEqualTo(fullEntry("other"));
        assertThat(fullEntry().toString()).contains("id=195168").contains("project=Harvest");

        String timerJson = "{\"id\":195168,\"hours\":2.06,\"hours_for_previously_running_timer\":0.87}";
        TimerResult timer = Decoded.timer(timerJson);
        assertThat(timer).isEqualTo(Decoded.timer(timerJson)).hasSameHashCodeAs(Decoded.timer(timerJson));
        assertThat(timer.stoppedAnotherTimer()).isTrue();
        assertThat(timer.hoursForPreviouslyRunningTimer()).contains(new BigDecimal("0.87"));
        assertThat(timer.toString()).contains("0.87");

        String daily = "{\"projects\":[{\"id\":3,\"tasks\":[{\"name\":\"a\",\"id\":%d,\"billable\":false}]}]}";
        assertThat(Decoded.daily(String.format(daily, 1))).isEqualTo(Decoded.daily(String.format(daily, 1)))
                .hasSameHashCodeAs(Decoded.daily(String.format(daily, 1)))
                .isNotEqualTo(Decoded.daily(String.format(daily, 2)));
    }

    private static <T> T bare(Class<T> type) throws Exception {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
