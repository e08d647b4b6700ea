package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.Invoice;
import io.harvest4j.extended.model.InvoiceFields;
import io.harvest4j.extended.model.InvoiceLineItem;
import io.harvest4j.extended.model.InvoiceMessageFields;
import io.harvest4j.extended.model.InvoiceStatus;
import io.harvest4j.extended.model.NewInvoicePayment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The calls of {@link Invoices}, {@link InvoiceMessages} and {@link InvoicePayments} as the client
 * sends them (method, path, query, idempotency), the lazy paging of the invoice list, and the
 * refusal of bad arguments before anything is sent.
 */
class InvoiceCallsTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON).build())
            .codec(RealCodecs.of(Format.JSON))
            .transport(transport)
            .build();

    private static String page(int from, int count) {
        return Stream.iterate(from, id -> id + 1).limit(count).map(id -> "{\"invoice\":{\"id\":" + id + "}}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void theListsFiltersCombineInTheQuery() {
        transport.otherwise(RecordingTransport.Answer.of(200, "[]"));

        new Invoices(client).list().status(InvoiceStatus.PASTDUE).client(23445).from(LocalDate.of(2017, 1, 2))
                .to(LocalDate.of(2017, 12, 31)).updatedSince(Instant.parse("2010-09-25T18:30:59Z")).page(2).execute();

        Request sent = transport.onlyRequest();
        assertThat(sent.method()).isEqualTo(HttpMethod.GET);
        assertThat(sent.uri().getPath()).isEqualTo("/invoices");
        assertThat(sent.uri().getRawQuery()).isEqualTo(
                "status=pastdue&client=23445&from=20170102&to=20171231&updated_since=2010-09-25%2018%3A30&page=2");
    }

    @Test
    void theStreamFetchesNothingUntilAdvancedThenAPageAtATimeAndStopsAfterAShortPage() {
        transport.enqueue(200, page(1, 50)).enqueue(200, page(51, 50)).enqueue(200, page(101, 20));

        Stream<Invoice> all = new Invoices(client).list().status(InvoiceStatus.UNPAID).stream();
        assertThat(transport.requestCount()).as("nothing before the caller advances").isZero();
        Iterator<Invoice> invoices = all.iterator();
        assertThat(invoices.next().id()).isEqualTo(1);
        assertThat(transport.requestCount()).isEqualTo(1);
        for (int i = 2; i <= 50; i++) {
            invoices.next();
        }
        assertThat(transport.requestCount()).as("the second page only when the first is used up").isEqualTo(1);
        long rest = Stream.generate(() -> 0).takeWhile(x -> invoices.hasNext()).peek(x -> invoices.next()).count();

        assertThat(rest).isEqualTo(70);
        assertThat(transport.requests()).extracting(request -> request.uri().getRawQuery())
                .containsExactly("status=unpaid&page=1", "status=unpaid&page=2", "status=unpaid&page=3");
    }

    @Test
    void aFullLastPageCostsOneEmptyPageMoreAndTheStreamStartsAtTheChosenPage() {
        transport.enqueue(200, page(51, 50)).enqueue(200, "[]");

        List<Invoice> invoices = new Invoices(client).list().page(2).stream().collect(Collectors.toList());

        assertThat(invoices).hasSize(50);
        assertThat(transport.requests()).extracting(request -> request.uri().getRawQuery())
                .containsExactly("page=2", "page=3");
    }

    @Test
    void everyCallHasItsMethodPathAndIdempotency() {
        transport.otherwise(RecordingTransport.Answer.of(201, "", "Location", "/invoices/9/x/7"));
        Invoices invoices = new Invoices(client);
        InvoiceMessages messages = new InvoiceMessages(client);
        InvoicePayments payments = new InvoicePayments(client);

        invoices.create(InvoiceFields.builder().clientId(1).build()).execute();
        invoices.update(9, InvoiceFields.builder().notes("n").build()).execute();
        invoices.delete(9).execute();
        messages.send(9, InvoiceMessageFields.builder("a@example.com").build()).execute();
        messages.delete(9, 7).execute();
        messages.markAsSent(9).execute();
        messages.markAsClosed(9).execute();
        messages.reOpen(9).execute();
        messages.markAsDraft(9).execute();
        payments.create(9, NewInvoicePayment.builder(OffsetDateTime.parse("2017-01-18T10:00:00Z"), BigDecimal.TEN).build())
                .execute();
        payments.delete(9, 7).execute();

        assertThat(transport.requests()).extracting(r -> r.method() + " " + r.uri().getPath() + " " + r.isIdempotent())
                .containsExactly("POST /invoices false", "PUT /invoices/9 true", "DELETE /invoices/9 true",
                        "POST /invoices/9/messages false", "DELETE /invoices/9/messages/7 true",
                        "POST /invoices/9/messages/mark_as_sent false", "POST /invoices/9/messages/mark_as_closed false",
                        "POST /invoices/9/messages/re_open false", "POST /invoices/9/messages/mark_as_draft false",
                        "POST /invoices/9/payments false", "DELETE /invoices/9/payments/7 true");
        assertThat(transport.requests().get(5).body().map(body -> body.length()).orElse(0)).as("a move without a text sends no body").isZero();
    }

    @Test
    void anInvoiceWhoseLineItemsDoNotReadIsRefusedByShow() {
        transport.otherwise(RecordingTransport.Answer.of(200,
                "{\"invoice\":{\"id\":1,\"csv_line_items\":\"kind,description\\nService,\\\"never closed\"}}"));

        assertThatThrownBy(() -> new Invoices(client).show(1).execute()).isInstanceOf(CodecException.class)
                .hasMessageContaining("csv-line-items");
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        Invoices invoices = new Invoices(client);
        assertThatThrownBy(() -> invoices.create(InvoiceFields.builder().notes("no client").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Invoices.create: invoice.clientId is required");
        assertThatThrownBy(() -> invoices.show(0)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Invoices.show: invoiceId");
        assertThatThrownBy(() -> invoices.list().page(0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> InvoiceMessageFields.builder()).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> InvoiceMessageFields.builder("not an address")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> NewInvoicePayment.builder(OffsetDateTime.now(), BigDecimal.ZERO))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> InvoiceLineItem.builder().kind("Service").quantity(BigDecimal.ONE).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unitPrice");
        assertThatThrownBy(() -> InvoiceFields.builder().tax(new BigDecimal("-1")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requestCount()).isZero();
    }
}
