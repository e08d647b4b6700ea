package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** An invoice as it was when read ({@link Resource#INVOICES}). Immutable. */
public final class InvoiceSnapshot extends Snapshot {

    private final long clientId;
    private final String number;
    private final String state;
    private final BigDecimal amount;
    private final BigDecimal dueAmount;
    private final LocalDate issuedAt;
    private final LocalDate dueAt;
    private final BigDecimal taxAmount;
    private final BigDecimal tax2Amount;
    private final BigDecimal discountAmount;
    private final String csvLineItems;

    InvoiceSnapshot(Invoice invoice) {
        super(invoice);
        this.clientId = invoice.clientId();
        this.number = invoice.number();
        this.state = invoice.state();
        this.amount = invoice.amount();
        this.dueAmount = invoice.dueAmount();
        this.issuedAt = invoice.issuedAt();
        this.dueAt = invoice.dueAt();
        this.taxAmount = (BigDecimal) invoice.value("tax_amount");
        this.tax2Amount = (BigDecimal) invoice.value("tax2_amount");
        this.discountAmount = (BigDecimal) invoice.value("discount_amount");
        this.csvLineItems = invoice.csvLineItems();
    }

    /** @return the client's id */
    public long clientId() {
        return clientId;
    }

    /** @return the number */
    public String number() {
        return number;
    }

    /** @return the state: {@code draft}, {@code open}, {@code partial}, {@code paid} or {@code closed} */
    public String state() {
        return state;
    }

    /** @return the total, to the cent */
    public BigDecimal amount() {
        return amount;
    }

    /** @return what is left to pay, to the cent */
    public BigDecimal dueAmount() {
        return dueAmount;
    }

    /** @return the issue day */
    public LocalDate issuedAt() {
        return issuedAt;
    }

    /** @return the due day */
    public LocalDate dueAt() {
        return dueAt;
    }

    /** @return the first tax's amount, when the invoice has a first tax */
    public Optional<BigDecimal> taxAmount() {
        return Optional.ofNullable(taxAmount);
    }

    /** @return the second tax's amount, when the invoice has a second tax */
    public Optional<BigDecimal> tax2Amount() {
        return Optional.ofNullable(tax2Amount);
    }

    /** @return the discount's amount */
    public BigDecimal discountAmount() {
        return discountAmount;
    }

    /** @return the line items as the simulator writes them ({@code csv-line-items}) */
    public String csvLineItems() {
        return csvLineItems;
    }

    @Override
    public String toString() {
        return "InvoiceSnapshot[id=" + id() + ", number " + number + ", client " + clientId + ", " + state + ", amount "
                + amount + ", due " + dueAmount + "]";
    }
}
