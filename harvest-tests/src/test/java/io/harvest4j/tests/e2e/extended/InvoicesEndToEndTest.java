package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.InvoiceMessages;
import io.harvest4j.extended.InvoicePayments;
import io.harvest4j.extended.Invoices;
import io.harvest4j.extended.model.Invoice;
import io.harvest4j.extended.model.InvoiceFields;
import io.harvest4j.extended.model.InvoiceKind;
import io.harvest4j.extended.model.InvoiceLineItem;
import io.harvest4j.extended.model.InvoiceMessage;
import io.harvest4j.extended.model.InvoiceMessageFields;
import io.harvest4j.extended.model.InvoicePayment;
import io.harvest4j.extended.model.InvoiceState;
import io.harvest4j.extended.model.InvoiceStatus;
import io.harvest4j.extended.model.NewInvoicePayment;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invoices, their messages and payments through the client, against the simulator, in both formats. */
class InvoicesEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final SimulatorClients clients = new SimulatorClients(SIMULATOR);

    private HarvestClient admin(Format format) {
        return clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format, SimulatorClients.NO_WAIT);
    }

    private static final List<InvoiceLineItem> LINES = List.of(
            InvoiceLineItem.builder().kind("Service").description("Design, \"final\" round").quantity(new BigDecimal("2"))
                    .unitPrice(new BigDecimal("100.00")).taxed(true).projectId(Seed.WEBSITE_ID).build(),
            InvoiceLineItem.builder().kind("Product").description("Hosting\nfor a year").quantity(new BigDecimal("1"))
                    .unitPrice(new BigDecimal("50.50")).build());

    private static long createTwoLineInvoice(Invoices invoices) {
        return invoices.create(InvoiceFields.builder().clientId(Seed.ACME_ID).subject("January")
                .issuedAt(LocalDate.of(2017, 1, 18)).dueAtHumanFormat("NET 30").tax(new BigDecimal("8.5"))
                .lineItems(LINES).build()).execute();
    }

    @BothFormats
    void anInvoiceWithTwoCsvLinesReadsBackWithTheSameLinesAndTheRightAmount(Format format) {
        Invoices invoices = new Invoices(admin(format));

        long id = createTwoLineInvoice(invoices);
        Invoice invoice = invoices.show(id).execute();

        assertThat(invoice.lineItems()).isEqualTo(LINES);
        assertThat(invoice.lineItems().get(0).amount()).isEqualTo(new BigDecimal("200.00"));
        // 200.00 + 50.50, and 8.5% tax on the taxed 200.00 = 17.00
        assertThat(invoice.taxAmount()).contains(new BigDecimal("17.00"));
        assertThat(invoice.amount()).isEqualTo(new BigDecimal("267.50"));
        assertThat(invoice.dueAmount()).isEqualTo(new BigDecimal("267.50"));
        assertThat(invoice.state()).isEqualTo(InvoiceState.DRAFT);
        assertThat(invoice.dueAt()).contains(LocalDate.of(2017, 2, 17));
        assertThat(invoice.number()).isNotBlank();
        assertThat(invoice.clientKey()).hasSize(40);
        assertThat(invoice.clientId()).isEqualTo(Seed.ACME_ID);
        assertThat(invoices.list().execute()).singleElement().satisfies(listed -> {
            assertThat(listed.id()).isEqualTo(id);
            assertThat(listed.amount()).isEqualTo(new BigDecimal("267.50"));
            assertThat(listed.lineItems()).as("lists leave the lines out").isEmpty();
        });
    }

    @BothFormats
    void anUpdateWithoutLinesLeavesThemAndOneWithLinesReplacesThem(Format format) {
        Invoices invoices = new Invoices(admin(format));
        long id = createTwoLineInvoice(invoices);

        invoices.update(id, InvoiceFields.builder().notes("Thanks!").discount(new BigDecimal("10")).build()).execute();
        Invoice discounted = invoices.show(id).execute();
        invoices.update(id, InvoiceFields.builder().lineItems(List.of(LINES.get(1))).build()).execute();
        Invoice shorter = invoices.show(id).execute();

        assertThat(discounted.lineItems()).isEqualTo(LINES);
        assertThat(discounted.notes()).isEqualTo("Thanks!");
        // discount 25.05; tax 8.5% of 200.00 x 0.9 = 15.30; 250.50 - 25.05 + 15.30
        assertThat(discounted.discountAmount()).contains(new BigDecimal("25.05"));
        assertThat(discounted.amount()).isEqualTo(new BigDecimal("240.75"));
        assertThat(shorter.lineItems()).containsExactly(LINES.get(1));
        assertThat(shorter.amount()).isEqualTo(new BigDecimal("45.45"));
    }

    @BothFormats
    void aPartPaymentMovesTheInvoiceToPartialAndTheDueAmountDown(Format format) {
        HarvestClient admin = admin(format);
        Invoices invoices = new Invoices(admin);
        InvoicePayments payments = new InvoicePayments(admin);
        long id = createTwoLineInvoice(invoices);
        new InvoiceMessages(admin).markAsSent(id).execute();

        long paymentId = payments.create(id, NewInvoicePayment.builder(OffsetDateTime.parse("2017-01-20T09:30:00Z"),
                new BigDecimal("100.25")).notes("first half").build()).execute();

        Invoice invoice = invoices.show(id).execute();
        assertThat(invoice.state()).isEqualTo(InvoiceState.PARTIAL);
        assertThat(invoice.dueAmount()).isEqualTo(new BigDecimal("167.25"));
        InvoicePayment payment = payments.show(id, paymentId).execute();
        assertThat(payment.amount()).isEqualByComparingTo("100.25");
        assertThat(payment.paidAt()).contains(OffsetDateTime.parse("2017-01-20T09:30:00Z"));
        assertThat(payment.notes()).isEqualTo("first half");
        assertThat(payment.recordedByEmail()).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(payments.list(id).execute()).extracting(InvoicePayment::id).containsExactly(paymentId);
        assertThat(invoices.list().status(InvoiceStatus.PARTIAL).execute()).extracting(Invoice::id).containsExactly(id);

        payments.create(id, NewInvoicePayment.builder(OffsetDateTime.parse("2017-01-21T09:30:00Z"),
                new BigDecimal("167.25")).build()).execute();
        assertThat(invoices.show(id).execute().state()).isEqualTo(InvoiceState.PAID);
        payments.delete(id, paymentId).execute();
        assertThat(invoices.show(id).execute().dueAmount()).isEqualTo(new BigDecimal("100.25"));
    }

    @BothFormats
    void aMessageMarkingADraftAsSentOpensItAndSendingOneIsRecorded(Format format) {
        HarvestClient admin = admin(format);
        InvoiceMessages messages = new InvoiceMessages(admin);
        long id = createTwoLineInvoice(new Invoices(admin));

        messages.markAsSent(id, "Posted on the 18th").execute();
        long sent = messages.send(id, InvoiceMessageFields.builder("jane@acme.example").body("Your invoice")
                .sendMeACopy(true).attachPdf(true).build()).execute();

        assertThat(SIMULATOR.state().find(Resource.INVOICES, id).orElseThrow().state()).isEqualTo("open");
        assertThat(new Invoices(admin).show(id).execute().state()).isEqualTo(InvoiceState.OPEN);
        List<InvoiceMessage> log = messages.list(id).execute();
        assertThat(log).extracting(InvoiceMessage::body).containsExactly("Posted on the 18th", "Your invoice");
        InvoiceMessage message = messages.show(id, sent).execute();
        assertThat(message.sendMeACopy()).as("read from send_me_a_copy").isTrue();
        assertThat(message.fullRecipientList()).isEqualTo("Jane Doe <jane@acme.example>,Ada Admin <admin@example.com>");
        assertThat(message.sentBy()).isEqualTo("Ada Admin");
        messages.delete(id, sent).execute();
        assertThat(messages.list(id).execute()).hasSize(1);
    }

    @BothFormats
    void aMoveTheStateDoesNotAllowIsABadRequestCarryingTheHint(Format format) {
        HarvestClient admin = admin(format);
        InvoiceMessages messages = new InvoiceMessages(admin);
        long id = createTwoLineInvoice(new Invoices(admin));

        assertThatThrownBy(() -> messages.reOpen(id).execute()).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.hint()).contains("Invoice " + id + " is draft: re_open needs a closed (written-off) invoice"));
        messages.markAsSent(id).execute();
        messages.markAsClosed(id, "Written off").execute();
        assertThatThrownBy(() -> messages.markAsDraft(id).execute()).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("is closed")));
        messages.reOpen(id).execute();
        messages.markAsDraft(id).execute();
        assertThat(new Invoices(admin).show(id).execute().state()).isEqualTo(InvoiceState.DRAFT);
    }

    @BothFormats
    void page2HoldsTheNext50(Format format) {
        for (int i = 0; i < 120; i++) {
            SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, BigDecimal.TEN);
        }
        Invoices invoices = new Invoices(admin(format));

        List<Invoice> second = invoices.list().page(2).execute();

        assertThat(second).hasSize(50);
        assertThat(second.get(0).id()).as("newest first: 120 - 50").isEqualTo(Seed.FIRST_INVOICE_ID + 69);
        assertThat(second.get(49).id()).isEqualTo(Seed.FIRST_INVOICE_ID + 20);
        assertThat(invoices.list().page(3).execute()).hasSize(20);
    }

    @BothFormats
    void aLazyIterationOver120InvoicesMakesThreeListCallsAndNoneBeforeTheCallerAdvances(Format format) {
        for (int i = 0; i < 120; i++) {
            SIMULATOR.state().addInvoice(i < 60 ? Seed.ACME_ID : Seed.GLOBEX_ID, Seed.TODAY, new BigDecimal("10.00"));
        }
        Invoices invoices = new Invoices(admin(format));
        int before = listCalls();

        Stream<Invoice> all = invoices.list().stream();
        assertThat(listCalls()).as("a stream fetches nothing before the caller advances").isEqualTo(before);
        Iterator<Invoice> iterator = all.iterator();
        assertThat(iterator.hasNext()).isTrue();
        assertThat(listCalls() - before).isEqualTo(1);
        List<Long> ids = Stream.concat(Stream.of(iterator.next()),
                        Stream.generate(() -> 0).takeWhile(x -> iterator.hasNext()).map(x -> iterator.next()))
                .map(Invoice::id).collect(Collectors.toList());

        assertThat(ids).hasSize(120).doesNotHaveDuplicates();
        assertThat(listCalls() - before).as("pages of 50, 50 and 20").isEqualTo(3);
        BigDecimal total = invoices.list().client(Seed.GLOBEX_ID).stream().map(Invoice::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualTo(new BigDecimal("600.00"));
        assertThat(listCalls() - before).as("60 of Globex: two more pages").isEqualTo(5);
    }

    @BothFormats
    void aProjectInvoiceGathersTheProjectsHours(Format format) {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, LocalDate.of(2017, 1, 16),
                new BigDecimal("2.25"), "API");
        Invoices invoices = new Invoices(admin(format));

        long id = invoices.create(InvoiceFields.builder().clientId(Seed.ACME_ID).kind(InvoiceKind.PEOPLE)
                .projectsToInvoice(Seed.MOBILE_ID).importHours(true).importExpenses(false)
                .periodStart(LocalDate.of(2017, 1, 1)).periodEnd(LocalDate.of(2017, 1, 31)).build()).execute();

        Invoice invoice = invoices.show(id).execute();
        assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualTo("Mobile App: Uma User");
            assertThat(line.quantity()).isEqualTo(new BigDecimal("2.25"));
            assertThat(line.projectId()).contains(Seed.MOBILE_ID);
        });
        assertThat(invoice.periodStart()).contains(LocalDate.of(2017, 1, 1));
    }

    @BothFormats
    void otherRolesDoNotSeeInvoices(Format format) {
        long id = SIMULATOR.state().addInvoice(Seed.ACME_ID, Seed.TODAY, BigDecimal.TEN);

        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format, Invoices::new).show(id).execute())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format, InvoicePayments::new).list(id).execute())
                .isInstanceOf(NotFoundException.class);
    }

    private static int listCalls() {
        int calls = 0;
        for (RecordedRequest request : SIMULATOR.simulator().requests()) {
            if (request.method().equals("GET") && request.path().equals("/invoices")) {
                calls++;
            }
        }
        return calls;
    }
}
