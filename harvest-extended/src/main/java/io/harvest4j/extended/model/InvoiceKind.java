package io.harvest4j.extended.model;

/**
 * What a new invoice is made of ({@code kind}): line items given as CSV, or the hours and
 * expenses of projects, gathered by the service and grouped one of four ways.
 */
public enum InvoiceKind {

    /** {@code free_form}: the line items given ({@link InvoiceFields.Builder#lineItems}). */
    FREE_FORM("free_form"),

    /** {@code project}: the projects' hours and expenses, a line per project. */
    PROJECT("project"),

    /** {@code task}: a line per task. */
    TASK("task"),

    /** {@code people}: a line per person. */
    PEOPLE("people"),

    /** {@code detailed}: a line per entry, with its notes. */
    DETAILED("detailed");

    private final String wireValue;

    InvoiceKind(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the kind on the wire ({@code free_form}) */
    public String wireValue() {
        return wireValue;
    }
}
