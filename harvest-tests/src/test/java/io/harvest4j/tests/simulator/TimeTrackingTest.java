package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTrackingTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final String DOCUMENTED_ADD = "<request>\n"
            + "  <notes>Test api support</notes>\n"
            + "  <hours>3</hours>\n"
            + "  <project_id type=\"integer\">300001</project_id>\n"
            + "  <task_id type=\"integer\">400001</task_id>\n"
            + "  <spent_at type=\"date\">Tue, 17 Oct 2006</spent_at>\n"
            + "</request>";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    // ---- adding

    @Test
    void theDocumentedXmlAddIs201WithLocationAndTheNewEntryInATimer() {
        Response response = http.post("/daily/add").asUser().xml().body(Http.XML, DOCUMENTED_ADD).send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/daily/show/" + Seed.FIRST_DAY_ENTRY_ID);
        XmlNode timer = response.xml();
        assertThat(timer.name).isEqualTo("timer");
        assertThat(timer.childNames()).containsExactly("day_entry");
        XmlNode entry = timer.child("day_entry");
        assertThat(entry.childNames()).containsExactly("id", "spent_at", "user_id", "client", "project_id", "project",
                "task_id", "task", "hours", "notes", "created_at", "updated_at");
        assertThat(entry.text("id")).isEqualTo("2500000001");
        assertThat(entry.child("id").attribute("type")).isEqualTo("integer");
        assertThat(entry.text("spent_at")).isEqualTo("2006-10-17");
        assertThat(entry.child("spent_at").attribute("type")).isEqualTo("date");
        assertThat(entry.text("user_id")).isEqualTo("100003");
        assertThat(entry.text("client")).isEqualTo("Acme & Sons");
        assertThat(entry.text("project_id")).isEqualTo("300001");
        assertThat(entry.child("project_id").attributes).isEmpty();
        assertThat(entry.text("project")).isEqualTo("Website Redesign");
        assertThat(entry.text("task_id")).isEqualTo("400001");
        assertThat(entry.text("task")).isEqualTo("Design");
        assertThat(entry.text("hours")).isEqualTo("3.00");
        assertThat(entry.child("hours").attribute("type")).isEqualTo("float");
        assertThat(entry.text("notes")).isEqualTo("Test api support");
        assertThat(entry.text("created_at")).isEqualTo("Wed, 18 Jan 2017 15:00:00 +0000");
        assertThat(entry.child("created_at").attribute("type")).isEqualTo("datetime");

        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(Seed.FIRST_DAY_ENTRY_ID).orElseThrow();
        assertThat(stored.userId()).isEqualTo(Seed.USER_ID);
        assertThat(stored.spentAt()).isEqualTo(LocalDate.of(2006, 10, 17));
        assertThat(stored.hours()).isEqualByComparingTo("3");
        assertThat(stored.isRunning()).isFalse();
    }

    @Test
    void theSameAddWithEveryFieldAsAQueryParameterAndNoBodyWorks() {
        Response response = http.post("/daily/add?notes=Test%20api%20support&hours=1.5&project_id=300001"
                + "&task_id=400001&spent_at=2017-1-18").asUser().xml().send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        XmlNode entry = response.xml().child("day_entry");
        assertThat(entry.text("hours")).isEqualTo("1.50");
        assertThat(entry.text("spent_at")).isEqualTo("2017-01-18");
        assertThat(entry.text("notes")).isEqualTo("Test api support");
    }

    @Test
    void aFormBodyWithBracketedNamesWorks() {
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.FORM, "request[notes]=From+a+form&request[hours]=2&request[project_id]=300002&request[task_id]=400004")
                .send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        JsonObject entry = response.json();
        assertThat(entry.getString("notes")).isEqualTo("From a form");
        assertThat(entry.getString("project_id")).isEqualTo("300002");
        assertThat(entry.getString("task")).isEqualTo("Meetings");
    }

    @Test
    void queryParametersMergeWithTheBodyAndTheQueryWinsAsInRails() {
        // Rails: params = request_parameters.merge(query_parameters)
        Response response = http.post("/daily/add?notes=from-query&hours=1&project_id=300001")
                .asUser().json().body(Http.JSON, "{\"notes\":\"from-body\",\"task_id\":400001}").send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getString("notes")).isEqualTo("from-query");
        assertThat(response.json().getString("task_id")).isEqualTo("400001");
        assertThat(response.json().getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void aWrapperInTheQueryReplacesTheBodysWholeWrapperAsRailsShallowMergeDoes() {
        Response response = http.post("/daily/add?request%5Bnotes%5D=from-query").asUser().xml()
                .body(Http.XML, DOCUMENTED_ADD).send();

        assertThat(response.status).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Hint")).isEqualTo("project_id is required");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void bracketedQueryNamesAndAJsonRequestWrapperWorkToo() {
        Response query = http.post("/daily/add?request%5Bnotes%5D=bracketed&request%5Bhours%5D=1"
                + "&request%5Bproject_id%5D=300001&request%5Btask_id%5D=400001").asUser().json().send();
        Response wrapped = http.post("/daily/add").asUser().json()
                .body(Http.JSON, "{\"request\":{\"notes\":\"wrapped\",\"hours\":1,\"project_id\":300001,\"task_id\":400001}}")
                .send();

        assertThat(query.status).as(query.toString()).isEqualTo(201);
        assertThat(query.json().getString("notes")).isEqualTo("bracketed");
        assertThat(wrapped.status).as(wrapped.toString()).isEqualTo(201);
        assertThat(wrapped.json().getString("notes")).isEqualTo("wrapped");
    }

    @Test
    void aJsonAddAnswersTheEntryUnwrappedWithStringProjectAndTaskIds() {
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.JSON, "{\"notes\":null,\"hours\":2.25,\"project_id\":300001,\"task_id\":\"400002\",\"spent_at\":\"2017-01-17\"}")
                .send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        JsonObject entry = response.json();
        assertThat(entry.keySet()).containsExactly("id", "spent_at", "user_id", "client", "project_id", "project",
                "task_id", "task", "hours", "hours_without_timer", "notes", "created_at", "updated_at");
        assertThat(entry.get("id")).isInstanceOf(JsonNumber.class);
        assertThat(entry.getJsonNumber("id").longValue()).isEqualTo(Seed.FIRST_DAY_ENTRY_ID);
        assertThat(entry.getJsonNumber("user_id").longValue()).isEqualTo(Seed.USER_ID);
        assertThat(entry.getString("project_id")).isEqualTo("300001");
        assertThat(entry.getString("task_id")).isEqualTo("400002");
        assertThat(entry.getString("spent_at")).isEqualTo("2017-01-17");
        assertThat(entry.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("2.25");
        assertThat(entry.getJsonNumber("hours_without_timer").bigDecimalValue()).isEqualByComparingTo("2.25");
        assertThat(entry.get("notes")).isEqualTo(JsonValue.NULL);
        assertThat(entry.getString("created_at")).isEqualTo("2017-01-18T15:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 17 Oct 2006 | 2006-10-17",
        "2009-12-28       | 2009-12-28",
        "2017-1-18        | 2017-01-18",
        "Wed, 29 Feb 2012 | 2012-02-29",
    })
    void spentAtIsAcceptedInTheDocumentedForms(String sent, String stored) {
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.JSON, "{\"hours\":1,\"project_id\":300001,\"task_id\":400001,\"spent_at\":\"" + sent + "\"}").send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getString("spent_at")).isEqualTo(stored);
    }

    @Test
    void spentAtDefaultsToTodayInTheUsersZone() {
        SIMULATOR.clock().set(java.time.Instant.parse("2017-01-19T03:00:00Z"));

        Response response = http.post("/daily/add?hours=1&project_id=300001&task_id=400001").asUser().json().send();

        assertThat(response.json().getString("spent_at")).as("22:00 in New York is still the 18th").isEqualTo("2017-01-18");
    }

    // ---- validation

    @Test
    void loggingToAProjectTheUserIsNotAssignedToIs400WithAHint() {
        Response response = http.post("/daily/add?hours=1&project_id=300004&task_id=400005").asUser().xml().send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).isEqualTo("User 100003 is not assigned to project 300004");
        assertThat(response.xml().text("message")).isEqualTo(response.header("Hint"));
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void otherRefusedAddsAre400WithAHint() {
        assertThat(http.post("/daily/add?hours=1&project_id=300001&task_id=400004").asUser().json().send().header("Hint"))
                .isEqualTo("Task 400004 is not assigned to project 300001");
        assertThat(http.post("/daily/add?hours=1&project_id=300005&task_id=400002").asUser().json().send().header("Hint"))
                .isEqualTo("Project 300005 is archived");
        assertThat(http.post("/daily/add?hours=1&task_id=400001").asUser().json().send().header("Hint"))
                .isEqualTo("project_id is required");
        assertThat(http.post("/daily/add?hours=1&project_id=abc&task_id=400001").asUser().json().send().header("Hint"))
                .startsWith("project_id must be a number");
        assertThat(http.post("/daily/add?hours=lots&project_id=300001&task_id=400001").asUser().json().send().header("Hint"))
                .startsWith("hours must be a number");
        assertThat(http.post("/daily/add?hours=-1&project_id=300001&task_id=400001").asUser().json().send().status)
                .isEqualTo(400);
        assertThat(http.post("/daily/add?hours=1&project_id=300001&task_id=400001&spent_at=yesterday").asUser().json().send()
                .header("Hint")).startsWith("spent_at is not a date");
        assertThat(http.post("/daily/add?hours=1&project_id=300001&task_id=400001&spent_at=2017-2-30").asUser().json().send()
                .status).isEqualTo(400);
        Response wrongRoot = http.post("/daily/add").asUser().xml()
                .body(Http.XML, "<day_entry><hours>1</hours><project_id>300001</project_id><task_id>400001</task_id></day_entry>")
                .send();
        assertThat(wrongRoot.status).isEqualTo(400);
        assertThat(wrongRoot.header("Hint")).contains("<request>");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    // ---- the daily timesheet

    @Test
    void theDailyTimesheetInXmlListsTodaysEntriesAndTheLoggableProjects() {
        long today = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY,
                new BigDecimal("0.75"), null);
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY.minusDays(1), BigDecimal.ONE, "y");
        SIMULATOR.state().addDayEntry(Seed.PM_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "pm's");

        XmlNode daily = http.get("/daily").asUser().xml().send().xml();

        assertThat(daily.name).isEqualTo("daily");
        assertThat(daily.childNames()).containsExactly("for_day", "day_entries", "projects");
        assertThat(daily.text("for_day")).isEqualTo("Wed, 18 Jan 2017");
        assertThat(daily.child("for_day").attribute("type")).isEqualTo("date");
        List<XmlNode> entries = daily.child("day_entries").children("day_entry");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).text("id")).isEqualTo(Long.toString(today));
        assertThat(entries.get(0).child("notes").isNil()).isTrue();
        assertThat(entries.get(0).text("client")).isEqualTo("Globex Soci\u00e9t\u00e9");

        List<XmlNode> projects = daily.child("projects").children("project");
        assertThat(projects.stream().map(p -> p.text("name")).collect(Collectors.toList()))
                .as("by client, then name; no archived project, none the user is not on")
                .containsExactly("Mobile App", "Website Redesign", "Internal");
        XmlNode website = projects.get(1);
        assertThat(website.childNames()).containsExactly("name", "code", "id", "billable", "client", "client_id",
                "client_currency", "client_currency_symbol", "tasks");
        assertThat(website.text("code")).isEqualTo("WEB");
        assertThat(website.text("id")).isEqualTo("300001");
        assertThat(website.text("billable")).isEqualTo("true");
        assertThat(website.text("client")).isEqualTo("Acme & Sons");
        assertThat(website.text("client_currency_symbol")).isEqualTo("$");
        assertThat(website.child("tasks").children("task").stream().map(t -> t.text("name")).collect(Collectors.toList()))
                .containsExactly("Design", "Development", "Project Management");
        XmlNode internal = projects.get(2);
        assertThat(internal.child("code").isNil()).isFalse();
        assertThat(internal.text("code")).isEmpty();
        assertThat(internal.text("billable")).isEqualTo("false");
        assertThat(internal.text("client_currency_symbol")).isEqualTo("\u20ac");
    }

    @Test
    void theDailyTimesheetInJsonIsUnwrapped() {
        SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID, Seed.TODAY, BigDecimal.ONE, "r");

        JsonObject daily = http.get("/daily").asAdmin().json().send().json();

        assertThat(daily.keySet()).containsExactly("for_day", "day_entries", "projects");
        assertThat(daily.getString("for_day")).isEqualTo("2017-01-18");
        JsonObject entry = daily.getJsonArray("day_entries").getJsonObject(0);
        assertThat(entry.getString("project_id")).isEqualTo("300004");
        assertThat(entry.getString("project")).isEqualTo("Secret Research");
        JsonArray projects = daily.getJsonArray("projects");
        assertThat(projects.getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")))
                .contains("Secret Research");
        JsonObject first = projects.getJsonObject(0);
        assertThat(first.getJsonNumber("id")).isNotNull();
        assertThat(first.getJsonArray("tasks").getJsonObject(0).keySet()).containsExactly("name", "id", "billable");
    }

    @Test
    void aUserOnNoProjectGetsNoProjectsElement() {
        SIMULATOR.state().addUser("new@example.com", "new-pass", "New", "Person", false);

        XmlNode daily = http.get("/daily").as("new@example.com", "new-pass").xml().send().xml();

        assertThat(daily.childNames()).containsExactly("for_day", "day_entries");
        assertThat(daily.child("day_entries").children).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1,   2017, Sun, 01 Jan 2017",
        "60,  2016, Mon, 29 Feb 2016",
        "366, 2016, Sat, 31 Dec 2016",
        "365, 2017, Sun, 31 Dec 2017",
    })
    void aDayOfTheYearCountsLeapYears(int day, int year, String weekday, String date) {
        Response response = http.get("/daily/" + day + "/" + year).asUser().xml().send();

        assertThat(response.status).isEqualTo(200);
        assertThat(response.xml().text("for_day")).isEqualTo(weekday + ", " + date);
    }

    @ParameterizedTest
    @CsvSource({"366, 2017", "0, 2017", "367, 2016", "1, 0"})
    void aDayOutsideTheYearIs404(int day, int year) {
        Response response = http.get("/daily/" + day + "/" + year).asUser().json().send();

        assertThat(response.status).isEqualTo(404);
        assertThat(response.json().getString("message")).startsWith("No such day");
    }

    @Test
    void entriesOfAnotherDayAreShownForThatDay() {
        long entry = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID,
                LocalDate.of(2016, 12, 31), BigDecimal.TEN, "new year's eve");

        JsonObject daily = http.get("/daily/366/2016").asUser().json().send().json();

        assertThat(daily.getJsonArray("day_entries").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(entry);
    }

    // ---- show, update, delete

    @Test
    void showAnswersOneEntryInATimer() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "n");

        Response xml = http.get("/daily/show/" + id).asUser().xml().send();
        Response json = http.get("/daily/show/" + id).asUser().json().send();

        assertThat(xml.xml().child("day_entry").text("notes")).isEqualTo("n");
        assertThat(json.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(http.get("/daily/show/" + id).asPm().json().send().status).as("another user's entry").isEqualTo(404);
        assertThat(http.get("/daily/show/42").asUser().json().send().status).isEqualTo(404);
        assertThat(http.get("/daily/show/x").asUser().json().send().status).isEqualTo(404);
    }

    @Test
    void updateOverwritesTheFieldsSent() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "old");
        SIMULATOR.clock().advance(java.time.Duration.ofMinutes(5));
        String body = "<request>\n  <notes>New notes</notes>\n  <hours>1.07</hours>\n"
                + "  <spent_at type=\"date\">Tue, 17 Jan 2017</spent_at>\n  <project_id>300002</project_id>\n"
                + "  <task_id>400002</task_id>\n</request>";

        Response response = http.post("/daily/update/" + id).asUser().xml().body(Http.XML, body).send();

        assertThat(response.status).as(response.toString()).isEqualTo(200);
        XmlNode entry = response.xml().child("day_entry");
        assertThat(entry.text("notes")).isEqualTo("New notes");
        assertThat(entry.text("hours")).isEqualTo("1.07");
        assertThat(entry.text("spent_at")).isEqualTo("2017-01-17");
        assertThat(entry.text("project")).isEqualTo("Mobile App");
        assertThat(entry.text("task")).isEqualTo("Development");
        assertThat(entry.text("created_at")).isEqualTo("Wed, 18 Jan 2017 15:00:00 +0000");
        assertThat(entry.text("updated_at")).isEqualTo("Wed, 18 Jan 2017 15:05:00 +0000");
    }

    @Test
    void putUpdatesTooAndFieldsNotSentKeepTheirValues() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "keep");

        Response response = http.put("/daily/update/" + id).asUser().json().body(Http.JSON, "{\"hours\":\"2:30\"}").send();

        assertThat(response.status).isEqualTo(200);
        DayEntrySnapshot stored = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(stored.hours()).isEqualByComparingTo("2.5");
        assertThat(stored.notes()).contains("keep");
        assertThat(stored.projectId()).isEqualTo(Seed.WEBSITE_ID);
        assertThat(stored.spentAt()).isEqualTo(Seed.TODAY);
    }

    @Test
    void updateToAProjectNotAssignedIs400AndChangesNothing() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "keep");

        Response response = http.post("/daily/update/" + id + "?notes=changed&project_id=300004&task_id=400005")
                .asUser().json().send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).contains("not assigned to project 300004");
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().notes()).contains("keep");
    }

    @Test
    void deleteIs200WithAnEmptyBody() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "x");

        Response response = http.delete("/daily/delete/" + id).asUser().xml().send();

        assertThat(response.status).isEqualTo(200);
        assertThat(response.body).isEmpty();
        assertThat(SIMULATOR.state().dayEntry(id)).isEmpty();
        assertThat(http.delete("/daily/delete/" + id).asUser().xml().send().status).isEqualTo(404);
    }
}
