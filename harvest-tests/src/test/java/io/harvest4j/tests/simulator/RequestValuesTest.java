package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How request values are read, as the Rails service read them: {@code updated_since} in its
 * several spellings on every list, booleans cast as Rails casts them, dates read as
 * {@code Date.parse} reads them (on {@code /daily/add} too), bad numbers refused.
 */
class RequestValuesTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-01-18+15%3A30", "2017-01-18T15:30:00Z", "2017-01-18T16:30:00%2B01:00",
        "2017-01-18+15:30:00+UTC", "2017-01-18+15:30:00+%2B0000", "2017-01-18+10:30:00+-0500"})
    void updatedSinceTakesTheServicesSpellings(String since) {
        SIMULATOR.clock().advance(Duration.ofHours(1));
        http.put("/clients/" + Seed.GLOBEX_ID).asAdmin().json().body(Http.JSON, "{\"client\":{\"details\":\"x\"}}").send();

        Response response = http.get("/clients?updated_since=" + since).asAdmin().json().send();

        assertThat(response.status).isEqualTo(200);
        assertThat(Wire.JSON.ids(response, "clients", "client")).containsExactly(Seed.GLOBEX_ID);
    }

    @Test
    void aPlainDateMeansItsMidnightUtcAndGarbageIsRefused() {
        assertThat(Wire.JSON.ids(http.get("/clients?updated_since=2017-01-18").asAdmin().json().send(), "clients", "client"))
                .hasSize(4);
        assertThat(Wire.JSON.ids(http.get("/clients?updated_since=2017-01-19").asAdmin().json().send(), "clients", "client"))
                .isEmpty();
        Response garbage = http.get("/clients?updated_since=yesterday").asAdmin().json().send();
        assertThat(garbage.status).isEqualTo(400);
        assertThat(garbage.header("Hint")).startsWith("updated_since is not a date-time");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void updatedSinceFiltersEveryListOfTheseResources(Wire wire) {
        SIMULATOR.clock().advance(Duration.ofHours(1));
        String since = "?updated_since=2017-01-18+15%3A30";
        wire.send(http.put("/contacts/" + Seed.MARIE_CONTACT_ID).asAdmin(), "contact", "fax", "1").send();
        wire.send(http.put("/projects/" + Seed.MOBILE_ID).asAdmin(), "project", "client_id", Seed.ACME_ID, "notes", "n").send();
        wire.send(http.put("/tasks/" + Seed.MEETINGS_ID).asAdmin(), "task", "default_hourly_rate", "1").send();
        wire.send(http.put("/people/" + Seed.PM_ID).asAdmin(), "user", "telephone", "1").send();
        wire.send(http.put("/expense_categories/" + Seed.MEALS_ID).asAdmin(), "expense_category", "unit_price", "1").send();
        wire.send(http.put("/projects/" + Seed.MOBILE_ID + "/task_assignments/" + Seed.MOBILE_MEETINGS_ASSIGNMENT_ID)
                .asAdmin(), "task_assignment", "budget", "1").send();
        long pmOnMobile = Seed.FIRST_USER_ASSIGNMENT_ID + 5;
        wire.send(http.put("/projects/" + Seed.MOBILE_ID + "/user_assignments/" + pmOnMobile).asAdmin(),
                "user_assignment", "hourly_rate", "1").send();

        assertThat(ids(wire, "/contacts" + since, "contacts", "contact")).containsExactly(Seed.MARIE_CONTACT_ID);
        assertThat(ids(wire, "/clients/" + Seed.GLOBEX_ID + "/contacts" + since, "contacts", "contact"))
                .containsExactly(Seed.MARIE_CONTACT_ID);
        assertThat(ids(wire, "/projects" + since, "projects", "project")).containsExactly(Seed.MOBILE_ID);
        assertThat(ids(wire, "/tasks" + since, "tasks", "task")).containsExactly(Seed.MEETINGS_ID);
        assertThat(ids(wire, "/people" + since, "users", "user")).containsExactly(Seed.PM_ID);
        assertThat(ids(wire, "/expense_categories" + since, "expense_categories", "expense_category"))
                .containsExactly(Seed.MEALS_ID);
        assertThat(ids(wire, "/projects/" + Seed.MOBILE_ID + "/task_assignments" + since, "task_assignments",
                "task_assignment")).containsExactly(Seed.MOBILE_MEETINGS_ASSIGNMENT_ID);
        assertThat(ids(wire, "/projects/" + Seed.MOBILE_ID + "/user_assignments" + since, "user_assignments",
                "user_assignment")).containsExactly(pmOnMobile);
    }

    private List<Long> ids(Wire wire, String path, String listRoot, String root) {
        return wire.ids(wire.accept(http.get(path).asAdmin()).send(), listRoot, root);
    }

    @ParameterizedTest
    @CsvSource({"true,true", "false,false", "1,true", "0,false", "t,true", "f,false", "TRUE,true", "off,false", "yes,true"})
    void booleansAreCastAsRailsCastsThem(String sent, boolean read) {
        Response xml = http.put("/tasks/" + Seed.DESIGN_ID).asAdmin().xml().body(Http.XML,
                "<task><billable-by-default type=\"boolean\">" + sent + "</billable-by-default></task>").send();
        assertThat(xml.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.DESIGN_ID).orElseThrow().isBillableByDefault()).isEqualTo(read);

        http.put("/tasks/" + Seed.DESIGN_ID).asAdmin().json().body(Http.JSON,
                "{\"task\":{\"billable_by_default\":" + !read + "}}").send();
        Response json = http.put("/tasks/" + Seed.DESIGN_ID).asAdmin().json().body(Http.JSON,
                "{\"task\":{\"billable_by_default\":\"" + sent + "\"}}").send();
        assertThat(json.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.DESIGN_ID).orElseThrow().isBillableByDefault()).isEqualTo(read);
    }

    @Test
    void jsonNumbersAndBooleansAreAcceptedAsTheirOwnTypes() {
        Response response = http.put("/tasks/" + Seed.DESIGN_ID).asAdmin().json().body(Http.JSON,
                "{\"task\":{\"billable_by_default\":0,\"is_default\":1,\"default_hourly_rate\":99.5}}").send();

        assertThat(response.status).isEqualTo(200);
        TaskSnapshot task = SIMULATOR.state().find(Resource.TASKS, Seed.DESIGN_ID).orElseThrow();
        assertThat(task.isBillableByDefault()).isFalse();
        assertThat(task.isDefault()).isTrue();
        assertThat(task.defaultHourlyRate()).contains(new java.math.BigDecimal("99.5"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2009-12-28|2009-12-28", "2009/12/28|2009-12-28", "2017-1-18|2017-01-18",
        "28 Dec 2009|2009-12-28", "'Tue, 17 Oct 2006'|2006-10-17"})
    void datesAreReadAsRailsDateParseReadsThem(String sent, String read) {
        Response project = http.put("/projects/" + Seed.MOBILE_ID).asAdmin().json().body(Http.JSON,
                "{\"project\":{\"client_id\":" + Seed.ACME_ID + ",\"starts_on\":\"" + sent + "\"}}").send();
        Response entry = http.post("/daily/add").asUser().json().body(Http.JSON, "{\"project_id\":" + Seed.WEBSITE_ID
                + ",\"task_id\":" + Seed.DESIGN_ID + ",\"hours\":1,\"spent_at\":\"" + sent + "\"}").send();

        assertThat(project.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.MOBILE_ID).orElseThrow().startsOn())
                .contains(java.time.LocalDate.parse(read));
        assertThat(entry.status).as("/daily/add: %s", entry).isEqualTo(201);
        assertThat(entry.json().getString("spent_at")).isEqualTo(read);
    }

    @Test
    void badNumbersAndDatesAreRefusedNamingTheField() {
        Response rate = http.put("/tasks/" + Seed.DESIGN_ID).asAdmin().json().body(Http.JSON,
                "{\"task\":{\"default_hourly_rate\":\"lots\"}}").send();
        Response date = http.put("/projects/" + Seed.MOBILE_ID).asAdmin().json().body(Http.JSON,
                "{\"project\":{\"client_id\":" + Seed.ACME_ID + ",\"ends_on\":\"2017-02-30\"}}").send();
        Response id = http.post("/contacts").asAdmin().json().body(Http.JSON,
                "{\"contact\":{\"client_id\":\"one\",\"first_name\":\"a\",\"last_name\":\"b\"}}").send();

        assertThat(rate.status).isEqualTo(400);
        assertThat(rate.header("Hint")).isEqualTo("default_hourly_rate must be a number, not 'lots'");
        assertThat(date.header("Hint")).startsWith("ends_on is not a date: '2017-02-30'");
        assertThat(id.header("Hint")).isEqualTo("client_id must be a number, not 'one'");
    }

    @Test
    void anUnwrappedJsonBodyIsReadToo() {
        Response created = http.post("/clients").asAdmin().json().body(Http.JSON, "{\"name\":\"Bare Co\"}").send();

        assertThat(created.status).isEqualTo(201);
    }
}
