package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment recorded against an invoice ({@code /invoices/{id}/payments}): {@code invoice_id,
 * amount, notes, paid_at, recorded_by, recorded_by_email}. Guarded by the {@link Account}'s lock.
 */
public final class InvoicePayment extends WireEntity {

    /**
     * @param invoiceId the invoice
     * @param amount what was paid
     * @param paidAt when
     * @param recorder who records it
     */
    InvoicePayment(long invoiceId, BigDecimal amount, Instant paidAt, User recorder) {
        set("invoice_id", invoiceId);
        set("amount", amount);
        set("paid_at", paidAt);
        set("recorded_by", recorder.firstName() + " " + recorder.lastName());
        set("recorded_by_email", recorder.email());
    }

    /** @return the invoice's id */
    public long invoiceId() {
        return integer("invoice_id");
    }

    /** @return what was paid */
    public BigDecimal amount() {
        return decimal("amount");
    }

    /** @return when */
    public Instant paidAt() {
        return instant("paid_at");
    }

    /** @return the notes, or null */
    public String notes() {
        return text("notes");
    }
}
