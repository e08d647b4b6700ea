package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.InvoiceMessage;

/** An invoice message as it was when read ({@link Resource#INVOICE_MESSAGES}). Immutable. */
public final class InvoiceMessageSnapshot extends Snapshot {

    private final long invoiceId;
    private final String body;
    private final String fullRecipientList;
    private final boolean sendMeACopy;

    InvoiceMessageSnapshot(InvoiceMessage message) {
        super(message);
        this.invoiceId = message.invoiceId();
        this.body = message.body();
        this.fullRecipientList = message.fullRecipientList();
        this.sendMeACopy = message.sendMeACopy();
    }

    /** @return the invoice's id */
    public long invoiceId() {
        return invoiceId;
    }

    /** @return the text, empty when none */
    public String body() {
        return body == null ? "" : body;
    }

    /** @return the recipients as listed ({@code Jane Doe <jane@acme.example>,…}) */
    public String fullRecipientList() {
        return fullRecipientList;
    }

    /** @return whether the sender got a copy */
    public boolean sendMeACopy() {
        return sendMeACopy;
    }

    @Override
    public String toString() {
        return "InvoiceMessageSnapshot[id=" + id() + ", invoice " + invoiceId + "]";
    }
}
