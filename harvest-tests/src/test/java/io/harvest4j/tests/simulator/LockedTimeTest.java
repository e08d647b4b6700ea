package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockedTimeTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;
    private long locked;

    @BeforeEach
    void lockedEntryOfTheRegularUser() {
        http = new Http(SIMULATOR.uri());
        locked = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                new BigDecimal("2"), "approved");
        SIMULATOR.simulator().lockEntry(locked);
    }

    @Test
    void itsOwnerStillSeesIt() {
        assertThat(http.get("/daily/show/" + locked).asUser().json().send().status).isEqualTo(200);
    }

    @Test
    void itsOwnerMayNotChangeDeleteOrRestartIt() {
        Response update = http.post("/daily/update/" + locked + "?notes=mine").asUser().xml().send();
        Response delete = http.delete("/daily/delete/" + locked).asUser().xml().send();
        Response timer = http.get("/daily/timer/" + locked).asUser().xml().send();

        assertThat(update.status).isEqualTo(400);
        assertThat(update.header("Hint")).contains("locked").contains("only administrators");
        assertThat(update.xml().text("message")).isEqualTo(update.header("Hint"));
        assertThat(delete.status).isEqualTo(400);
        assertThat(timer.status).isEqualTo(400);
        DayEntrySnapshot entry = SIMULATOR.state().dayEntry(locked).orElseThrow();
        assertThat(entry.notes()).contains("approved");
        assertThat(entry.isRunning()).isFalse();
    }

    @Test
    void anAdministratorMayChangeItsNotesAndHours() {
        Response update = http.put("/daily/update/" + locked + "?of_user=" + Seed.USER_ID).asAdmin().json()
                .body(Http.JSON, "{\"notes\":\"fixed\",\"hours\":2.5,\"project_id\":300001}").send();

        assertThat(update.status).as(update.toString()).isEqualTo(200);
        assertThat(update.json().getString("notes")).isEqualTo("fixed");
        assertThat(SIMULATOR.state().dayEntry(locked).orElseThrow().hours()).isEqualByComparingTo("2.5");
    }

    @ParameterizedTest
    @CsvSource({
        "project_id, 300002",
        "task_id,    400002",
        "spent_at,   2017-01-17",
    })
    void evenAnAdministratorMayNotMoveIt(String field, String value) {
        Response update = http.post("/daily/update/" + locked + "?of_user=" + Seed.USER_ID + "&notes=moved&" + field + "=" + value)
                .asAdmin().xml().send();

        assertThat(update.status).isEqualTo(400);
        assertThat(update.header("Hint")).isEqualTo(field + " cannot be changed on a locked (approved or invoiced) day entry");
        assertThat(SIMULATOR.state().dayEntry(locked).orElseThrow().notes()).contains("approved");
    }

    @Test
    void anAdministratorMayDeleteIt() {
        assertThat(http.delete("/daily/delete/" + locked + "?of_user=" + Seed.USER_ID).asAdmin().json().send().status)
                .isEqualTo(200);
        assertThat(SIMULATOR.state().dayEntry(locked)).isEmpty();
    }

    @Test
    void lockingARunningEntryStopsItsTimer() {
        long running = new Http(SIMULATOR.uri()).post("/daily/add?project_id=300001&task_id=400001").asUser().json().send()
                .json().getJsonNumber("id").longValue();
        SIMULATOR.clock().advance(java.time.Duration.ofMinutes(15));

        SIMULATOR.simulator().lockEntry(running);

        DayEntrySnapshot entry = SIMULATOR.state().dayEntry(running).orElseThrow();
        assertThat(entry.isRunning()).isFalse();
        assertThat(entry.isLocked()).isTrue();
        assertThat(entry.hours()).isEqualByComparingTo("0.25");
    }
}
