package io.harvest4j.extended.model;

/**
 * Where an invoice stands ({@code state}, read-only: it moves through invoice messages and
 * payments). The service may one day send a value this version does not know: it is read as
 * {@link #UNKNOWN}, and {@link Invoice#stateValue()} keeps the text as sent.
 */
public enum InvoiceState {

    /** {@code draft}: not sent to the client, no payment recorded. */
    DRAFT("draft"),

    /** {@code open}: sent, nothing paid yet (current or past due). */
    OPEN("open"),

    /** {@code partial}: a part was paid. */
    PARTIAL("partial"),

    /** {@code paid}: paid in full. */
    PAID("paid"),

    /** {@code closed}: written off. */
    CLOSED("closed"),

    /** A value this version does not know, or none sent. */
    UNKNOWN("");

    private final String wireValue;

    InvoiceState(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the text the service writes ({@code partial}); empty for {@link #UNKNOWN} */
    public String wireValue() {
        return wireValue;
    }

    /** @return the constant for the text as the service wrote it, {@link #UNKNOWN} for any other */
    static InvoiceState fromWire(String text) {
        for (InvoiceState value : values()) {
            if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
