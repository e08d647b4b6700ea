package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /tasks} and {@code /expense_categories} as raw HTTP, in both formats. */
class TasksAndExpenseCategoriesTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aTaskAndAnExpenseCategoryInXmlHaveTheDocumentedElements() {
        XmlNode task = http.get("/tasks/" + Seed.DESIGN_ID).asAdmin().xml().send().xml();
        XmlNode categories = http.get("/expense_categories").asAdmin().xml().send().xml();

        assertThat(task.name).isEqualTo("task");
        assertThat(task.childNames()).containsExactly("id", "name", "billable-by-default", "deactivated",
                "default-hourly-rate", "is-default", "created-at", "updated-at");
        assertThat(task.child("default-hourly-rate").attribute("type")).isEqualTo("decimal");
        assertThat(task.text("default-hourly-rate")).isEqualTo("120.0");
        assertThat(categories.name).isEqualTo("expense-categories");
        assertThat(categories.attribute("type")).isEqualTo("array");
        XmlNode mileage = categories.children("expense-category").get(0);
        assertThat(mileage.childNames()).containsExactly("id", "name", "unit-name", "unit-price", "deactivated",
                "created-at", "updated-at");
        assertThat(mileage.text("unit-price")).isEqualTo("0.485");
    }

    @Test
    void inJsonRatesAndPricesAreNumbers() {
        var task = http.get("/tasks/" + Seed.DESIGN_ID).asAdmin().json().send().json().getJsonObject("task");
        var category = http.get("/expense_categories/" + Seed.MILEAGE_ID).asAdmin().json().send().json()
                .getJsonObject("expense_category");

        assertThat(task.getJsonNumber("default_hourly_rate").bigDecimalValue()).isEqualByComparingTo("120");
        assertThat(category.getJsonNumber("unit_price").bigDecimalValue()).isEqualByComparingTo("0.485");
        assertThat(category.getString("unit_name")).isEqualTo("Miles");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aTaskIsCreatedUpdatedAndDeletedWithItsAssignments(Wire wire) {
        Response created = wire.send(http.post("/tasks").asAdmin(), "task", "name", "Server Administration",
                "billable_by_default", false, "default_hourly_rate", 100, "is_default", "false").send();
        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/tasks/[0-9]+");
        long id = Wire.idOf(created.header("Location"));
        assertThat(wire.one(wire.accept(http.get("/tasks/" + id).asAdmin()).send(), "task"))
                .containsEntry("billable_by_default", "false").containsEntry("default_hourly_rate", "100")
                .containsEntry("is_default", "false").containsEntry("deactivated", "false");

        Response updated = wire.send(http.put("/tasks/" + id).asAdmin(), "task", "name", "Ops", "deactivated", true).send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/tasks/" + id);
        assertThat(SIMULATOR.state().find(Resource.TASKS, id).orElseThrow().name()).isEqualTo("Ops");
        assertThat(SIMULATOR.state().find(Resource.TASKS, id).orElseThrow().isDeactivated())
                .as("deactivated changes through delete and activate").isFalse();

        SIMULATOR.state().assignTask(Seed.WEBSITE_ID, id, true);
        assertThat(wire.accept(http.delete("/tasks/" + id).asAdmin()).send().status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.TASKS, id)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.TASK_ASSIGNMENTS)).noneMatch(a -> a.taskId() == id);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aTaskWithHoursIsArchivedByDeleteAndActivatedAgain(Wire wire) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, null);

        Response deleted = wire.accept(http.delete("/tasks/" + Seed.DESIGN_ID).asAdmin()).send();

        assertThat(deleted.status).isEqualTo(200);
        assertThat(wire.one(wire.accept(http.get("/tasks/" + Seed.DESIGN_ID).asAdmin()).send(), "task"))
                .containsEntry("deactivated", "true");
        assertThat(http.post("/daily/add?project_id=" + Seed.WEBSITE_ID + "&task_id=" + Seed.DESIGN_ID + "&hours=1")
                .asUser().json().send().status).as("an archived task takes no time").isEqualTo(400);

        Response activated = wire.accept(http.post("/tasks/" + Seed.DESIGN_ID + "/activate").asAdmin()).send();
        assertThat(activated.status).isEqualTo(200);
        assertThat(activated.header("Location")).isEqualTo("/tasks/" + Seed.DESIGN_ID);
        assertThat(SIMULATOR.state().find(Resource.TASKS, Seed.DESIGN_ID).orElseThrow().isDeactivated()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void taskNamesAreRequiredAndUnique(Wire wire) {
        assertThat(wire.send(http.post("/tasks").asAdmin(), "task", "name", " ").send().header("Hint"))
                .isEqualTo("name can't be blank");
        assertThat(wire.send(http.post("/tasks").asAdmin(), "task", "name", "MEETINGS").send().header("Hint"))
                .startsWith("Name has already been taken");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anExpenseCategoryIsCreatedUpdatedAndDeletedUnlessInUse(Wire wire) {
        Response created = wire.send(http.post("/expense_categories").asAdmin(), "expense_category",
                "name", "Parking", "unit_name", "Hours", "unit_price", "2.50").send();
        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/expense_categories/[0-9]+");
        long id = Wire.idOf(created.header("Location"));

        Response updated = wire.send(http.put("/expense_categories/" + id).asAdmin(), "expense_category",
                "unit_price", "3", "deactivated", "1").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/expense_categories/" + id);
        Map<String, String> category = wire.one(wire.accept(http.get("/expense_categories/" + id).asAdmin()).send(),
                "expense_category");
        assertThat(category).containsEntry("unit_price", "3").containsEntry("deactivated", "true")
                .containsEntry("unit_name", "Hours");

        SIMULATOR.state().addExpense(Seed.ADMIN_ID, Seed.WEBSITE_ID, Seed.MILEAGE_ID, Seed.TODAY, BigDecimal.ONE);
        Response used = wire.accept(http.delete("/expense_categories/" + Seed.MILEAGE_ID).asAdmin()).send();
        assertThat(used.status).isEqualTo(400);
        assertThat(used.header("Hint")).startsWith("Expense category " + Seed.MILEAGE_ID + " is used by expenses");
        assertThat(wire.accept(http.delete("/expense_categories/" + id).asAdmin()).send().status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.EXPENSE_CATEGORIES, id)).isEmpty();
    }
}
