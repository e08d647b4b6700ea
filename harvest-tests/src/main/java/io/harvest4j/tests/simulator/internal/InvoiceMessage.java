package io.harvest4j.tests.simulator.internal;

/**
 * A message of an invoice's activity log ({@code /invoices/{id}/messages}): {@code invoice_id,
 * body, send_me_a_copy, sent_by, sent_by_email, full_recipient_list}, and what a sent message asked
 * for ({@code recipients}, {@code attach_pdf}, {@code include_pay_pal_link}, not written back).
 * Guarded by the {@link Account}'s lock.
 */
public final class InvoiceMessage extends WireEntity {

    /**
     * @param invoiceId the invoice
     * @param sender who sent it
     */
    InvoiceMessage(long invoiceId, User sender) {
        set("invoice_id", invoiceId);
        set("send_me_a_copy", false);
        set("sent_by", sender.firstName() + " " + sender.lastName());
        set("sent_by_email", sender.email());
        set("full_recipient_list", "");
    }

    /** @return the invoice's id */
    public long invoiceId() {
        return integer("invoice_id");
    }

    /** @return the text, or null */
    public String body() {
        return text("body");
    }

    /** @return the recipients as listed */
    public String fullRecipientList() {
        return text("full_recipient_list");
    }

    /** @return whether the sender got a copy */
    public boolean sendMeACopy() {
        return flag("send_me_a_copy");
    }
}
