package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /people} as raw HTTP, in both formats (roots {@code user}/{@code users}). */
class PeopleTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aPersonInXmlHasTheDocumentedElementsAndNoPassword() {
        Response response = http.get("/people/" + Seed.PM_ID).asAdmin().xml().send();
        XmlNode user = response.xml();

        assertThat(user.name).isEqualTo("user");
        assertThat(user.childNames()).containsExactly("id", "email", "first-name", "last-name",
                "has-access-to-all-future-projects", "default-hourly-rate", "is-active", "is-admin", "is-contractor",
                "telephone", "department", "timezone", "updated-at", "created-at");
        assertThat(user.text("default-hourly-rate")).isEqualTo("100.0");
        assertThat(user.text("department")).isEqualTo("Delivery");
        assertThat(user.text("timezone")).isEqualTo("Eastern Time (US & Canada)");
        assertThat(response.body).doesNotContain("pass");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void peopleAreListedAndFoundByIdOrEmail(Wire wire) {
        Response list = wire.accept(http.get("/people").asAdmin()).send();
        Map<String, String> byEmail = wire.one(wire.accept(http.get("/people/CONTRACTOR@example.com").asAdmin()).send(), "user");

        assertThat(wire.ids(list, "users", "user")).containsExactly(Seed.ADMIN_ID, Seed.PM_ID, Seed.USER_ID, Seed.CONTRACTOR_ID);
        assertThat(byEmail).containsEntry("id", Long.toString(Seed.CONTRACTOR_ID)).containsEntry("is_contractor", "true")
                .containsEntry("has_access_to_all_future_projects", "true");
        assertThat(wire.accept(http.get("/people/nobody@example.com").asAdmin()).send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aPersonIsCreatedWithoutAPasswordAndCannotSignInUntilTheyChooseOne(Wire wire) {
        Response created = wire.send(http.post("/people").asAdmin(), "user", "first_name", "Edgar", "last_name", "Ruth",
                "email", "edgarruth@example.com", "timezone", "Central Time (US & Canada)", "is_admin", false,
                "telephone", "444-444", "password", "secret", "default_hourly_rate", "80").send();

        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/people/[0-9]+");
        long id = Wire.idOf(created.header("Location"));
        Map<String, String> person = wire.one(wire.accept(http.get("/people/" + id).asAdmin()).send(), "user");
        assertThat(person).containsEntry("timezone", "Central Time (US & Canada)").containsEntry("telephone", "444-444")
                .containsEntry("is_active", "true").doesNotContainKey("password");
        assertThat(wire.accept(http.get("/account/who_am_i").as("edgarruth@example.com", "secret")).send().status)
                .isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void emailsAreUniqueNamesRequiredAndTimeZonesKnown(Wire wire) {
        Response taken = wire.send(http.post("/people").asAdmin(), "user", "first_name", "U", "last_name", "Two",
                "email", "USER@example.com").send();
        Response noName = wire.send(http.post("/people").asAdmin(), "user", "last_name", "X", "email", "x@example.com").send();
        Response zone = wire.send(http.put("/people/" + Seed.USER_ID).asAdmin(), "user", "timezone", "Mars/Olympus").send();

        assertThat(taken.status).isEqualTo(400);
        assertThat(taken.header("Hint")).startsWith("Email has already been taken");
        assertThat(noName.header("Hint")).isEqualTo("first-name can't be blank");
        assertThat(zone.header("Hint")).startsWith("timezone is not a time zone the service knows");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anUpdateChangesTheFieldsSentAndLeavesIsActiveToTheToggle(Wire wire) {
        Response updated = wire.send(http.put("/people/" + Seed.USER_ID).asAdmin(), "user", "department", "QA",
                "is_active", false, "timezone", "London", "has_access_to_all_future_projects", "t").send();

        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/people/" + Seed.USER_ID);
        UserSnapshot user = SIMULATOR.state().find(Resource.USERS, Seed.USER_ID).orElseThrow();
        assertThat(user.isActive()).isTrue();
        assertThat(user.timezone()).isEqualTo("London");
        assertThat(user.hasAccessToAllFutureProjects()).isTrue();
        var whoAmI = http.get("/account/who_am_i").asUser().json().send().json().getJsonObject("user");
        assertThat(whoAmI.getInt("timezone_utc_offset")).as("the zone follows the name").isZero();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theToggleArchivesAPersonWhoThenCannotSignInAndActivatesThemAgain(Wire wire) {
        Response archived = wire.accept(http.post("/people/" + Seed.USER_ID + "/toggle").asAdmin()).send();

        assertThat(archived.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.USER_ID).orElseThrow().isActive()).isFalse();
        assertThat(wire.accept(http.get("/daily").asUser()).send().status).isEqualTo(401);
        assertThat(wire.accept(http.post("/people/" + Seed.USER_ID + "/toggle").asAdmin()).send().status).isEqualTo(200);
        assertThat(wire.accept(http.get("/daily").asUser()).send().status).isEqualTo(200);
        assertThat(wire.accept(http.post("/people/" + Seed.ADMIN_ID + "/toggle").asAdmin()).send().header("Hint"))
                .isEqualTo("You cannot archive yourself");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aPersonWithHoursIsNotDeletedAndOneWithoutGoesWithTheirAssignments(Wire wire) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, null);

        Response withHours = wire.accept(http.delete("/people/" + Seed.USER_ID).asAdmin()).send();
        Response without = wire.accept(http.delete("/people/" + Seed.PM_ID).asAdmin()).send();

        assertThat(withHours.status).isEqualTo(400);
        assertThat(withHours.header("Hint")).startsWith("User " + Seed.USER_ID + " has 1 day entries");
        assertThat(without.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.USERS, Seed.PM_ID)).isEmpty();
        assertThat(SIMULATOR.state().all(Resource.USER_ASSIGNMENTS)).noneMatch(a -> a.userId() == Seed.PM_ID);
        assertThat(wire.accept(http.delete("/people/" + Seed.ADMIN_ID).asAdmin()).send().status).isEqualTo(400);
    }
}
