package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.Invoice;
import io.harvest4j.extended.model.InvoiceFields;
import io.harvest4j.extended.model.InvoiceKind;
import io.harvest4j.extended.model.InvoiceLineItem;
import io.harvest4j.extended.model.InvoiceMessage;
import io.harvest4j.extended.model.InvoiceMessageFields;
import io.harvest4j.extended.model.InvoicePayment;
import io.harvest4j.extended.model.InvoiceState;
import io.harvest4j.extended.model.NewInvoicePayment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example the v1 documentation gives for invoices, invoice messages and invoice payments:
 * the answers served to the client and read through the facades with the real codec of each
 * format (XML as the documentation writes it, attributes in single quotes; JSON per API.md §4),
 * every value checked; the request samples built with the request types and checked in the body
 * the client sends. Each test names the example files of {@code harvest-v1/examples/} it covers.
 */
class DocumentedInvoiceExamplesTest {

    private static final OffsetDateTime APRIL_2008 = OffsetDateTime.parse("2008-04-09T12:07:56Z");
    private static final String HEADER = "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id";

    private final RecordingTransport transport = new RecordingTransport();

    static List<Format> formats() {
        return List.of(Format.XML, Format.JSON);
    }

    private HarvestClient serving(Format format, String xml, String json) {
        transport.otherwise(RecordingTransport.Answer.of(200, format == Format.XML ? xml : json.replace('\'', '"')));
        return client(format);
    }

    private HarvestClient creating(Format format, String location) {
        transport.otherwise(RecordingTransport.Answer.of(201, "", "Location", location));
        return client(format);
    }

    private HarvestClient client(Format format) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build())
                .codec(RealCodecs.of(format))
                .transport(transport)
                .build();
    }

    /** @return the body of the one request sent, as text */
    private String sentBody() {
        Request request = transport.onlyRequest();
        return new String(request.body().orElseThrow().content(), StandardCharsets.UTF_8);
    }

    /** @return how the format writes a field of the Extended API: {@code <client-id>8</client-id>} or {@code "client_id":8} */
    private static String field(Format format, String name, String xmlValue, String jsonValue) {
        return format == Format.XML ? "<" + name.replace('_', '-') + ">" + xmlValue + "</" + name.replace('_', '-') + ">"
                : "\"" + name + "\":" + jsonValue;
    }

    // ---- invoices

    private static final String LINES_XML = "\n  " + HEADER + "\n"
            + "  Service,Security support / Apply upgrades,0.68,80.00,54.4,true,false,3\n"
            + "  Service,Security support / Intrusion detection,0.57,80.00,45.6,true,false,3\n"
            + "  Service,Backend Programming / Forum admin,1.20,80.00,96.0,true,false,3\n  ";

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesShowAParticularInvoice(Format format) { // invoices--show-a-particular-invoice--1.xml
        HarvestClient client = serving(format, "<invoice>\n  <amount type='decimal'>253.44</amount>\n"
                + "  <client-id type='integer'>8</client-id>\n  <subject>Invoice for Project X</subject>\n"
                + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n"
                + "  <currency>United States Dollar - USD</currency>\n  <due-amount type='decimal'>253.44</due-amount>\n"
                + "  <due-at type='date'>2008-02-06</due-at>\n  <due-at-human-format>due upon receipt</due-at-human-format>\n"
                + "  <id type='integer'>1421</id>\n  <issued-at type='date'>2008-02-06</issued-at>\n"
                + "  <notes>Some notes go here</notes>\n  <number>82208</number>\n"
                + "  <period-end type='date'>2008-03-31</period-end>\n  <period-start type='date'>2007-06-26</period-start>\n"
                + "  <purchase-order nil='true' />\n  <client-key>f2a56b1232ad1asdf5926f040e8cff2befb5e8f1</client-key>\n"
                + "  <state>draft</state>\n  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n"
                + "  <csv-line-items>" + LINES_XML + "</csv-line-items>\n  <tax type='decimal'>10</tax>\n"
                + "  <tax2 type='decimal' nil='true' />\n  <tax-amount type='decimal'>23.04</tax-amount>\n"
                + "  <tax2-amount type='decimal' nil='true'>0</tax2-amount>\n</invoice>",
                "{'invoice':{'amount':253.44,'client_id':8,'subject':'Invoice for Project X',"
                + "'created_at':'2008-04-09T12:07:56Z','currency':'United States Dollar - USD','due_amount':253.44,"
                + "'due_at':'2008-02-06','due_at_human_format':'due upon receipt','id':1421,'issued_at':'2008-02-06',"
                + "'notes':'Some notes go here','number':'82208','period_end':'2008-03-31','period_start':'2007-06-26',"
                + "'purchase_order':null,'client_key':'f2a56b1232ad1asdf5926f040e8cff2befb5e8f1','state':'draft',"
                + "'updated_at':'2008-04-09T12:07:56Z','csv_line_items':'" + LINES_XML.replace("\n", "\\n") + "',"
                + "'tax':10,'tax2':null,'tax_amount':23.04,'tax2_amount':null}}");

        Invoice invoice = new Invoices(client).show(1421).execute();

        assertThat(invoice.id()).isEqualTo(1421);
        assertThat(invoice.amount()).isEqualTo(new BigDecimal("253.44"));
        assertThat(invoice.dueAmount()).isEqualTo(new BigDecimal("253.44"));
        assertThat(invoice.clientId()).isEqualTo(8);
        assertThat(invoice.subject()).isEqualTo("Invoice for Project X");
        assertThat(invoice.currency()).isEqualTo("United States Dollar - USD");
        assertThat(invoice.dueAt()).contains(LocalDate.of(2008, 2, 6));
        assertThat(invoice.dueAtHumanFormat()).isEqualTo("due upon receipt");
        assertThat(invoice.issuedAt()).contains(LocalDate.of(2008, 2, 6));
        assertThat(invoice.notes()).isEqualTo("Some notes go here");
        assertThat(invoice.number()).isEqualTo("82208");
        assertThat(invoice.periodStart()).contains(LocalDate.of(2007, 6, 26));
        assertThat(invoice.periodEnd()).contains(LocalDate.of(2008, 3, 31));
        assertThat(invoice.purchaseOrder()).isEmpty();
        assertThat(invoice.clientKey()).isEqualTo("f2a56b1232ad1asdf5926f040e8cff2befb5e8f1");
        assertThat(invoice.state()).isEqualTo(InvoiceState.DRAFT);
        assertThat(invoice.stateValue()).isEqualTo("draft");
        assertThat(invoice.createdAt()).contains(APRIL_2008);
        assertThat(invoice.updatedAt()).contains(APRIL_2008);
        assertThat(invoice.tax()).contains(new BigDecimal("10"));
        assertThat(invoice.tax2()).isEmpty();
        assertThat(invoice.taxAmount()).contains(new BigDecimal("23.04"));
        assertThat(invoice.tax2Amount()).as("nil wins over the content 0").isEmpty();
        assertThat(invoice.lineItems()).containsExactly(
                line("Security support / Apply upgrades", "0.68", "54.4"),
                line("Security support / Intrusion detection", "0.57", "45.6"),
                line("Backend Programming / Forum admin", "1.20", "96.0"));
    }

    private static InvoiceLineItem line(String description, String quantity, String amount) {
        return InvoiceLineItem.builder().kind("Service").description(description).quantity(new BigDecimal(quantity))
                .unitPrice(new BigDecimal("80.00")).amount(new BigDecimal(amount)).taxed(true).projectId(3).build();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesShowRecentlyCreatedInvoices(Format format) { // invoices--show-recently-created-invoices--1.xml
        HarvestClient client = serving(format, "<invoices type='array'>\n  <invoice>\n    <id type='integer'>1234567</id>\n"
                + "    <amount type='decimal'>1155.0</amount>\n    <due-amount type='decimal'>0.0</due-amount>\n"
                + "    <due-at type='date'>2008-02-06</due-at>\n    <due-at-human-format>due upon receipt</due-at-human-format>\n"
                + "    <period-end type='date' nil='true' />\n    <period-start type='date' nil='true' />\n"
                + "    <client-id type='integer'>46066</client-id>\n    <subject>Invoice for project X</subject>\n"
                + "    <currency>United States Dollar - USD</currency>\n    <issued-at type='date'>2008-02-06</issued-at>\n"
                + "    <created-by-id type='integer'>123456</created-by-id>\n    <notes />\n    <number>8008</number>\n"
                + "    <purchase-order />\n    <client-key>f2a56b1232ad1asdf5926f040e8cff2befb5e8f1</client-key>\n"
                + "    <state>paid</state>\n    <tax type='decimal' nil='true' />\n    <tax2 type='decimal' nil='true' />\n"
                + "    <tax-amount type='decimal' nil='true' />\n    <tax-amount2 type='decimal' nil='true' />\n"
                + "    <discount-amount type='decimal'>0.0</discount-amount>\n    <discount type='decimal' nil='true' />\n"
                + "    <recurring-invoice-id type='integer' nil='true' />\n    <estimate-id type='integer' nil='true' />\n"
                + "    <retainer-id type='integer'>12345</retainer-id>\n"
                + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
                + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n  </invoice>\n</invoices>",
                // JSON list items were seen wrapped as "invoices" as well as "invoice" (API.md §4)
                "[{'invoices':{'id':1234567,'amount':1155.0,'due_amount':0.0,'due_at':'2008-02-06',"
                + "'due_at_human_format':'due upon receipt','period_end':null,'period_start':null,'client_id':46066,"
                + "'subject':'Invoice for project X','currency':'United States Dollar - USD','issued_at':'2008-02-06',"
                + "'created_by_id':123456,'notes':'','number':'8008','purchase_order':'',"
                + "'client_key':'f2a56b1232ad1asdf5926f040e8cff2befb5e8f1','state':'paid','tax':null,'tax2':null,"
                + "'tax_amount':null,'tax_amount2':null,'discount_amount':0.0,'discount':null,'recurring_invoice_id':null,"
                + "'estimate_id':null,'retainer_id':12345,'updated_at':'2008-04-09T12:07:56Z',"
                + "'created_at':'2008-04-09T12:07:56Z'}}]");

        List<Invoice> invoices = new Invoices(client).list().execute();

        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.id()).isEqualTo(1234567);
            assertThat(invoice.amount()).isEqualTo(new BigDecimal("1155.0"));
            assertThat(invoice.dueAmount()).isEqualTo(new BigDecimal("0.0"));
            assertThat(invoice.dueAt()).contains(LocalDate.of(2008, 2, 6));
            assertThat(invoice.dueAtHumanFormat()).isEqualTo("due upon receipt");
            assertThat(invoice.periodStart()).isEmpty();
            assertThat(invoice.periodEnd()).isEmpty();
            assertThat(invoice.clientId()).isEqualTo(46066);
            assertThat(invoice.subject()).isEqualTo("Invoice for project X");
            assertThat(invoice.currency()).isEqualTo("United States Dollar - USD");
            assertThat(invoice.issuedAt()).contains(LocalDate.of(2008, 2, 6));
            assertThat(invoice.createdById()).contains(123456L);
            assertThat(invoice.notes()).isEmpty();
            assertThat(invoice.number()).isEqualTo("8008");
            assertThat(invoice.purchaseOrder()).isEmpty();
            assertThat(invoice.clientKey()).isEqualTo("f2a56b1232ad1asdf5926f040e8cff2befb5e8f1");
            assertThat(invoice.state()).isEqualTo(InvoiceState.PAID);
            assertThat(invoice.tax()).isEmpty();
            assertThat(invoice.tax2()).isEmpty();
            assertThat(invoice.taxAmount()).isEmpty();
            assertThat(invoice.tax2Amount()).isEmpty();
            assertThat(invoice.discountAmount()).contains(new BigDecimal("0.0"));
            assertThat(invoice.discount()).isEmpty();
            assertThat(invoice.recurringInvoiceId()).isEmpty();
            assertThat(invoice.estimateId()).isEmpty();
            assertThat(invoice.retainerId()).contains(12345L);
            assertThat(invoice.lineItems()).as("lists leave the line items out").isEmpty();
            assertThat(invoice.createdAt()).contains(APRIL_2008);
            assertThat(invoice.updatedAt()).contains(APRIL_2008);
        });
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theSecondTaxAmountIsReadUnderBothSpellings(Format format) { // invoices--show-recently-created-invoices--1.xml (tax-amount2)
        HarvestClient client = serving(format,
                "<invoices type='array'><invoice><id>1</id><tax-amount2 type='decimal'>4.5</tax-amount2></invoice>"
                        + "<invoice><id>2</id><tax2-amount type='decimal'>6.25</tax2-amount></invoice></invoices>",
                "[{'invoice':{'id':1,'tax_amount2':4.5}},{'invoice':{'id':2,'tax2_amount':6.25}}]");

        List<Invoice> invoices = new Invoices(client).list().execute();

        assertThat(invoices).extracting(invoice -> invoice.tax2Amount().orElseThrow())
                .containsExactly(new BigDecimal("4.5"), new BigDecimal("6.25"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesCreateANewInvoiceOfAProject(Format format) { // invoices--create-a-new-invoice--1.xml
        HarvestClient client = creating(format, "/invoices/1422");

        long id = new Invoices(client).create(InvoiceFields.builder().dueAtHumanFormat("NET 10").clientId(8)
                .currency("United States Dollar - USD").issuedAt(LocalDate.of(2008, 2, 6))
                .subject("Your invoice subject goes here").notes("Some notes go here").number("82208")
                .kind(InvoiceKind.PROJECT).projectsToInvoice(3).importHours(true).importExpenses(true)
                .periodEnd(LocalDate.of(2008, 3, 31)).periodStart(LocalDate.of(2007, 6, 26))
                .expensePeriodEnd(LocalDate.of(2008, 3, 31)).expensePeriodStart(LocalDate.of(2007, 6, 26)).build())
                .execute();

        assertThat(id).isEqualTo(1422);
        String body = sentBody();
        assertThat(body).contains(format == Format.XML ? "<invoice>" : "{\"invoice\":{");
        assertThat(body).contains(field(format, "due_at_human_format", "NET 10", "\"NET 10\""),
                field(format, "client_id", "8", "8"), field(format, "currency", "United States Dollar - USD",
                        "\"United States Dollar - USD\""),
                field(format, "issued_at", "2008-02-06", "\"2008-02-06\""),
                field(format, "subject", "Your invoice subject goes here", "\"Your invoice subject goes here\""),
                field(format, "notes", "Some notes go here", "\"Some notes go here\""),
                field(format, "number", "82208", "\"82208\""), field(format, "kind", "project", "\"project\""),
                field(format, "projects_to_invoice", "3", "\"3\""), field(format, "import_hours", "all", "\"all\""),
                field(format, "import_expenses", "all", "\"all\""),
                field(format, "period_end", "2008-03-31", "\"2008-03-31\""),
                field(format, "period_start", "2007-06-26", "\"2007-06-26\""),
                field(format, "expense_period_end", "2008-03-31", "\"2008-03-31\""),
                field(format, "expense_period_start", "2007-06-26", "\"2007-06-26\""));
        assertThat(body).as("read-only time stamps are never sent").doesNotContain("created", "updated", "csv");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesCreateAFreeFormInvoiceWithLineItems(Format format) { // invoices--create-a-new-invoice--2.xml
        HarvestClient client = creating(format, "/invoices/1423");
        List<InvoiceLineItem> lines = List.of(
                InvoiceLineItem.builder().kind("Service").description("Security support / Apply upgrades")
                        .quantity(new BigDecimal("0.68")).unitPrice(new BigDecimal("80.00")).amount(new BigDecimal("54.4"))
                        .taxed(true).taxed2(true).projectId(3).build(),
                InvoiceLineItem.builder().kind("Service").description("Security support / Intrusion detection")
                        .quantity(new BigDecimal("0.57")).unitPrice(new BigDecimal("80.00")).amount(new BigDecimal("45.6"))
                        .taxed(true).projectId(3).build(),
                InvoiceLineItem.builder().kind("Service").description("Backend Programming / Forum admin")
                        .quantity(new BigDecimal("1.20")).unitPrice(new BigDecimal("80.00")).amount(new BigDecimal("96.0"))
                        .taxed(true).projectId(3).build());

        new Invoices(client).create(InvoiceFields.builder().dueAtHumanFormat("due upon receipt").clientId(8)
                .currency("United States Dollar - USD").issuedAt(LocalDate.of(2008, 2, 6))
                .subject("Your invoice subject goes here").notes("Some notes go here").number("82208")
                .kind(InvoiceKind.FREE_FORM).tax(new BigDecimal("3")).tax2(new BigDecimal("5")).lineItems(lines).build())
                .execute();

        String csv = HEADER + "\nService,Security support / Apply upgrades,0.68,80.00,54.4,true,true,3\n"
                + "Service,Security support / Intrusion detection,0.57,80.00,45.6,true,false,3\n"
                + "Service,Backend Programming / Forum admin,1.20,80.00,96.0,true,false,3\n";
        String body = sentBody();
        assertThat(body).contains(field(format, "kind", "free_form", "\"free_form\""), field(format, "tax", "3", "3"),
                field(format, "tax2", "5", "5"),
                field(format, "csv_line_items", csv, "\"" + csv.replace("\n", "\\n") + "\""));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesUpdateAnExistingInvoice(Format format) { // invoices--update-an-existing-invoice--1.xml
        transport.otherwise(RecordingTransport.Answer.of(200, "", "Location", "/invoices/1421"));

        new Invoices(client(format)).update(1421, InvoiceFields.builder().dueAtHumanFormat("NET 15").clientId(8)
                .currency("United States Dollar - USD").issuedAt(LocalDate.of(2008, 2, 6)).notes("Some notes go here")
                .number("82208").build()).execute();

        assertThat(transport.onlyRequest().uri().getPath()).isEqualTo("/invoices/1421");
        assertThat(sentBody()).contains(field(format, "due_at_human_format", "NET 15", "\"NET 15\""),
                field(format, "number", "82208", "\"82208\"")).doesNotContain("csv");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicesUpdateTheLineItemsOfAnInvoice(Format format) { // invoices--update-an-existing-invoice--2.xml
        transport.otherwise(RecordingTransport.Answer.of(200, "", "Location", "/invoices/1421"));
        List<InvoiceLineItem> lines = List.of(
                InvoiceLineItem.builder().kind("Service").description("Branding for marketing pages")
                        .quantity(new BigDecimal("20")).unitPrice(new BigDecimal("100.00")).amount(new BigDecimal("2000"))
                        .projectId(3).build(),
                InvoiceLineItem.builder().kind("Service").description("What's in a name").quantity(new BigDecimal("8"))
                        .unitPrice(new BigDecimal("100.00")).amount(new BigDecimal("800")).projectId(3).build());

        new Invoices(client(format)).update(1421, InvoiceFields.builder().lineItems(lines).build()).execute();

        String csv = HEADER + "\nService,Branding for marketing pages,20,100.00,2000,false,false,3\n"
                + "Service,What's in a name,8,100.00,800,false,false,3\n";
        String body = sentBody();
        assertThat(body).contains(format == Format.XML ? "<csv-line-items>" + csv + "</csv-line-items>"
                : "\"csv_line_items\":\"" + csv.replace("\n", "\\n") + "\"");
    }

    // ---- invoice messages

    private static final String MESSAGE_FIELDS_XML = "    <created-at type='datetime'>2008-04-09T20:44:54Z</created-at>\n"
            + "    <id type='integer'>409</id>\n    <invoice-id type='integer'>1420</invoice-id>\n"
            + "    <send-me-a-copy type='boolean'>true</send-me-a-copy>\n    <sent-by>My Name</sent-by>\n"
            + "    <sent-by-email>myemail@example.com</sent-by-email>\n"
            + "    <full-recipient-list>Jane Doe &lt;janedoe@example.org&gt;,My Name &lt;myemail@example.com&gt;</full-recipient-list>\n"
            + "    <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "    <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n";
    private static final String MESSAGE_FIELDS_JSON = "'created_at':'2008-04-09T12:07:56Z','id':409,'invoice_id':1420,"
            + "'send_me_a_copy':true,'sent_by':'My Name','sent_by_email':'myemail@example.com',"
            + "'full_recipient_list':'Jane Doe <janedoe@example.org>,My Name <myemail@example.com>',"
            + "'updated_at':'2008-04-09T12:07:56Z'";

    private static void assertMessage(InvoiceMessage message, long id, String body) {
        assertThat(message.id()).isEqualTo(id);
        assertThat(message.invoiceId()).isEqualTo(1420);
        assertThat(message.body()).isEqualTo(body);
        assertThat(message.sendMeACopy()).isTrue();
        assertThat(message.sentBy()).isEqualTo("My Name");
        assertThat(message.sentByEmail()).isEqualTo("myemail@example.com");
        assertThat(message.fullRecipientList()).isEqualTo("Jane Doe <janedoe@example.org>,My Name <myemail@example.com>");
        assertThat(message.createdAt()).as("the last created-at wins, as in a Rails hash").contains(APRIL_2008);
        assertThat(message.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceMessagesShowAllMessagesSentForAnInvoice(Format format) { // invoice-messages--show-all-messages-sent-for-an-invoice--1.xml
        HarvestClient client = serving(format, "<invoice-message type='array'>\n  <invoice-message>\n"
                + "    <body>The message body goes here</body>\n" + MESSAGE_FIELDS_XML + "  </invoice-message>\n"
                + "</invoice-message>",
                // JSON items were seen wrapped as "message" (API.md §4): both are read
                "[{'invoice_message':{'body':'The message body goes here'," + MESSAGE_FIELDS_JSON + "}},"
                + "{'message':{'body':'The message body goes here'," + MESSAGE_FIELDS_JSON + "}}]");

        List<InvoiceMessage> messages = new InvoiceMessages(client).list(1420).execute();

        assertThat(messages).hasSize(format == Format.XML ? 1 : 2)
                .allSatisfy(message -> assertMessage(message, 409, "The message body goes here"));
        assertThat(transport.onlyRequest().uri().getPath()).isEqualTo("/invoices/1420/messages");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceMessagesShowAParticularMessage(Format format) { // invoice-messages--show-a-particular-message--1.xml
        HarvestClient client = serving(format, "<invoice-message>\n  <body>Anther message body goes here</body>\n"
                + MESSAGE_FIELDS_XML.replace("409", "403").replace("20:44:54", "20:46:34") + "</invoice-message>",
                "{'message':{'body':'Anther message body goes here'," + MESSAGE_FIELDS_JSON.replace("409", "403") + "}}");

        assertMessage(new InvoiceMessages(client).show(1420, 403).execute(), 403, "Anther message body goes here");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoiceMessagesSendAnInvoice(Format format) { // invoice-messages--send-an-invoice--1.xml
        HarvestClient client = creating(format, "/invoices/1420/messages/410");

        long id = new InvoiceMessages(client).send(1420, InvoiceMessageFields.builder("support@harvestapp.com",
                "help@getharvest.com").body("Message body").attachPdf(true).sendMeACopy(true).includePayPalLink(true)
                .build()).execute();

        assertThat(id).isEqualTo(410);
        String body = sentBody();
        assertThat(body).contains(format == Format.XML ? "<invoice-message>" : "{\"invoice_message\":{");
        assertThat(body).contains(field(format, "body", "Message body", "\"Message body\""),
                field(format, "recipients", "support@harvestapp.com, help@getharvest.com",
                        "\"support@harvestapp.com, help@getharvest.com\""),
                field(format, "attach_pdf", "true", "true"), field(format, "include_pay_pal_link", "true", "true"));
        // JSON-B would spell sendMeACopy send_me_acopy: the wire's spelling is kept (XML with
        // underscores, which the service reads as it reads hyphens)
        assertThat(body).contains(format == Format.XML ? "<send_me_a_copy>true</send_me_a_copy>" : "\"send_me_a_copy\":true");
    }

    static List<Object[]> moves() {
        List<Object[]> moves = new java.util.ArrayList<>();
        for (Format format : formats()) {
            // invoice-messages--create-a-message-for-marking-an-invoice---1.xml (mark_as_sent),
            // invoice-messages--create-a-message-and-mark-an-open-invoic--1.xml (mark_as_closed),
            // invoice-messages--create-a-message-for-marking-an-open-inv--1.xml (mark_as_draft),
            // and re_open, whose final documentation shows the same optional body
            moves.add(new Object[] {format, "mark_as_sent",
                (Function<InvoiceMessages, Object>) m -> m.markAsSent(1420, "Optional message body goes here").execute()});
            moves.add(new Object[] {format, "mark_as_closed",
                (Function<InvoiceMessages, Object>) m -> m.markAsClosed(1420, "Optional message body goes here").execute()});
            moves.add(new Object[] {format, "mark_as_draft",
                (Function<InvoiceMessages, Object>) m -> m.markAsDraft(1420, "Optional message body goes here").execute()});
            moves.add(new Object[] {format, "re_open",
                (Function<InvoiceMessages, Object>) m -> m.reOpen(1420, "Optional message body goes here").execute()});
        }
        return moves;
    }

    @ParameterizedTest
    @MethodSource("moves")
    void invoiceMessagesMarkAnInvoiceWithAnOptionalBody(Format format, String path, Function<InvoiceMessages, Object> move) {
        transport.otherwise(RecordingTransport.Answer.of(200, ""));

        move.apply(new InvoiceMessages(client(format)));

        Request sent = transport.onlyRequest();
        assertThat(sent.uri().getPath()).isEqualTo("/invoices/1420/messages/" + path);
        String body = sentBody();
        assertThat(body).contains(format == Format.XML
                ? "<invoice-message><body>Optional message body goes here</body></invoice-message>"
                : "{\"invoice_message\":{\"body\":\"Optional message body goes here\"}}");
    }

    // ---- invoice payments

    private static final String PAYMENT_STAMPS_XML = "  <updated-at type='datetime'>2008-04-09T12:07:56Z</updated-at>\n"
            + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n";

    private static void assertPayment(InvoicePayment payment, long id, long invoiceId, String amount, String notes) {
        assertThat(payment.id()).isEqualTo(id);
        assertThat(payment.invoiceId()).isEqualTo(invoiceId);
        assertThat(payment.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(payment.notes()).isEqualTo(notes);
        assertThat(payment.paidAt()).contains(OffsetDateTime.parse("2008-02-14T00:00:00Z"));
        assertThat(payment.recordedBy()).isEqualTo("Happy Owner");
        assertThat(payment.recordedByEmail()).isEqualTo("happyowner@example.com");
        assertThat(payment.createdAt()).contains(APRIL_2008);
        assertThat(payment.updatedAt()).contains(APRIL_2008);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicePaymentsShowAllRecordedPaymentsForAnInvoice(Format format) { // invoice-payments--show-all-recorded-payments-for-an-invoic--1.xml
        HarvestClient client = serving(format, "<payments type='array'>\n  <payment>\n"
                + "    <amount type='decimal'>1238.0</amount>\n    <id type='integer'>1334</id>\n"
                + "    <invoice-id type='integer'>4393</invoice-id>\n    <notes>check</notes>\n"
                + "    <paid-at type='datetime'>2008-02-14T00:00:00Z</paid-at>\n    <recorded-by>Happy Owner</recorded-by>\n"
                + "    <recorded-by-email>happyowner@example.com</recorded-by-email>\n" + PAYMENT_STAMPS_XML
                + "  </payment>\n</payments>",
                "[{'payment':{'amount':1238.0,'id':1334,'invoice_id':4393,'notes':'check','paid_at':'2008-02-14T00:00:00Z',"
                + "'recorded_by':'Happy Owner','recorded_by_email':'happyowner@example.com',"
                + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}]");

        List<InvoicePayment> payments = new InvoicePayments(client).list(4393).execute();

        assertThat(payments).singleElement().satisfies(payment -> assertPayment(payment, 1334, 4393, "1238.0", "check"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicePaymentsShowAParticularPayment(Format format) { // invoice-payments--show-a-particular-payment--1.xml
        HarvestClient client = serving(format, "<payment>\n  <amount type='decimal'>52000.0</amount>\n"
                + "  <id type='integer'>54664</id>\n  <invoice-id type='integer'>2393</invoice-id>\n"
                + "  <notes>Finally.</notes>\n  <paid-at type='datetime'>2008-02-14T00:00:00Z</paid-at>\n"
                + "  <recorded-by>Happy Owner</recorded-by>\n  <recorded-by-email>happyowner@example.com</recorded-by-email>\n"
                + PAYMENT_STAMPS_XML + "</payment>",
                "{'payment':{'amount':52000.0,'id':54664,'invoice_id':2393,'notes':'Finally.',"
                + "'paid_at':'2008-02-14T00:00:00Z','recorded_by':'Happy Owner','recorded_by_email':'happyowner@example.com',"
                + "'updated_at':'2008-04-09T12:07:56Z','created_at':'2008-04-09T12:07:56Z'}}");

        assertPayment(new InvoicePayments(client).show(2393, 54664).execute(), 54664, 2393, "52000.0", "Finally.");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invoicePaymentsCreateANewPayment(Format format) { // invoice-payments--create-a-new-payment--1.xml
        // the documentation's Location names the singular /invoice/: the id is its last segment
        HarvestClient client = creating(format, "/invoice/2393/payments/54665");

        long id = new InvoicePayments(client).create(2393, NewInvoicePayment.builder(
                OffsetDateTime.parse("2008-02-14T00:00:00Z"), new BigDecimal("52000.0"))
                .notes("Some optional notes go here").build()).execute();

        assertThat(id).isEqualTo(54665);
        String body = sentBody();
        assertThat(body).contains(format == Format.XML ? "<payment>" : "{\"payment\":{");
        assertThat(body).contains(field(format, "amount", "52000.0", "52000.0"),
                field(format, "notes", "Some optional notes go here", "\"Some optional notes go here\""));
        assertThat(body).containsPattern(format == Format.XML ? "<paid-at>2008-02-14T00:00(:00)?Z</paid-at>"
                : "\"paid_at\":\"2008-02-14T00:00(:00)?Z\"");
    }
}
