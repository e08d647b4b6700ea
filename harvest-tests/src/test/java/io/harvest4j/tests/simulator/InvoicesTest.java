package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /invoices}, their messages and payments as raw HTTP, in both formats. */
class InvoicesTest {

    private static final String HEADER = "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id";

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    private long create(Wire wire, Object... namesAndValues) {
        Response created = wire.send(http.post("/invoices").asAdmin(), "invoice", namesAndValues).send();
        assertThat(created.status).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).matches("/invoices/[0-9]+");
        return Wire.idOf(created.header("Location"));
    }

    private Map<String, String> show(Wire wire, long id) {
        return wire.one(wire.accept(http.get("/invoices/" + id).asAdmin()).send(), "invoice");
    }

    private Response post(Wire wire, String path, String root, Object... namesAndValues) {
        return wire.send(http.post(path).asAdmin(), root, namesAndValues).send();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theAmountIsComputedFromTheLinesTaxesAndDiscountToTheCent(Wire wire) {
        String csv = HEADER + "\nService,\"Design, \"\"final\"\" round\",2,100.00,999,true,false,"
                + Seed.WEBSITE_ID + "\nProduct,Hosting,3,33.333,,true,true,\n";
        long id = create(wire, "client_id", Seed.ACME_ID, "issued_at", "2017-01-10", "due_at_human_format", "NET 30",
                "tax", new BigDecimal("10"), "tax2", new BigDecimal("5"), "discount", new BigDecimal("10"),
                "csv_line_items", csv, "state", "paid");

        Map<String, String> invoice = show(wire, id);

        // lines: 2 x 100.00 = 200.00 (the amount sent is recomputed), 3 x 33.333 = 100.00 (to the cent)
        // discount 10% of 300.00 = 30.00; tax 10% of 300.00 x 0.9 = 27.00; tax2 5% of 100.00 x 0.9 = 4.50
        assertThat(invoice).containsEntry("discount_amount", "30.00").containsEntry("tax_amount", "27.00")
                .containsEntry("tax2_amount", "4.50").containsEntry("amount", "301.50")
                .containsEntry("due_amount", "301.50").containsEntry("state", "draft")
                .containsEntry("due_at", "2017-02-09").containsEntry("due_at_human_format", "NET 30")
                .containsEntry("number", "1").containsEntry("currency", "United States Dollar - USD")
                .containsEntry("created_by_id", Long.toString(Seed.ADMIN_ID));
        assertThat(invoice.get("client_key")).matches("[0-9a-f]{40}");
        assertThat(invoice.get("csv_line_items").strip()).as("the test's XML reader trims text").isEqualTo(HEADER + "\nService,\"Design, \"\"final\"\" round\",2,100.00,200.00,"
                + "true,false," + Seed.WEBSITE_ID + "\nProduct,Hosting,3,33.333,100.00,true,true,");
        assertThat(SIMULATOR.state().find(Resource.INVOICES, id).orElseThrow().amount()).isEqualTo(new BigDecimal("301.50"));
    }

    @Test
    void anInvoiceInXmlHasTheDocumentedElementsAndAListLeavesTheLinesOut() {
        long id = create(Wire.XML, "client_id", Seed.ACME_ID, "number", "2017-001",
                "csv_line_items", HEADER + "\nService,Work,1,10,10,false,false,\n");

        XmlNode invoice = http.get("/invoices/" + id).asAdmin().xml().send().xml();
        XmlNode list = http.get("/invoices").asAdmin().xml().send().xml();

        List<String> listed = List.of("id", "amount", "due-amount", "due-at", "due-at-human-format", "period-end",
                "period-start", "client-id", "subject", "currency", "issued-at", "created-by-id", "notes", "number",
                "purchase-order", "client-key", "state", "tax", "tax2", "tax-amount", "tax2-amount", "discount-amount",
                "discount", "recurring-invoice-id", "estimate-id", "retainer-id", "created-at", "updated-at");
        assertThat(invoice.childNames()).containsSubsequence(listed).contains("csv-line-items");
        assertThat(invoice.child("amount").attribute("type")).isEqualTo("decimal");
        assertThat(invoice.text("amount")).isEqualTo("10.00");
        assertThat(invoice.child("tax").isNil()).isTrue();
        assertThat(invoice.text("number")).isEqualTo("2017-001");
        assertThat(list.name).isEqualTo("invoices");
        assertThat(list.children("invoice").get(0).childNames()).containsExactlyElementsOf(listed);
    }

    @Test
    void inJsonMoneyIsNumbers() {
        long id = create(Wire.JSON, "client_id", Seed.GLOBEX_ID, "csv_line_items", HEADER + "\nService,Work,1.5,80,,false,false,\n");

        var invoice = http.get("/invoices/" + id).asAdmin().json().send().json().getJsonObject("invoice");

        assertThat(invoice.getJsonNumber("amount").bigDecimalValue()).isEqualTo(new BigDecimal("120.00"));
        assertThat(invoice.getJsonNumber("due_amount").bigDecimalValue()).isEqualTo(new BigDecimal("120.00"));
        assertThat(invoice.getString("currency")).isEqualTo("Euro - EUR");
        assertThat(invoice.isNull("tax")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anUpdateWithoutAnIntactHeaderLeavesTheLinesAlone(Wire wire) {
        long id = create(wire, "client_id", Seed.ACME_ID, "csv_line_items", HEADER + "\nService,Work,1,10,,false,false,\n");

        Response updated = wire.send(http.put("/invoices/" + id).asAdmin(), "invoice", "notes", "changed",
                "due_at_human_format", "NET 10", "csv_line_items", "kind,description\nService,Other").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/invoices/" + id);
        assertThat(show(wire, id)).containsEntry("amount", "10.00").containsEntry("notes", "changed")
                .containsEntry("due_at", Seed.TODAY.plusDays(10).toString());

        wire.send(http.put("/invoices/" + id).asAdmin(), "invoice", "csv_line_items",
                HEADER + "\nService,Other,2,10,,false,false,\n").send();
        assertThat(show(wire, id)).containsEntry("amount", "20.00");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void badInvoicesAreRefusedWithAHint(Wire wire) {
        Response noClient = wire.send(http.post("/invoices").asAdmin(), "invoice", "subject", "x").send();
        Response terms = wire.send(http.post("/invoices").asAdmin(), "invoice", "client_id", Seed.ACME_ID,
                "due_at_human_format", "whenever").send();
        Response quote = wire.send(http.post("/invoices").asAdmin(), "invoice", "client_id", Seed.ACME_ID,
                "csv_line_items", HEADER + "\nService,\"never closed,1,1,1,false,false,\n").send();

        assertThat(noClient.status).isEqualTo(400);
        assertThat(noClient.header("Hint")).isEqualTo("client-id can't be blank");
        assertThat(terms.status).isEqualTo(400);
        assertThat(terms.header("Hint")).contains("NET n");
        assertThat(quote.status).isEqualTo(400);
        assertThat(quote.header("Hint")).contains("never closed");
        assertThat(SIMULATOR.state().all(Resource.INVOICES)).isEmpty();
    }

    @Test
    void filtersCombineAndPagesHoldFiftyNewestFirst() {
        for (int i = 0; i < 120; i++) {
            SIMULATOR.state().addInvoice(i % 2 == 0 ? Seed.ACME_ID : Seed.GLOBEX_ID, LocalDate.of(2017, 1, 1).plusDays(i % 10),
                    BigDecimal.TEN);
        }
        long newest = Seed.FIRST_INVOICE_ID + 119;

        List<Long> first = Wire.JSON.ids(http.get("/invoices").asAdmin().json().send(), "invoices", "invoice");
        List<Long> third = Wire.JSON.ids(http.get("/invoices?page=3").asAdmin().json().send(), "invoices", "invoice");
        List<Long> fourth = Wire.XML.ids(http.get("/invoices?page=4").asAdmin().xml().send(), "invoices", "invoice");
        List<Long> acmeEarly = Wire.JSON.ids(http.get("/invoices?client=" + Seed.ACME_ID + "&from=20170101&to=20170102&status=draft")
                .asAdmin().json().send(), "invoices", "invoice");

        assertThat(first).hasSize(50).startsWith(newest, newest - 1);
        assertThat(third).hasSize(20).endsWith(Seed.FIRST_INVOICE_ID);
        assertThat(fourth).isEmpty();
        // Acme has the even ones; issued on 1 or 2 January: i % 10 is 0 (even), never 1 for Acme
        assertThat(acmeEarly).hasSize(12).allMatch(id -> (id - Seed.FIRST_INVOICE_ID) % 10 == 0);
        assertThat(http.get("/invoices?status=late").asAdmin().json().send().status).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theStateMachineAndItsRefusals(Wire wire) {
        long id = SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, new BigDecimal("100.00"));
        String messages = "/invoices/" + id + "/messages/";

        Response reOpenDraft = post(wire, messages + "re_open", "invoice_message");
        assertThat(reOpenDraft.status).isEqualTo(400);
        assertThat(reOpenDraft.header("Hint")).isEqualTo("Invoice " + id + " is draft: re_open needs a closed (written-off) invoice");

        assertThat(post(wire, messages + "mark_as_sent", "invoice_message", "body", "by post").status).isEqualTo(200);
        assertThat(state(id)).isEqualTo("open");
        assertThat(post(wire, messages + "mark_as_sent", "invoice_message").header("Hint")).contains("needs a draft");
        assertThat(post(wire, messages + "mark_as_draft", "invoice_message").status).isEqualTo(200);
        assertThat(state(id)).isEqualTo("draft");
        assertThat(post(wire, messages + "mark_as_closed", "invoice_message").status).isEqualTo(400);
        post(wire, messages + "mark_as_sent", "invoice_message");
        assertThat(post(wire, messages + "mark_as_closed", "invoice_message", "body", "written off").status).isEqualTo(200);
        assertThat(state(id)).isEqualTo("closed");
        assertThat(post(wire, messages + "re_open", "invoice_message").status).isEqualTo(200);
        assertThat(state(id)).isEqualTo("open");
        assertThat(SIMULATOR.state().all(Resource.INVOICE_MESSAGES)).extracting(InvoiceMessageSnapshot::body)
                .containsExactly("by post", "", "", "written off", "");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void sendingAMessageOpensADraftAndListsItsRecipients(Wire wire) {
        long id = SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, new BigDecimal("100.00"));

        Response sent = post(wire, "/invoices/" + id + "/messages", "invoice_message", "body", "Here it is",
                "recipients", "jane@acme.example, someone@example.org", "attach_pdf", true, "send_me_a_copy", true,
                "include_pay_pal_link", false);

        assertThat(sent.status).isEqualTo(201);
        assertThat(sent.header("Location")).matches("/invoices/" + id + "/messages/[0-9]+");
        long messageId = Wire.idOf(sent.header("Location"));
        assertThat(state(id)).isEqualTo("open");
        Map<String, String> message = wire.one(wire.accept(http.get("/invoices/" + id + "/messages/" + messageId).asAdmin())
                .send(), "invoice_message");
        assertThat(message).containsEntry("invoice_id", Long.toString(id)).containsEntry("body", "Here it is")
                .containsEntry("send_me_a_copy", "true").containsEntry("sent_by", "Ada Admin")
                .containsEntry("sent_by_email", Seed.ADMIN_EMAIL)
                .containsEntry("full_recipient_list", "Jane Doe <jane@acme.example>,someone@example.org,"
                        + "Ada Admin <admin@example.com>");
        assertThat(post(wire, "/invoices/" + id + "/messages", "invoice_message", "body", "x").header("Hint"))
                .isEqualTo("recipients can't be blank");
        assertThat(wire.accept(http.delete("/invoices/" + id + "/messages/" + messageId).asAdmin()).send().status).isEqualTo(200);
        assertThat(SIMULATOR.state().all(Resource.INVOICE_MESSAGES)).isEmpty();
    }

    @Test
    void theListOfMessagesInXmlHasTheSingularRoot() {
        long id = SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, BigDecimal.TEN);
        post(Wire.XML, "/invoices/" + id + "/messages/mark_as_sent", "invoice_message");

        XmlNode list = http.get("/invoices/" + id + "/messages").asAdmin().xml().send().xml();

        assertThat(list.name).isEqualTo("invoice-message");
        assertThat(list.attribute("type")).isEqualTo("array");
        assertThat(list.children("invoice-message")).hasSize(1);
        assertThat(list.children("invoice-message").get(0).childNames()).containsExactly("id", "invoice-id", "body",
                "send-me-a-copy", "sent-by", "sent-by-email", "full-recipient-list", "created-at", "updated-at");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void paymentsMoveTheDueAmountAndTheStateBothWays(Wire wire) {
        long id = SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, new BigDecimal("100.00"));
        String payments = "/invoices/" + id + "/payments";
        assertThat(post(wire, payments, "payment", "paid_at", "2017-01-18T10:00:00Z", "amount", "10").header("Hint"))
                .as("a draft takes no payment").contains("is draft");
        post(wire, "/invoices/" + id + "/messages/mark_as_sent", "invoice_message");

        Response first = post(wire, payments, "payment", "paid_at", "2010-09-25 18:30:00 +0000", "amount", "40.5",
                "notes", "check 1044");
        assertThat(first.status).isEqualTo(201);
        assertThat(first.header("Location")).as("as documented, the singular /invoice/")
                .matches("/invoice/" + id + "/payments/[0-9]+");
        long firstId = Wire.idOf(first.header("Location"));
        assertThat(show(wire, id)).containsEntry("state", "partial").containsEntry("due_amount", "59.50");
        assertThat(wire.one(wire.accept(http.get(payments + "/" + firstId).asAdmin()).send(), "payment"))
                .containsEntry("amount", "40.5").containsEntry("notes", "check 1044")
                .containsEntry("recorded_by", "Ada Admin").containsEntry("recorded_by_email", Seed.ADMIN_EMAIL)
                .containsEntry("invoice_id", Long.toString(id));
        assertThat(SIMULATOR.state().find(Resource.INVOICE_PAYMENTS, firstId).orElseThrow().paidAt())
                .isEqualTo(Instant.parse("2010-09-25T18:30:00Z"));

        assertThat(post(wire, payments, "payment", "paid_at", "2017-01-18", "amount", "60").header("Hint"))
                .isEqualTo("Payment of 60 is more than the 59.50 due on invoice " + id);
        assertThat(post(wire, payments, "payment", "amount", "1").header("Hint")).isEqualTo("paid-at can't be blank");
        long second = Wire.idOf(post(wire, payments, "payment", "paid_at", "2017-01-18", "amount", "59.50").header("Location"));
        assertThat(show(wire, id)).containsEntry("state", "paid").containsEntry("due_amount", "0.00");
        assertThat(wire.ids(wire.accept(http.get(payments).asAdmin()).send(), "payments", "payment"))
                .containsExactly(firstId, second);

        assertThat(wire.accept(http.delete(payments + "/" + second).asAdmin()).send().status).isEqualTo(200);
        assertThat(show(wire, id)).containsEntry("state", "partial").containsEntry("due_amount", "59.50");
        wire.accept(http.delete(payments + "/" + firstId).asAdmin()).send();
        assertThat(show(wire, id)).containsEntry("state", "open").containsEntry("due_amount", "100.00");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aProjectInvoiceGathersTheBillableHoursAndExpensesOfItsPeriodAndLocksThem(Wire wire) {
        // Website Redesign bills by task at the project's rate of 150.0 (its task assignments have none)
        long inPeriod = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID,
                LocalDate.of(2017, 1, 10), new BigDecimal("1.5"), "mockups");
        SIMULATOR.state().addDayEntry(Seed.ADMIN_ID, Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2017, 1, 11),
                new BigDecimal("2"), null);
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, LocalDate.of(2016, 12, 31),
                new BigDecimal("7"), "before the period");
        long expense = SIMULATOR.state().addInvoiceableExpense(Seed.USER_ID, Seed.WEBSITE_ID, Seed.MEALS_ID,
                LocalDate.of(2017, 1, 12), new BigDecimal("42.50"), true, "lunch");
        SIMULATOR.state().addInvoiceableExpense(Seed.USER_ID, Seed.WEBSITE_ID, Seed.MEALS_ID, LocalDate.of(2017, 1, 12),
                new BigDecimal("9.99"), false, "not billable");

        long id = create(wire, "client_id", Seed.ACME_ID, "kind", "project", "projects_to_invoice", Long.toString(Seed.WEBSITE_ID),
                "import_hours", "all", "import_expenses", "all", "period_start", "2017-01-01", "period_end", "2017-01-31");

        Map<String, String> invoice = show(wire, id);
        assertThat(invoice.get("csv_line_items").strip()).isEqualTo(HEADER
                + "\nService,Website Redesign,3.50,150.0,525.00,false,false," + Seed.WEBSITE_ID
                + "\nProduct,Website Redesign: Meals: lunch,1,42.50,42.50,false,false," + Seed.WEBSITE_ID);
        assertThat(invoice).containsEntry("amount", "567.50").containsEntry("period_start", "2017-01-01");
        assertThat(SIMULATOR.state().dayEntry(inPeriod).orElseThrow().isLocked()).isTrue();
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, expense).orElseThrow().isClosed()).isTrue();

        long again = create(wire, "client_id", Seed.ACME_ID, "kind", "task", "projects_to_invoice", Long.toString(Seed.WEBSITE_ID),
                "import_hours", "all");
        assertThat(show(wire, again).get("csv_line_items").strip()).as("what is invoiced is not invoiced twice")
                .isEqualTo(HEADER + "\nService,Website Redesign: Design,7.00,150.0,1050.00,false,false," + Seed.WEBSITE_ID);
    }

    @Test
    void onlyAdministratorsSeeInvoicesAndAClientWithInvoicesIsNotDeleted() {
        long id = SIMULATOR.state().addInvoice(Seed.UMBRELLA_ID, Seed.TODAY, BigDecimal.TEN);

        assertThat(http.get("/invoices").asPm().json().send().status).isEqualTo(404);
        assertThat(http.get("/invoices/" + id).asUser().xml().send().status).isEqualTo(404);
        assertThat(http.get("/invoices/" + id + "/payments").asPm().json().send().status).isEqualTo(404);
        Response delete = http.delete("/clients/" + Seed.UMBRELLA_ID).asAdmin().json().send();
        assertThat(delete.status).isEqualTo(400);
        assertThat(delete.header("Hint")).contains("has invoices [" + id + "]");

        assertThat(http.delete("/invoices/" + id).asAdmin().json().send().status).isEqualTo(200);
        assertThat(http.delete("/clients/" + Seed.UMBRELLA_ID).asAdmin().json().send().status).isEqualTo(200);
        assertThat(http.get("/invoices/" + id).asAdmin().json().send().status).isEqualTo(404);
    }

    private static String state(long id) {
        return SIMULATOR.state().find(Resource.INVOICES, id).orElseThrow().state();
    }
}
