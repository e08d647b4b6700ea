package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;

/**
 * A message of an invoice's activity log, as {@code GET /invoices/{id}/messages} and
 * {@code GET /invoices/{id}/messages/{id}} answer it (XML {@code <invoice-message>}, JSON
 * {@code {"invoice_message":{…}}} or {@code {"message":{…}}}). Made by codecs only.
 */
public final class InvoiceMessage extends Resource {

    private Long invoiceId;
    private String body;
    private Boolean sendMeACopy;
    private String sentBy;
    private String sentByEmail;
    private String fullRecipientList;

    private InvoiceMessage() {
        // for the binders
    }

    /** @return the invoice's id ({@code 0} when the service left it out) */
    public long invoiceId() {
        return invoiceId == null ? 0 : invoiceId;
    }

    /** @return the message's text; empty when left out */
    public String body() {
        return body == null ? "" : body;
    }

    /** @return whether the sender got a copy ({@code false} when left out) */
    public boolean sendMeACopy() {
        return Boolean.TRUE.equals(sendMeACopy);
    }

    /** @return the sender's name; empty when left out */
    public String sentBy() {
        return sentBy == null ? "" : sentBy;
    }

    /** @return the sender's e-mail address; empty when left out */
    public String sentByEmail() {
        return sentByEmail == null ? "" : sentByEmail;
    }

    /** @return the recipients as the service lists them ({@code Jane Doe <janedoe@example.org>,…}); empty when left out */
    public String fullRecipientList() {
        return fullRecipientList == null ? "" : fullRecipientList;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceMessage && Arrays.equals(values(), ((InvoiceMessage) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the message's ids and time stamps, not its text or addresses */
    @Override
    public String toString() {
        return ModelText.describe("InvoiceMessage", "id", id, "invoiceId", invoiceId, "sendMeACopy", sendMeACopy,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, invoiceId, body, sendMeACopy, sentBy, sentByEmail, fullRecipientList, createdAt, updatedAt};
    }
}
