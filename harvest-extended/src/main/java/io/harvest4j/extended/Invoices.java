package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Invoice;
import io.harvest4j.extended.model.InvoiceFields;
import jakarta.inject.Inject;

/**
 * The company's invoices (administrators; the account's invoices module must be on). Thread-safe
 * and immutable; each method answers a request to run with {@code execute()} or
 * {@code executeAsync()}.
 *
 * <pre>{@code
 * Invoices invoices = new Invoices(client);
 * long id = invoices.create(InvoiceFields.builder().clientId(8).dueAtHumanFormat("NET 30")
 *         .lineItems(List.of(InvoiceLineItem.builder().kind("Service").description("Design")
 *                 .quantity(BigDecimal.TEN).unitPrice(new BigDecimal("80.00")).build()))
 *         .build()).execute();
 * Invoice invoice = invoices.show(id).execute();
 * List<Invoice> unpaid = invoices.list().status(InvoiceStatus.UNPAID).execute();   // the first 50
 * }</pre>
 */
public final class Invoices {

    /** {@code <invoice>…</invoice>}; JSON {@code {"invoice":{…}}}. */
    static final WireShape INVOICE = WireShape.object("invoice").build();

    /** {@code <invoices><invoice>…}; JSON {@code [{"invoice":{…}}]}, items also seen wrapped as {@code invoices}. */
    static final WireShape INVOICES = WireShape.list("invoices", "invoice").alsoAccepting("invoices").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Invoices(HarvestClient client) {
        this.client = Checks.required("Invoices: client", client);
    }

    /**
     * {@code GET /invoices}: the most recent invoices, 50 a page, without their line items; narrow
     * it with the request's filters, choose a page with {@code page(n)}, or read every page lazily
     * with {@code stream()}.
     *
     * @return the request
     */
    public InvoiceListRequest list() {
        return InvoiceListRequest.of(client, Call.get("/invoices").decodingList(Invoice.class, INVOICES));
    }

    /**
     * {@code GET /invoices/{id}}: one invoice with its line items. An answer whose line items do not
     * read as CSV fails with a {@link CodecException}.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Invoice> show(long invoiceId) {
        return HarvestRequest.of(client, Call.get("/invoices/{}", id("show", invoiceId)).reading((response, codec) -> {
            Invoice invoice = codec.decode(response.body(), Invoice.class, INVOICE);
            invoice.lineItems(); // refuses an answer whose line items do not read, here rather than later
            return invoice;
        }));
    }

    /**
     * {@code POST /invoices}: creates an invoice for an existing client; the client's id is
     * required. Without a number the service gives one; with a {@code kind} other than
     * {@code free_form} it gathers the lines from the projects' hours and expenses. Not retried once
     * it may have reached the service.
     *
     * @param fields the new invoice's fields
     * @return the request; its result is the new invoice's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or lack the client
     */
    public HarvestRequest<Long> create(InvoiceFields fields) {
        Checks.required("Invoices.create: invoice", fields);
        RequiredFields.require("Invoices.create: invoice.clientId", fields.clientId());
        return HarvestRequest.of(client, Call.post("/invoices").body(fields, INVOICE).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /invoices/{id}}: changes the fields given, leaves the others as they are; without
     * line items the invoice keeps its own, with them they replace all of them. A {@code state}
     * cannot be set: it moves through {@link InvoiceMessages} and {@link InvoicePayments}.
     *
     * @param invoiceId the invoice's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long invoiceId, InvoiceFields fields) {
        Checks.required("Invoices.update: invoice", fields);
        return HarvestRequest.of(client, Call.put("/invoices/{}", id("update", invoiceId)).body(fields, INVOICE).discardingBody());
    }

    /**
     * {@code DELETE /invoices/{id}}: deletes an invoice, its messages and its payments.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long invoiceId) {
        return HarvestRequest.of(client, Call.delete("/invoices/{}", id("delete", invoiceId)).discardingBody());
    }

    @Override
    public String toString() {
        return "Invoices{" + client + "}";
    }

    private static long id(String method, long invoiceId) {
        return Checks.positiveId("Invoices." + method + ": invoiceId", invoiceId);
    }
}
