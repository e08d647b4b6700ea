package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * A payment to record against an invoice ({@code InvoicePayments.create}): when it was paid and
 * how much, both required, and optional notes. On the wire: XML {@code <payment>…</payment>},
 * JSON {@code {"payment":{…}}}. The service recomputes the invoice's due amount and moves it to
 * {@code partial} or {@code paid}.
 */
public final class NewInvoicePayment {

    private OffsetDateTime paidAt;
    private BigDecimal amount;
    private String notes;

    private NewInvoicePayment() {
        // for the binders
    }

    private NewInvoicePayment(Builder builder) {
        this.paidAt = builder.paidAt;
        this.amount = builder.amount;
        this.notes = builder.notes;
    }

    /**
     * @param paidAt when it was paid
     * @param amount how much: more than zero
     * @return a builder with both required fields set
     * @throws InvalidRequestException when either is {@code null} or the amount is not positive
     */
    public static Builder builder(OffsetDateTime paidAt, BigDecimal amount) {
        return new Builder(paidAt, amount);
    }

    /** @return when it was paid */
    public OffsetDateTime paidAt() {
        return paidAt;
    }

    /** @return how much was paid */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the notes; empty when not sent */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof NewInvoicePayment && Arrays.equals(values(), ((NewInvoicePayment) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("NewInvoicePayment", "paidAt", paidAt, "amount", amount);
    }

    private Object[] values() {
        return new Object[] {paidAt, amount, notes};
    }

    /** Builds a {@link NewInvoicePayment}; each value is checked as it is set. */
    public static final class Builder {
        private final OffsetDateTime paidAt;
        private final BigDecimal amount;
        private String notes;

        private Builder(OffsetDateTime paidAt, BigDecimal amount) {
            this.paidAt = Checks.required("NewInvoicePayment.paidAt", paidAt);
            Checks.date("NewInvoicePayment.paidAt", paidAt.toLocalDate());
            if (Checks.required("NewInvoicePayment.amount", amount).signum() <= 0) {
                throw new InvalidRequestException("NewInvoicePayment.amount must be more than zero: " + amount.toPlainString());
            }
            this.amount = amount;
        }

        /**
         * @param notes the notes, or {@code null} to leave them out
         * @return this builder
         * @throws InvalidRequestException when they cannot be sent
         */
        public Builder notes(String notes) {
            this.notes = Checks.text("NewInvoicePayment.notes", notes);
            return this;
        }

        /** @return the payment */
        public NewInvoicePayment build() {
            return new NewInvoicePayment(this);
        }
    }
}
