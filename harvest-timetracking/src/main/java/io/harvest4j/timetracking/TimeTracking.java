package io.harvest4j.timetracking;

import io.harvest4j.core.Call;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.QueryValues;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.timetracking.internal.DayEntryRequestBody;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Time Tracking API: the daily timesheet, its entries and their timers, for the user the
 * client acts as, or, through {@link #ofUser(long)}, for another user. Thread-safe and immutable.
 *
 * <p>Each method answers a {@link HarvestRequest}: run it with {@code execute()} (blocking) or
 * {@code executeAsync()}, after per-call options such as {@code timeout(Duration)}.
 *
 * <pre>{@code
 * TimeTracking timeTracking = new TimeTracking(client);   // or injected by Guice
 * Daily today = timeTracking.daily().execute();
 * DailyProject project = today.projects().get(0);
 * TimerResult started = timeTracking.add(NewDayEntry.startingTimer()
 *         .projectId(project.id()).taskId(project.tasks().get(0).id()).notes("Release 2.1").build()).execute();
 * TimerResult stopped = timeTracking.toggleTimer(started.dayEntry().id()).execute();
 * Daily hers = timeTracking.ofUser(42).daily(LocalDate.of(2024, 2, 29)).timeout(Duration.ofSeconds(5)).execute();
 * }</pre>
 *
 * <p>Arguments are checked when the request is made: a missing or non-positive id, a missing date
 * or request is refused at once with an {@link InvalidRequestException}. Failures of the call
 * itself are {@link HarvestException}s, thrown by {@code execute()} and completing the future of
 * {@code executeAsync()}; a 404 means "not found, or not visible to this user".
 */
public final class TimeTracking {

    /** {@code <daily><for_day>…<day_entries>…<projects>…</daily>}; JSON the same fields, unwrapped. */
    static final WireShape DAILY = WireShape.object("daily").underscored().jsonUnwrapped().build();

    /**
     * {@code <timer><day_entry>…</day_entry><hours_for_previously_running_timer>…</timer>}; JSON
     * the entry's fields at the top level, {@code hours_for_previously_running_timer} beside them.
     */
    static final WireShape TIMER = WireShape.object("timer").underscored().jsonInlines("dayEntry").build();

    /** {@code <request><notes>…<hours>…<project_id>…</request>}; JSON the same fields, unwrapped. */
    static final WireShape REQUEST = WireShape.object("request").underscored().jsonUnwrapped().build();

    private final HarvestClient client;
    private final Long ofUser;

    /**
     * @param client the client of the account; the calls are made as its user
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public TimeTracking(HarvestClient client) {
        this(Checks.required("TimeTracking: client", client), null);
    }

    private TimeTracking(HarvestClient client, Long ofUser) {
        this.client = client;
        this.ofUser = ofUser;
    }

    /**
     * A view of another user's timesheet: every call it makes carries {@code of_user={userId}}.
     * Only administrators may work with other users' timesheets; for anyone else the service
     * answers 404 ({@link io.harvest4j.core.NotFoundException}).
     *
     * @param userId the user's id
     * @return a facade for that user's timesheet, over the same client
     * @throws InvalidRequestException when the id is not positive
     */
    public TimeTracking ofUser(long userId) {
        return new TimeTracking(client, Checks.positiveId("TimeTracking.ofUser: userId", userId));
    }

    /** @return the user whose timesheet this view works with; empty for the client's own user */
    public Optional<Long> ofUserId() {
        return Optional.ofNullable(ofUser);
    }

    /**
     * {@code GET /daily}: today's timesheet (today in the account's time zone), with the projects
     * and tasks the user may log time to.
     *
     * @return the request
     */
    public HarvestRequest<Daily> daily() {
        return request(Call.get("/daily").reading(TimeTracking::readDaily));
    }

    /**
     * {@code GET /daily/{day_of_year}/{year}}: the timesheet of a day ({@code /daily/60/2024} for
     * 29 February 2024).
     *
     * @param day the day
     * @return the request
     * @throws InvalidRequestException when the day is {@code null} or its year has not four digits
     */
    public HarvestRequest<Daily> daily(LocalDate day) {
        Checks.date("TimeTracking.daily: day", Checks.required("TimeTracking.daily: day", day));
        return request(Call.get("/daily/{}/{}", day.getDayOfYear(), day.getYear()).reading(TimeTracking::readDaily));
    }

    /**
     * {@code GET /daily/show/{id}}: one entry.
     *
     * @param dayEntryId the entry's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<DayEntry> show(long dayEntryId) {
        return request(Call.get("/daily/show/{}", id("show", dayEntryId)).reading(TimeTracking::readEntry));
    }

    /**
     * {@code GET /daily/timer/{id}}: starts the entry's timer if it is stopped, stops it if it runs.
     * Starting one stops any other running timer of the user; the answer then confirms that timer's
     * hours ({@link TimerResult#hoursForPreviouslyRunningTimer()}). On accounts with timestamp
     * timers a stopped timer is not restarted: the service creates and answers a new entry with the
     * same project, task and notes.
     *
     * <p>Although a GET, the call is declared not idempotent: it is never retried once it may have
     * reached the service, so a timer is never toggled twice by a retry.
     *
     * @param dayEntryId the entry's id
     * @return the request; its result is the toggled (or new) entry
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<TimerResult> toggleTimer(long dayEntryId) {
        return request(Call.get("/daily/timer/{}", id("toggleTimer", dayEntryId)).idempotent(false)
                .reading(TimeTracking::readTimer));
    }

    /**
     * {@code POST /daily/add} with {@code <request>…</request>} (JSON unwrapped): creates an entry;
     * the service answers {@code 201 Created} with it. An entry {@link NewDayEntry#startingTimer()
     * starting a timer} stops any other running timer of the user (see
     * {@link TimerResult#hoursForPreviouslyRunningTimer()}). Not retried once it may have reached
     * the service.
     *
     * @param entry the entry
     * @return the request; its result is the created entry
     * @throws InvalidRequestException when the entry is {@code null}
     */
    public HarvestRequest<TimerResult> add(NewDayEntry entry) {
        DayEntryRequestBody body = DayEntryRequestBody.of(Checks.required("TimeTracking.add: entry", entry));
        return request(Call.post("/daily/add").body(body, REQUEST).idempotent(false).reading(TimeTracking::readTimer));
    }

    /**
     * {@code POST /daily/update/{id}} with {@code <request>…</request>} (JSON unwrapped): overwrites
     * the entry's fields with those the update provides. The call is declared idempotent (sending
     * the same overwrite twice leaves the entry as sending it once), so a failed attempt may be
     * retried.
     *
     * @param dayEntryId the entry's id
     * @param update the change
     * @return the request; its result is the updated entry
     * @throws InvalidRequestException when the id is not positive or the update is {@code null}
     */
    public HarvestRequest<DayEntry> update(long dayEntryId, DayEntryUpdate update) {
        DayEntryRequestBody body = DayEntryRequestBody.of(Checks.required("TimeTracking.update: update", update));
        return request(Call.post("/daily/update/{}", id("update", dayEntryId)).body(body, REQUEST).idempotent(true)
                .reading(TimeTracking::readEntry));
    }

    /**
     * {@code DELETE /daily/delete/{id}}: deletes the entry. Locked (approved or invoiced) time may
     * be deleted by administrators only.
     *
     * @param dayEntryId the entry's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long dayEntryId) {
        return request(Call.delete("/daily/delete/{}", id("delete", dayEntryId)).discardingBody());
    }

    @Override
    public String toString() {
        return "TimeTracking{" + client + (ofUser == null ? "" : ", of_user=" + ofUser) + "}";
    }

    /** Makes the request, for the view's user: the one place {@code of_user} is applied. */
    private <T> HarvestRequest<T> request(Call<T> call) {
        return HarvestRequest.of(client, ofUser == null ? call : call.withQuery("of_user", QueryValues.id(ofUser)));
    }

    private static long id(String method, long dayEntryId) {
        return Checks.positiveId("TimeTracking." + method + ": dayEntryId", dayEntryId);
    }

    /** Reads a {@code <daily>} answer, which must name its day. */
    private static Daily readDaily(Response response, Codec codec) {
        Daily daily = codec.decode(response.body(), Daily.class, DAILY);
        if (daily.forDay() == null) {
            throw CodecException.incomplete(response, "a timesheet without its day (for_day)");
        }
        return daily;
    }

    /** Reads a {@code <timer>} answer, which must hold an entry. */
    private static TimerResult readTimer(Response response, Codec codec) {
        TimerResult result = codec.decode(response.body(), TimerResult.class, TIMER);
        // JSON lays the entry's fields at the top level, so an answer without an entry still binds
        // one: an entry without an id is no entry
        if (result.dayEntry() == null || result.dayEntry().id() <= 0) {
            throw CodecException.incomplete(response, "a timer without a day entry");
        }
        return result;
    }

    /** Reads a {@code <timer>} answer and gives its entry. */
    private static DayEntry readEntry(Response response, Codec codec) {
        return readTimer(response, codec).dayEntry();
    }
}
