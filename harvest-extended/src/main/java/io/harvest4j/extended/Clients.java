package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Client;
import io.harvest4j.extended.model.ClientFields;
import jakarta.inject.Inject;

/**
 * The company's clients (administrators). Thread-safe and immutable; each method answers a request
 * to run with {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * Clients clients = new Clients(client);
 * long id = clients.create(ClientFields.builder().name("Acme").build()).execute();
 * List<Client> changed = clients.list().updatedSince(lastSync).execute();
 * }</pre>
 */
public final class Clients {

    /** {@code <client>…</client>}; JSON {@code {"client":{…}}}. */
    static final WireShape CLIENT = WireShape.object("client").build();

    /** {@code <clients type="array"><client>…}; JSON {@code [{"client":{…}}]}. */
    static final WireShape CLIENTS = WireShape.list("clients", "client").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Clients(HarvestClient client) {
        this.client = Checks.required("Clients: client", client);
    }

    /**
     * {@code GET /clients}: every client; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<Client> list() {
        return ListRequest.of(client, Call.get("/clients").decodingList(Client.class, CLIENTS));
    }

    /**
     * {@code GET /clients/{id}}: one client.
     *
     * @param clientId the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Client> show(long clientId) {
        return HarvestRequest.of(client, Call.get("/clients/{}", id("show", clientId)).decoding(Client.class, CLIENT));
    }

    /**
     * {@code POST /clients}: creates a client (only the name is required). Not retried once it may
     * have reached the service.
     *
     * @param fields the new client's fields
     * @return the request; its result is the new client's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or have no name
     */
    public HarvestRequest<Long> create(ClientFields fields) {
        RequiredFields.require("Clients.create: client.name", Checks.required("Clients.create: client", fields).name());
        return HarvestRequest.of(client, Call.post("/clients").body(fields, CLIENT).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /clients/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param clientId the client's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long clientId, ClientFields fields) {
        Checks.required("Clients.update: client", fields);
        return HarvestRequest.of(client, Call.put("/clients/{}", id("update", clientId)).body(fields, CLIENT).discardingBody());
    }

    /**
     * {@code POST /clients/{id}/toggle}: archives an active client, activates an archived one. A
     * client with active projects cannot be archived: 400, with the reason in
     * {@link io.harvest4j.core.ApiException#hint()}. Not retried once it may have reached
     * the service.
     *
     * @param clientId the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> toggle(long clientId) {
        return HarvestRequest.of(client, Call.post("/clients/{}/toggle", id("toggle", clientId)).idempotent(false).discardingBody());
    }

    /**
     * {@code DELETE /clients/{id}}: deletes a client without projects or invoices (else 400).
     *
     * @param clientId the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long clientId) {
        return HarvestRequest.of(client, Call.delete("/clients/{}", id("delete", clientId)).discardingBody());
    }

    @Override
    public String toString() {
        return "Clients{" + client + "}";
    }

    private static long id(String method, long clientId) {
        return Checks.positiveId("Clients." + method + ": clientId", clientId);
    }
}
