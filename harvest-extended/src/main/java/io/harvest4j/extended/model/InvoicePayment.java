package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * A payment recorded against an invoice, as {@code GET /invoices/{id}/payments} and
 * {@code GET /invoices/{id}/payments/{id}} answer it (XML {@code <payment>}, JSON
 * {@code {"payment":{…}}}). Made by codecs only.
 */
public final class InvoicePayment extends Resource {

    private Long invoiceId;
    private BigDecimal amount;
    private String notes;
    private OffsetDateTime paidAt;
    private String recordedBy;
    private String recordedByEmail;

    private InvoicePayment() {
        // for the binders
    }

    /** @return the invoice's id ({@code 0} when the service left it out) */
    public long invoiceId() {
        return invoiceId == null ? 0 : invoiceId;
    }

    /** @return what was paid, as the service wrote it ({@code 0} when left out) */
    public BigDecimal amount() {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** @return the notes; empty when left out */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /** @return when it was paid; empty when left out */
    public Optional<OffsetDateTime> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    /** @return the name of who recorded it; empty when left out */
    public String recordedBy() {
        return recordedBy == null ? "" : recordedBy;
    }

    /** @return the e-mail address of who recorded it; empty when left out */
    public String recordedByEmail() {
        return recordedByEmail == null ? "" : recordedByEmail;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoicePayment && Arrays.equals(values(), ((InvoicePayment) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the payment's fields but its notes and who recorded it */
    @Override
    public String toString() {
        return ModelText.describe("InvoicePayment", "id", id, "invoiceId", invoiceId, "amount", amount,
                "paidAt", paidAt, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, invoiceId, amount, notes, paidAt, recordedBy, recordedByEmail, createdAt, updatedAt};
    }
}
