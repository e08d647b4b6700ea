package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call of the Extended API's first part as each role, in each format: administrators are
 * served, a project manager only on the projects they manage (and their assignments), a regular
 * user nowhere — a denial is a 404, as the live service answered.
 */
class ExtendedRolesTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final String W = "/projects/" + Seed.WEBSITE_ID;
    private static final String I = "/projects/" + Seed.INTERNAL_ID;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    /** method, path, body root and fields, and the status for admin, project manager, user. */
    static Stream<Arguments> calls() {
        Object[][] calls = {
            {"GET", "/clients", null, new Object[0], 200, 404},
            {"GET", "/clients/" + Seed.ACME_ID, null, new Object[0], 200, 404},
            {"POST", "/clients", "client", new Object[] {"name", "Roles Co"}, 201, 404},
            {"PUT", "/clients/" + Seed.ACME_ID, "client", new Object[] {"details", "x"}, 200, 404},
            {"POST", "/clients/" + Seed.INITECH_ID + "/toggle", null, new Object[0], 200, 404},
            {"DELETE", "/clients/" + Seed.UMBRELLA_ID, null, new Object[0], 200, 404},
            {"GET", "/contacts", null, new Object[0], 200, 404},
            {"GET", "/clients/" + Seed.ACME_ID + "/contacts", null, new Object[0], 200, 404},
            {"GET", "/contacts/" + Seed.JANE_CONTACT_ID, null, new Object[0], 200, 404},
            {"POST", "/contacts", "contact", new Object[] {"client_id", Seed.ACME_ID, "first_name", "A", "last_name", "B"}, 201, 404},
            {"PUT", "/contacts/" + Seed.JANE_CONTACT_ID, "contact", new Object[] {"fax", "1"}, 200, 404},
            {"DELETE", "/contacts/" + Seed.JOHN_CONTACT_ID, null, new Object[0], 200, 404},
            {"GET", "/projects", null, new Object[0], 200, 200},
            {"GET", W, null, new Object[0], 200, 200},
            {"GET", I, null, new Object[0], 200, 404},
            {"POST", "/projects", "project", new Object[] {"name", "Roles", "client_id", Seed.ACME_ID}, 201, 201},
            {"PUT", W, "project", new Object[] {"client_id", Seed.ACME_ID, "notes", "n"}, 200, 200},
            {"PUT", I, "project", new Object[] {"client_id", Seed.GLOBEX_ID, "notes", "n"}, 200, 404},
            {"PUT", W + "/toggle", null, new Object[0], 200, 200},
            {"PUT", I + "/toggle", null, new Object[0], 200, 404},
            {"DELETE", W, null, new Object[0], 200, 200},
            {"DELETE", I, null, new Object[0], 200, 404},
            {"GET", W + "/task_assignments", null, new Object[0], 200, 200},
            {"GET", W + "/task_assignments/" + Seed.WEBSITE_DESIGN_ASSIGNMENT_ID, null, new Object[0], 200, 200},
            {"GET", I + "/task_assignments", null, new Object[0], 200, 404},
            {"POST", W + "/task_assignments", "task", new Object[] {"id", Seed.MEETINGS_ID}, 201, 201},
            {"POST", I + "/task_assignments", "task", new Object[] {"id", Seed.DESIGN_ID}, 201, 404},
            {"POST", W + "/task_assignments/add_with_create_new_task", "task", new Object[] {"name", "Fresh"}, 201, 201},
            {"PUT", W + "/task_assignments/" + Seed.WEBSITE_DESIGN_ASSIGNMENT_ID, "task_assignment",
                new Object[] {"budget", 10}, 200, 200},
            {"DELETE", W + "/task_assignments/" + Seed.WEBSITE_DESIGN_ASSIGNMENT_ID, null, new Object[0], 200, 200},
            {"GET", W + "/user_assignments", null, new Object[0], 200, 200},
            {"GET", W + "/user_assignments/" + Seed.FIRST_USER_ASSIGNMENT_ID, null, new Object[0], 200, 200},
            {"GET", I + "/user_assignments", null, new Object[0], 200, 404},
            {"POST", W + "/user_assignments", "user", new Object[] {"id", Seed.CONTRACTOR_ID}, 201, 201},
            {"PUT", W + "/user_assignments/" + Seed.FIRST_USER_ASSIGNMENT_ID, "user_assignment",
                new Object[] {"hourly_rate", 10}, 200, 200},
            {"DELETE", W + "/user_assignments/" + Seed.FIRST_USER_ASSIGNMENT_ID, null, new Object[0], 200, 200},
            {"GET", "/tasks", null, new Object[0], 200, 404},
            {"GET", "/tasks/" + Seed.DESIGN_ID, null, new Object[0], 200, 404},
            {"POST", "/tasks", "task", new Object[] {"name", "Roles task"}, 201, 404},
            {"PUT", "/tasks/" + Seed.DESIGN_ID, "task", new Object[] {"default_hourly_rate", 1}, 200, 404},
            {"DELETE", "/tasks/" + Seed.RESEARCH_TASK_ID, null, new Object[0], 200, 404},
            {"POST", "/tasks/" + Seed.ADMINISTRATION_TASK_ID + "/activate", null, new Object[0], 200, 404},
            {"GET", "/people", null, new Object[0], 200, 404},
            {"GET", "/people/" + Seed.USER_ID, null, new Object[0], 200, 404},
            {"GET", "/people/" + Seed.USER_EMAIL, null, new Object[0], 200, 404},
            {"POST", "/people", "user", new Object[] {"email", "r@example.com", "first_name", "R", "last_name", "S"}, 201, 404},
            {"PUT", "/people/" + Seed.USER_ID, "user", new Object[] {"telephone", "1"}, 200, 404},
            {"POST", "/people/" + Seed.CONTRACTOR_ID + "/toggle", null, new Object[0], 200, 404},
            {"DELETE", "/people/" + Seed.CONTRACTOR_ID, null, new Object[0], 200, 404},
            {"GET", "/expense_categories", null, new Object[0], 200, 404},
            {"GET", "/expense_categories/" + Seed.MILEAGE_ID, null, new Object[0], 200, 404},
            {"POST", "/expense_categories", "expense_category", new Object[] {"name", "Taxi"}, 201, 404},
            {"PUT", "/expense_categories/" + Seed.MEALS_ID, "expense_category", new Object[] {"unit_price", 1}, 200, 404},
            {"DELETE", "/expense_categories/" + Seed.MEALS_ID, null, new Object[0], 200, 404},
        };
        List<Arguments> arguments = new ArrayList<>();
        for (Wire wire : Wire.values()) {
            for (Object[] call : calls) {
                arguments.add(Arguments.of(wire, call[0], call[1], call[2], call[3], call[4], call[5]));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("calls")
    void eachCallAsEachRole(Wire wire, String method, String path, String root, Object[] fields, int admin, int pm) {
        assertThat(send(wire, method, path, root, fields, Seed.USER_EMAIL, Seed.USER_PASSWORD).status)
                .as("a regular user").isEqualTo(404);
        Response asPm = send(wire, method, path, root, fields, Seed.PM_EMAIL, Seed.PM_PASSWORD);
        assertThat(asPm.status).as("the project manager: %s", asPm).isEqualTo(pm);
        if (pm != 404) {
            SIMULATOR.simulator().reset();
        }
        Response asAdmin = send(wire, method, path, root, fields, Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD);
        assertThat(asAdmin.status).as("the administrator: %s", asAdmin).isEqualTo(admin);
    }

    private Response send(Wire wire, String method, String path, String root, Object[] fields, String email,
            String password) {
        Http.Call call;
        switch (method) {
            case "GET":
                call = http.get(path);
                break;
            case "POST":
                call = http.post(path);
                break;
            case "PUT":
                call = http.put(path);
                break;
            default:
                call = http.delete(path);
        }
        call.as(email, password);
        return root == null ? wire.accept(call).send() : wire.send(call, root, fields).send();
    }
}
