package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice ({@code /invoices}): the documented fields by their wire name, and its line items.
 * The money fields are computed here, to the cent (half up), whenever the lines, the taxes, the
 * discount or the payments change: the discount is a percentage of the lines' sum; each tax a
 * percentage of the taxed (taxed2) lines' sum less the discount's share; the amount the lines'
 * sum less the discount plus the taxes; the due amount the amount less the payments. The due day is
 * the issue day plus the terms' days ({@code NET 30}; {@code upon receipt} is the issue day).
 * Guarded by the {@link Account}'s lock.
 */
public final class Invoice extends WireEntity {

    /** The states, as the service writes them. */
    static final String DRAFT = "draft";
    static final String OPEN = "open";
    static final String PARTIAL = "partial";
    static final String PAID = "paid";
    static final String CLOSED = "closed";

    private static final Pattern NET = Pattern.compile("net\\s*([0-9]{1,4})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private List<InvoiceLine> lines = List.of();

    /**
     * @param clientId the client
     * @param createdById who creates it
     * @param issuedAt the issue day
     */
    Invoice(long clientId, long createdById, LocalDate issuedAt) {
        set("client_id", clientId);
        set("created_by_id", createdById);
        set("issued_at", issuedAt);
        set("state", DRAFT);
        set("due_at_human_format", "due upon receipt");
    }

    /** @return the client's id */
    public long clientId() {
        return integer("client_id");
    }

    /** @return the state ({@code draft}, {@code open}, {@code partial}, {@code paid}, {@code closed}) */
    public String state() {
        return text("state");
    }

    /** @param state the new state */
    void setState(String state) {
        set("state", state);
    }

    /** @return the number */
    public String number() {
        return text("number");
    }

    /** @return the issue day */
    public LocalDate issuedAt() {
        return date("issued_at");
    }

    /** @return the due day */
    public LocalDate dueAt() {
        return date("due_at");
    }

    /** @return the total */
    public BigDecimal amount() {
        return decimal("amount");
    }

    /** @return what is left to pay */
    public BigDecimal dueAmount() {
        return decimal("due_amount");
    }

    /** @return the line items (unmodifiable) */
    List<InvoiceLine> lines() {
        return lines;
    }

    /** @return the line items as {@code csv-line-items} */
    public String csvLineItems() {
        return InvoiceLine.write(lines);
    }

    /** @param lines the new line items */
    void setLines(List<InvoiceLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * @param text {@code due-at-human-format} as sent
     * @return the days after the issue day it names
     * @throws RequestRefused 400 when it names no terms the simulator knows
     */
    static int termDays(String text) {
        String terms = text.trim().toLowerCase(Locale.ROOT);
        if (terms.equals("upon receipt") || terms.equals("due upon receipt")) {
            return 0;
        }
        Matcher net = NET.matcher(terms);
        if (net.matches()) {
            return Integer.parseInt(net.group(1));
        }
        throw RequestRefused.badRequest("due-at-human-format must be 'NET n' (NET 10, NET 30…) or 'due upon receipt',"
                + " not '" + text.trim() + "'");
    }

    /**
     * Computes the money fields and the due day again.
     *
     * @param paid the sum of the invoice's payments
     */
    void recompute(BigDecimal paid) {
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal taxed = BigDecimal.ZERO;
        BigDecimal taxed2 = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            subtotal = subtotal.add(line.amount);
            taxed = line.taxed ? taxed.add(line.amount) : taxed;
            taxed2 = line.taxed2 ? taxed2.add(line.amount) : taxed2;
        }
        BigDecimal discount = decimal("discount");
        BigDecimal kept = discount == null ? BigDecimal.ONE : BigDecimal.ONE.subtract(discount.divide(HUNDRED));
        BigDecimal discountAmount = cents(subtotal.subtract(subtotal.multiply(kept)));
        BigDecimal taxAmount = tax(decimal("tax"), taxed.multiply(kept));
        BigDecimal tax2Amount = tax(decimal("tax2"), taxed2.multiply(kept));
        BigDecimal amount = subtotal.subtract(discountAmount)
                .add(taxAmount == null ? BigDecimal.ZERO : taxAmount)
                .add(tax2Amount == null ? BigDecimal.ZERO : tax2Amount);
        set("discount_amount", discountAmount);
        set("tax_amount", taxAmount);
        set("tax2_amount", tax2Amount);
        set("amount", cents(amount));
        set("due_amount", cents(amount.subtract(paid)));
        set("due_at", issuedAt().plusDays(termDays(text("due_at_human_format"))));
    }

    private static BigDecimal tax(BigDecimal percent, BigDecimal base) {
        return percent == null ? null : cents(base.multiply(percent).divide(HUNDRED));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
