package io.harvest4j.tests.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    /** The routes the simulator serves today and a sample of the Extended API's, in no particular order. */
    private static RouteTable<String> table() {
        return new RouteTable<String>()
                .add("GET /daily/{day:[0-9]+}/{year}", "day")
                .add("GET /daily", "today")
                .add("GET /daily/show/{id}", "show")
                .add("GET /daily/timer/{id}", "toggle")
                .add("POST /daily/add", "add")
                .add("POST|PUT /daily/update/{id}", "update")
                .add("DELETE /daily/delete/{id}", "delete")
                .add("GET /account/who_am_i", "whoAmI")
                .add("GET /clients", "clients")
                .add("POST /clients", "createClient")
                .add("GET /clients/{id}", "client")
                .add("POST /clients/{id}/toggle", "toggleClient")
                .add("GET /projects/{project_id}/task_assignments/{id}", "taskAssignment")
                .add("POST /projects/{project_id}/task_assignments/add_with_create_new_task", "addWithNewTask")
                .add("GET /people/{id_or_email}", "person")
                .add("GET /people/{id}/entries", "personEntries");
    }

    private static String handler(String method, String path) {
        return table().find(method, path).map(RouteTable.Match::handler).orElse(null);
    }

    private static Map<String, String> variables(String method, String path) {
        return table().find(method, path).orElseThrow().variables();
    }

    @Test
    void aMethodAndAPathLeadToTheirHandler() {
        assertThat(handler("GET", "/daily")).isEqualTo("today");
        assertThat(handler("POST", "/daily/add")).isEqualTo("add");
        assertThat(handler("GET", "/account/who_am_i")).isEqualTo("whoAmI");
        assertThat(handler("GET", "/clients")).isEqualTo("clients");
        assertThat(handler("POST", "/clients")).isEqualTo("createClient");
        assertThat(handler("POST", "/clients/7/toggle")).isEqualTo("toggleClient");
        assertThat(handler("GET", "/people/7/entries")).isEqualTo("personEntries");
    }

    @Test
    void variablesAreHandedOverByNameAsTheyStandInThePath() {
        assertThat(variables("GET", "/daily/18/2017")).containsExactly(Map.entry("day", "18"), Map.entry("year", "2017"));
        assertThat(variables("GET", "/projects/300001/task_assignments/500002"))
                .containsExactly(Map.entry("project_id", "300001"), Map.entry("id", "500002"));
        assertThat(variables("GET", "/people/ada@example.com")).containsExactly(Map.entry("id_or_email", "ada@example.com"));
        assertThat(variables("GET", "/daily/show/x y")).containsExactly(Map.entry("id", "x y"));
        assertThat(table().find("GET", "/daily/show/5").orElseThrow().template()).isEqualTo("/daily/show/{id}");
    }

    @Test
    void literalSegmentsWinOverVariables() {
        assertThat(handler("GET", "/daily/show/5")).isEqualTo("show");
        assertThat(handler("GET", "/daily/timer/5")).isEqualTo("toggle");
        assertThat(handler("GET", "/daily/5/2017")).isEqualTo("day");
        assertThat(handler("POST", "/projects/1/task_assignments/add_with_create_new_task")).isEqualTo("addWithNewTask");
        assertThat(variables("POST", "/projects/1/task_assignments/add_with_create_new_task"))
                .containsExactly(Map.entry("project_id", "1"));
    }

    @Test
    void aLiteralWinsWhateverTheOrderOfRegistration() {
        RouteTable<String> variableFirst = new RouteTable<String>()
                .add("GET /things/{id}", "thing")
                .add("GET /things/new", "form");
        RouteTable<String> literalFirst = new RouteTable<String>()
                .add("GET /things/new", "form")
                .add("GET /things/{id}", "thing");

        assertThat(variableFirst.find("GET", "/things/new").orElseThrow().handler()).isEqualTo("form");
        assertThat(literalFirst.find("GET", "/things/new").orElseThrow().handler()).isEqualTo("form");
        assertThat(variableFirst.find("GET", "/things/3").orElseThrow().handler()).isEqualTo("thing");
    }

    @Test
    void aMethodTheLiteralDoesNotServeFallsToAVariableThatServesIt() {
        // as in Rails: GET …/add_with_create_new_task is the member route with id "add_with_create_new_task"
        assertThat(variables("GET", "/projects/1/task_assignments/add_with_create_new_task"))
                .containsEntry("id", "add_with_create_new_task");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/daily/update/5", "/daily/add", "/daily/delete/5", "/daily/x/2017", "/daily/\u0661/2017"})
    void aKnownPathWithAMethodNotRoutedThereOrAPathNoTemplateFitsFindsNothing(String path) {
        // GET /daily/update/5 is not the day route: its day must be ASCII digits
        assertThat(table().find("GET", path)).isEmpty();
    }

    @Test
    void methodsAreOnlyThoseRegistered() {
        assertThat(handler("POST", "/daily/update/5")).isEqualTo("update");
        assertThat(handler("PUT", "/daily/update/5")).isEqualTo("update");
        assertThat(handler("put", "/daily/update/5")).as("the method's case does not matter").isEqualTo("update");
        assertThat(handler("PATCH", "/daily/update/5")).isNull();
        assertThat(handler("HEAD", "/daily")).isNull();
        assertThat(handler("DELETE", "/daily/show/5")).isNull();
    }

    @Test
    void trailingSlashesAreIgnoredAndNothingElseIs() {
        assertThat(handler("GET", "/daily/")).isEqualTo("today");
        assertThat(handler("GET", "/daily//")).isEqualTo("today");
        assertThat(handler("GET", "/account/who_am_i/")).isEqualTo("whoAmI");
        assertThat(handler("GET", "/daily/show//5")).isNull();
        assertThat(handler("GET", "//daily")).isNull();
        assertThat(handler("GET", "/Daily")).as("segments are case-sensitive").isNull();
        assertThat(handler("GET", "/daily/show")).isNull();
        assertThat(handler("GET", "/daily/show/5/6")).isNull();
        assertThat(handler("GET", "/")).isNull();
        assertThat(handler("GET", "")).isNull();
    }

    @Test
    void theRootCanBeRouted() {
        RouteTable<String> table = new RouteTable<String>().add("GET /", "root");

        assertThat(table.find("GET", "/").orElseThrow().handler()).isEqualTo("root");
        assertThat(table.find("GET", "").orElseThrow().handler()).isEqualTo("root");
        assertThat(table.find("GET", "/x")).isEmpty();
    }

    @Test
    void aVariableNeverMatchesAnEmptySegment() {
        RouteTable<String> table = new RouteTable<String>().add("GET /projects/{id}/entries", "entries");

        assertThat(table.find("GET", "/projects//entries")).isEmpty();
        assertThat(table.find("GET", "/projects/1/entries")).isPresent();
    }

    @Test
    void aConstrainedVariableWinsOverAPlainOne() {
        RouteTable<String> table = new RouteTable<String>()
                .add("GET /people/{email}", "byEmail")
                .add("GET /people/{id:[0-9]+}", "byId");

        assertThat(table.find("GET", "/people/42").orElseThrow().handler()).isEqualTo("byId");
        assertThat(table.find("GET", "/people/a@b.c").orElseThrow().handler()).isEqualTo("byEmail");
    }

    @Test
    void theSameMethodOnTheSameShapeIsRefused() {
        RouteTable<String> table = new RouteTable<String>().add("GET|POST /clients/{id}", "a");

        assertThatThrownBy(() -> table.add("POST /clients/{client_id}", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already served by GET|POST /clients/{id}");
        table.add("PUT /clients/{client_id}", "c");
        assertThat(table.size()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "/clients", "GET  /clients", "get /clients", "GET|| /x", "GET clients", "GET /a//b",
            "GET /a/{b", "GET /a/x{b}", "GET /a/{1b}", "GET /a/{b}/{b}", "GET /a/{b:[}"})
    void aMalformedRouteIsRefused(String route) {
        assertThatThrownBy(() -> new RouteTable<String>().add(route, "h")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRouteNeedsAHandler() {
        assertThatThrownBy(() -> new RouteTable<String>().add("GET /x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalizeDropsTrailingSlashesOnly() {
        assertThat(RouteTable.normalize("/daily///")).isEqualTo("/daily");
        assertThat(RouteTable.normalize("/")).isEqualTo("/");
        assertThat(RouteTable.normalize("")).isEqualTo("/");
        assertThat(RouteTable.normalize(null)).isEqualTo("/");
        assertThat(RouteTable.normalize("/a//b")).isEqualTo("/a//b");
    }
}
