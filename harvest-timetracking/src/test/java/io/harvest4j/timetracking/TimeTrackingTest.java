package io.harvest4j.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.timetracking.internal.DayEntryRequestBody;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTrackingTest {

    private static final DayEntry ENTRY = Decoded.dayEntry("{\"id\":195168,\"project_id\":3,\"task_id\":14,\"hours\":1.5}");
    private static final TimerResult TIMER_ANSWER = Decoded.timer(
            "{\"id\":195168,\"project_id\":3,\"task_id\":14,\"hours\":1.5,\"hours_for_previously_running_timer\":0.87}");
    private static final Daily DAILY_ANSWER = Decoded.daily(
            "{\"for_day\":\"2024-02-29\",\"day_entries\":[{\"id\":195168,\"project_id\":3,\"task_id\":14,\"hours\":1.5}]}");

    private final RecordingTransport transport = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "ok"));
    private final RecordingCodec codec = new RecordingCodec(Format.XML)
            .answering(Daily.class, DAILY_ANSWER)
            .answering(TimerResult.class, TIMER_ANSWER);
    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.XML).build())
            .codec(codec)
            .transport(transport)
            .sleeper(delay -> CompletableFuture.completedFuture(null))
            .build();
    private final TimeTracking timeTracking = new TimeTracking(client);

    // ---- GET /daily and /daily/{day_of_year}/{year}

    @Test
    void dailyGetsTodaysTimesheetAsAnUnwrappedUnderscoredDaily() {
        assertThat(timeTracking.daily().execute()).isEqualTo(DAILY_ANSWER);

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily");
        assertThat(request.body()).isEmpty();
        assertThat(request.isIdempotent()).isTrue();
        RecordingCodec.Use decoded = codec.onlyDecoded();
        assertThat(decoded.type()).isEqualTo(Daily.class);
        assertDailyShape(decoded.shape());
    }

    @ParameterizedTest(name = "{0} is /daily/{1}/{2}")
    @CsvSource({
        "2024-01-01, 1, 2024",
        "2024-02-29, 60, 2024",
        "2024-03-01, 61, 2024",
        "2024-12-31, 366, 2024",
        "2023-03-01, 60, 2023",
        "2023-12-31, 365, 2023",
        "2000-12-31, 366, 2000",
        "1900-12-31, 365, 1900"
    })
    void dailyOfADayAsksForItsDayOfTheYear(LocalDate day, int dayOfYear, int year) {
        assertThat(timeTracking.daily(day).execute()).isEqualTo(DAILY_ANSWER);

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/" + dayOfYear + "/" + year);
        assertDailyShape(codec.onlyDecoded().shape());
    }

    // ---- GET /daily/show/{id}

    @Test
    void showGetsTheEntryOutOfATimerAnswer() {
        assertThat(timeTracking.show(195168).execute()).isEqualTo(ENTRY);

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/show/195168");
        assertThat(request.body()).isEmpty();
        assertThat(request.isIdempotent()).isTrue();
        RecordingCodec.Use decoded = codec.onlyDecoded();
        assertThat(decoded.type()).isEqualTo(TimerResult.class);
        assertTimerShape(decoded.shape());
    }

    // ---- GET /daily/timer/{id}

    @Test
    void toggleTimerIsAGetDeclaredNotIdempotent() {
        TimerResult result = timeTracking.toggleTimer(195168).execute();

        assertThat(result.dayEntry()).isEqualTo(ENTRY);
        assertThat(result.hoursForPreviouslyRunningTimer()).contains(new BigDecimal("0.87"));
        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/timer/195168");
        assertThat(request.body()).isEmpty();
        assertThat(request.isIdempotent()).isFalse();
        assertTimerShape(codec.onlyDecoded().shape());
    }

    @Test
    void aServerFaultAfterAToggleIsNeverRetriedWhileAShowIs() {
        transport.enqueue(502, "ok");
        assertThatThrownBy(() -> timeTracking.toggleTimer(7).execute()).isInstanceOf(MayHaveBeenProcessedException.class)
                .hasCauseInstanceOf(ServerException.class);
        assertThat(transport.requests()).hasSize(1);

        transport.enqueue(502, "ok");
        assertThat(timeTracking.show(7).execute()).isEqualTo(ENTRY);
        assertThat(transport.requests()).extracting(request -> request.uri().getPath())
                .containsExactly("/daily/timer/7", "/daily/show/7", "/daily/show/7");
    }

    @Test
    void aTimerAnswerWithoutAnEntryIsACodecFailure() {
        codec.answering(TimerResult.class, Decoded.timer("{}"));

        assertThatThrownBy(() -> timeTracking.toggleTimer(7).execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("/daily/timer/7").hasMessageContaining("without a day entry");
        assertThatThrownBy(() -> timeTracking.show(7).execute()).isInstanceOf(CodecException.class);
    }

    // ---- POST /daily/add

    @Test
    void addPostsAnUnwrappedUnderscoredRequestAndReadsTheTimerAnswer() {
        transport.enqueue(201, "ok");
        NewDayEntry entry = NewDayEntry.withHours(new BigDecimal("1.50")).projectId(3).taskId(14)
                .spentAt(LocalDate.of(2024, 2, 29)).notes("Test api support").build();

        assertThat(timeTracking.add(entry).execute()).isEqualTo(TIMER_ANSWER);

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.POST);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/add");
        assertThat(request.isIdempotent()).isFalse();
        assertThat(request.headers().first("Content-Type")).contains("application/xml");
        assertThat(request.body().orElseThrow().content()).asString(StandardCharsets.UTF_8).startsWith("<request>");
        RecordingCodec.Use encoded = codec.onlyEncoded();
        assertRequestShape(encoded.shape());
        DayEntryRequestBody body = (DayEntryRequestBody) encoded.value().orElseThrow();
        assertThat(body.projectId()).isEqualTo(3L);
        assertThat(body.taskId()).isEqualTo(14L);
        assertThat(body.hours()).isEqualTo("1.50");
        assertThat(body.spentAt()).isEqualTo("2024-02-29");
        assertThat(body.notes()).isEqualTo("Test api support");
        assertThat(body.startedAt()).isNull();
        assertThat(body.endedAt()).isNull();
        assertTimerShape(codec.onlyDecoded().shape());
    }

    @Test
    void addStartingATimerSendsBlankHours() {
        timeTracking.add(NewDayEntry.startingTimer().projectId(3).taskId(14).build()).execute();

        DayEntryRequestBody body = (DayEntryRequestBody) codec.onlyEncoded().value().orElseThrow();
        assertThat(body.hours()).isEmpty();
        assertThat(body.spentAt()).isNull();
        assertThat(body.notes()).isNull();
    }

    @Test
    void addWithClockTimesSendsThemAsTheServiceWritesThem() {
        timeTracking.add(NewDayEntry.withTimes(LocalTime.of(8, 0), LocalTime.of(13, 5)).projectId(3).taskId(14).build()).execute();

        DayEntryRequestBody body = (DayEntryRequestBody) codec.onlyEncoded().value().orElseThrow();
        assertThat(body.hours()).isNull();
        assertThat(body.startedAt()).isEqualTo("8:00am");
        assertThat(body.endedAt()).isEqualTo("1:05pm");
    }

    @Test
    void aServerFaultAfterAnAddIsNeverRetried() {
        transport.enqueue(502, "ok");
        NewDayEntry entry = NewDayEntry.withHours(BigDecimal.ONE).projectId(3).taskId(14).build();

        assertThatThrownBy(() -> timeTracking.add(entry).execute()).isInstanceOf(MayHaveBeenProcessedException.class)
                .hasCauseInstanceOf(ServerException.class);
        assertThat(transport.requests()).hasSize(1);
    }

    // ---- POST /daily/update/{id}

    @Test
    void updatePostsTheRequestAndIsDeclaredIdempotent() {
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).hours(new BigDecimal("2.25")).notes("New notes")
                .spentAt(LocalDate.of(2006, 10, 17)).build();

        assertThat(timeTracking.update(195168, update).execute()).isEqualTo(ENTRY);

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.POST);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/update/195168");
        assertThat(request.isIdempotent()).isTrue();
        RecordingCodec.Use encoded = codec.onlyEncoded();
        assertRequestShape(encoded.shape());
        DayEntryRequestBody body = (DayEntryRequestBody) encoded.value().orElseThrow();
        assertThat(body.projectId()).isEqualTo(3L);
        assertThat(body.taskId()).isEqualTo(14L);
        assertThat(body.hours()).isEqualTo("2.25");
        assertThat(body.notes()).isEqualTo("New notes");
        assertThat(body.spentAt()).isEqualTo("2006-10-17");
        RecordingCodec.Use decoded = codec.onlyDecoded();
        assertThat(decoded.type()).isEqualTo(TimerResult.class);
        assertTimerShape(decoded.shape());
    }

    @Test
    void anUpdateLeavesOutWhatItDoesNotChange() {
        timeTracking.update(195168, DayEntryUpdate.from(ENTRY).build()).execute();

        DayEntryRequestBody body = (DayEntryRequestBody) codec.onlyEncoded().value().orElseThrow();
        assertThat(body.projectId()).isEqualTo(3L);
        assertThat(body.taskId()).isEqualTo(14L);
        assertThat(body.hours()).isNull();
        assertThat(body.notes()).isNull();
        assertThat(body.spentAt()).isNull();
        assertThat(body.startedAt()).isNull();
        assertThat(body.endedAt()).isNull();
    }

    // ---- DELETE /daily/delete/{id}

    @Test
    void deleteSendsADeleteAndReadsNothing() {
        timeTracking.delete(195168).execute();

        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(request.uri()).hasToString("http://127.0.0.1:1/daily/delete/195168");
        assertThat(request.isIdempotent()).isTrue();
        assertThat(request.body().orElseThrow().length()).isZero();
        assertThat(codec.decoded()).isEmpty();
        assertThat(codec.encoded()).isEmpty();
    }

    // ---- of_user

    @Test
    void ofUserAddsOfUserToEveryCall() {
        TimeTracking other = timeTracking.ofUser(218356);
        NewDayEntry entry = NewDayEntry.withHours(BigDecimal.ONE).projectId(3).taskId(14).build();
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).build();

        other.daily().execute();
        other.daily(LocalDate.of(2024, 12, 31)).execute();
        other.show(1).execute();
        other.toggleTimer(2).execute();
        other.add(entry).execute();
        other.update(3, update).execute();
        other.delete(4).execute();

        assertThat(transport.requests()).extracting(request -> request.method() + " " + request.uri()).containsExactly(
                "GET http://127.0.0.1:1/daily?of_user=218356",
                "GET http://127.0.0.1:1/daily/366/2024?of_user=218356",
                "GET http://127.0.0.1:1/daily/show/1?of_user=218356",
                "GET http://127.0.0.1:1/daily/timer/2?of_user=218356",
                "POST http://127.0.0.1:1/daily/add?of_user=218356",
                "POST http://127.0.0.1:1/daily/update/3?of_user=218356",
                "DELETE http://127.0.0.1:1/daily/delete/4?of_user=218356");
        assertThat(transport.requests().get(3).isIdempotent()).isFalse();
        assertThat(other.ofUserId()).contains(218356L);
    }

    @Test
    void ofUserIsAViewThatLeavesTheFacadeItCameFromAlone() {
        TimeTracking other = timeTracking.ofUser(5);
        TimeTracking yetAnother = other.ofUser(6);

        timeTracking.daily().execute();
        yetAnother.daily().execute();

        assertThat(transport.requests()).extracting(request -> request.uri().toString())
                .containsExactly("http://127.0.0.1:1/daily", "http://127.0.0.1:1/daily?of_user=6");
        assertThat(timeTracking.ofUserId()).isEmpty();
        assertThat(other.ofUserId()).contains(5L);
    }

    @Test
    void aTimeoutGivenOnARequestReachesTheTransportWithTheViewsOfUser() {
        timeTracking.ofUser(218356).daily(LocalDate.of(2024, 2, 29)).timeout(Duration.ofSeconds(5)).execute();
        timeTracking.show(1).execute();

        assertThat(transport.requests().get(0).uri()).hasToString("http://127.0.0.1:1/daily/60/2024?of_user=218356");
        assertThat(transport.requests().get(0).timeout()).contains(Duration.ofSeconds(5));
        assertThat(transport.requests().get(1).timeout()).isEmpty();
    }

    @Test
    void aTimesheetWithoutItsDayIsACodecFailure() {
        codec.answering(Daily.class, Decoded.daily("{\"day_entries\":[]}"));

        assertThatThrownBy(() -> timeTracking.daily().execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("GET /daily").hasMessageContaining("for_day");
    }

    @Test
    void aRequestIsImmutableAndMayBeRunAgain() {
        HarvestRequest<Daily> today = timeTracking.daily();

        today.execute();
        today.timeout(Duration.ofSeconds(1));
        today.execute();

        assertThat(transport.requests()).hasSize(2).allSatisfy(request -> assertThat(request.timeout()).isEmpty());
        assertThat(today.call().path()).isEqualTo("/daily");
    }

    @Test
    void aDenialOfAnotherUsersTimesheetIsANotFound() {
        transport.enqueue(404, "ok");

        assertThatThrownBy(() -> timeTracking.ofUser(5).daily().execute()).isInstanceOf(NotFoundException.class);
    }

    // ---- asynchronous forms

    @Test
    void asynchronousFormsMakeTheSameCalls() {
        NewDayEntry entry = NewDayEntry.withHours(BigDecimal.ONE).projectId(3).taskId(14).build();
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).build();

        assertThat(timeTracking.daily().executeAsync().join()).isEqualTo(DAILY_ANSWER);
        assertThat(timeTracking.daily(LocalDate.of(2024, 1, 1)).executeAsync().join()).isEqualTo(DAILY_ANSWER);
        assertThat(timeTracking.show(1).executeAsync().join()).isEqualTo(ENTRY);
        assertThat(timeTracking.toggleTimer(2).executeAsync().join()).isEqualTo(TIMER_ANSWER);
        assertThat(timeTracking.add(entry).executeAsync().join()).isEqualTo(TIMER_ANSWER);
        assertThat(timeTracking.update(3, update).executeAsync().join()).isEqualTo(ENTRY);
        assertThat(timeTracking.delete(4).executeAsync().join()).isNull();

        assertThat(transport.requests()).extracting(request -> request.method() + " " + request.uri().getPath()
                + " " + request.isIdempotent()).containsExactly(
                        "GET /daily true",
                        "GET /daily/1/2024 true",
                        "GET /daily/show/1 true",
                        "GET /daily/timer/2 false",
                        "POST /daily/add false",
                        "POST /daily/update/3 true",
                        "DELETE /daily/delete/4 true");
    }

    @Test
    void asynchronousFailuresOfTheCallCompleteTheFuture() {
        transport.enqueue(404, "ok");

        CompletableFuture<DayEntry> future = timeTracking.show(1).executeAsync();

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).hasCauseInstanceOf(NotFoundException.class);
    }

    // ---- arguments are checked before anything is sent

    @Test
    void invalidArgumentsAreRefusedBeforeAnythingIsSent() {
        DayEntryUpdate update = DayEntryUpdate.from(ENTRY).build();
        List<ThrowingCallable> calls = List.of(
                () -> timeTracking.show(0).execute(),
                () -> timeTracking.show(-1).execute(),
                () -> timeTracking.show(0).executeAsync(),
                () -> timeTracking.toggleTimer(0).execute(),
                () -> timeTracking.toggleTimer(-5).executeAsync(),
                () -> timeTracking.delete(0).execute(),
                () -> timeTracking.delete(-1).executeAsync(),
                () -> timeTracking.update(0, update).execute(),
                () -> timeTracking.update(-1, update).executeAsync(),
                () -> timeTracking.update(1, null).execute(),
                () -> timeTracking.update(1, null).executeAsync(),
                () -> timeTracking.add(null).execute(),
                () -> timeTracking.add(null).executeAsync(),
                () -> timeTracking.daily(null).execute(),
                () -> timeTracking.daily(null).executeAsync(),
                () -> timeTracking.daily(LocalDate.of(0, 1, 1)).execute(),
                () -> timeTracking.daily(LocalDate.MAX).execute(),
                () -> timeTracking.ofUser(0),
                () -> timeTracking.ofUser(-218356));

        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(transport.requests()).isEmpty();
        assertThat(codec.encoded()).isEmpty();
    }

    @Test
    void refusalsNameWhatWasWrong() {
        assertRefused(() -> timeTracking.show(0).execute(), message -> assertThat(message).contains("dayEntryId").contains("0"));
        assertRefused(() -> timeTracking.toggleTimer(-3).execute(), message -> assertThat(message).contains("dayEntryId"));
        assertRefused(() -> timeTracking.update(1, null).execute(), message -> assertThat(message).contains("update"));
        assertRefused(() -> timeTracking.add(null).execute(), message -> assertThat(message).contains("entry"));
        assertRefused(() -> timeTracking.daily(null).execute(), message -> assertThat(message).contains("day"));
        assertRefused(() -> timeTracking.ofUser(0), message -> assertThat(message).contains("userId"));
    }

    @Test
    void anInvalidRequestIsNeverBuiltSoNeverSent() {
        assertThatThrownBy(() -> timeTracking.add(NewDayEntry.withHours(new BigDecimal("-1")).projectId(3).taskId(14)
                .build()).execute()).isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requests()).isEmpty();
    }

    private static void assertRefused(ThrowingCallable call, Consumer<String> message) {
        assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class)
                .satisfies(failure -> message.accept(failure.getMessage()));
    }

    private static void assertDailyShape(WireShape shape) {
        assertThat(shape.root()).isEqualTo("daily");
        assertThat(shape.isList()).isFalse();
        assertThat(shape.xmlNaming()).isEqualTo(WireNaming.UNDERSCORED);
        assertThat(shape.jsonWrapped()).isFalse();
        assertThat(shape.jsonInlined()).isEmpty();
    }

    private static void assertTimerShape(WireShape shape) {
        assertThat(shape.root()).isEqualTo("timer");
        assertThat(shape.isList()).isFalse();
        assertThat(shape.xmlNaming()).isEqualTo(WireNaming.UNDERSCORED);
        assertThat(shape.jsonWrapped()).isFalse();
        assertThat(shape.jsonInlined()).contains("dayEntry");
    }

    private static void assertRequestShape(WireShape shape) {
        assertThat(shape.root()).isEqualTo("request");
        assertThat(shape.isList()).isFalse();
        assertThat(shape.xmlNaming()).isEqualTo(WireNaming.UNDERSCORED);
        assertThat(shape.jsonWrapped()).isFalse();
        assertThat(shape.jsonInlined()).isEmpty();
    }
}
