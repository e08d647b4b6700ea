package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.BillBy;
import io.harvest4j.extended.model.BudgetBy;
import io.harvest4j.extended.model.Client;
import io.harvest4j.extended.model.Contact;
import io.harvest4j.extended.model.ExpenseCategory;
import io.harvest4j.extended.model.Person;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.Task;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.UserAssignment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer the v1 documentation shows for the resources of issue 8, served to the client and
 * read through the facade with the real codec of each format: XML element for element as the
 * documentation writes it (attributes in single quotes), and its JSON form per API.md §4 (wrapped
 * roots, lists of wrapped items, underscored names, nil as {@code null}). Each test names the
 * example files of {@code harvest-v1/examples/} it covers; every value of each is checked.
 */
class DocumentedExamplesTest {

    private static final OffsetDateTime APRIL_2008 = OffsetDateTime.parse("2008-04-09T12:07:56Z");
    private static final OffsetDateTime APRIL_2015 = OffsetDateTime.parse("2015-04-09T12:07:56Z");

    private final RecordingTransport transport = new RecordingTransport();

    static List<Format> formats() {
        return List.of(Format.XML, Format.JSON);
    }

    /** @return a client of that format whose every call is answered 200 with the body */
    private HarvestClient serving(Format format, String xml, String json) {
        transport.otherwise(RecordingTransport.Answer.of(200, format == Format.XML ? xml : json.replace('\'', '"')));
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build())
                .codec(RealCodecs.of(format))
                .transport(transport)
                .build();
    }

    // ---- clients

    private static String clientXml(String highriseId, String indent, String activeAndSymbol) {
        return "<client>\n  <name>SuprCorp</name>\n  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n"
                + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "  <highrise-id type='integer'>" + highriseId + "</highrise-id>\n  <id type='integer'>11072</id>\n"
                + "  <cache-version type='integer'>0</cache-version>\n  <currency>United States Dollar - USD</currency>\n"
                + activeAndSymbol + "  <details>" + details(indent) + "</details>\n"
                + "  <default-invoice-timeframe>20110101,20111231</default-invoice-timeframe>\n"
                + "  <last-invoice-kind>task</last-invoice-kind>\n</client>";
    }

    private static String clientJson(String highriseId, String indent) {
        return "{'client':{'name':'SuprCorp','created_at':'2008-04-09T12:07:56Z','updated_at':'2008-04-09T12:07:56Z',"
                + "'highrise_id':" + highriseId + ",'id':11072,'cache_version':0,'currency':'United States Dollar - USD',"
                + "'active':true,'currency_symbol':'$','details':'" + details(indent).replace("\n", "\\n") + "',"
                + "'default_invoice_timeframe':'20110101,20111231','last_invoice_kind':'task'}}";
    }

    private static String details(String indent) {
        return String.join("\n" + indent, "123 Main St.", "Third Floor", "New York, NY 10011", "USA", "212-555-1212",
                "212-555-1213 (fax)", "http://www.example.com");
    }

    private static void assertSuprCorp(Client client, long highriseId, String indent) {
        assertThat(client.id()).isEqualTo(11072);
        assertThat(client.name()).isEqualTo("SuprCorp");
        assertThat(client.createdAt()).contains(APRIL_2008);
        assertThat(client.updatedAt()).contains(APRIL_2008);
        assertThat(client.highriseId()).contains(highriseId);
        assertThat(client.cacheVersion()).isZero();
        assertThat(client.currency()).isEqualTo("United States Dollar - USD");
        assertThat(client.currencySymbol()).isEqualTo("$");
        assertThat(client.isActive()).isTrue();
        assertThat(client.details()).isEqualTo(details(indent));
        assertThat(client.defaultInvoiceTimeframe()).contains("20110101,20111231");
        assertThat(client.lastInvoiceKind()).contains("task");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void clientsGetAllClients(Format format) { // clients--get-all-clients--1.xml
        HarvestClient client = serving(format, "<clients type='array'>\n"
                + clientXml("568902", "    ", "  <active type='boolean'>true</active>\n  <currency-symbol>$</currency-symbol>\n")
                + "\n</clients>", "[" + clientJson("568902", "    ") + "]");

        List<Client> clients = new Clients(client).list().execute();

        assertThat(clients).singleElement().satisfies(one -> assertSuprCorp(one, 568902, "    "));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void clientsGetAClient(Format format) { // clients--get-a-client--1.xml
        HarvestClient client = serving(format,
                clientXml("110011", "  ", "  <currency-symbol>$</currency-symbol>\n  <active type='boolean'>true</active>\n"),
                clientJson("110011", "  "));

        assertSuprCorp(new Clients(client).show(11072).execute(), 110011, "  ");
    }

    // ---- client contacts

    private static final String CONTACT_XML = "<contact>\n  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n"
            + "  <title>President</title>\n  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <phone-office>555.555.5555</phone-office>\n  <id type='integer'>9</id>\n"
            + "  <client-id type='integer'>11072</client-id>\n  <fax>555.555.9999</fax>\n  <last-name>Doe</last-name>\n"
            + "  <email>janedoe@example.com</email>\n  <first-name>Jane</first-name>\n"
            + "  <phone-mobile>555.555.7777</phone-mobile>\n</contact>";
    private static final String CONTACT_JSON = "{'contact':{'created_at':'2008-04-09T12:07:56Z','title':'President',"
            + "'updated_at':'2008-04-09T12:07:56Z','phone_office':'555.555.5555','id':9,'client_id':11072,"
            + "'fax':'555.555.9999','last_name':'Doe','email':'janedoe@example.com','first_name':'Jane',"
            + "'phone_mobile':'555.555.7777'}}";

    private static void assertJaneDoeContact(Contact contact) {
        assertThat(contact.id()).isEqualTo(9);
        assertThat(contact.clientId()).isEqualTo(11072);
        assertThat(contact.title()).isEqualTo("President");
        assertThat(contact.firstName()).isEqualTo("Jane");
        assertThat(contact.lastName()).isEqualTo("Doe");
        assertThat(contact.email()).isEqualTo("janedoe@example.com");
        assertThat(contact.phoneOffice()).isEqualTo("555.555.5555");
        assertThat(contact.phoneMobile()).isEqualTo("555.555.7777");
        assertThat(contact.fax()).isEqualTo("555.555.9999");
        assertThat(contact.createdAt()).contains(APRIL_2008);
        assertThat(contact.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void clientContactsGetAllContactsForAnAccount(Format format) { // client-contacts--get-all-contacts-for-an-account--1.xml
        HarvestClient client = serving(format, "<contacts type='array'>\n" + CONTACT_XML + "\n</contacts>", "[" + CONTACT_JSON + "]");

        assertThat(new Contacts(client).list().execute()).singleElement().satisfies(DocumentedExamplesTest::assertJaneDoeContact);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void clientContactsGetAllContactsForAClient(Format format) { // client-contacts--get-all-contacts-for-a-client--1.xml
        HarvestClient client = serving(format, "<contacts type='array'>\n" + CONTACT_XML + "\n</contacts>", "[" + CONTACT_JSON + "]");

        assertThat(new Contacts(client).listForClient(11072).execute()).singleElement()
                .satisfies(DocumentedExamplesTest::assertJaneDoeContact);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void clientContactsGetAClientContact(Format format) { // client-contacts--get-a-client-contact--1.xml
        assertJaneDoeContact(new Contacts(serving(format, CONTACT_XML, CONTACT_JSON)).show(9).execute());
    }

    // ---- projects

    private static String projectXml(String earliest, String latest) {
        return "<project>\n  <id type='integer'>1</id>\n  <client-id type='integer'>2</client-id>\n  <name>SuprGlu</name>\n"
                + "  <code>HA-0001</code>\n  <active type='boolean'>true</active>\n"
                + "  <billable type='boolean'>false</billable>\n  <bill-by>none</bill-by>\n  <hourly-rate nil='true' />\n"
                + "  <budget-by>project</budget-by>\n  <budget type='decimal'>40.0</budget>\n"
                + "  <notify-when-over-budget type='boolean'>true</notify-when-over-budget>\n"
                + "  <over-budget-notification-percentage type='decimal'>80.0</over-budget-notification-percentage>\n"
                + "  <over-budget-notified-at nil='true' />\n  <show-budget-to-all type='boolean'>true</show-budget-to-all>\n"
                + "  <created-at type='datetime'>2015-04-09T12:07:56Z</created-at>\n"
                + "  <updated-at type='datetime'>2015-04-09T12:07:56Z</updated-at>\n"
                + "  <starts-on type='date'>2015-03-09</starts-on>\n  <ends-on type='date'>2015-07-09</ends-on>\n"
                + "  <hint-earliest-record-at type='date'>" + earliest + "</hint-earliest-record-at>\n"
                + "  <hint-latest-record-at type='date'>" + latest + "</hint-latest-record-at>\n"
                + "  <notes>Project notes go here.</notes>\n  <cost-budget type='decimal'>1000.0</cost-budget>\n"
                + "  <cost-budget-include-expenses type='boolean'>false</cost-budget-include-expenses>\n</project>";
    }

    /** Decimals as Rails' {@code to_json} writes them: strings. */
    private static String projectJson(String earliest, String latest) {
        return "{'project':{'id':1,'client_id':2,'name':'SuprGlu','code':'HA-0001','active':true,'billable':false,"
                + "'bill_by':'none','hourly_rate':null,'budget_by':'project','budget':'40.0','notify_when_over_budget':true,"
                + "'over_budget_notification_percentage':'80.0','over_budget_notified_at':null,'show_budget_to_all':true,"
                + "'created_at':'2015-04-09T12:07:56Z','updated_at':'2015-04-09T12:07:56Z','starts_on':'2015-03-09',"
                + "'ends_on':'2015-07-09','hint_earliest_record_at':'" + earliest + "','hint_latest_record_at':'" + latest
                + "','notes':'Project notes go here.','cost_budget':'1000.0','cost_budget_include_expenses':false}}";
    }

    private static void assertSuprGlu(Project project, LocalDate earliest, LocalDate latest) {
        assertThat(project.id()).isEqualTo(1);
        assertThat(project.clientId()).isEqualTo(2);
        assertThat(project.name()).isEqualTo("SuprGlu");
        assertThat(project.code()).isEqualTo("HA-0001");
        assertThat(project.isActive()).isTrue();
        assertThat(project.isBillable()).isFalse();
        assertThat(project.billBy()).isEqualTo(BillBy.NONE);
        assertThat(project.billByValue()).isEqualTo("none");
        assertThat(project.hourlyRate()).isEmpty();
        assertThat(project.budgetBy()).isEqualTo(BudgetBy.PROJECT);
        assertThat(project.budgetByValue()).isEqualTo("project");
        assertThat(project.budget()).contains(new BigDecimal("40.0"));
        assertThat(project.notifyWhenOverBudget()).isTrue();
        assertThat(project.overBudgetNotificationPercentage()).contains(new BigDecimal("80.0"));
        assertThat(project.overBudgetNotifiedAt()).isEmpty();
        assertThat(project.showBudgetToAll()).isTrue();
        assertThat(project.createdAt()).contains(APRIL_2015);
        assertThat(project.updatedAt()).contains(APRIL_2015);
        assertThat(project.startsOn()).contains(LocalDate.of(2015, 3, 9));
        assertThat(project.endsOn()).contains(LocalDate.of(2015, 7, 9));
        assertThat(project.hintEarliestRecordAt()).contains(earliest);
        assertThat(project.hintLatestRecordAt()).contains(latest);
        assertThat(project.notes()).isEqualTo("Project notes go here.");
        assertThat(project.costBudget()).contains(new BigDecimal("1000.0"));
        assertThat(project.costBudgetIncludeExpenses()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void projectsShowAllProjects(Format format) { // projects--show-all-projects--1.xml (a list without type='array')
        HarvestClient client = serving(format, "<projects>\n" + projectXml("2014-01-04", "2014-06-06") + "\n</projects>",
                "[" + projectJson("2014-01-04", "2014-06-06") + "]");

        assertThat(new Projects(client).list().execute()).singleElement()
                .satisfies(project -> assertSuprGlu(project, LocalDate.of(2014, 1, 4), LocalDate.of(2014, 6, 6)));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void projectsShowAProject(Format format) { // projects--show-a-project--1.xml
        HarvestClient client = serving(format, projectXml("2015-03-04", "2015-04-09"), projectJson("2015-03-04", "2015-04-09"));

        assertSuprGlu(new Projects(client).show(1).execute(), LocalDate.of(2015, 3, 4), LocalDate.of(2015, 4, 9));
    }

    // ---- tasks

    private static final String TASK_XML = "<task>\n  <billable-by-default type='boolean'>true</billable-by-default>\n"
            + "  <deactivated type='boolean'>false</deactivated>\n"
            + "  <default-hourly-rate type='decimal'>120</default-hourly-rate>\n  <id type='integer'>1</id>\n"
            + "  <is-default type='boolean'>true</is-default>\n  <name>UI Design</name>\n"
            + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</task>";
    private static final String TASK_JSON = "{'task':{'billable_by_default':true,'deactivated':false,"
            + "'default_hourly_rate':120,'id':1,'is_default':true,'name':'UI Design',"
            + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}";

    private static void assertUiDesign(Task task) {
        assertThat(task.id()).isEqualTo(1);
        assertThat(task.name()).isEqualTo("UI Design");
        assertThat(task.isBillableByDefault()).isTrue();
        assertThat(task.isDeactivated()).isFalse();
        assertThat(task.defaultHourlyRate()).contains(new BigDecimal("120"));
        assertThat(task.isDefault()).isTrue();
        assertThat(task.createdAt()).contains(APRIL_2008);
        assertThat(task.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void tasksShowAllTasks(Format format) { // tasks--show-all-tasks--1.xml
        HarvestClient client = serving(format, "<tasks>\n" + TASK_XML + "\n</tasks>", "[" + TASK_JSON + "]");

        assertThat(new Tasks(client).list().execute()).singleElement().satisfies(DocumentedExamplesTest::assertUiDesign);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void tasksShowOneTask(Format format) { // tasks--show-one-task--1.xml
        assertUiDesign(new Tasks(serving(format, TASK_XML, TASK_JSON)).show(1).execute());
    }

    // ---- people

    private static final String USER_XML = "<user>\n  <id type='integer'>54234</id>\n  <email>janedoe@example.com</email>\n"
            + "  <first-name>Jane</first-name>\n  <last-name>Doe</last-name>\n"
            + "  <has-access-to-all-future-projects type='boolean'>\n    false\n  </has-access-to-all-future-projects>\n"
            + "  <default-hourly-rate type='decimal'>100</default-hourly-rate>\n  <is-active type='boolean'>true</is-active>\n"
            + "  <is-admin type='boolean'>true</is-admin>\n  <is-contractor type='boolean'>true</is-contractor>\n"
            + "  <telephone />\n  <department />\n  <timezone>Eastern Time (US &amp; Canada)</timezone>\n"
            + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</user>";
    private static final String USER_JSON = "{'user':{'id':54234,'email':'janedoe@example.com','first_name':'Jane',"
            + "'last_name':'Doe','has_access_to_all_future_projects':false,'default_hourly_rate':100,'is_active':true,"
            + "'is_admin':true,'is_contractor':true,'telephone':'','department':'',"
            + "'timezone':'Eastern Time (US & Canada)','updated_at':'2008-04-09T12:07:56Z',"
            + "'created_at':'2008-04-09T12:07:56Z'}}";

    private static void assertJaneDoeUser(Person person) {
        assertThat(person.id()).isEqualTo(54234);
        assertThat(person.email()).isEqualTo("janedoe@example.com");
        assertThat(person.firstName()).isEqualTo("Jane");
        assertThat(person.lastName()).isEqualTo("Doe");
        assertThat(person.hasAccessToAllFutureProjects()).isFalse();
        assertThat(person.defaultHourlyRate()).contains(new BigDecimal("100"));
        assertThat(person.isActive()).isTrue();
        assertThat(person.isAdmin()).isTrue();
        assertThat(person.isContractor()).isTrue();
        assertThat(person.telephone()).isEmpty();
        assertThat(person.department()).isEmpty();
        assertThat(person.timezone()).isEqualTo("Eastern Time (US & Canada)");
        assertThat(person.createdAt()).contains(APRIL_2008);
        assertThat(person.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void peopleShowAllUsers(Format format) { // people--show-all-users--1.xml
        HarvestClient client = serving(format, "<users>\n" + USER_XML + "\n</users>", "[" + USER_JSON + "]");

        assertThat(new People(client).list().execute()).singleElement().satisfies(DocumentedExamplesTest::assertJaneDoeUser);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void peopleShowAUser(Format format) { // people--show-a-user--1.xml, by id and by email address
        People people = new People(serving(format, USER_XML, USER_JSON));

        assertJaneDoeUser(people.show(54234).execute());
        assertJaneDoeUser(people.show("janedoe@example.com").execute());
    }

    // ---- task assignments

    private static final String TASK_ASSIGNMENT_XML = "<task-assignment>\n  <id type='integer'>23</id>\n"
            + "  <project-id type='integer'>3</project-id>\n  <task-id type='integer'>2878</task-id>\n"
            + "  <billable type='boolean'>true</billable>\n  <deactivated type='boolean'>true</deactivated>\n"
            + "  <budget type='decimal'>80</budget>\n  <hourly-rate type='decimal'>80</hourly-rate>\n"
            + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</task-assignment>";
    private static final String TASK_ASSIGNMENT_JSON = "{'task_assignment':{'id':23,'project_id':3,'task_id':2878,"
            + "'billable':true,'deactivated':true,'budget':80,'hourly_rate':80,'updated_at':'2008-04-09T12:07:56Z',"
            + "'created_at':'2008-04-09T12:07:56Z'}}";

    private static void assertTaskAssignment23(TaskAssignment assignment) {
        assertThat(assignment.id()).isEqualTo(23);
        assertThat(assignment.projectId()).isEqualTo(3);
        assertThat(assignment.taskId()).isEqualTo(2878);
        assertThat(assignment.isBillable()).isTrue();
        assertThat(assignment.isDeactivated()).isTrue();
        assertThat(assignment.budget()).contains(new BigDecimal("80"));
        assertThat(assignment.hourlyRate()).contains(new BigDecimal("80"));
        assertThat(assignment.createdAt()).contains(APRIL_2008);
        assertThat(assignment.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void taskAssignmentGetAllTasksAssignedToAGivenProject(Format format) { // task-assignment--get-all-tasks-assigned-to-a-given-projec--1.xml
        HarvestClient client = serving(format, "<task-assignments>\n" + TASK_ASSIGNMENT_XML + "\n</task-assignments>",
                "[" + TASK_ASSIGNMENT_JSON + "]");

        assertThat(new TaskAssignments(client).list(3).execute()).singleElement()
                .satisfies(DocumentedExamplesTest::assertTaskAssignment23);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void taskAssignmentGetOneTaskAssignment(Format format) { // task-assignment--get-one-task-assignment--1.xml
        assertTaskAssignment23(new TaskAssignments(serving(format, TASK_ASSIGNMENT_XML, TASK_ASSIGNMENT_JSON)).show(3, 23).execute());
    }

    // ---- user assignments

    private static final String USER_ASSIGNMENT_XML = "<user-assignment>\n  <id type='integer'>3</id>\n"
            + "  <user-id type='integer'>1</user-id>\n  <project-id type='integer'>3</project-id>\n"
            + "  <deactivated type='boolean'>false</deactivated>\n  <hourly-rate type='decimal'>100.0</hourly-rate>\n"
            + "  <is-project-manager type='boolean'>true</is-project-manager>\n"
            + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</user-assignment>";
    private static final String USER_ASSIGNMENT_JSON = "{'user_assignment':{'id':3,'user_id':1,'project_id':3,"
            + "'deactivated':false,'hourly_rate':100.0,'is_project_manager':true,'updated_at':'2008-04-09T12:07:56Z',"
            + "'created_at':'2008-04-09T12:07:56Z'}}";

    private static void assertUserAssignment3(UserAssignment assignment) {
        assertThat(assignment.id()).isEqualTo(3);
        assertThat(assignment.userId()).isEqualTo(1);
        assertThat(assignment.projectId()).isEqualTo(3);
        assertThat(assignment.isDeactivated()).isFalse();
        assertThat(assignment.hourlyRate()).contains(new BigDecimal("100.0"));
        assertThat(assignment.isProjectManager()).isTrue();
        assertThat(assignment.createdAt()).contains(APRIL_2008);
        assertThat(assignment.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void userAssignmentGetAllUsersAssignedToAGivenProject(Format format) { // user-assignment--get-all-users-assigned-to-a-given-projec--1.xml
        HarvestClient client = serving(format, "<user-assignments>\n" + USER_ASSIGNMENT_XML + "\n</user-assignments>",
                "[" + USER_ASSIGNMENT_JSON + "]");

        assertThat(new UserAssignments(client).list(3).execute()).singleElement()
                .satisfies(DocumentedExamplesTest::assertUserAssignment3);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void userAssignmentGetAUserAssignment(Format format) { // user-assignment--get-a-user-assignment--1.xml
        assertUserAssignment3(new UserAssignments(serving(format, USER_ASSIGNMENT_XML, USER_ASSIGNMENT_JSON)).show(3, 3).execute());
    }

    // ---- expense categories (the documented examples carry no id)

    private static final String EXPENSE_CATEGORY_XML = "<expense-category>\n  <name>Mileage</name>\n"
            + "  <unit-name>Miles</unit-name>\n  <unit-price type='decimal'>0.485</unit-price>\n"
            + "  <deactivated type='boolean'>false</deactivated>\n"
            + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</expense-category>";
    private static final String EXPENSE_CATEGORY_JSON = "{'expense_category':{'name':'Mileage','unit_name':'Miles',"
            + "'unit_price':0.485,'deactivated':false,'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}";

    private static void assertMileage(ExpenseCategory category) {
        assertThat(category.id()).isZero();
        assertThat(category.name()).isEqualTo("Mileage");
        assertThat(category.unitName()).isEqualTo("Miles");
        assertThat(category.unitPrice()).contains(new BigDecimal("0.485"));
        assertThat(category.isDeactivated()).isFalse();
        assertThat(category.createdAt()).contains(APRIL_2008);
        assertThat(category.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseCategoriesShowAllExpenseCategories(Format format) { // expense-categories--show-all-expense-categories--1.xml
        HarvestClient client = serving(format, "<expense-categories>\n" + EXPENSE_CATEGORY_XML + "\n</expense-categories>",
                "[" + EXPENSE_CATEGORY_JSON + "]");

        assertThat(new ExpenseCategories(client).list().execute()).singleElement()
                .satisfies(DocumentedExamplesTest::assertMileage);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseCategoriesShowExpenseCategory(Format format) { // expense-categories--show-expense-category--1.xml
        assertMileage(new ExpenseCategories(serving(format, EXPENSE_CATEGORY_XML, EXPENSE_CATEGORY_JSON)).show(5).execute());
    }
}
