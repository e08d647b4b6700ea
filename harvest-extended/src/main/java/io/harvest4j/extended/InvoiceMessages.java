package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.InvoiceMessageBody;
import io.harvest4j.extended.model.InvoiceMessage;
import io.harvest4j.extended.model.InvoiceMessageFields;
import jakarta.inject.Inject;

/**
 * An invoice's messages — its activity log — and the moves of its state (administrators; the
 * invoices module must be on): sending it ({@link #send}), marking a draft as sent
 * ({@link #markAsSent}), writing an open one off ({@link #markAsClosed}), opening a written-off
 * one again ({@link #reOpen}), taking an open one back to draft ({@link #markAsDraft}). A move the
 * invoice's state does not allow is a {@code BadRequestException} whose {@code hint()} says why.
 * Thread-safe and immutable.
 *
 * <pre>{@code
 * InvoiceMessages messages = new InvoiceMessages(client);
 * messages.markAsSent(invoiceId, "Sent by post").execute();       // draft → open
 * long id = messages.send(invoiceId, InvoiceMessageFields.builder("ap@client.example").attachPdf(true).build()).execute();
 * }</pre>
 */
public final class InvoiceMessages {

    /** {@code <invoice-message>…</invoice-message>}; JSON {@code {"invoice_message":{…}}}, also read as {@code message}. */
    static final WireShape INVOICE_MESSAGE = WireShape.object("invoice_message").alsoAccepting("message").build();

    /**
     * The list: XML's root is the singular {@code <invoice-message type="array">} (also read as
     * {@code <invoice-messages>}); JSON items are {@code invoice_message} or {@code message}.
     */
    static final WireShape INVOICE_MESSAGES =
            WireShape.list("invoice_message", "invoice_message").alsoAccepting("invoice_messages", "message").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public InvoiceMessages(HarvestClient client) {
        this.client = Checks.required("InvoiceMessages: client", client);
    }

    /**
     * {@code GET /invoices/{id}/messages}: the invoice's messages.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<InvoiceMessage> list(long invoiceId) {
        return ListRequest.of(client, Call.get("/invoices/{}/messages", invoice("list", invoiceId))
                .decodingList(InvoiceMessage.class, INVOICE_MESSAGES));
    }

    /**
     * {@code GET /invoices/{id}/messages/{id}}: one message.
     *
     * @param invoiceId the invoice's id
     * @param messageId the message's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<InvoiceMessage> show(long invoiceId, long messageId) {
        return HarvestRequest.of(client, Call.get("/invoices/{}/messages/{}", invoice("show", invoiceId),
                message("show", messageId)).decoding(InvoiceMessage.class, INVOICE_MESSAGE));
    }

    /**
     * {@code POST /invoices/{id}/messages}: sends the invoice to its recipients and records the
     * message; a draft becomes open. Not retried once it may have reached the service (it mails).
     *
     * @param invoiceId the invoice's id
     * @param message the recipients, text and options
     * @return the request; its result is the new message's id (from {@code Location})
     * @throws InvalidRequestException when the id is not positive or the message is {@code null}
     */
    public HarvestRequest<Long> send(long invoiceId, InvoiceMessageFields message) {
        long id = invoice("send", invoiceId);
        Checks.required("InvoiceMessages.send: message", message);
        return HarvestRequest.of(client, Call.post("/invoices/{}/messages", id)
                .body(InvoiceMessageBody.of(message), INVOICE_MESSAGE).idempotent(false).readingCreatedId());
    }

    /**
     * {@code DELETE /invoices/{id}/messages/{id}}: deletes a message (the invoice's state stays).
     *
     * @param invoiceId the invoice's id
     * @param messageId the message's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Void> delete(long invoiceId, long messageId) {
        return HarvestRequest.of(client, Call.delete("/invoices/{}/messages/{}", invoice("delete", invoiceId),
                message("delete", messageId)).discardingBody());
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_sent}: a draft is marked sent (it becomes open),
     * without mailing anything.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> markAsSent(long invoiceId) {
        return move("markAsSent", "mark_as_sent", invoiceId, null);
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_sent} with a message for the activity log.
     *
     * @param invoiceId the invoice's id
     * @param body the message's text
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the text is {@code null} or cannot be sent
     */
    public HarvestRequest<Void> markAsSent(long invoiceId, String body) {
        return move("markAsSent", "mark_as_sent", invoiceId, text("markAsSent", body));
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_closed}: an open invoice is written off (closed).
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> markAsClosed(long invoiceId) {
        return move("markAsClosed", "mark_as_closed", invoiceId, null);
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_closed} with a message for the activity log.
     *
     * @param invoiceId the invoice's id
     * @param body the message's text
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the text is {@code null} or cannot be sent
     */
    public HarvestRequest<Void> markAsClosed(long invoiceId, String body) {
        return move("markAsClosed", "mark_as_closed", invoiceId, text("markAsClosed", body));
    }

    /**
     * {@code POST /invoices/{id}/messages/re_open}: a written-off (closed) invoice is open again.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> reOpen(long invoiceId) {
        return move("reOpen", "re_open", invoiceId, null);
    }

    /**
     * {@code POST /invoices/{id}/messages/re_open} with a message for the activity log.
     *
     * @param invoiceId the invoice's id
     * @param body the message's text
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the text is {@code null} or cannot be sent
     */
    public HarvestRequest<Void> reOpen(long invoiceId, String body) {
        return move("reOpen", "re_open", invoiceId, text("reOpen", body));
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_draft}: an open invoice goes back to draft.
     *
     * @param invoiceId the invoice's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> markAsDraft(long invoiceId) {
        return move("markAsDraft", "mark_as_draft", invoiceId, null);
    }

    /**
     * {@code POST /invoices/{id}/messages/mark_as_draft} with a message for the activity log.
     *
     * @param invoiceId the invoice's id
     * @param body the message's text
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the text is {@code null} or cannot be sent
     */
    public HarvestRequest<Void> markAsDraft(long invoiceId, String body) {
        return move("markAsDraft", "mark_as_draft", invoiceId, text("markAsDraft", body));
    }

    @Override
    public String toString() {
        return "InvoiceMessages{" + client + "}";
    }

    /** A move: 200 without {@code Location}; not idempotent (it records a message each time). */
    private HarvestRequest<Void> move(String method, String path, long invoiceId, String body) {
        Call.Builder call = Call.post("/invoices/{}/messages/" + path, invoice(method, invoiceId)).idempotent(false);
        if (body != null) {
            call.body(InvoiceMessageBody.ofBody(body), INVOICE_MESSAGE);
        }
        return HarvestRequest.of(client, call.discardingBody());
    }

    private static String text(String method, String body) {
        return Checks.text("InvoiceMessages." + method + ": body", Checks.required("InvoiceMessages." + method + ": body", body));
    }

    private static long invoice(String method, long invoiceId) {
        return Checks.positiveId("InvoiceMessages." + method + ": invoiceId", invoiceId);
    }

    private static long message(String method, long messageId) {
        return Checks.positiveId("InvoiceMessages." + method + ": messageId", messageId);
    }
}
