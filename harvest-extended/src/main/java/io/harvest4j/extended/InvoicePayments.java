package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.InvoicePayment;
import io.harvest4j.extended.model.NewInvoicePayment;
import jakarta.inject.Inject;

/**
 * The payments recorded against an invoice (administrators; the invoices module must be on).
 * Recording or deleting one makes the service recompute the invoice's due amount and move it to
 * {@code partial}, {@code paid} or back. Thread-safe and immutable.
 *
 * <pre>{@code
 * InvoicePayments payments = new InvoicePayments(client);
 * long id = payments.create(invoiceId, NewInvoicePayment.builder(OffsetDateTime.now(), new BigDecimal("500.00"))
 *         .notes("check 1044").build()).execute();
 * }</pre>
 */
public final class InvoicePayments {

    /** {@code <payment>…</payment>}; JSON {@code {"payment":{…}}}. */
    static final WireShape PAYMENT = WireShape.object("payment").build();

    /** {@code <payments><payment>…}; JSON {@code [{"payment":{…}}]}. */
    static final WireShape PAYMENTS = WireShape.list("payments", "payment").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public InvoicePayments(HarvestClient client) {
        this.client = Checks.required("InvoicePayments: client", client);
    }

    /**
     * {@code GET /invoices/{id}/payments}: the invoice's payments.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<InvoicePayment> list(long invoiceId) {
        return ListRequest.of(client, Call.get("/invoices/{}/payments", invoice("list", invoiceId))
                .decodingList(InvoicePayment.class, PAYMENTS));
    }

    /**
     * {@code GET /invoices/{id}/payments/{id}}: one payment.
     *
     * @param invoiceId the invoice's id
     * @param paymentId the payment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<InvoicePayment> show(long invoiceId, long paymentId) {
        return HarvestRequest.of(client, Call.get("/invoices/{}/payments/{}", invoice("show", invoiceId),
                payment("show", paymentId)).decoding(InvoicePayment.class, PAYMENT));
    }

    /**
     * {@code POST /invoices/{id}/payments}: records a payment. The documentation spells the answer's
     * {@code Location} {@code /invoice/{invoice_id}/payments/{id}}: the new id is its last segment.
     * Not retried once it may have reached the service (a second payment would be recorded).
     *
     * @param invoiceId the invoice's id
     * @param payment when and how much
     * @return the request; its result is the new payment's id
     * @throws InvalidRequestException when the id is not positive or the payment is {@code null}
     */
    public HarvestRequest<Long> create(long invoiceId, NewInvoicePayment payment) {
        long id = invoice("create", invoiceId);
        Checks.required("InvoicePayments.create: payment", payment);
        return HarvestRequest.of(client, Call.post("/invoices/{}/payments", id).body(payment, PAYMENT)
                .idempotent(false).readingCreatedId());
    }

    /**
     * {@code DELETE /invoices/{id}/payments/{id}}: deletes a payment; the invoice's due amount and
     * state follow.
     *
     * @param invoiceId the invoice's id
     * @param paymentId the payment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Void> delete(long invoiceId, long paymentId) {
        return HarvestRequest.of(client, Call.delete("/invoices/{}/payments/{}", invoice("delete", invoiceId),
                payment("delete", paymentId)).discardingBody());
    }

    @Override
    public String toString() {
        return "InvoicePayments{" + client + "}";
    }

    private static long invoice(String method, long invoiceId) {
        return Checks.positiveId("InvoicePayments." + method + ": invoiceId", invoiceId);
    }

    private static long payment(String method, long paymentId) {
        return Checks.positiveId("InvoicePayments." + method + ": paymentId", paymentId);
    }
}
