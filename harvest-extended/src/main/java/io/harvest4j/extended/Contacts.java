package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Contact;
import io.harvest4j.extended.model.ContactFields;
import jakarta.inject.Inject;

/**
 * The contact people of the company's clients (administrators). Thread-safe and immutable; each
 * method answers a request to run with {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * Contacts contacts = new Contacts(client);
 * long id = contacts.create(ContactFields.builder().clientId(9).firstName("Jane").lastName("Doe").build()).execute();
 * List<Contact> ofAcme = contacts.listForClient(9).execute();
 * }</pre>
 */
public final class Contacts {

    /** {@code <contact>…</contact>}; JSON {@code {"contact":{…}}}. */
    static final WireShape CONTACT = WireShape.object("contact").build();

    /** {@code <contacts type="array"><contact>…}; JSON {@code [{"contact":{…}}]}. */
    static final WireShape CONTACTS = WireShape.list("contacts", "contact").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Contacts(HarvestClient client) {
        this.client = Checks.required("Contacts: client", client);
    }

    /**
     * {@code GET /contacts}: the contacts of every client; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<Contact> list() {
        return ListRequest.of(client, Call.get("/contacts").decodingList(Contact.class, CONTACTS));
    }

    /**
     * {@code GET /clients/{id}/contacts}: the contacts of one client; narrow it with
     * {@code updatedSince(…)}.
     *
     * @param clientId the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<Contact> listForClient(long clientId) {
        long id = Checks.positiveId("Contacts.listForClient: clientId", clientId);
        return ListRequest.of(client, Call.get("/clients/{}/contacts", id).decodingList(Contact.class, CONTACTS));
    }

    /**
     * {@code GET /contacts/{id}}: one contact.
     *
     * @param contactId the contact's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Contact> show(long contactId) {
        return HarvestRequest.of(client, Call.get("/contacts/{}", id("show", contactId)).decoding(Contact.class, CONTACT));
    }

    /**
     * {@code POST /contacts}: creates a contact; the client's id, the first and the last name are
     * required. Not retried once it may have reached the service.
     *
     * @param fields the new contact's fields
     * @return the request; its result is the new contact's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or lack a required one
     */
    public HarvestRequest<Long> create(ContactFields fields) {
        Checks.required("Contacts.create: contact", fields);
        RequiredFields.require("Contacts.create: contact.clientId", fields.clientId());
        RequiredFields.require("Contacts.create: contact.firstName", fields.firstName());
        RequiredFields.require("Contacts.create: contact.lastName", fields.lastName());
        return HarvestRequest.of(client, Call.post("/contacts").body(fields, CONTACT).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /contacts/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param contactId the contact's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long contactId, ContactFields fields) {
        Checks.required("Contacts.update: contact", fields);
        return HarvestRequest.of(client, Call.put("/contacts/{}", id("update", contactId)).body(fields, CONTACT).discardingBody());
    }

    /**
     * {@code DELETE /contacts/{id}}: deletes a contact.
     *
     * @param contactId the contact's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long contactId) {
        return HarvestRequest.of(client, Call.delete("/contacts/{}", id("delete", contactId)).discardingBody());
    }

    @Override
    public String toString() {
        return "Contacts{" + client + "}";
    }

    private static long id(String method, long contactId) {
        return Checks.positiveId("Contacts." + method + ": contactId", contactId);
    }
}
