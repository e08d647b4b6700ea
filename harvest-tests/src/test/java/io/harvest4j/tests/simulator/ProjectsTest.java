package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /projects} as raw HTTP, in both formats: fields, creation's side effects, the rules. */
class ProjectsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aProjectInXmlHasTheDocumentedElementsAndTypes() {
        XmlNode project = http.get("/projects/" + Seed.WEBSITE_ID).asAdmin().xml().send().xml();

        assertThat(project.name).isEqualTo("project");
        assertThat(project.childNames()).containsExactly("id", "client-id", "name", "code", "active", "billable",
                "bill-by", "hourly-rate", "budget-by", "budget", "notify-when-over-budget",
                "over-budget-notification-percentage", "over-budget-notified-at", "show-budget-to-all", "created-at",
                "updated-at", "starts-on", "ends-on", "hint-earliest-record-at", "hint-latest-record-at", "notes",
                "cost-budget", "cost-budget-include-expenses");
        assertThat(project.child("budget").attribute("type")).isEqualTo("decimal");
        assertThat(project.text("budget")).isEqualTo("120.0");
        assertThat(project.child("starts-on").attribute("type")).isEqualTo("date");
        assertThat(project.text("starts-on")).isEqualTo("2017-01-02");
        assertThat(project.child("ends-on").isNil()).isTrue();
        assertThat(project.child("over-budget-notified-at").attribute("type")).isEqualTo("datetime");
        assertThat(project.text("bill-by")).isEqualTo("Tasks");
    }

    @Test
    void aProjectInJsonHasNumbersAndIsoDates() {
        var project = http.get("/projects/" + Seed.WEBSITE_ID).asAdmin().json().send().json().getJsonObject("project");

        assertThat(project.getJsonNumber("hourly_rate").bigDecimalValue()).isEqualByComparingTo("150");
        assertThat(project.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("120");
        assertThat(project.getString("starts_on")).isEqualTo("2017-01-02");
        assertThat(project.getJsonNumber("client_id").longValue()).isEqualTo(Seed.ACME_ID);
        assertThat(project.getString("created_at")).isEqualTo("2017-01-18T15:00:00Z");
        assertThat(project.isNull("hint_earliest_record_at")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theHintDatesAreTheFirstAndLastDayOfItsEntries(Wire wire) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY.minusDays(3),
                BigDecimal.ONE, null);
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, Seed.TODAY, BigDecimal.ONE, null);

        Map<String, String> project = wire.one(wire.accept(http.get("/projects/" + Seed.MOBILE_ID).asAdmin()).send(), "project");

        assertThat(project).containsEntry("hint_earliest_record_at", "2017-01-15")
                .containsEntry("hint_latest_record_at", "2017-01-18");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void listsFilterByClientAndAProjectManagerSeesOnlyTheProjectsTheyManage(Wire wire) {
        List<Long> all = wire.ids(wire.accept(http.get("/projects").asAdmin()).send(), "projects", "project");
        List<Long> globex = wire.ids(wire.accept(http.get("/projects?client=" + Seed.GLOBEX_ID).asAdmin()).send(),
                "projects", "project");
        List<Long> managed = wire.ids(wire.accept(http.get("/projects").asPm()).send(), "projects", "project");

        assertThat(all).containsExactly(Seed.WEBSITE_ID, Seed.MOBILE_ID, Seed.INTERNAL_ID, Seed.RESEARCH_ID, Seed.LEGACY_ID);
        assertThat(globex).containsExactly(Seed.INTERNAL_ID, Seed.RESEARCH_ID);
        assertThat(managed).containsExactly(Seed.WEBSITE_ID, Seed.MOBILE_ID);
        assertThat(wire.accept(http.get("/projects/" + Seed.INTERNAL_ID).asPm()).send().status).isEqualTo(404);
        assertThat(wire.accept(http.get("/projects").asUser()).send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aNewProjectGetsItsCreatorTheDefaultTasksAndThePeopleWithAccessToFutureProjects(Wire wire) {
        Response created = wire.send(http.post("/projects").asAdmin(), "project", "name", "SuprGlu",
                "client_id", Seed.GLOBEX_ID, "active", true, "bill_by", "none", "code", "", "budget", "",
                "budget_by", "none", "billable", true).send();

        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/projects/[0-9]+");
        assertThat(created.body).isEmpty();
        long id = Wire.idOf(created.header("Location"));
        List<Map<String, String>> tasks = wire.list(wire.accept(
                http.get("/projects/" + id + "/task_assignments").asAdmin()).send(), "task_assignments", "task_assignment");
        assertThat(tasks).extracting(t -> t.get("task_id"))
                .containsExactly(Long.toString(Seed.PROJECT_MANAGEMENT_ID), Long.toString(Seed.MEETINGS_ID));
        assertThat(tasks).extracting(t -> t.get("billable")).containsExactly("true", "false");
        List<Map<String, String>> people = wire.list(wire.accept(
                http.get("/projects/" + id + "/user_assignments").asAdmin()).send(), "user_assignments", "user_assignment");
        assertThat(people).extracting(p -> p.get("user_id"))
                .containsExactly(Long.toString(Seed.ADMIN_ID), Long.toString(Seed.CONTRACTOR_ID));
        assertThat(people.get(0)).containsEntry("is_project_manager", "true");
        assertThat(people.get(1)).containsEntry("is_project_manager", "false");
        assertThat(new BigDecimal(people.get(1).get("hourly_rate"))).isEqualByComparingTo("90");

        Response logged = http.post("/daily/add").asAdmin().json().body(Http.JSON,
                "{\"project_id\":" + id + ",\"task_id\":" + Seed.PROJECT_MANAGEMENT_ID + ",\"hours\":1}").send();
        assertThat(logged.status).as("the creator logs time to it at once").isEqualTo(201);
    }

    @Test
    void withoutDefaultTasksANewProjectGetsNone() {
        http.put("/tasks/" + Seed.PROJECT_MANAGEMENT_ID).asAdmin().json()
                .body(Http.JSON, "{\"task\":{\"is_default\":false}}").send();
        http.put("/tasks/" + Seed.MEETINGS_ID).asAdmin().json().body(Http.JSON, "{\"task\":{\"is_default\":\"0\"}}").send();

        Response created = http.post("/projects").asAdmin().xml().body(Http.XML,
                "<project><name>Bare</name><client-id type=\"integer\">" + Seed.ACME_ID + "</client-id></project>").send();

        long id = Wire.idOf(created.header("Location"));
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).noneMatch(a -> a.projectId() == id);
    }

    @Test
    void aProjectManagerWhoMayCreateProjectsManagesWhatTheyCreate() {
        Response created = http.post("/projects").asPm().json().body(Http.JSON,
                "{\"project\":{\"name\":\"PM's own\",\"client_id\":" + Seed.ACME_ID + "}}").send();

        assertThat(created.status).isEqualTo(201);
        long id = Wire.idOf(created.header("Location"));
        assertThat(http.get("/projects/" + id).asPm().json().send().status).isEqualTo(200);
        assertThat(http.post("/projects").asUser().json().body(Http.JSON,
                "{\"project\":{\"name\":\"No\",\"client_id\":" + Seed.ACME_ID + "}}").send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void createNeedsAnExistingClientAndAName(Wire wire) {
        Response noClient = wire.send(http.post("/projects").asAdmin(), "project", "name", "X").send();
        Response unknown = wire.send(http.post("/projects").asAdmin(), "project", "name", "X", "client_id", 999).send();
        Response taken = wire.send(http.post("/projects").asAdmin(), "project", "name", "mobile app",
                "client_id", Seed.ACME_ID).send();
        Response badBillBy = wire.send(http.post("/projects").asAdmin(), "project", "name", "Y",
                "client_id", Seed.ACME_ID, "bill_by", "Moon").send();

        assertThat(noClient.status).isEqualTo(400);
        assertThat(noClient.header("Hint")).isEqualTo("client-id can't be blank");
        assertThat(unknown.header("Hint")).isEqualTo("No client 999");
        assertThat(taken.header("Hint")).startsWith("Name has already been taken");
        assertThat(badBillBy.header("Hint")).startsWith("bill-by must be one of");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anUpdateMustIncludeTheClientAndLeavesActiveToTheToggle(Wire wire) {
        Response withoutClient = wire.send(http.put("/projects/" + Seed.MOBILE_ID).asAdmin(), "project", "name", "M").send();
        Response update = wire.send(http.put("/projects/" + Seed.MOBILE_ID).asPm(), "project", "client_id", Seed.GLOBEX_ID,
                "active", false, "notes", "moved", "budget", "12.5", "ends_on", "2017/3/31").send();

        assertThat(withoutClient.status).isEqualTo(400);
        assertThat(withoutClient.header("Hint")).startsWith("client-id can't be blank");
        assertThat(update.status).isEqualTo(200);
        assertThat(update.header("Location")).isEqualTo("/projects/" + Seed.MOBILE_ID);
        Map<String, String> project = wire.one(wire.accept(http.get("/projects/" + Seed.MOBILE_ID).asAdmin()).send(), "project");
        assertThat(project).containsEntry("client_id", Long.toString(Seed.GLOBEX_ID)).containsEntry("active", "true")
                .containsEntry("notes", "moved").containsEntry("budget", "12.5").containsEntry("ends_on", "2017-03-31")
                .containsEntry("name", "Mobile App");
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Response refused = http.put("/projects/" + Seed.WEBSITE_ID).asAdmin().json().body(Http.JSON,
                "{\"project\":{\"client_id\":" + Seed.ACME_ID + ",\"notes\":\"changed\",\"ends_on\":\"2016-01-01\"}}").send();

        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.header("Hint")).startsWith("ends-on (2016-01-01) is before starts-on (2017-01-02)");
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow().notes())
                .contains("Relaunch before spring");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theToggleArchivesAndActivates(Wire wire) {
        Response archive = wire.accept(http.put("/projects/" + Seed.WEBSITE_ID + "/toggle").asPm()).send();
        Response activate = wire.accept(http.put("/projects/" + Seed.LEGACY_ID + "/toggle").asAdmin()).send();

        assertThat(archive.status).isEqualTo(200);
        assertThat(archive.header("Location")).isEqualTo("/projects/" + Seed.WEBSITE_ID);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow().isActive()).isFalse();
        assertThat(activate.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.LEGACY_ID).orElseThrow().isActive()).isTrue();
        assertThat(wire.accept(http.post("/projects/" + Seed.WEBSITE_ID + "/toggle").asAdmin()).send().status)
                .as("the project toggle is a PUT").isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aProjectWithHoursIsNotDeletedAndOneWithoutGoesWithItsAssignments(Wire wire) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY, BigDecimal.ONE, null);

        Response withHours = wire.accept(http.delete("/projects/" + Seed.INTERNAL_ID).asAdmin()).send();
        Response without = wire.accept(http.delete("/projects/" + Seed.RESEARCH_ID).asAdmin()).send();

        assertThat(withHours.status).isEqualTo(400);
        assertThat(withHours.header("Hint")).startsWith("Project " + Seed.INTERNAL_ID + " has 1 day entries");
        assertThat(without.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.PROJECTS, Seed.RESEARCH_ID)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).noneMatch(a -> a.projectId() == Seed.RESEARCH_ID);
        assertThat(SIMULATOR.state().all(Resource.USER_ASSIGNMENTS)).noneMatch(a -> a.projectId() == Seed.RESEARCH_ID);
    }

    @Test
    void theDailyListsLoggableProjectsByClientNameThenProjectName() {
        long zulu = SIMULATOR.state().addClient("Zulu");
        long aardvark = SIMULATOR.state().addClient("Aardvark");
        long later = SIMULATOR.state().addProject(aardvark, "Zeppelin", "", true);
        long earlier = SIMULATOR.state().addProject(aardvark, "Airship", "", true);
        long last = SIMULATOR.state().addProject(zulu, "Alpha", "", true);
        for (long project : new long[] {later, earlier, last}) {
            SIMULATOR.state().assignTask(project, Seed.DESIGN_ID, true);
            SIMULATOR.state().assignUser(project, Seed.USER_ID, false);
        }

        var projects = http.get("/daily").asUser().json().send().json().getJsonArray("projects");

        assertThat(projects.getValuesAs(jakarta.json.JsonObject.class)).extracting(p -> p.getString("name"))
                .containsExactly("Airship", "Zeppelin", "Mobile App", "Website Redesign", "Internal", "Alpha");
    }
}
