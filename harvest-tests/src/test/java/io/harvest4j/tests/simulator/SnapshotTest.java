package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private final SimulatorState state = SIMULATOR.state();

    @Test
    void everySeededResourceReadsTheSameWayById() {
        assertThat(state.all(Resource.USERS)).extracting(UserSnapshot::email)
                .containsExactly(Seed.ADMIN_EMAIL, Seed.PM_EMAIL, Seed.USER_EMAIL, Seed.CONTRACTOR_EMAIL);
        assertThat(state.all(Resource.CLIENTS)).extracting(Snapshot::id)
                .containsExactly(Seed.ACME_ID, Seed.GLOBEX_ID, Seed.INITECH_ID, Seed.UMBRELLA_ID);
        assertThat(state.all(Resource.PROJECTS)).hasSize(5);
        assertThat(state.all(Resource.TASKS)).extracting(TaskSnapshot::name)
                .containsExactly("Design", "Development", "Project Management", "Meetings", "Research", "Administration");
        assertThat(state.all(Resource.TASK_ASSIGNMENTS)).hasSize(10);
        assertThat(state.all(Resource.USER_ASSIGNMENTS)).hasSize(11);
        assertThat(state.all(Resource.DAY_ENTRIES)).isEmpty();
        assertThat(state.all(Resource.CONTACTS)).extracting(Snapshot::id)
                .containsExactly(Seed.JANE_CONTACT_ID, Seed.JOHN_CONTACT_ID, Seed.MARIE_CONTACT_ID);
        assertThat(state.all(Resource.EXPENSE_CATEGORIES)).extracting(Snapshot::id)
                .containsExactly(Seed.MILEAGE_ID, Seed.MEALS_ID, Seed.LODGING_ID);
    }

    @Test
    void theExtendedResourcesSnapshotsCarryTheirFields() {
        assertThat(state.find(Resource.CLIENTS, Seed.INITECH_ID).orElseThrow().isActive()).isFalse();
        assertThat(state.find(Resource.CONTACTS, Seed.JANE_CONTACT_ID).orElseThrow().title()).contains("President");
        assertThat(state.find(Resource.EXPENSE_CATEGORIES, Seed.MILEAGE_ID).orElseThrow().unitPrice())
                .contains(new java.math.BigDecimal("0.485"));
        assertThat(state.find(Resource.EXPENSE_CATEGORIES, Seed.LODGING_ID).orElseThrow().isDeactivated()).isTrue();
        assertThat(state.find(Resource.TASKS, Seed.ADMINISTRATION_TASK_ID).orElseThrow().isDeactivated()).isTrue();
        assertThat(state.all(Resource.TASKS)).filteredOn(TaskSnapshot::isDefault).extracting(Snapshot::id)
                .containsExactlyElementsOf(Seed.DEFAULT_TASK_IDS);
        UserSnapshot contractor = state.find(Resource.USERS, Seed.CONTRACTOR_ID).orElseThrow();
        assertThat(contractor.isContractor()).isTrue();
        assertThat(contractor.hasAccessToAllFutureProjects()).isTrue();
        assertThat(state.find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow().budget())
                .contains(new java.math.BigDecimal("120.0"));
    }

    @Test
    void findGivesTheTypedSnapshotOrNothing() {
        UserSnapshot admin = state.find(Resource.USERS, Seed.ADMIN_ID).orElseThrow();
        ClientSnapshot acme = state.find(Resource.CLIENTS, Seed.ACME_ID).orElseThrow();
        ProjectSnapshot legacy = state.find(Resource.PROJECTS, Seed.LEGACY_ID).orElseThrow();
        TaskSnapshot meetings = state.find(Resource.TASKS, Seed.MEETINGS_ID).orElseThrow();
        TaskAssignmentSnapshot mobileMeetings = state.find(Resource.TASK_ASSIGNMENTS, Seed.MOBILE_MEETINGS_ASSIGNMENT_ID)
                .orElseThrow();
        UserAssignmentSnapshot pmOnWebsite = state.find(Resource.USER_ASSIGNMENTS, Seed.FIRST_USER_ASSIGNMENT_ID + 4)
                .orElseThrow();

        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.firstName()).isEqualTo("Ada");
        assertThat(admin.lastName()).isEqualTo("Admin");
        assertThat(admin.timezone()).isEqualTo(Seed.TIMEZONE);
        assertThat(acme.name()).isEqualTo("Acme & Sons");
        assertThat(acme.currency()).isEqualTo("United States Dollar - USD");
        assertThat(acme.currencySymbol()).isEqualTo("$");
        assertThat(legacy.isActive()).isFalse();
        assertThat(legacy.clientId()).isEqualTo(Seed.ACME_ID);
        assertThat(legacy.code()).isEqualTo("LEG");
        assertThat(legacy.isBillable()).isTrue();
        assertThat(meetings.isBillableByDefault()).isFalse();
        assertThat(mobileMeetings.projectId()).isEqualTo(Seed.MOBILE_ID);
        assertThat(mobileMeetings.taskId()).isEqualTo(Seed.MEETINGS_ID);
        assertThat(mobileMeetings.isBillable()).isFalse();
        assertThat(mobileMeetings.isDeactivated()).isFalse();
        assertThat(pmOnWebsite.userId()).isEqualTo(Seed.PM_ID);
        assertThat(pmOnWebsite.projectId()).isEqualTo(Seed.WEBSITE_ID);
        assertThat(pmOnWebsite.isProjectManager()).isTrue();
        assertThat(pmOnWebsite.isDeactivated()).isFalse();
        assertThat(state.find(Resource.PROJECTS, Seed.ACME_ID)).as("an id of another resource").isEmpty();
        assertThat(state.find(Resource.DAY_ENTRIES, Seed.FIRST_DAY_ENTRY_ID)).isEmpty();
    }

    @Test
    void whatTheStateHelpersAddIsFoundUnderTheIdTheyAnswer() {
        long user = state.addUser("new@example.com", "secret", "New", "Person", false);
        long client = state.addClient("Initech");
        long project = state.addProject(client, "TPS Reports", "TPS", false);
        long task = state.addTask("Filing", false);
        long taskAssignment = state.assignTask(project, task, false);
        long userAssignment = state.assignUser(project, user, true);

        assertThat(state.find(Resource.USERS, user).orElseThrow().email()).isEqualTo("new@example.com");
        assertThat(state.find(Resource.CLIENTS, client).orElseThrow().name()).isEqualTo("Initech");
        assertThat(state.find(Resource.PROJECTS, project).orElseThrow().clientId()).isEqualTo(client);
        assertThat(state.find(Resource.TASKS, task).orElseThrow().name()).isEqualTo("Filing");
        assertThat(state.find(Resource.TASK_ASSIGNMENTS, taskAssignment).orElseThrow().taskId()).isEqualTo(task);
        assertThat(state.find(Resource.USER_ASSIGNMENTS, userAssignment).orElseThrow().userId()).isEqualTo(user);
    }

    @Test
    void theDayEntryHelpersAreTheGenericAccessor() {
        long id = state.addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, new BigDecimal("1.5"), "x");

        DayEntrySnapshot viaHelper = state.dayEntry(id).orElseThrow();
        DayEntrySnapshot viaResource = state.find(Resource.DAY_ENTRIES, id).orElseThrow();

        assertThat(viaHelper).usingRecursiveComparison().isEqualTo(viaResource);
        assertThat(state.dayEntries()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(state.all(Resource.DAY_ENTRIES));
        assertThat(viaResource.hours()).isEqualByComparingTo("1.5");
        assertThat(viaResource.notes()).hasValue("x");
    }

    @Test
    void aSnapshotKeepsWhatWasAndItsStampsComeFromTheSimulatorClock() {
        ProjectSnapshot before = state.find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow();
        SIMULATOR.clock().advance(Duration.ofHours(2));

        state.setProjectActive(Seed.WEBSITE_ID, false);
        ProjectSnapshot after = state.find(Resource.PROJECTS, Seed.WEBSITE_ID).orElseThrow();

        assertThat(before.isActive()).as("a snapshot does not follow the state").isTrue();
        assertThat(before.createdAt()).isEqualTo(Seed.START);
        assertThat(before.updatedAt()).isEqualTo(Seed.START);
        assertThat(after.isActive()).isFalse();
        assertThat(after.createdAt()).isEqualTo(Seed.START);
        assertThat(after.updatedAt()).isEqualTo(Seed.START.plus(Duration.ofHours(2)));
    }

    @Test
    void aRunningTimersHoursAreThoseAtTheTimeOfReading() {
        Response added = new Http(SIMULATOR.uri()).post("/daily/add?project_id=300001&task_id=400001")
                .asUser().json().send();
        long id = added.json().getJsonNumber("id").longValue();
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        DayEntrySnapshot running = state.find(Resource.DAY_ENTRIES, id).orElseThrow();

        assertThat(running.isRunning()).isTrue();
        assertThat(running.hours()).isEqualByComparingTo("0.50");
        assertThat(running.updatedAt()).as("starting the timer stamped it").isEqualTo(Seed.START);
        assertThat(state.runningTimer(Seed.USER_ID).orElseThrow().id()).isEqualTo(id);
    }
}
