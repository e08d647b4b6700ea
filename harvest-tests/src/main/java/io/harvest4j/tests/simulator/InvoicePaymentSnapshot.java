package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.InvoicePayment;
import java.math.BigDecimal;
import java.time.Instant;

/** An invoice payment as it was when read ({@link Resource#INVOICE_PAYMENTS}). Immutable. */
public final class InvoicePaymentSnapshot extends Snapshot {

    private final long invoiceId;
    private final BigDecimal amount;
    private final Instant paidAt;
    private final String notes;

    InvoicePaymentSnapshot(InvoicePayment payment) {
        super(payment);
        this.invoiceId = payment.invoiceId();
        this.amount = payment.amount();
        this.paidAt = payment.paidAt();
        this.notes = payment.notes();
    }

    /** @return the invoice's id */
    public long invoiceId() {
        return invoiceId;
    }

    /** @return what was paid, as sent */
    public BigDecimal amount() {
        return amount;
    }

    /** @return when it was paid */
    public Instant paidAt() {
        return paidAt;
    }

    /** @return the notes, empty when none */
    public String notes() {
        return notes == null ? "" : notes;
    }

    @Override
    public String toString() {
        return "InvoicePaymentSnapshot[id=" + id() + ", invoice " + invoiceId + ", " + amount + " at " + paidAt + "]";
    }
}
