package io.harvest4j.extended.model;

import io.harvest4j.core.CodecException;
import io.harvest4j.extended.internal.LineItemsCsv;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An invoice, as {@code GET /invoices} and {@code GET /invoices/{id}} answer it (XML
 * {@code <invoice>}, JSON {@code {"invoice":{…}}}). Only the single invoice carries its line items
 * ({@link #lineItems()}); a list leaves them out. Money is as the service wrote it, scale included.
 * Made by codecs only.
 *
 * <p>{@link #state()} is a closed set the service may one day extend: a value this version does
 * not know is read as {@link InvoiceState#UNKNOWN}, never refused, and kept in {@link #stateValue()}.
 */
public final class Invoice extends Resource {

    private BigDecimal amount;
    private BigDecimal dueAmount;
    private LocalDate dueAt;
    private String dueAtHumanFormat;
    private LocalDate periodEnd;
    private LocalDate periodStart;
    private Long clientId;
    private String subject;
    private String currency;
    private LocalDate issuedAt;
    private Long createdById;
    private String notes;
    private String number;
    private String purchaseOrder;
    private String clientKey;
    private String state;
    private BigDecimal tax;
    private BigDecimal tax2;
    private BigDecimal taxAmount;
    private BigDecimal tax2Amount;
    /** {@code tax-amount2}: how the documentation's list sample spells {@code tax2-amount}. */
    private BigDecimal taxAmount2;
    private BigDecimal discountAmount;
    private BigDecimal discount;
    private Long recurringInvoiceId;
    private Long estimateId;
    private Long retainerId;
    private String csvLineItems;

    private Invoice() {
        // for the binders
    }

    /** @return the invoice's total: line items less the discount plus the taxes ({@code 0} when the service left it out) */
    public BigDecimal amount() {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** @return what is left to pay: the amount less the payments ({@code 0} when the service left it out) */
    public BigDecimal dueAmount() {
        return dueAmount == null ? BigDecimal.ZERO : dueAmount;
    }

    /** @return the day payment is due, computed by the service from the issue day and the terms; empty when left out */
    public Optional<LocalDate> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /** @return the payment terms as written ({@code NET 30}, {@code due upon receipt}); empty when left out */
    public String dueAtHumanFormat() {
        return dueAtHumanFormat == null ? "" : dueAtHumanFormat;
    }

    /** @return the first day of the invoiced period (generated invoices); empty when left out or nil */
    public Optional<LocalDate> periodStart() {
        return Optional.ofNullable(periodStart);
    }

    /** @return the last day of the invoiced period (generated invoices); empty when left out or nil */
    public Optional<LocalDate> periodEnd() {
        return Optional.ofNullable(periodEnd);
    }

    /** @return the client's id ({@code 0} when the service left it out) */
    public long clientId() {
        return clientId == null ? 0 : clientId;
    }

    /** @return the subject; empty when left out */
    public String subject() {
        return subject == null ? "" : subject;
    }

    /** @return the currency as the service names it ({@code United States Dollar - USD}); empty when left out */
    public String currency() {
        return currency == null ? "" : currency;
    }

    /** @return the day the invoice was issued; empty when left out */
    public Optional<LocalDate> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** @return the id of the user who created it; empty when left out or nil */
    public Optional<Long> createdById() {
        return Optional.ofNullable(createdById);
    }

    /** @return the notes; empty when left out */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /** @return the invoice's number (text: {@code 82208}, {@code 2017-004}); empty when left out */
    public String number() {
        return number == null ? "" : number;
    }

    /** @return the client's purchase order; empty when left out or nil */
    public String purchaseOrder() {
        return purchaseOrder == null ? "" : purchaseOrder;
    }

    /**
     * @return the key of the invoice's public page,
     *     {@code https://{subdomain}.harvestapp.com/client/invoices/{client-key}}; empty when left out
     */
    public String clientKey() {
        return clientKey == null ? "" : clientKey;
    }

    /**
     * @return where the invoice stands; {@link InvoiceState#UNKNOWN} when left out or a value this
     *     version does not know (then {@link #stateValue()} holds it)
     */
    public InvoiceState state() {
        return InvoiceState.fromWire(state);
    }

    /** @return {@code state} as the service sent it; empty when left out */
    public String stateValue() {
        return state == null ? "" : state;
    }

    /** @return the first tax, in percent, on the lines marked taxed; empty when none (nil) */
    public Optional<BigDecimal> tax() {
        return Optional.ofNullable(tax);
    }

    /** @return the second tax, in percent, on the lines marked taxed2; empty when none (nil) */
    public Optional<BigDecimal> tax2() {
        return Optional.ofNullable(tax2);
    }

    /** @return the first tax's amount; empty when none (nil) */
    public Optional<BigDecimal> taxAmount() {
        return Optional.ofNullable(taxAmount);
    }

    /** @return the second tax's amount ({@code tax2-amount}, also read as {@code tax-amount2}); empty when none (nil) */
    public Optional<BigDecimal> tax2Amount() {
        return Optional.ofNullable(tax2Amount != null ? tax2Amount : taxAmount2);
    }

    /** @return the discount, in percent; empty when none (nil) */
    public Optional<BigDecimal> discount() {
        return Optional.ofNullable(discount);
    }

    /** @return the discount's amount; empty when left out or nil */
    public Optional<BigDecimal> discountAmount() {
        return Optional.ofNullable(discountAmount);
    }

    /** @return the recurring invoice this one was made from; empty when none */
    public Optional<Long> recurringInvoiceId() {
        return Optional.ofNullable(recurringInvoiceId);
    }

    /** @return the estimate this one was converted from; empty when none */
    public Optional<Long> estimateId() {
        return Optional.ofNullable(estimateId);
    }

    /** @return the retainer this invoice funds; empty when none */
    public Optional<Long> retainerId() {
        return Optional.ofNullable(retainerId);
    }

    /**
     * @return the line items, read from the invoice's {@code csv-line-items}; empty for an invoice
     *     of a list (lists leave them out) or without lines
     * @throws CodecException when the service's CSV does not read (the facade's {@code show} checks it
     *     before handing the invoice over)
     */
    public List<InvoiceLineItem> lineItems() {
        return LineItemsCsv.read(csvLineItems);
    }

    /** @return {@code csv-line-items} as the service sent it; empty when left out */
    public String csvLineItems() {
        return csvLineItems == null ? "" : csvLineItems;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Invoice && Arrays.equals(values(), ((Invoice) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the invoice's fields but its notes and line items */
    @Override
    public String toString() {
        return ModelText.describe("Invoice", "id", id, "number", number, "clientId", clientId, "state", state,
                "amount", amount, "dueAmount", dueAmount, "currency", currency, "issuedAt", issuedAt, "dueAt", dueAt,
                "dueAtHumanFormat", dueAtHumanFormat, "periodStart", periodStart, "periodEnd", periodEnd,
                "tax", tax, "tax2", tax2, "taxAmount", taxAmount, "tax2Amount", tax2Amount().orElse(null),
                "discount", discount, "discountAmount", discountAmount, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, amount, dueAmount, dueAt, dueAtHumanFormat, periodEnd, periodStart, clientId, subject,
                currency, issuedAt, createdById, notes, number, purchaseOrder, clientKey, state, tax, tax2, taxAmount,
                tax2Amount().orElse(null), discountAmount, discount, recurringInvoiceId, estimateId, retainerId,
                csvLineItems, createdAt, updatedAt};
    }
}
