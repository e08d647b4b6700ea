package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The Time Tracking API ({@code /daily…}), XML names underscored, answers unwrapped in JSON.
 * Every call works on the timesheet of the caller, or of {@code of_user} for an administrator.
 */
final class TimeTrackingEndpoints {

    private static final String WRAPPER = "request";

    private final Account account;
    private final WireWriter writer;

    TimeTrackingEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    /** @param routes where to add the {@code /daily…} routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /daily", call -> daily(call, null, null))
                .add("GET /daily/{day:[0-9]+}/{year}", call -> daily(call, call.variable("day"), call.variable("year")))
                .add("GET /daily/show/{id}", this::show)
                .add("GET /daily/timer/{id}", this::toggle)
                .add("POST /daily/add", this::add)
                .add("POST|PUT /daily/update/{id}", this::update)
                .add("DELETE /daily/delete/{id}", this::delete);
    }

    // ---- GET /daily, GET /daily/{day_of_year}/{year}

    private Answer daily(ApiCall call, String dayOfYear, String year) {
        User owner = timesheetOwner(call);
        LocalDate day = dayOfYear == null ? today(owner, call.now) : dayOf(dayOfYear, year);
        List<WireObject> entries = new ArrayList<>();
        for (DayEntry entry : account.dayEntries(owner.id(), day)) {
            entries.add(entry(entry, call.now));
        }
        WireObject daily = WireObject.create()
                .date("for_day", day, WireDates.RFC_DATE)
                .array("day_entries", "day_entry", entries);
        List<Project> projects = account.loggableProjects(owner.id());
        if (!projects.isEmpty()) {
            List<WireObject> items = new ArrayList<>();
            for (Project project : projects) {
                items.add(project(project));
            }
            daily.array("projects", "project", items);
        }
        return Answer.of(200, call.format, writer.write(call.format, "daily", daily, WireWriter.XmlNaming.UNDERSCORED));
    }

    private static LocalDate dayOf(String dayOfYear, String yearText) {
        int day;
        int year;
        try {
            day = Math.toIntExact(asciiNumber(dayOfYear));
            year = Math.toIntExact(asciiNumber(yearText));
        } catch (NumberFormatException | ArithmeticException e) {
            throw RequestRefused.notFound("No such day: " + dayOfYear + "/" + yearText);
        }
        if (year < 1 || year > 9999 || day < 1 || day > Year.of(year).length()) {
            throw RequestRefused.notFound("No such day: day " + dayOfYear + " of " + yearText
                    + " (a day of the year is 1.." + (year >= 1 && year <= 9999 ? Year.of(year).length() : 366) + ")");
        }
        return LocalDate.ofYearDay(year, day);
    }

    // ---- GET /daily/show/{id}

    private Answer show(ApiCall call) {
        User owner = timesheetOwner(call);
        DayEntry entry = ownedEntry(owner, call.variable("id"));
        return timer(200, call, entry, null);
    }

    // ---- GET /daily/timer/{id}

    private Answer toggle(ApiCall call) {
        User owner = timesheetOwner(call);
        DayEntry entry = ownedEntry(owner, call.variable("id"));
        if (entry.isRunning()) {
            stop(entry, owner, call.now);
            return timer(200, call, entry, null);
        }
        if (account.timestampTimers()) {
            requireLoggable(owner, entry.projectId(), entry.taskId());
            BigDecimal previous = stopRunningTimer(owner, call.now);
            DayEntry restarted = account.addDayEntry(owner.id(), entry.projectId(), entry.taskId(), entry.spentAt(),
                    entry.notes(), BigDecimal.ZERO);
            start(restarted, owner, call.now);
            return timer(200, call, restarted, previous);
        }
        requireEditable(call.user, entry);
        BigDecimal previous = stopRunningTimer(owner, call.now);
        start(entry, owner, call.now);
        return timer(200, call, entry, previous);
    }

    // ---- POST /daily/add

    private Answer add(ApiCall call) {
        requireRequestWrapper(call.params);
        User owner = timesheetOwner(call);
        long projectId = requiredId(call.params, "project_id");
        long taskId = requiredId(call.params, "task_id");
        requireLoggable(owner, projectId, taskId);
        String spentAtText = call.params.get(WRAPPER, "spent_at");
        LocalDate spentAt = isBlank(spentAtText) ? today(owner, call.now) : date("spent_at", spentAtText);
        String notes = call.params.get(WRAPPER, "notes");
        String hoursText = call.params.get(WRAPPER, "hours");

        BigDecimal hours = BigDecimal.ZERO;
        LocalTime startedAt = null;
        LocalTime endedAt = null;
        boolean startTimer;
        if (!isBlank(hoursText)) {
            hours = hours(hoursText);
            startTimer = false;
        } else if (account.timestampTimers()) {
            String startText = call.params.get(WRAPPER, "started_at");
            String endText = call.params.get(WRAPPER, "ended_at");
            if (isBlank(startText) && isBlank(endText)) {
                startTimer = true;
            } else if (!isBlank(startText) && !isBlank(endText)) {
                startedAt = clockTime("started_at", startText);
                endedAt = clockTime("ended_at", endText);
                hours = hoursBetween(startedAt, endedAt);
                startTimer = false;
            } else {
                throw RequestRefused.badRequest(
                        "Send both started_at and ended_at, or leave both blank to start a timer");
            }
        } else {
            startTimer = true;
        }

        DayEntry entry = account.addDayEntry(owner.id(), projectId, taskId, spentAt, notes, hours);
        entry.setTimestamps(startedAt, endedAt);
        BigDecimal previous = null;
        if (startTimer) {
            previous = stopRunningTimer(owner, call.now);
            start(entry, owner, call.now);
        }
        return timer(201, call, entry, previous).header("Location", "/daily/show/" + entry.id());
    }

    // ---- POST|PUT /daily/update/{id}

    private Answer update(ApiCall call) {
        requireRequestWrapper(call.params);
        User owner = timesheetOwner(call);
        DayEntry entry = ownedEntry(owner, call.variable("id"));
        requireEditable(call.user, entry);
        RequestParameters params = call.params;

        long projectId = entry.projectId();
        long taskId = entry.taskId();
        LocalDate spentAt = entry.spentAt();
        if (!isBlank(params.get(WRAPPER, "project_id"))) {
            projectId = id(params, "project_id");
        }
        if (!isBlank(params.get(WRAPPER, "task_id"))) {
            taskId = id(params, "task_id");
        }
        if (!isBlank(params.get(WRAPPER, "spent_at"))) {
            spentAt = date("spent_at", params.get(WRAPPER, "spent_at"));
        }
        if (entry.isLocked()) {
            requireUnchanged("project_id", entry.projectId(), projectId);
            requireUnchanged("task_id", entry.taskId(), taskId);
            requireUnchanged("spent_at", entry.spentAt(), spentAt);
        }
        if (projectId != entry.projectId() || taskId != entry.taskId()) {
            requireLoggable(owner, projectId, taskId);
        }
        boolean notesSent = params.has(WRAPPER, "notes");
        String notes = params.get(WRAPPER, "notes");
        String hoursText = params.get(WRAPPER, "hours");
        BigDecimal hours = isBlank(hoursText) ? null : hours(hoursText);

        // every value is checked: now apply them (a refused update changes nothing)
        if (account.timestampTimers() && hours == null) {
            updateTimestamps(entry, owner, params, call.now);
        }
        entry.moveTo(projectId, taskId);
        entry.setSpentAt(spentAt);
        if (notesSent) {
            entry.setNotes(notes);
        }
        if (hours != null) {
            entry.setHours(hours, call.now);
            if (account.timestampTimers()) {
                entry.setTimestamps(null, null);
            }
        }
        account.dayEntries().touch(entry);
        return timer(200, call, entry, null);
    }

    private void updateTimestamps(DayEntry entry, User owner, RequestParameters params, Instant now) {
        String startText = params.get(WRAPPER, "started_at");
        String endText = params.get(WRAPPER, "ended_at");
        if (isBlank(startText) && isBlank(endText)) {
            return;
        }
        LocalTime start = isBlank(startText) ? entry.startedAt() : clockTime("started_at", startText);
        LocalTime end = isBlank(endText) ? entry.endedAt() : clockTime("ended_at", endText);
        if (entry.isRunning() && isBlank(endText)) {
            entry.setTimestamps(start, null);
            return;
        }
        if (start == null || end == null) {
            throw RequestRefused.badRequest("started_at and ended_at are both needed to compute the hours");
        }
        BigDecimal hours = hoursBetween(start, end);
        if (entry.isRunning()) {
            entry.stopTimer(now);
        }
        entry.setHours(hours, now);
        entry.setTimestamps(start, end);
    }

    // ---- DELETE /daily/delete/{id}

    private Answer delete(ApiCall call) {
        User owner = timesheetOwner(call);
        DayEntry entry = ownedEntry(owner, call.variable("id"));
        requireEditable(call.user, entry);
        account.dayEntries().remove(entry.id());
        return Answer.empty(200);
    }

    // ---- rules

    /** The timesheet a call works on: the caller's, or {@code of_user}'s (administrators only; others get 404). */
    private User timesheetOwner(ApiCall call) {
        String ofUser = call.params.get(WRAPPER, "of_user");
        if (isBlank(ofUser)) {
            return call.user;
        }
        long id;
        try {
            id = asciiNumber(ofUser.trim());
        } catch (NumberFormatException e) {
            throw RequestRefused.notFound("No user " + ofUser);
        }
        if (id == call.user.id()) {
            return call.user;
        }
        if (!call.user.isAdmin()) {
            throw RequestRefused.notFound("No user " + id + " (of_user is for administrators)");
        }
        return account.users().find(id).orElseThrow(() -> RequestRefused.notFound("No user " + id));
    }

    private DayEntry ownedEntry(User owner, String idText) {
        long id;
        try {
            id = asciiNumber(idText);
        } catch (NumberFormatException e) {
            throw RequestRefused.notFound("No day entry " + idText);
        }
        return account.dayEntries().find(id).filter(e -> e.userId() == owner.id())
                .orElseThrow(() -> RequestRefused.notFound("No day entry " + id + " on this timesheet"));
    }

    private static void requireEditable(User actor, DayEntry entry) {
        if (entry.isLocked() && !actor.isAdmin()) {
            throw RequestRefused.badRequest("Day entry " + entry.id()
                    + " is locked (approved or invoiced): only administrators may change or delete it");
        }
    }

    private static void requireUnchanged(String field, Object before, Object after) {
        if (!before.equals(after)) {
            throw RequestRefused.badRequest(field + " cannot be changed on a locked (approved or invoiced) day entry");
        }
    }

    private void requireLoggable(User owner, long projectId, long taskId) {
        Project project = account.projects().find(projectId)
                .orElseThrow(() -> RequestRefused.badRequest("No project " + projectId));
        if (!project.isActive()) {
            throw RequestRefused.badRequest("Project " + projectId + " is archived");
        }
        if (account.loggableProjects(owner.id()).stream().noneMatch(p -> p.id() == projectId)) {
            throw RequestRefused.badRequest("User " + owner.id() + " is not assigned to project " + projectId);
        }
        if (!account.canLog(owner.id(), projectId, taskId)) {
            throw RequestRefused.badRequest("Task " + taskId + " is not assigned to project " + projectId);
        }
    }

    private static void requireRequestWrapper(RequestParameters params) {
        if (params.bodyFormat() == WireFormat.XML && !WRAPPER.equals(params.xmlRoot())) {
            throw RequestRefused.badRequest("Wrap the fields of an XML body in <request>, not <" + params.xmlRoot() + ">");
        }
    }

    // ---- timers

    private BigDecimal stopRunningTimer(User owner, Instant now) {
        DayEntry running = account.runningTimer(owner.id()).orElse(null);
        if (running == null) {
            return null;
        }
        return stop(running, owner, now);
    }

    private BigDecimal stop(DayEntry entry, User owner, Instant now) {
        BigDecimal hours = entry.stopTimer(now);
        if (account.timestampTimers() && entry.startedAt() != null) {
            entry.setTimestamps(entry.startedAt(), clockNow(owner, now));
        }
        account.dayEntries().touch(entry);
        return hours;
    }

    private void start(DayEntry entry, User owner, Instant now) {
        entry.startTimer(now);
        if (account.timestampTimers()) {
            entry.setTimestamps(clockNow(owner, now), null);
        }
        account.dayEntries().touch(entry);
    }

    // ---- wire

    private Answer timer(int status, ApiCall call, DayEntry entry, BigDecimal previous) {
        WireObject dayEntry = entry(entry, call.now);
        byte[] body;
        if (call.format == WireFormat.XML) {
            WireObject timer = WireObject.create().object("day_entry", dayEntry);
            if (previous != null) {
                timer.hours("hours_for_previously_running_timer", previous).xmlPadded();
            }
            body = writer.xml("timer", timer, WireWriter.XmlNaming.UNDERSCORED);
        } else {
            WireObject flat = dayEntry.copy();
            if (previous != null) {
                flat.hours("hours_for_previously_running_timer", previous);
            }
            body = writer.json(flat);
        }
        return Answer.of(status, call.format, body);
    }

    private WireObject entry(DayEntry entry, Instant now) {
        Project project = account.projects().get(entry.projectId());
        Client client = account.clients().get(project.clientId());
        Task task = account.tasks().get(entry.taskId());
        WireObject wire = WireObject.create()
                .integer("id", entry.id())
                .date("spent_at", entry.spentAt(), DateTimeFormatter.ISO_LOCAL_DATE)
                .integer("user_id", entry.userId())
                .string("client", client.name())
                .string("project_id", Long.toString(project.id()))
                .string("project", project.name())
                .string("task_id", Long.toString(task.id()))
                .string("task", task.name())
                .hours("hours", entry.hours(now))
                .hours("hours_without_timer", entry.hoursWithoutTimer()).jsonOnly()
                .string("notes", entry.notes());
        if (entry.isRunning()) {
            wire.dateTime("timer_started_at", entry.timerStartedAt(), WireDates.RFC_DATE_TIME, WireDates.ISO_Z).xmlPadded();
        }
        wire.dateTime("created_at", entry.createdAt(), WireDates.RFC_DATE_TIME, WireDates.ISO_Z)
                .dateTime("updated_at", entry.updatedAt(), WireDates.RFC_DATE_TIME, WireDates.ISO_Z);
        if (account.timestampTimers()) {
            wire.string("started_at", entry.startedAt() == null ? null : WireDates.formatClockTime(entry.startedAt()));
            String ended;
            if (entry.endedAt() != null) {
                ended = WireDates.formatClockTime(entry.endedAt());
            } else {
                ended = entry.isRunning() && entry.startedAt() != null ? "" : null;
            }
            wire.string("ended_at", ended);
        }
        return wire;
    }

    private WireObject project(Project project) {
        Client client = account.clients().get(project.clientId());
        List<WireObject> tasks = new ArrayList<>();
        for (TaskAssignment assignment : account.loggableTasks(project.id())) {
            Task task = account.tasks().get(assignment.taskId());
            tasks.add(WireObject.create()
                    .string("name", task.name())
                    .integer("id", task.id())
                    .bool("billable", assignment.isBillable()));
        }
        return WireObject.create()
                .string("name", project.name())
                .string("code", project.code())
                .integer("id", project.id())
                .bool("billable", project.isBillable())
                .string("client", client.name())
                .integer("client_id", client.id())
                .string("client_currency", client.currency())
                .string("client_currency_symbol", client.currencySymbol())
                .array("tasks", "task", tasks);
    }

    // ---- values

    private static LocalDate today(User owner, Instant now) {
        return LocalDate.ofInstant(now, owner.zone());
    }

    private static LocalTime clockNow(User owner, Instant now) {
        return LocalTime.ofInstant(now, owner.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * @param text an id or a number of a path or of {@code of_user}
     * @return it, when it is ASCII digits only ({@code Long.parseLong} also takes a sign and the
     *     digits of every script, Arabic-Indic ones included, which no Rails route reads as a number)
     * @throws NumberFormatException otherwise, or when it does not fit a long
     */
    private static long asciiNumber(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a number: " + text);
            }
        }
        return Long.parseLong(text);
    }

    private static long requiredId(RequestParameters params, String field) {
        if (isBlank(params.get(WRAPPER, field))) {
            throw RequestRefused.badRequest(field + " is required");
        }
        return id(params, field);
    }

    private static long id(RequestParameters params, String field) {
        String text = params.get(WRAPPER, field).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest(field + " must be a number, not '" + text + "'");
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return WireDates.parseDate(text);
        } catch (DateTimeException e) {
            throw RequestRefused.badRequest(field + " is not a date: '" + text.trim()
                    + "' (use 2017-01-18, 2017-1-18, 2017/01/18 or Wed, 18 Jan 2017)");
        }
    }

    private static LocalTime clockTime(String field, String text) {
        try {
            return WireDates.parseClockTime(text);
        } catch (DateTimeException e) {
            throw RequestRefused.badRequest(field + " is not a time of day: '" + text.trim() + "' (use 8:00am)");
        }
    }

    private static BigDecimal hours(String text) {
        try {
            return WireDates.parseHours(text);
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest("hours must be a number of hours (1.5 or 1:30), not '" + text.trim() + "'");
        }
    }

    private static BigDecimal hoursBetween(LocalTime start, LocalTime end) {
        if (end.isBefore(start)) {
            throw RequestRefused.badRequest("ended_at (" + WireDates.formatClockTime(end)
                    + ") is before started_at (" + WireDates.formatClockTime(start) + ")");
        }
        return WireDates.hoursBetween(start, end);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
