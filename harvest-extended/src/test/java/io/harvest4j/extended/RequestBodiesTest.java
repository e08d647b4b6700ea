package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.extended.internal.IdReference;
import io.harvest4j.extended.model.BillBy;
import io.harvest4j.extended.model.BudgetBy;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every request body of the calls of issue 8, encoded by the real XML and JSON codecs, is the
 * documented one: XML element for element as the v1 documentation's sample posts show them (the
 * {@code type} attributes aside: the service reads the text), JSON the same fields, underscored,
 * wrapped in the root. Each test names the documentation's example it follows.
 */
class RequestBodiesTest {

    private static final String DETAILS = "123 Main St.\nThird Floor\nNew York, NY 10011\nUSA\n212-555-1212\n"
            + "212-555-1213 (fax)\nhttp://www.example.com";

    @Test
    @DisplayName("clients--create-a-new-client--1.xml: POST /clients")
    void clientCreate() {
        ClientFields fields = ClientFields.builder().name("Company LLC").highriseId(110011)
                .currency("United States Dollar - USD").currencySymbol("$").active(true).details(DETAILS).build();

        assertBody(fields, Clients.CLIENT, "client", Map.of("name", "Company LLC", "highrise-id", "110011",
                "currency", "United States Dollar - USD", "currency-symbol", "$", "active", "true", "details", DETAILS),
                "{\"client\":{\"name\":\"Company LLC\",\"highrise_id\":110011,\"currency\":\"United States Dollar - USD\","
                        + "\"currency_symbol\":\"$\",\"active\":true,\"details\":" + json(DETAILS) + "}}");
    }

    @Test
    @DisplayName("clients--update-client--1.xml: PUT /clients/{id}")
    void clientUpdate() {
        ClientFields fields = ClientFields.builder().name("Company LLC").details(DETAILS).build();

        assertBody(fields, Clients.CLIENT, "client", Map.of("name", "Company LLC", "details", DETAILS),
                "{\"client\":{\"name\":\"Company LLC\",\"details\":" + json(DETAILS) + "}}");
    }

    @Test
    @DisplayName("client-contacts--create-a-new-client-contact--1.xml: POST /contacts")
    void contactCreate() {
        ContactFields fields = ContactFields.builder().clientId(9).email("janedoe@example.com").firstName("Jane")
                .lastName("Doe").phoneOffice("555.555.5555").phoneMobile("555.555.7777").title("President")
                .fax("555.555.9999").build();

        assertBody(fields, Contacts.CONTACT, "contact", Map.of("client-id", "9", "email", "janedoe@example.com",
                "first-name", "Jane", "last-name", "Doe", "phone-office", "555.555.5555", "phone-mobile", "555.555.7777",
                "title", "President", "fax", "555.555.9999"),
                "{\"contact\":{\"client_id\":9,\"email\":\"janedoe@example.com\",\"first_name\":\"Jane\","
                        + "\"last_name\":\"Doe\",\"phone_office\":\"555.555.5555\",\"phone_mobile\":\"555.555.7777\","
                        + "\"title\":\"President\",\"fax\":\"555.555.9999\"}}");
    }

    @Test
    @DisplayName("client-contacts--update-client-contact--1.xml: PUT /contacts/{id}")
    void contactUpdate() {
        ContactFields fields = ContactFields.builder().clientId(9).email("jdoe@example.com").firstName("Jane")
                .lastName("Doe").phoneOffice("555.555.1111").phoneMobile("555.555.2222").fax("555.555.3333").build();

        assertBody(fields, Contacts.CONTACT, "contact", Map.of("client-id", "9", "email", "jdoe@example.com",
                "first-name", "Jane", "last-name", "Doe", "phone-office", "555.555.1111", "phone-mobile", "555.555.2222",
                "fax", "555.555.3333"),
                "{\"contact\":{\"client_id\":9,\"email\":\"jdoe@example.com\",\"first_name\":\"Jane\","
                        + "\"last_name\":\"Doe\",\"phone_office\":\"555.555.1111\",\"phone_mobile\":\"555.555.2222\","
                        + "\"fax\":\"555.555.3333\"}}");
    }

    @Test
    @DisplayName("projects--create-new-project--1.xml: POST /projects (and PUT /projects/{id}, documented as the same)")
    void projectCreate() {
        // the sample's empty <budget type="decimal"></budget> is no budget: left out
        ProjectFields fields = ProjectFields.builder().name("SuprGlu").active(true).billBy(BillBy.NONE).clientId(2)
                .code("").notes("").budgetBy(BudgetBy.NONE).build();

        assertBody(fields, Projects.PROJECT, "project", Map.of("name", "SuprGlu", "active", "true", "bill-by", "none",
                "client-id", "2", "code", "", "notes", "", "budget-by", "none"),
                "{\"project\":{\"name\":\"SuprGlu\",\"active\":true,\"bill_by\":\"none\",\"client_id\":2,"
                        + "\"code\":\"\",\"notes\":\"\",\"budget_by\":\"none\"}}");
    }

    @Test
    @DisplayName("a project with every field it can send: the wire values of the enums, dates and amounts")
    void projectWithEveryField() {
        ProjectFields fields = ProjectFields.builder().name("SuprGlu").clientId(2).billBy(BillBy.TASKS)
                .budgetBy(BudgetBy.PROJECT_COST).budget(new BigDecimal("40.0")).billable(true)
                .hourlyRate(new BigDecimal("120.50")).notifyWhenOverBudget(true)
                .overBudgetNotificationPercentage(new BigDecimal("80")).showBudgetToAll(false)
                .startsOn(LocalDate.of(2015, 3, 9)).endsOn(LocalDate.of(2015, 7, 9)).costBudget(new BigDecimal("1000.0"))
                .costBudgetIncludeExpenses(false).build();

        Map<String, String> xml = new LinkedHashMap<>();
        xml.put("name", "SuprGlu");
        xml.put("client-id", "2");
        xml.put("bill-by", "Tasks");
        xml.put("budget-by", "project_cost");
        xml.put("budget", "40.0");
        xml.put("billable", "true");
        xml.put("hourly-rate", "120.50");
        xml.put("notify-when-over-budget", "true");
        xml.put("over-budget-notification-percentage", "80");
        xml.put("show-budget-to-all", "false");
        xml.put("starts-on", "2015-03-09");
        xml.put("ends-on", "2015-07-09");
        xml.put("cost-budget", "1000.0");
        xml.put("cost-budget-include-expenses", "false");
        assertBody(fields, Projects.PROJECT, "project", xml,
                "{\"project\":{\"name\":\"SuprGlu\",\"client_id\":2,\"bill_by\":\"Tasks\",\"budget_by\":\"project_cost\","
                        + "\"budget\":40.0,\"billable\":true,\"hourly_rate\":120.50,\"notify_when_over_budget\":true,"
                        + "\"over_budget_notification_percentage\":80,\"show_budget_to_all\":false,"
                        + "\"starts_on\":\"2015-03-09\",\"ends_on\":\"2015-07-09\",\"cost_budget\":1000.0,"
                        + "\"cost_budget_include_expenses\":false}}");
    }

    @Test
    @DisplayName("tasks--create-new-task--1.xml: POST /tasks")
    void taskCreate() {
        TaskFields fields = TaskFields.builder().billableByDefault(false).defaultHourlyRate(new BigDecimal("100"))
                .isDefault(false).name("Server Administration").build();

        assertBody(fields, Tasks.TASK, "task", Map.of("billable-by-default", "false", "default-hourly-rate", "100",
                "is-default", "false", "name", "Server Administration"),
                "{\"task\":{\"billable_by_default\":false,\"default_hourly_rate\":100,\"is_default\":false,"
                        + "\"name\":\"Server Administration\"}}");
    }

    @Test
    @DisplayName("tasks--update-an-existing-task--1.xml: PUT /tasks/{id}")
    void taskUpdate() {
        TaskFields fields = TaskFields.builder().billableByDefault(true).defaultHourlyRate(new BigDecimal("150"))
                .isDefault(true).name("Flash design").build();

        assertBody(fields, Tasks.TASK, "task", Map.of("billable-by-default", "true", "default-hourly-rate", "150",
                "is-default", "true", "name", "Flash design"),
                "{\"task\":{\"billable_by_default\":true,\"default_hourly_rate\":150,\"is_default\":true,"
                        + "\"name\":\"Flash design\"}}");
    }

    @Test
    @DisplayName("people--create-new-user--1.xml: POST /people")
    void personCreate() {
        PersonFields fields = PersonFields.builder().firstName("Edgar").lastName("Ruth").email("edgarruth@example.com")
                .timezone("Central Time (US & Canada)").isAdmin(false).telephone("444-444").build();

        assertBody(fields, People.USER, "user", Map.of("first-name", "Edgar", "last-name", "Ruth",
                "email", "edgarruth@example.com", "timezone", "Central Time (US & Canada)", "is-admin", "false",
                "telephone", "444-444"),
                "{\"user\":{\"first_name\":\"Edgar\",\"last_name\":\"Ruth\",\"email\":\"edgarruth@example.com\","
                        + "\"timezone\":\"Central Time (US & Canada)\",\"is_admin\":false,\"telephone\":\"444-444\"}}");
    }

    @Test
    @DisplayName("People, UPDATE USER (its sample's tags do not match, so examples/ has no file for it): PUT /people/{id}")
    void personUpdate() {
        PersonFields fields = PersonFields.builder().firstName("John").lastName("Doe").email("johndoe@example.com")
                .timezone("Central Time (US & Canada)").isAdmin(true).telephone("212-555-1212").build();

        assertBody(fields, People.USER, "user", Map.of("first-name", "John", "last-name", "Doe",
                "email", "johndoe@example.com", "timezone", "Central Time (US & Canada)", "is-admin", "true",
                "telephone", "212-555-1212"),
                "{\"user\":{\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"johndoe@example.com\","
                        + "\"timezone\":\"Central Time (US & Canada)\",\"is_admin\":true,\"telephone\":\"212-555-1212\"}}");
    }

    @Test
    @DisplayName("task-assignment--assign-a-task-to-a-project--1.xml: POST /projects/{id}/task_assignments")
    void taskAssignmentCreate() {
        assertBody(IdReference.of(653425), TaskAssignments.TASK, "task", Map.of("id", "653425"),
                "{\"task\":{\"id\":653425}}");
    }

    @Test
    @DisplayName("task-assignment--create-a-new-task-and-assign-it-to-a-pro--1.xml: POST …/add_with_create_new_task")
    void taskAssignmentCreateWithNewTask() {
        assertBody(TaskFields.builder().name("Backend Development").build(), TaskAssignments.TASK, "task",
                Map.of("name", "Backend Development"), "{\"task\":{\"name\":\"Backend Development\"}}");
    }

    @Test
    @DisplayName("task-assignment--changing-a-task-for-a-project--1.xml: PUT /projects/{id}/task_assignments/{id}")
    void taskAssignmentUpdate() {
        TaskAssignmentUpdate update = TaskAssignmentUpdate.builder().billable(true).deactivated(false)
                .budget(new BigDecimal("3234")).hourlyRate(new BigDecimal("100")).build();

        assertBody(update, TaskAssignments.TASK_ASSIGNMENT, "task-assignment", Map.of("billable", "true",
                "deactivated", "false", "budget", "3234", "hourly-rate", "100"),
                "{\"task_assignment\":{\"billable\":true,\"deactivated\":false,\"budget\":3234,\"hourly_rate\":100}}");
    }

    @Test
    @DisplayName("user-assignment--assign-a-user-to-a-project--1.xml: POST /projects/{id}/user_assignments")
    void userAssignmentCreate() {
        assertBody(IdReference.of(23445), UserAssignments.USER, "user", Map.of("id", "23445"),
                "{\"user\":{\"id\":23445}}");
    }

    @Test
    @DisplayName("user-assignment--changing-a-user-inside-a-project--1.xml: PUT /projects/{id}/user_assignments/{id}")
    void userAssignmentUpdate() {
        UserAssignmentUpdate update = UserAssignmentUpdate.builder().userId(1423).projectId(3423).deactivated(true)
                .hourlyRate(new BigDecimal("95.0")).isProjectManager(false).build();

        assertBody(update, UserAssignments.USER_ASSIGNMENT, "user-assignment", Map.of("user-id", "1423",
                "project-id", "3423", "deactivated", "true", "hourly-rate", "95.0", "is-project-manager", "false"),
                "{\"user_assignment\":{\"user_id\":1423,\"project_id\":3423,\"deactivated\":true,\"hourly_rate\":95.0,"
                        + "\"is_project_manager\":false}}");
    }

    @Test
    @DisplayName("expense-categories--create-new-expense-category--1.xml and …--update-an-existing-expense-category--1.xml")
    void expenseCategoryCreateAndUpdate() {
        ExpenseCategoryFields fields = ExpenseCategoryFields.builder().name("Mileage").unitName("Miles")
                .unitPrice(new BigDecimal("0.485")).build();

        assertBody(fields, ExpenseCategories.EXPENSE_CATEGORY, "expense-category", Map.of("name", "Mileage",
                "unit-name", "Miles", "unit-price", "0.485"),
                "{\"expense_category\":{\"name\":\"Mileage\",\"unit_name\":\"Miles\",\"unit_price\":0.485}}");
    }

    @Test
    @DisplayName("nothing set, nothing sent: an empty update is an empty element")
    void fieldsNotSetAreNotSent() {
        assertBody(ClientFields.builder().build(), Clients.CLIENT, "client", Map.of(), "{\"client\":{}}");
        assertBody(TaskAssignmentUpdate.builder().build(), TaskAssignments.TASK_ASSIGNMENT, "task-assignment", Map.of(),
                "{\"task_assignment\":{}}");
    }

    /** Encodes the value with both real codecs and compares each body to the documented one. */
    private static void assertBody(Object value, WireShape shape, String xmlRoot, Map<String, String> xmlElements,
            String json) {
        String xml = RealCodecs.encode(Format.XML, value, shape);
        assertThat(xmlElements(xml, xmlRoot)).as(xml).isEqualTo(xmlElements);

        String written = RealCodecs.encode(Format.JSON, value, shape);
        assertThat(jsonMembers(written, shape.root())).as(written).isEqualTo(jsonMembers(json, shape.root()));
    }

    /**
     * Reads a flat XML body: the document element must be the root, holding only elements of text.
     *
     * @return each element's name and text, in order
     */
    static Map<String, String> xmlElements(String xml, String root) {
        Matcher document = Pattern.compile("<\\?xml [^>]*\\?>\\s*(?:<" + root + ">(.*)</" + root + ">|<" + root
                + "/>)\\s*", Pattern.DOTALL).matcher(xml);
        assertThat(document.matches()).as("<%s> holding the body: %s", root, xml).isTrue();
        String content = document.group(1) == null ? "" : document.group(1);
        Matcher element = Pattern.compile("<([a-z-]+)>([^<]*)</\\1>|<([a-z-]+)/>").matcher(content);
        Map<String, String> elements = new LinkedHashMap<>();
        int end = 0;
        while (element.find()) {
            assertThat(content.substring(end, element.start())).as("between the elements of %s", xml).isBlank();
            String name = element.group(1) != null ? element.group(1) : element.group(3);
            String text = element.group(1) != null ? unescape(element.group(2)) : "";
            assertThat(elements.put(name, text)).as("<%s> twice in %s", name, xml).isNull();
            end = element.end();
        }
        assertThat(content.substring(end)).as("after the elements of %s", xml).isBlank();
        return elements;
    }

    private static String unescape(String text) {
        return text.replace("&#xD;", "\r").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /**
     * Reads a flat JSON body: one object wrapped in the root, holding only scalars.
     *
     * @return each member's name and value as written ({@code "Acme"} with its quotes, {@code 100},
     *     {@code true}), in order
     */
    static Map<String, String> jsonMembers(String json, String root) {
        Matcher document = Pattern.compile("\\s*\\{\\s*\"" + root + "\"\\s*:\\s*\\{(.*)}\\s*}\\s*", Pattern.DOTALL)
                .matcher(json);
        assertThat(document.matches()).as("{\"%s\":{…}}: %s", root, json).isTrue();
        String content = document.group(1);
        Matcher member = Pattern.compile("\\s*\"([a-z_]+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.]*|true|false)\\s*(,|$)")
                .matcher(content);
        Map<String, String> members = new LinkedHashMap<>();
        int end = 0;
        while (end < content.length() && member.find(end) && member.start() == end) {
            assertThat(members.put(member.group(1), member.group(2))).as("%s twice in %s", member.group(1), json).isNull();
            end = member.end();
        }
        assertThat(content.substring(end)).as("what is not a member in %s", json).isBlank();
        return members;
    }

    /** @return the text as a JSON string, quoted and escaped */
    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
