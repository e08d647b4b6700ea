package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireAdmin;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.required;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requiredClient;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireUniqueName;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.updatedSince;

import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Clients ({@code /clients}) and their contacts ({@code /contacts},
 * {@code /clients/{id}/contacts}): administrators only. A client's name is unique (ignoring
 * case); it is archived only without active projects and deleted only without projects (its
 * contacts go with it).
 */
final class ClientEndpoints {

    /** A client on the wire, in the documented order. */
    static final WireShape CLIENT = new WireShape("client", "clients")
            .field("id", Type.INTEGER)
            .writable("name", Type.STRING)
            .writable("active", Type.BOOLEAN)
            .writable("currency", Type.STRING)
            .writable("currency_symbol", Type.STRING)
            .writable("details", Type.STRING)
            .writable("highrise_id", Type.INTEGER)
            .field("cache_version", Type.INTEGER)
            .writable("default_invoice_timeframe", Type.STRING)
            .field("last_invoice_kind", Type.STRING)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** A contact on the wire. */
    static final WireShape CONTACT = new WireShape("contact", "contacts")
            .field("id", Type.INTEGER)
            .writable("client_id", Type.INTEGER)
            .writable("title", Type.STRING)
            .writable("first_name", Type.STRING)
            .writable("last_name", Type.STRING)
            .writable("email", Type.STRING)
            .writable("phone_office", Type.STRING)
            .writable("phone_mobile", Type.STRING)
            .writable("fax", Type.STRING)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    private final Account account;
    private final WireWriter writer;

    ClientEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    /** @param routes where to add the clients' and contacts' routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /clients", this::listClients)
                .add("GET /clients/{id}", this::showClient)
                .add("POST /clients", this::createClient)
                .add("PUT /clients/{id}", this::updateClient)
                .add("POST /clients/{id}/toggle", this::toggleClient)
                .add("DELETE /clients/{id}", this::deleteClient)
                .add("GET /contacts", this::listContacts)
                .add("GET /clients/{id}/contacts", this::listClientContacts)
                .add("GET /contacts/{id}", this::showContact)
                .add("POST /contacts", this::createContact)
                .add("PUT /contacts/{id}", this::updateContact)
                .add("DELETE /contacts/{id}", this::deleteContact);
    }

    // ---- clients

    private Answer listClients(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, CLIENT.list(call.format, updatedSince(call, account.clients().all()), writer));
    }

    private Answer showClient(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, CLIENT.one(call.format, client(call), writer));
    }

    private Answer createClient(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, CLIENT.root());
        String name = required(fields, "name");
        requireUniqueName(account.clients(), Client::name, name, null, "client");
        Client client = new Client(name, "United States Dollar - USD", "$");
        CLIENT.apply(client, fields, Set.of());
        account.clients().insert(client);
        return created("/clients/" + client.id());
    }

    private Answer updateClient(ApiCall call) {
        requireAdmin(call);
        Client client = client(call);
        RequestFields fields = new RequestFields(call.params, CLIENT.root());
        if (fields.has("name")) {
            requireUniqueName(account.clients(), Client::name, required(fields, "name"), client, "client");
        }
        CLIENT.apply(client, fields, Set.of("active"));
        changed(client);
        return ok("/clients/" + client.id());
    }

    private Answer toggleClient(ApiCall call) {
        requireAdmin(call);
        Client client = client(call);
        if (client.isActive()) {
            List<Long> active = account.projects().stream()
                    .filter(p -> p.clientId() == client.id() && p.isActive()).map(Project::id).collect(Collectors.toList());
            if (!active.isEmpty()) {
                throw RequestRefused.badRequest("Client " + client.id() + " has active projects " + active
                        + ": archive them before archiving the client");
            }
        }
        client.setActive(!client.isActive());
        changed(client);
        return ok("/clients/" + client.id());
    }

    private Answer deleteClient(ApiCall call) {
        requireAdmin(call);
        Client client = client(call);
        List<Long> projects = account.projects().stream()
                .filter(p -> p.clientId() == client.id()).map(Project::id).collect(Collectors.toList());
        if (!projects.isEmpty()) {
            throw RequestRefused.badRequest("Client " + client.id() + " has projects " + projects
                    + ": delete them (or archive the client) first");
        }
        List<Long> invoices = account.invoices().stream()
                .filter(i -> i.clientId() == client.id()).map(Invoice::id).collect(Collectors.toList());
        if (!invoices.isEmpty()) {
            throw RequestRefused.badRequest("Client " + client.id() + " has invoices " + invoices
                    + ": delete them (or archive the client) first");
        }
        for (Contact contact : account.contacts().all()) {
            if (contact.clientId() == client.id()) {
                account.contacts().remove(contact.id());
            }
        }
        account.clients().remove(client.id());
        return Answer.empty(200);
    }

    private Client client(ApiCall call) {
        long id = pathId(call, "id", "client");
        return account.clients().find(id).orElseThrow(() -> RequestRefused.notFound("No client " + id));
    }

    private void changed(Client client) {
        client.changed();
        account.clients().touch(client);
    }

    // ---- contacts

    private Answer listContacts(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, CONTACT.list(call.format, updatedSince(call, account.contacts().all()), writer));
    }

    private Answer listClientContacts(ApiCall call) {
        requireAdmin(call);
        Client client = client(call);
        List<Contact> contacts = account.contacts().stream().filter(c -> c.clientId() == client.id())
                .collect(Collectors.toList());
        return Answer.of(200, call.format, CONTACT.list(call.format, updatedSince(call, contacts), writer));
    }

    private Answer showContact(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, CONTACT.one(call.format, contact(call), writer));
    }

    private Answer createContact(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, CONTACT.root());
        long clientId = requiredClient(account, fields);
        Contact contact = new Contact(clientId, required(fields, "first_name"), required(fields, "last_name"), null);
        CONTACT.apply(contact, fields, Set.of());
        account.contacts().insert(contact);
        return created("/contacts/" + contact.id());
    }

    private Answer updateContact(ApiCall call) {
        requireAdmin(call);
        Contact contact = contact(call);
        RequestFields fields = new RequestFields(call.params, CONTACT.root());
        if (fields.has("client_id")) {
            requiredClient(account, fields);
        }
        for (String name : List.of("first_name", "last_name")) {
            if (fields.has(name)) {
                required(fields, name);
            }
        }
        CONTACT.apply(contact, fields, Set.of());
        account.contacts().touch(contact);
        return ok("/contacts/" + contact.id());
    }

    private Answer deleteContact(ApiCall call) {
        requireAdmin(call);
        account.contacts().remove(contact(call).id());
        return Answer.empty(200);
    }

    private Contact contact(ApiCall call) {
        long id = pathId(call, "id", "contact");
        return account.contacts().find(id).orElseThrow(() -> RequestRefused.notFound("No contact " + id));
    }
}
