package io.harvest4j.timetracking;

import io.harvest4j.core.Call;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Response;
import io.harvest4j.timetracking.internal.DayEntryRequestBody;
import io.harvest4j.timetracking.internal.RequestChecks;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Time Tracking API: the daily timesheet, its entries and their timers, for the user the
 * client acts as, or, through {@link #ofUser(long)}, for another user. Thread-safe and immutable;
 * every method comes in a blocking and an {@code …Async} form.
 *
 * <pre>{@code
 * TimeTracking timeTracking = new TimeTracking(client);   // or injected by Guice
 * Daily today = timeTracking.daily();
 * DailyProject project = today.projects().get(0);
 * TimerResult started = timeTracking.add(NewDayEntry.startingTimer()
 *         .projectId(project.id()).taskId(project.tasks().get(0).id()).notes("Release 2.1").build());
 * TimerResult stopped = timeTracking.toggleTimer(started.dayEntry().id());
 * }</pre>
 *
 * <p>Arguments are checked before anything is sent: a missing or non-positive id, a missing date or
 * request is refused at once with an {@link InvalidRequestException} (thrown, also by the
 * {@code …Async} forms). Failures of the call itself are {@link HarvestException}s, thrown by the
 * blocking forms and completing the futures of the asynchronous ones; a 404 means "not found, or
 * not visible to this user".
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
     */
    @Inject
    public TimeTracking(HarvestClient client) {
        this(client, null);
    }

    private TimeTracking(HarvestClient client, Long ofUser) {
        this.client = Objects.requireNonNull(client, "client");
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
        return new TimeTracking(client, RequestChecks.positiveId("TimeTracking.ofUser: userId", userId));
    }

    /** @return the user whose timesheet this view works with; empty for the client's own user */
    public Optional<Long> ofUserId() {
        return Optional.ofNullable(ofUser);
    }

    /**
     * {@code GET /daily}: today's timesheet (today in the account's time zone), with the projects
     * and tasks the user may log time to.
     *
     * @return the timesheet
     */
    public Daily daily() {
        return client.send(dailyCall());
    }

    /**
     * {@code GET /daily}, asynchronously; see {@link #daily()}.
     *
     * @return a future of today's timesheet
     */
    public CompletableFuture<Daily> dailyAsync() {
        return client.sendAsync(dailyCall());
    }

    /**
     * {@code GET /daily/{day_of_year}/{year}}: the timesheet of a day ({@code /daily/60/2024} for
     * 29 February 2024).
     *
     * @param day the day
     * @return the timesheet
     * @throws InvalidRequestException when the day is {@code null} or its year has not four digits
     */
    public Daily daily(LocalDate day) {
        return client.send(dailyCall(day));
    }

    /**
     * {@code GET /daily/{day_of_year}/{year}}, asynchronously; see {@link #daily(LocalDate)}.
     *
     * @param day the day
     * @return a future of the timesheet
     * @throws InvalidRequestException at once, when the day is {@code null} or its year has not four digits
     */
    public CompletableFuture<Daily> dailyAsync(LocalDate day) {
        return client.sendAsync(dailyCall(day));
    }

    /**
     * {@code GET /daily/show/{id}}: one entry.
     *
     * @param dayEntryId the entry's id
     * @return the entry
     * @throws InvalidRequestException when the id is not positive
     */
    public DayEntry show(long dayEntryId) {
        return client.send(showCall(dayEntryId));
    }

    /**
     * {@code GET /daily/show/{id}}, asynchronously; see {@link #show(long)}.
     *
     * @param dayEntryId the entry's id
     * @return a future of the entry
     * @throws InvalidRequestException at once, when the id is not positive
     */
    public CompletableFuture<DayEntry> showAsync(long dayEntryId) {
        return client.sendAsync(showCall(dayEntryId));
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
     * @return the toggled (or new) entry
     * @throws InvalidRequestException when the id is not positive
     */
    public TimerResult toggleTimer(long dayEntryId) {
        return client.send(toggleTimerCall(dayEntryId));
    }

    /**
     * {@code GET /daily/timer/{id}}, asynchronously and never retried once it may have reached the
     * service; see {@link #toggleTimer(long)}.
     *
     * @param dayEntryId the entry's id
     * @return a future of the toggled (or new) entry
     * @throws InvalidRequestException at once, when the id is not positive
     */
    public CompletableFuture<TimerResult> toggleTimerAsync(long dayEntryId) {
        return client.sendAsync(toggleTimerCall(dayEntryId));
    }

    /**
     * {@code POST /daily/add} with {@code <request>…</request>} (JSON unwrapped): creates an entry;
     * the service answers {@code 201 Created} with it. An entry {@link NewDayEntry#startingTimer()
     * starting a timer} stops any other running timer of the user (see
     * {@link TimerResult#hoursForPreviouslyRunningTimer()}). Not retried once it may have reached
     * the service.
     *
     * @param entry the entry
     * @return the created entry
     * @throws InvalidRequestException when the entry is {@code null}
     */
    public TimerResult add(NewDayEntry entry) {
        return client.send(addCall(entry));
    }

    /**
     * {@code POST /daily/add}, asynchronously; see {@link #add(NewDayEntry)}.
     *
     * @param entry the entry
     * @return a future of the created entry
     * @throws InvalidRequestException at once, when the entry is {@code null}
     */
    public CompletableFuture<TimerResult> addAsync(NewDayEntry entry) {
        return client.sendAsync(addCall(entry));
    }

    /**
     * {@code POST /daily/update/{id}} with {@code <request>…</request>} (JSON unwrapped): overwrites
     * the entry's fields with those the update provides. The call is declared idempotent (sending
     * the same overwrite twice leaves the entry as sending it once), so a failed attempt may be
     * retried.
     *
     * @param dayEntryId the entry's id
     * @param update the change
     * @return the updated entry
     * @throws InvalidRequestException when the id is not positive or the update is {@code null}
     */
    public DayEntry update(long dayEntryId, DayEntryUpdate update) {
        return client.send(updateCall(dayEntryId, update));
    }

    /**
     * {@code POST /daily/update/{id}}, asynchronously; see {@link #update(long, DayEntryUpdate)}.
     *
     * @param dayEntryId the entry's id
     * @param update the change
     * @return a future of the updated entry
     * @throws InvalidRequestException at once, when the id is not positive or the update is {@code null}
     */
    public CompletableFuture<DayEntry> updateAsync(long dayEntryId, DayEntryUpdate update) {
        return client.sendAsync(updateCall(dayEntryId, update));
    }

    /**
     * {@code DELETE /daily/delete/{id}}: deletes the entry. Locked (approved or invoiced) time may
     * be deleted by administrators only.
     *
     * @param dayEntryId the entry's id
     * @throws InvalidRequestException when the id is not positive
     */
    public void delete(long dayEntryId) {
        client.send(deleteCall(dayEntryId));
    }

    /**
     * {@code DELETE /daily/delete/{id}}, asynchronously; see {@link #delete(long)}.
     *
     * @param dayEntryId the entry's id
     * @return a future completed when the entry is deleted
     * @throws InvalidRequestException at once, when the id is not positive
     */
    public CompletableFuture<Void> deleteAsync(long dayEntryId) {
        return client.sendAsync(deleteCall(dayEntryId));
    }

    @Override
    public String toString() {
        return "TimeTracking{" + client + (ofUser == null ? "" : ", of_user=" + ofUser) + "}";
    }

    private Call<Daily> dailyCall() {
        return Call.get("/daily").query("of_user", ofUser).decoding(Daily.class, DAILY);
    }

    private Call<Daily> dailyCall(LocalDate day) {
        RequestChecks.date("TimeTracking.daily: day", RequestChecks.required("TimeTracking.daily: day", day));
        return Call.get("/daily/{}/{}", day.getDayOfYear(), day.getYear()).query("of_user", ofUser)
                .decoding(Daily.class, DAILY);
    }

    private Call<DayEntry> showCall(long dayEntryId) {
        RequestChecks.positiveId("TimeTracking.show: dayEntryId", dayEntryId);
        return Call.get("/daily/show/{}", dayEntryId).query("of_user", ofUser).reading(TimeTracking::readEntry);
    }

    private Call<TimerResult> toggleTimerCall(long dayEntryId) {
        RequestChecks.positiveId("TimeTracking.toggleTimer: dayEntryId", dayEntryId);
        return Call.get("/daily/timer/{}", dayEntryId).query("of_user", ofUser).idempotent(false)
                .reading(TimeTracking::readTimer);
    }

    private Call<TimerResult> addCall(NewDayEntry entry) {
        RequestChecks.required("TimeTracking.add: entry", entry);
        return Call.post("/daily/add").query("of_user", ofUser).body(DayEntryRequestBody.of(entry), REQUEST)
                .idempotent(false).reading(TimeTracking::readTimer);
    }

    private Call<DayEntry> updateCall(long dayEntryId, DayEntryUpdate update) {
        RequestChecks.positiveId("TimeTracking.update: dayEntryId", dayEntryId);
        RequestChecks.required("TimeTracking.update: update", update);
        return Call.post("/daily/update/{}", dayEntryId).query("of_user", ofUser)
                .body(DayEntryRequestBody.of(update), REQUEST).idempotent(true).reading(TimeTracking::readEntry);
    }

    private Call<Void> deleteCall(long dayEntryId) {
        RequestChecks.positiveId("TimeTracking.delete: dayEntryId", dayEntryId);
        return Call.delete("/daily/delete/{}", dayEntryId).query("of_user", ofUser).discardingBody();
    }

    /** Reads a {@code <timer>} answer, which must hold an entry. */
    private static TimerResult readTimer(Response response, Codec codec) {
        TimerResult result = codec.decode(response.body(), TimerResult.class, TIMER);
        // JSON lays the entry's fields at the top level, so an answer without an entry still binds
        // one: an entry without an id is no entry
        if (result.dayEntry() == null || result.dayEntry().id() <= 0) {
            throw new CodecException(response.request().method() + " " + response.request().uri().getPath()
                    + " answered a timer without a day entry: " + CodecException.preview(response.body()));
        }
        return result;
    }

    /** Reads a {@code <timer>} answer and gives its entry. */
    private static DayEntry readEntry(Response response, Codec codec) {
        return readTimer(response, codec).dayEntry();
    }
}
