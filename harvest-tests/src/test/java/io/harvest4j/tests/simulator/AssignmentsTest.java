package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /projects/{id}/task_assignments} and {@code …/user_assignments} as raw HTTP, in both formats. */
class AssignmentsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void assignmentsInXmlHaveTheDocumentedElements() {
        XmlNode task = http.get("/projects/" + Seed.WEBSITE_ID + "/task_assignments/" + Seed.WEBSITE_DESIGN_ASSIGNMENT_ID)
                .asAdmin().xml().send().xml();
        XmlNode user = http.get("/projects/" + Seed.WEBSITE_ID + "/user_assignments/" + Seed.FIRST_USER_ASSIGNMENT_ID)
                .asAdmin().xml().send().xml();

        assertThat(task.name).isEqualTo("task-assignment");
        assertThat(task.childNames()).containsExactly("id", "project-id", "task-id", "billable", "deactivated", "budget",
                "hourly-rate", "created-at", "updated-at");
        assertThat(task.child("budget").attribute("type")).isEqualTo("decimal");
        assertThat(task.child("budget").isNil()).isTrue();
        assertThat(user.name).isEqualTo("user-assignment");
        assertThat(user.childNames()).containsExactly("id", "user-id", "project-id", "deactivated", "hourly-rate",
                "is-project-manager", "created-at", "updated-at");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aTaskIsAssignedWithTheTasksDefaultsAndChangedWithoutLocation(Wire wire) {
        Response assigned = wire.send(http.post("/projects/" + Seed.MOBILE_ID + "/task_assignments").asPm(),
                "task", "id", Seed.DESIGN_ID).send();

        assertThat(assigned.status).isEqualTo(201);
        assertThat(assigned.header("Location")).matches("/projects/" + Seed.MOBILE_ID + "/task_assignments/[0-9]+");
        String path = assigned.header("Location");
        Map<String, String> assignment = wire.one(wire.accept(http.get(path).asPm()).send(), "task_assignment");
        assertThat(assignment).containsEntry("task_id", Long.toString(Seed.DESIGN_ID)).containsEntry("billable", "true");
        assertThat(new BigDecimal(assignment.get("hourly_rate"))).isEqualByComparingTo("120");

        Response updated = wire.send(http.put(path).asPm(), "task_assignment", "billable", "0", "budget", 3234,
                "hourly_rate", "100").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isNull();
        assertThat(wire.one(wire.accept(http.get(path).asPm()).send(), "task_assignment"))
                .containsEntry("billable", "false").containsEntry("budget", "3234").containsEntry("hourly_rate", "100");

        Response again = wire.send(http.post("/projects/" + Seed.MOBILE_ID + "/task_assignments").asPm(),
                "task", "id", Seed.DESIGN_ID).send();
        Response unknown = wire.send(http.post("/projects/" + Seed.MOBILE_ID + "/task_assignments").asPm(),
                "task", "id", 999).send();
        assertThat(again.status).isEqualTo(400);
        assertThat(again.header("Hint")).isEqualTo("Task " + Seed.DESIGN_ID + " is already assigned to project " + Seed.MOBILE_ID);
        assertThat(unknown.header("Hint")).isEqualTo("No task 999");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void addWithCreateNewTaskCreatesTheTaskAndItsAssignment(Wire wire) {
        Response created = wire.send(http.post("/projects/" + Seed.WEBSITE_ID
                + "/task_assignments/add_with_create_new_task").asAdmin(), "task", "name", "Backend Development").send();
        Response taken = wire.send(http.post("/projects/" + Seed.WEBSITE_ID
                + "/task_assignments/add_with_create_new_task").asAdmin(), "task", "name", "design").send();

        assertThat(created.status).isEqualTo(201);
        TaskAssignmentSnapshot assignment = SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS,
                Wire.idOf(created.header("Location"))).orElseThrow();
        assertThat(assignment.projectId()).isEqualTo(Seed.WEBSITE_ID);
        TaskSnapshot task = SIMULATOR.state().find(Resource.TASKS, assignment.taskId()).orElseThrow();
        assertThat(task.name()).isEqualTo("Backend Development");
        assertThat(taken.status).isEqualTo(400);
        assertThat(taken.header("Hint")).startsWith("Name has already been taken");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aProjectKeepsOneTaskAndATaskWithHoursIsArchivedWithAHint(Wire wire) {
        String research = "/projects/" + Seed.RESEARCH_ID + "/task_assignments/";
        SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID, Seed.TODAY, BigDecimal.ONE, null);

        Response archived = wire.accept(http.delete(research + Seed.RESEARCH_RESEARCH_ASSIGNMENT_ID).asAdmin()).send();
        Response last = wire.accept(http.delete(research + Seed.RESEARCH_MEETINGS_ASSIGNMENT_ID).asAdmin()).send();

        assertThat(archived.status).isEqualTo(200);
        assertThat(archived.header("Hint")).contains("archived");
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, Seed.RESEARCH_RESEARCH_ASSIGNMENT_ID).orElseThrow()
                .isDeactivated()).isTrue();
        assertThat(last.status).isEqualTo(400);
        assertThat(last.header("Hint")).startsWith("Harvest requires one task per project");

        Response removed = wire.accept(http.delete("/projects/" + Seed.MOBILE_ID + "/task_assignments/"
                + Seed.MOBILE_MEETINGS_ASSIGNMENT_ID).asAdmin()).send();
        assertThat(removed.status).isEqualTo(200);
        assertThat(removed.header("Hint")).isNull();
        assertThat(SIMULATOR.state().find(Resource.TASK_ASSIGNMENTS, Seed.MOBILE_MEETINGS_ASSIGNMENT_ID)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aPersonIsAssignedAtTheirDefaultRateChangedAndRemoved(Wire wire) {
        Response assigned = wire.send(http.post("/projects/" + Seed.RESEARCH_ID + "/user_assignments").asAdmin(),
                "user", "id", Seed.PM_ID).send();

        assertThat(assigned.status).isEqualTo(201);
        String path = assigned.header("Location");
        assertThat(path).matches("/projects/" + Seed.RESEARCH_ID + "/user_assignments/[0-9]+");
        Map<String, String> assignment = wire.one(wire.accept(http.get(path).asAdmin()).send(), "user_assignment");
        assertThat(assignment).containsEntry("user_id", Long.toString(Seed.PM_ID)).containsEntry("is_project_manager", "false");
        assertThat(new BigDecimal(assignment.get("hourly_rate"))).isEqualByComparingTo("100");

        Response updated = wire.send(http.put(path).asAdmin(), "user_assignment", "user_id", Seed.PM_ID,
                "project_id", Seed.RESEARCH_ID, "is_project_manager", "true", "hourly_rate", "95.0").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo(path);
        assertThat(wire.accept(http.get("/projects/" + Seed.RESEARCH_ID).asPm()).send().status)
                .as("now the PM manages it").isEqualTo(200);

        Response again = wire.send(http.post("/projects/" + Seed.RESEARCH_ID + "/user_assignments").asAdmin(),
                "user", "id", Seed.PM_ID).send();
        assertThat(again.status).isEqualTo(400);
        assertThat(wire.accept(http.delete(path).asAdmin()).send().status).isEqualTo(200);
        assertThat(wire.accept(http.get(path).asAdmin()).send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void removingAPersonWithHoursArchivesTheAssignmentWithAHint(Wire wire) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.INTERNAL_ID, Seed.MEETINGS_ID, Seed.TODAY, BigDecimal.ONE, null);
        long userOnInternal = Seed.FIRST_USER_ASSIGNMENT_ID + 9;

        Response removed = wire.accept(http.delete("/projects/" + Seed.INTERNAL_ID + "/user_assignments/" + userOnInternal)
                .asAdmin()).send();

        assertThat(removed.status).isEqualTo(200);
        assertThat(removed.header("Hint")).startsWith("User " + Seed.USER_ID + " has hours on project " + Seed.INTERNAL_ID);
        UserAssignmentSnapshot assignment = SIMULATOR.state().find(Resource.USER_ASSIGNMENTS, userOnInternal).orElseThrow();
        assertThat(assignment.userId()).isEqualTo(Seed.USER_ID);
        assertThat(assignment.isDeactivated()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anAssignmentOfAnotherProjectIsNotFound(Wire wire) {
        assertThat(wire.accept(http.get("/projects/" + Seed.MOBILE_ID + "/task_assignments/"
                + Seed.WEBSITE_DESIGN_ASSIGNMENT_ID).asAdmin()).send().status).isEqualTo(404);
        assertThat(wire.accept(http.get("/projects/" + Seed.INTERNAL_ID + "/user_assignments").asPm()).send().status)
                .as("the PM does not manage Internal").isEqualTo(404);
    }
}
