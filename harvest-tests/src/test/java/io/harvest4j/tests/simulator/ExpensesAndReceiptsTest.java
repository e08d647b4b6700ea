package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /expenses}, their receipts ({@code multipart/form-data}, parsed by the simulator's own
 * code) and {@code /invoice_item_categories}, as raw HTTP.
 */
class ExpensesAndReceiptsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Binary bytes with every trap for a multipart reader: CRLFs, dashes, a fake delimiter, NULs, high bytes. */
    private static final byte[] IMAGE = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0},
            "\r\n--not-the-boundary\r\n\r\n--".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xff, (byte) 0xfe, '\r', '\n', '-', '-', '\r'});

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    private long userExpense() {
        return SIMULATOR.state().addExpense(Seed.USER_ID, Seed.WEBSITE_ID, Seed.MEALS_ID, Seed.TODAY, new BigDecimal("12.50"));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anExpenseIsCreatedShownUpdatedListedAndDeleted(Wire wire) {
        Response created = wire.send(http.post("/expenses").asUser(), "expense", "notes", "Lunch", "total_cost", "11.00",
                "project_id", Seed.WEBSITE_ID, "expense_category_id", Seed.MEALS_ID, "billable", true,
                "spent_at", "2017-01-18").send();
        assertThat(created.status).as(created.toString()).isEqualTo(201);
        long id = Wire.idOf(created.header("Location"));
        assertThat(created.header("Location")).isEqualTo("/expenses/" + id);

        Map<String, String> shown = wire.one(wire.accept(http.get("/expenses/" + id).asUser()).send(), "expense");
        assertThat(shown).containsEntry("notes", "Lunch").containsEntry("total_cost", "11.00")
                .containsEntry("project_id", "" + Seed.WEBSITE_ID).containsEntry("billable", "true")
                .containsEntry("spent_at", "2017-01-18").containsEntry("has_receipt", "false")
                .containsEntry("user_id", "" + Seed.USER_ID).containsEntry("is_closed", "false");

        Response updated = wire.send(http.put("/expenses/" + id).asUser(), "expense", "billable", false).send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/expenses/" + id);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().isBillable()).isFalse();
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().notes()).isEqualTo("Lunch");

        assertThat(wire.ids(wire.accept(http.get("/expenses/18/2017").asUser()).send(), "expenses", "expense"))
                .containsExactly(id);
        assertThat(wire.ids(wire.accept(http.get("/expenses/19/2017").asUser()).send(), "expenses", "expense")).isEmpty();
        assertThat(wire.accept(http.get("/expenses/367/2017").asUser()).send().status).isEqualTo(404);

        assertThat(wire.accept(http.delete("/expenses/" + id).asUser()).send().status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id)).isEmpty();
    }

    @Test
    void anExpenseInXmlHasTheDocumentedElementsInOrder() {
        long id = userExpense();

        XmlNode expense = http.get("/expenses/" + id).asUser().xml().send().xml();

        assertThat(expense.childNames()).containsExactly("id", "notes", "total-cost", "units", "project-id",
                "expense-category-id", "billable", "spent-at", "has-receipt", "receipt-url", "user-id", "is-closed",
                "created-at", "updated-at");
        assertThat(expense.child("total-cost").attribute("type")).isEqualTo("decimal");
        assertThat(expense.child("receipt-url").attribute("nil")).isEqualTo("true");
    }

    @Test
    void aUnitPricedCategoryTakesUnitsAndComputesTheTotal() {
        Response created = Wire.JSON.send(http.post("/expenses").asUser(), "expense", "units", "10",
                "total_cost", "999", "project_id", Seed.WEBSITE_ID, "expense_category_id", Seed.MILEAGE_ID,
                "spent_at", "2017-01-18").send();
        long id = Wire.idOf(created.header("Location"));

        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().totalCost()).isEqualTo(new BigDecimal("4.85"));
        Response noUnits = Wire.XML.send(http.put("/expenses/" + id).asUser(), "expense", "units", "").send();
        assertThat(noUnits.status).isEqualTo(400);
        assertThat(noUnits.header("Hint")).startsWith("units can't be blank");
    }

    @Test
    void aReceiptIsParsedKeptAndServedBackByteForByte() throws IOException {
        long id = userExpense();
        String boundary = "------------------------------b7edea381b46";
        byte[] form = concat(("preamble to ignore\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"expense[receipt]\"; filename=\"hotel.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII), IMAGE,
                ("\r\n--" + boundary + "--\r\nepilogue").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<byte[]> posted = send("POST", "/expenses/" + id + "/receipt", Seed.USER_EMAIL, Seed.USER_PASSWORD,
                "multipart/form-data; boundary=" + boundary, form);

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.headers().firstValue("Location")).contains("/expenses/" + id + "/receipt");
        ExpenseSnapshot stored = SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow();
        assertThat(stored.receipt()).contains(IMAGE);
        assertThat(stored.receiptContentType()).contains("image/png");
        assertThat(stored.receiptFileName()).contains("hotel.png");
        HttpResponse<byte[]> served = send("GET", "/expenses/" + id + "/receipt", Seed.USER_EMAIL, Seed.USER_PASSWORD,
                null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(IMAGE);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        XmlNode expense = http.get("/expenses/" + id).asUser().xml().send().xml();
        assertThat(expense.text("has-receipt")).isEqualTo("true");
        assertThat(expense.text("receipt-url")).isEqualTo(SIMULATOR.uri() + "/expenses/" + id + "/receipt");
    }

    @Test
    void aQuotedBoundaryAndAReplacedReceiptAreRead() throws IOException {
        long id = userExpense();
        for (String content : List.of("first", "second")) {
            byte[] form = ("--bq\r\nContent-Disposition: form-data; filename=\"a.txt\"; name=\"expense[receipt]\"\r\n\r\n"
                    + content + "\r\n--bq--\r\n").getBytes(StandardCharsets.US_ASCII);
            assertThat(send("POST", "/expenses/" + id + "/receipt", Seed.USER_EMAIL, Seed.USER_PASSWORD,
                    "multipart/form-data; boundary=\"bq\"", form).statusCode()).isEqualTo(200);
        }

        ExpenseSnapshot stored = SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow();
        assertThat(stored.receipt()).hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII))
                .isEqualTo("second"));
        assertThat(stored.receiptContentType()).as("a file part without a type").contains("application/octet-stream");
    }

    @Test
    void malformedFormsAreRefusedWith400() throws IOException {
        long id = userExpense();
        Map<String, String[]> cases = Map.of(
                "no boundary", new String[] {"multipart/form-data", "--b\r\n\r\nx\r\n--b--\r\n"},
                "no delimiter", new String[] {"multipart/form-data; boundary=b", "just bytes"},
                "not closed", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"expense[receipt]\"; filename=\"a\"\r\n\r\nabc"},
                "no disposition", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Type: image/png\r\n\r\nabc\r\n--b--\r\n"},
                "no name", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nabc\r\n--b--\r\n"},
                "headers never end", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n--b--\r\n"},
                "a text field, not a file", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"expense[receipt]\"\r\n\r\nabc\r\n--b--\r\n"},
                "no receipt field", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a\"\r\n\r\nabc\r\n--b--\r\n"},
                "an empty file", new String[] {"multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"expense[receipt]\"; filename=\"a\"\r\n\r\n\r\n--b--\r\n"},
                "a bare XML body", new String[] {"application/xml", "<expense><receipt>x</receipt></expense>"});
        for (Map.Entry<String, String[]> refused : cases.entrySet()) {
            HttpResponse<byte[]> answer = send("POST", "/expenses/" + id + "/receipt", Seed.USER_EMAIL,
                    Seed.USER_PASSWORD, refused.getValue()[0], refused.getValue()[1].getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Hint")).as(refused.getKey()).isPresent();
        }
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().receipt()).isEmpty();
    }

    @Test
    void aFormOverTheLimitIs413AndAMissingReceiptIs404() throws IOException {
        long id = userExpense();
        byte[] huge = new byte[10 * 1024 * 1024 + 1];

        assertThat(send("POST", "/expenses/" + id + "/receipt", Seed.USER_EMAIL, Seed.USER_PASSWORD,
                "multipart/form-data; boundary=b", huge).statusCode()).isEqualTo(413);
        assertThat(send("GET", "/expenses/" + id + "/receipt", Seed.USER_EMAIL, Seed.USER_PASSWORD, null, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void othersExpensesNeedOfUserWhichIsForAdministrators() {
        long id = userExpense();

        assertThat(http.get("/expenses/" + id).asAdmin().xml().send().status).isEqualTo(404);
        assertThat(http.get("/expenses/" + id + "?of_user=" + Seed.USER_ID).asAdmin().xml().send().status).isEqualTo(200);
        assertThat(http.get("/expenses/" + id + "?of_user=" + Seed.USER_ID).asPm().xml().send().status).isEqualTo(404);
        assertThat(http.get("/expenses/" + id + "?of_user=" + Seed.USER_ID).asUser().xml().send().status).isEqualTo(200);
    }

    @Test
    void aLockedExpenseFollowsTheLockedTimeRules() {
        long id = userExpense();
        SIMULATOR.state().lockExpense(id);

        Response byUser = Wire.XML.send(http.put("/expenses/" + id).asUser(), "expense", "notes", "x").send();
        assertThat(byUser.status).isEqualTo(400);
        assertThat(byUser.header("Hint")).contains("is locked");
        assertThat(Wire.XML.accept(http.delete("/expenses/" + id).asUser()).send().status).isEqualTo(400);
        Response moved = Wire.JSON.send(http.put("/expenses/" + id + "?of_user=" + Seed.USER_ID).asAdmin(), "expense",
                "project_id", Seed.MOBILE_ID).send();
        assertThat(moved.status).isEqualTo(400);
        assertThat(moved.header("Hint")).isEqualTo("project_id cannot be changed on a locked (approved or invoiced) expense");
        Response noted = Wire.JSON.send(http.put("/expenses/" + id + "?of_user=" + Seed.USER_ID).asAdmin(), "expense",
                "notes", "approved", "spent_at", "2017-01-18").send();
        assertThat(noted.status).as("the same day is no change").isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().notes()).isEqualTo("approved");
    }

    @Test
    void theDefaultInvoiceItemCategoriesAreRenamedNeverDeleted() {
        XmlNode list = http.get("/invoice_item_categories").asAdmin().xml().send().xml();
        assertThat(list.name).isEqualTo("invoice-item-categories");
        assertThat(list.children("invoice-item-category")).extracting(node -> node.text("name"))
                .containsExactly("Service", "Product");
        assertThat(list.children("invoice-item-category").get(0).childNames()).containsExactly("id", "name",
                "use-as-service", "use-as-expense", "created-at", "updated-at");

        Response deleted = Wire.JSON.accept(http.delete("/invoice_item_categories/" + Seed.SERVICE_CATEGORY_ID).asAdmin()).send();
        assertThat(deleted.status).isEqualTo(400);
        assertThat(deleted.header("Hint")).contains("default category");
        Response renamed = Wire.XML.send(http.put("/invoice_item_categories/" + Seed.PRODUCT_CATEGORY_ID).asAdmin(),
                "invoice_item_category", "name", "Expenses").send();
        assertThat(renamed.status).isEqualTo(200);
        Response created = Wire.XML.send(http.post("/invoice_item_categories").asAdmin(), "invoice_item_category",
                "name", "Entertainment").send();
        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/invoice_categories/");
        long id = Wire.idOf(created.header("Location"));
        assertThat(Wire.XML.accept(http.delete("/invoice_item_categories/" + id).asAdmin()).send().status).isEqualTo(200);
        assertThat(SIMULATOR.state().all(Resource.INVOICE_ITEM_CATEGORIES)).extracting(InvoiceItemCategorySnapshot::name)
                .containsExactly("Service", "Expenses");
        assertThat(http.get("/invoice_item_categories").asUser().xml().send().status).isEqualTo(404);
    }

    private static HttpResponse<byte[]> send(String method, String path, String email, String password,
            String contentType, byte[] body) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(SIMULATOR.uri() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", Http.basic(email, password))
                .header("Accept", "application/xml")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
