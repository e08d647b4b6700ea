package io.harvest4j.extended.internal;

import io.harvest4j.extended.model.InvoiceMessageFields;
import java.util.Objects;

/**
 * The wire form of an invoice message: {@code body, recipients, attach-pdf, send-me-a-copy,
 * include-pay-pal-link}, the recipients joined by commas; also the optional body of the state
 * moves ({@code mark_as_sent}…). The field {@code send_me_a_copy} is spelled as the wire spells it
 * because JSON-B would write {@code sendMeACopy} as {@code send_me_acopy}; XML then writes
 * {@code <send_me_a_copy>}, which the service reads as {@code send-me-a-copy} (Rails reads
 * hyphens and underscores alike). Not part of the API.
 */
public final class InvoiceMessageBody {

    private String body;
    private String recipients;
    private Boolean attachPdf;
    private Boolean send_me_a_copy;
    private Boolean includePayPalLink;

    private InvoiceMessageBody() {
        // for the binders
    }

    /**
     * @param fields a message to send
     * @return its wire form
     */
    public static InvoiceMessageBody of(InvoiceMessageFields fields) {
        InvoiceMessageBody wire = new InvoiceMessageBody();
        wire.body = fields.body().orElse(null);
        wire.recipients = String.join(", ", fields.recipients());
        wire.attachPdf = fields.attachPdf().orElse(null);
        wire.send_me_a_copy = fields.sendMeACopy().orElse(null);
        wire.includePayPalLink = fields.includePayPalLink().orElse(null);
        return wire;
    }

    /**
     * @param body a state move's text (checked)
     * @return the body {@code <invoice-message><body>…</body></invoice-message>}
     */
    public static InvoiceMessageBody ofBody(String body) {
        InvoiceMessageBody wire = new InvoiceMessageBody();
        wire.body = body;
        return wire;
    }

    /** @return the text, or {@code null} */
    public String body() {
        return body;
    }

    /** @return the recipients joined by commas, or {@code null} */
    public String recipients() {
        return recipients;
    }

    /** @return whether the sender gets a copy, or {@code null} */
    public Boolean sendMeACopy() {
        return send_me_a_copy;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof InvoiceMessageBody)) {
            return false;
        }
        InvoiceMessageBody that = (InvoiceMessageBody) other;
        return Objects.equals(body, that.body) && Objects.equals(recipients, that.recipients)
                && Objects.equals(attachPdf, that.attachPdf) && Objects.equals(send_me_a_copy, that.send_me_a_copy)
                && Objects.equals(includePayPalLink, that.includePayPalLink);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, recipients, attachPdf, send_me_a_copy, includePayPalLink);
    }

    @Override
    public String toString() {
        return "InvoiceMessageBody{attachPdf=" + attachPdf + ", sendMeACopy=" + send_me_a_copy
                + ", includePayPalLink=" + includePayPalLink + "}";
    }
}
