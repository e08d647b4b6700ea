package io.harvest4j.extended.model;

/**
 * The {@code status} filter of {@code GET /invoices}: the invoices in one state, or one of the
 * service's two macros ({@link #UNPAID}, {@link #PASTDUE}).
 */
public enum InvoiceStatus {

    /** {@code open}: sent, no payment received. */
    OPEN("open"),

    /** {@code partial}: a partial payment was recorded. */
    PARTIAL("partial"),

    /** {@code draft}: not sent, no payment recorded. */
    DRAFT("draft"),

    /** {@code paid}: paid in full. */
    PAID("paid"),

    /** {@code unpaid}: open or partly paid. */
    UNPAID("unpaid"),

    /** {@code pastdue}: unpaid and past its due day. */
    PASTDUE("pastdue");

    private final String wireValue;

    InvoiceStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the filter's value on the wire ({@code pastdue}) */
    public String wireValue() {
        return wireValue;
    }
}
