package io.harvest4j.benchmarks;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Answers bound by hand to models of the same fields and types as harvest4j's ({@code WhoAmI},
 * {@code Daily}, {@code DayEntry}, {@code DailyProject}): what an application writes when it
 * binds without a library, JSON from JSON-P's tree, XML straight from the StAX stream.
 */
final class HandBound {

    private HandBound() {
    }

    static final class WhoAmI {
        final Company company = new Company();
        final User user = new User();
    }

    static final class Company {
        String name;
        String baseUri;
        String fullDomain;
        Boolean active;
        String weekStartDay;
        String timeFormat;
        String clock;
    }

    static final class User {
        long id;
        String email;
        String firstName;
        String lastName;
        Boolean admin;
        String timezone;
        Integer timezoneUtcOffset;
    }

    static final class Daily {
        LocalDate forDay;
        final List<DayEntry> dayEntries = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
    }

    static final class DayEntry {
        long id;
        LocalDate spentAt;
        Long userId;
        String client;
        Long projectId;
        String project;
        Long taskId;
        String task;
        BigDecimal hours;
        BigDecimal hoursWithoutTimer;
        String notes;
        OffsetDateTime timerStartedAt;
        OffsetDateTime createdAt;
        OffsetDateTime updatedAt;
    }

    static final class Project {
        long id;
        String name;
        String code;
        Boolean billable;
        String client;
        Long clientId;
        final List<Task> tasks = new ArrayList<>();
    }

    static final class Task {
        long id;
        String name;
        Boolean billable;
    }

    // ---- JSON, from JSON-P's tree

    static WhoAmI whoAmIFromJson(byte[] body) {
        JsonObject root = RawTrees.json(body);
        WhoAmI me = new WhoAmI();
        JsonObject company = root.getJsonObject("company");
        me.company.name = string(company, "name");
        me.company.baseUri = string(company, "base_uri");
        me.company.fullDomain = string(company, "full_domain");
        me.company.active = bool(company, "active");
        me.company.weekStartDay = string(company, "week_start_day");
        me.company.timeFormat = string(company, "time_format");
        me.company.clock = string(company, "clock");
        JsonObject user = root.getJsonObject("user");
        me.user.id = number(user, "id").longValue();
        me.user.email = string(user, "email");
        me.user.firstName = string(user, "first_name");
        me.user.lastName = string(user, "last_name");
        me.user.admin = bool(user, "admin");
        me.user.timezone = string(user, "timezone");
        BigDecimal offset = number(user, "timezone_utc_offset");
        me.user.timezoneUtcOffset = offset == null ? null : offset.intValue();
        return me;
    }

    static Daily dailyFromJson(byte[] body) {
        JsonObject root = RawTrees.json(body);
        Daily daily = new Daily();
        daily.forDay = LocalDate.parse(root.getString("for_day"));
        for (JsonValue value : root.getJsonArray("day_entries")) {
            JsonObject e = value.asJsonObject();
            DayEntry entry = new DayEntry();
            entry.id = number(e, "id").longValue();
            entry.spentAt = date(string(e, "spent_at"));
            entry.userId = longOrNull(number(e, "user_id"));
            entry.client = string(e, "client");
            entry.projectId = longOrNull(number(e, "project_id"));
            entry.project = string(e, "project");
            entry.taskId = longOrNull(number(e, "task_id"));
            entry.task = string(e, "task");
            entry.hours = number(e, "hours");
            entry.hoursWithoutTimer = number(e, "hours_without_timer");
            entry.notes = string(e, "notes");
            entry.timerStartedAt = dateTime(string(e, "timer_started_at"));
            entry.createdAt = dateTime(string(e, "created_at"));
            entry.updatedAt = dateTime(string(e, "updated_at"));
            daily.dayEntries.add(entry);
        }
        JsonArray projects = root.getJsonArray("projects");
        for (JsonValue value : projects) {
            JsonObject p = value.asJsonObject();
            Project project = new Project();
            project.id = number(p, "id").longValue();
            project.name = string(p, "name");
            project.code = string(p, "code");
            project.billable = bool(p, "billable");
            project.client = string(p, "client");
            project.clientId = longOrNull(number(p, "client_id"));
            for (JsonValue t : p.getJsonArray("tasks")) {
                Task task = new Task();
                task.id = number(t.asJsonObject(), "id").longValue();
                task.name = string(t.asJsonObject(), "name");
                task.billable = bool(t.asJsonObject(), "billable");
                project.tasks.add(task);
            }
            daily.projects.add(project);
        }
        return daily;
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString ? ((JsonString) value).getString() : value.toString();
    }

    private static BigDecimal number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber) {
            return ((JsonNumber) value).bigDecimalValue();
        }
        if (value instanceof JsonString && !((JsonString) value).getString().isBlank()) {
            return new BigDecimal(((JsonString) value).getString());
        }
        return null;
    }

    private static Boolean bool(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return value instanceof JsonString ? Boolean.valueOf(((JsonString) value).getString()) : null;
    }

    // ---- XML, straight from the StAX stream

    static WhoAmI whoAmIFromXml(byte[] body) {
        WhoAmI me = new WhoAmI();
        try {
            XMLStreamReader xml = RawTrees.stax(body);
            String section = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName().replace('-', '_');
                if (name.equals("company") || name.equals("user")) {
                    section = name;
                    continue;
                }
                if (section == null || name.equals("hash") || !isLeaf(name)) {
                    continue;
                }
                String text = nil(xml) ? null : xml.getElementText();
                if (section.equals("company")) {
                    switch (name) {
                        case "name": me.company.name = text; break;
                        case "base_uri": me.company.baseUri = text; break;
                        case "full_domain": me.company.fullDomain = text; break;
                        case "active": me.company.active = text == null ? null : Boolean.valueOf(text); break;
                        case "week_start_day": me.company.weekStartDay = text; break;
                        case "time_format": me.company.timeFormat = text; break;
                        case "clock": me.company.clock = text; break;
                        default: break;
                    }
                } else {
                    switch (name) {
                        case "id": me.user.id = Long.parseLong(text.strip()); break;
                        case "email": me.user.email = text; break;
                        case "first_name": me.user.firstName = text; break;
                        case "last_name": me.user.lastName = text; break;
                        case "admin": me.user.admin = text == null ? null : Boolean.valueOf(text); break;
                        case "timezone": me.user.timezone = text; break;
                        case "timezone_utc_offset":
                            me.user.timezoneUtcOffset = blank(text) ? null : Integer.valueOf(text.strip()); break;
                        default: break;
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return me;
    }

    private static boolean isLeaf(String name) {
        return !name.equals("modules") && !name.equals("project_manager");
    }

    static Daily dailyFromXml(byte[] body) {
        Daily daily = new Daily();
        try {
            XMLStreamReader xml = RawTrees.stax(body);
            DayEntry entry = null;
            Project project = null;
            Task task = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("day_entry")) {
                        daily.dayEntries.add(entry);
                        entry = null;
                    } else if (name.equals("task") && task != null) {
                        project.tasks.add(task);
                        task = null;
                    } else if (name.equals("project") && project != null && entry == null) {
                        daily.projects.add(project);
                        project = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("day_entry")) {
                    entry = new DayEntry();
                    continue;
                }
                if (entry == null && name.equals("project")) {
                    project = new Project();
                    continue;
                }
                if (project != null && name.equals("task")) {
                    task = new Task();
                    continue;
                }
                if (name.equals("daily") || name.equals("day_entries") || name.equals("projects") || name.equals("tasks")) {
                    continue;
                }
                String text = nil(xml) ? null : xml.getElementText();
                if (entry != null) {
                    switch (name) {
                        case "id": entry.id = Long.parseLong(text.strip()); break;
                        case "spent_at": entry.spentAt = date(text); break;
                        case "user_id": entry.userId = longOrNull(text); break;
                        case "client": entry.client = text; break;
                        case "project_id": entry.projectId = longOrNull(text); break;
                        case "project": entry.project = text; break;
                        case "task_id": entry.taskId = longOrNull(text); break;
                        case "task": entry.task = text; break;
                        case "hours": entry.hours = decimal(text); break;
                        case "hours_without_timer": entry.hoursWithoutTimer = decimal(text); break;
                        case "notes": entry.notes = text; break;
                        case "timer_started_at": entry.timerStartedAt = dateTime(text); break;
                        case "created_at": entry.createdAt = dateTime(text); break;
                        case "updated_at": entry.updatedAt = dateTime(text); break;
                        default: break;
                    }
                } else if (task != null) {
                    switch (name) {
                        case "id": task.id = Long.parseLong(text.strip()); break;
                        case "name": task.name = text; break;
                        case "billable": task.billable = text == null ? null : Boolean.valueOf(text); break;
                        default: break;
                    }
                } else if (project != null) {
                    switch (name) {
                        case "id": project.id = Long.parseLong(text.strip()); break;
                        case "name": project.name = text; break;
                        case "code": project.code = text; break;
                        case "billable": project.billable = text == null ? null : Boolean.valueOf(text); break;
                        case "client": project.client = text; break;
                        case "client_id": project.clientId = longOrNull(text); break;
                        default: break;
                    }
                } else if (name.equals("for_day")) {
                    daily.forDay = date(text);
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return daily;
    }

    private static boolean nil(XMLStreamReader xml) {
        return "true".equals(xml.getAttributeValue(null, "nil"));
    }

    // ---- values

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Long longOrNull(String text) {
        return blank(text) ? null : Long.valueOf(text.strip());
    }

    private static Long longOrNull(BigDecimal number) {
        return number == null ? null : number.longValue();
    }

    private static BigDecimal decimal(String text) {
        return blank(text) ? null : new BigDecimal(text.strip());
    }

    private static final DateTimeFormatter RFC_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);

    /** ISO ({@code 2017-01-18}) or, as the time tracking XML writes it, RFC 822 ({@code Wed, 18 Jan 2017}). */
    private static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        String date = text.strip();
        return date.indexOf(',') > 0 ? LocalDate.parse(date, RFC_DATE) : LocalDate.parse(date);
    }

    private static OffsetDateTime dateTime(String text) {
        if (blank(text)) {
            return null;
        }
        String time = text.strip();
        return time.indexOf(',') > 0 ? OffsetDateTime.parse(time, DateTimeFormatter.RFC_1123_DATE_TIME)
                : OffsetDateTime.parse(time);
    }
}
