package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.Expense;
import io.harvest4j.extended.model.ExpenseFields;
import io.harvest4j.extended.model.InvoiceItemCategory;
import io.harvest4j.extended.model.InvoiceItemCategoryFields;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented example of expense tracking and of invoice item categories, in both formats:
 * the answers the v1 documentation shows, served to the client and read through the facade with
 * the real codec of each format (XML as documented, attributes in single quotes; JSON per API.md
 * §4); and the sample posts and puts, made through the facade and compared with what the client
 * sent, element for element (the {@code type} attributes aside: the service reads the text). Each
 * test names the example file of {@code harvest-v1/examples/} it covers.
 */
class DocumentedExpenseExamplesTest {

    private static final OffsetDateTime APRIL_2008 = OffsetDateTime.parse("2008-04-09T12:07:56Z");
    private static final LocalDate VALENTINE_EVE = LocalDate.of(2008, 2, 10);

    private final RecordingTransport transport = new RecordingTransport();

    static List<Format> formats() {
        return List.of(Format.XML, Format.JSON);
    }

    /** @return a client of that format whose every call is answered with the status, body and headers */
    private HarvestClient serving(Format format, int status, String xml, String json, String... headers) {
        transport.otherwise(RecordingTransport.Answer.of(status, format == Format.XML ? xml : json.replace('\'', '"'),
                headers));
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build())
                .codec(RealCodecs.of(format))
                .transport(transport)
                .build();
    }

    /** Checks the one request sent: its method, path and body, element for element. */
    private void assertSent(Format format, HttpMethod method, String path, String root, Map<String, String> xml,
            String json) {
        Request request = transport.onlyRequest();
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.uri().getPath()).isEqualTo(path);
        String body = new String(request.body().orElseThrow().content(), StandardCharsets.UTF_8);
        if (format == Format.XML) {
            assertThat(RequestBodiesTest.xmlElements(body, root)).as(body).isEqualTo(xml);
        } else {
            String underscored = root.replace('-', '_');
            assertThat(RequestBodiesTest.jsonMembers(body, underscored)).as(body)
                    .isEqualTo(RequestBodiesTest.jsonMembers(json.replace('\'', '"').replace("\\u0027", "'"), underscored));
        }
    }

    // ---- expenses: the sample posts

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingCreateNewExpense1(Format format) { // expense-tracking--create-new-expense--1.xml
        Expenses expenses = new Expenses(serving(format, 201, "", "", "Location", "/expenses/234997"));

        long id = expenses.create(ExpenseFields.builder().notes("Buy Valentine's Day chocolates for Harvest")
                .totalCost(new BigDecimal("11.00")).projectId(2).expenseCategoryId(1).billable(true)
                .spentAt(VALENTINE_EVE).build()).execute();

        assertThat(id).isEqualTo(234997);
        assertSent(format, HttpMethod.POST, "/expenses", "expense", Map.of("notes",
                "Buy Valentine's Day chocolates for Harvest", "total-cost", "11.00", "project-id", "2",
                "expense-category-id", "1", "billable", "true", "spent-at", "2008-02-10"),
                "{'expense':{'notes':'Buy Valentine\\u0027s Day chocolates for Harvest','total_cost':11.00,'project_id':2,"
                        + "'expense_category_id':1,'billable':true,'spent_at':'2008-02-10'}}");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingCreateNewExpense2(Format format) { // expense-tracking--create-new-expense--2.xml (units)
        Expenses expenses = new Expenses(serving(format, 201, "", "", "Location", "/expenses/234998"));

        expenses.create(ExpenseFields.builder().notes("Drive to buy Valentine's chocolates").units(new BigDecimal("5"))
                .projectId(2).expenseCategoryId(3).billable(true).spentAt(VALENTINE_EVE).build()).execute();

        assertSent(format, HttpMethod.POST, "/expenses", "expense", Map.of("notes", "Drive to buy Valentine's chocolates",
                "units", "5", "project-id", "2", "expense-category-id", "3", "billable", "true", "spent-at", "2008-02-10"),
                "{'expense':{'notes':'Drive to buy Valentine\\u0027s chocolates','units':5,'project_id':2,"
                        + "'expense_category_id':3,'billable':true,'spent_at':'2008-02-10'}}");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingCreateNewExpense3(Format format) { // expense-tracking--create-new-expense--3.xml (not billable)
        Expenses expenses = new Expenses(serving(format, 201, "", "", "Location", "/expenses/234999"));

        expenses.create(ExpenseFields.builder().notes("Buy Valentine's Day chocolates for Harvest")
                .totalCost(new BigDecimal("11.00")).projectId(2).expenseCategoryId(1).billable(false)
                .spentAt(VALENTINE_EVE).build()).execute();

        assertSent(format, HttpMethod.POST, "/expenses", "expense", Map.of("notes",
                "Buy Valentine's Day chocolates for Harvest", "total-cost", "11.00", "project-id", "2",
                "expense-category-id", "1", "billable", "false", "spent-at", "2008-02-10"),
                "{'expense':{'notes':'Buy Valentine\\u0027s Day chocolates for Harvest','total_cost':11.00,'project_id':2,"
                        + "'expense_category_id':1,'billable':false,'spent_at':'2008-02-10'}}");
    }

    // ---- expenses: the sample puts

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingUpdateAnExistingExpense1(Format format) { // expense-tracking--update-an-existing-expense--1.xml
        Expenses expenses = new Expenses(serving(format, 200, "", "", "Location", "/expenses/234997"));

        expenses.update(234997, ExpenseFields.builder().notes("Buy Valentine's Day _dark_ chocolates for Harvest")
                .totalCost(new BigDecimal("20.00")).build()).execute();

        assertSent(format, HttpMethod.PUT, "/expenses/234997", "expense",
                Map.of("notes", "Buy Valentine's Day _dark_ chocolates for Harvest", "total-cost", "20.00"),
                "{'expense':{'notes':'Buy Valentine\\u0027s Day _dark_ chocolates for Harvest','total_cost':20.00}}");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingUpdateAnExistingExpense2(Format format) { // expense-tracking--update-an-existing-expense--2.xml
        Expenses expenses = new Expenses(serving(format, 200, "", ""));

        expenses.update(234998, ExpenseFields.builder().notes("Drive _a long way_ to buy Valentine's chocolates")
                .units(new BigDecimal("25")).build()).execute();

        assertSent(format, HttpMethod.PUT, "/expenses/234998", "expense",
                Map.of("notes", "Drive _a long way_ to buy Valentine's chocolates", "units", "25"),
                "{'expense':{'notes':'Drive _a long way_ to buy Valentine\\u0027s chocolates','units':25}}");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingUpdateAnExistingExpense3(Format format) { // expense-tracking--update-an-existing-expense--3.xml
        Expenses expenses = new Expenses(serving(format, 200, "", ""));

        expenses.update(234997, ExpenseFields.builder().billable(false).build()).execute();

        assertSent(format, HttpMethod.PUT, "/expenses/234997", "expense", Map.of("billable", "false"),
                "{'expense':{'billable':false}}");
    }

    // ---- expenses: the answer

    @ParameterizedTest
    @MethodSource("formats")
    void expenseTrackingShowExpense(Format format) { // expense-tracking--show-expense--1.xml
        Expenses expenses = new Expenses(serving(format, 200, "<expense>\n"
                + "  <notes>Buy Valentine's Day _dark_ chocolates for Harvest</notes>\n"
                + "  <total-cost type='decimal'>20.00</total-cost>\n  <project-id type='integer'>2</project-id>\n"
                + "  <expense-category-id type='integer'>1</expense-category-id>\n"
                + "  <billable type='boolean'>true</billable>\n  <spent-at type='date'>2008-02-10</spent-at>\n"
                + "  <has-receipt type='boolean'>true</has-receipt>\n"
                + "  <receipt-url>https://sub.harvestapp.com/expenses/234997/receipt</receipt-url>\n"
                + "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n</expense>",
                "{'expense':{'notes':'Buy Valentine\\u0027s Day _dark_ chocolates for Harvest','total_cost':20.00,"
                        + "'project_id':2,'expense_category_id':1,'billable':true,'spent_at':'2008-02-10',"
                        + "'has_receipt':true,'receipt_url':'https://sub.harvestapp.com/expenses/234997/receipt',"
                        + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}"));

        Expense expense = expenses.show(234997).execute();

        assertThat(transport.onlyRequest().uri().getPath()).isEqualTo("/expenses/234997");
        assertThat(expense.id()).isZero(); // the documented answer carries no id
        assertThat(expense.notes()).isEqualTo("Buy Valentine's Day _dark_ chocolates for Harvest");
        assertThat(expense.totalCost()).isEqualByComparingTo("20.00");
        assertThat(expense.totalCost().scale()).isEqualTo(2);
        assertThat(expense.units()).isEmpty();
        assertThat(expense.projectId()).isEqualTo(2);
        assertThat(expense.expenseCategoryId()).isEqualTo(1);
        assertThat(expense.userId()).isZero();
        assertThat(expense.isBillable()).isTrue();
        assertThat(expense.spentAt()).contains(VALENTINE_EVE);
        assertThat(expense.hasReceipt()).isTrue();
        assertThat(expense.receiptUrl()).contains("https://sub.harvestapp.com/expenses/234997/receipt");
        assertThat(expense.isClosed()).isFalse();
        assertThat(expense.createdAt()).contains(APRIL_2008);
        assertThat(expense.updatedAt()).contains(APRIL_2008);
    }

    // ---- invoice item categories

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceCategoriesShowAllInvoiceItemCategories(Format format) { // invoice-categories--show-all-invoice-item-categories--1.xml
        // the documented answer repeats <updated-at>: the last one is the category's
        String xml = "<invoice-item-categories type='array'>\n  <invoice-item-category>\n"
                + "    <id type='integer'>39353</id>\n    <name>Hosting</name>\n"
                + "    <updated-at type='datetime'>2008-03-05T22:50:44Z</updated-at>\n"
                + "    <use-as-expense type='boolean'>false</use-as-expense>\n"
                + "    <use-as-service type='boolean'>false</use-as-service>\n"
                + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n  </invoice-item-category>\n"
                + "  <invoice-item-category>\n    <id type='integer'>1</id>\n    <name>Service</name>\n"
                + "    <updated-at type='datetime'>2008-01-30T12:02:41Z</updated-at>\n"
                + "    <use-as-expense type='boolean'>false</use-as-expense>\n"
                + "    <use-as-service type='boolean'>true</use-as-service>\n"
                + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n  </invoice-item-category>\n"
                + "</invoice-item-categories>";
        // JSON as the service was seen to answer: items wrapped as invoice_category
        String json = "[{'invoice_category':{'id':39353,'name':'Hosting','use_as_expense':false,'use_as_service':false,"
                + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}},"
                + "{'invoice_item_category':{'id':1,'name':'Service','use_as_expense':false,'use_as_service':true,"
                + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}]";

        List<InvoiceItemCategory> categories = new InvoiceItemCategories(serving(format, 200, xml, json)).list().execute();

        assertThat(transport.onlyRequest().uri().getPath()).isEqualTo("/invoice_item_categories");
        assertThat(categories).hasSize(2);
        InvoiceItemCategory hosting = categories.get(0);
        assertThat(hosting.id()).isEqualTo(39353);
        assertThat(hosting.name()).isEqualTo("Hosting");
        assertThat(hosting.useAsExpense()).isFalse();
        assertThat(hosting.useAsService()).isFalse();
        assertThat(hosting.isDefault()).isFalse();
        assertThat(hosting.createdAt()).contains(APRIL_2008);
        assertThat(hosting.updatedAt()).contains(APRIL_2008);
        InvoiceItemCategory service = categories.get(1);
        assertThat(service.id()).isEqualTo(1);
        assertThat(service.name()).isEqualTo("Service");
        assertThat(service.useAsExpense()).isFalse();
        assertThat(service.useAsService()).isTrue();
        assertThat(service.isDefault()).isTrue();
        assertThat(service.createdAt()).contains(APRIL_2008);
        assertThat(service.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceCategoriesCreateNewInvoiceItemCategory(Format format) { // invoice-categories--create-new-invoice-item-category--1.xml
        // the documented Location names /invoice_categories/{id}: the id is its last segment
        InvoiceItemCategories categories = new InvoiceItemCategories(
                serving(format, 201, "", "", "Location", "/invoice_categories/39354"));

        long id = categories.create(InvoiceItemCategoryFields.builder().name("Entertainment").build()).execute();

        assertThat(id).isEqualTo(39354);
        assertSent(format, HttpMethod.POST, "/invoice_item_categories", "invoice-item-category",
                Map.of("name", "Entertainment"), "{'invoice_item_category':{'name':'Entertainment'}}");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceCategoriesUpdateAnExistingCategory(Format format) { // invoice-categories--update-an-existing-category--1.xml
        InvoiceItemCategories categories = new InvoiceItemCategories(
                serving(format, 200, "", "", "Location", "/invoice_item_categories/39353"));

        categories.update(39353, InvoiceItemCategoryFields.builder().name("Entertainment").build()).execute();

        assertSent(format, HttpMethod.PUT, "/invoice_item_categories/39353", "invoice-item-category",
                Map.of("name", "Entertainment"), "{'invoice_item_category':{'name':'Entertainment'}}");
    }
}
