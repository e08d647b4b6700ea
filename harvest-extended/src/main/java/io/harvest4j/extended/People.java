package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Person;
import io.harvest4j.extended.model.PersonFields;
import jakarta.inject.Inject;

/**
 * The account's users, under {@code /people} (administrators). The service calls each one a
 * {@code <user>}. Passwords are never set or read through the API: a new user is mailed how to set
 * one. Thread-safe and immutable; each method answers a request to run with {@code execute()} or
 * {@code executeAsync()}.
 *
 * <pre>{@code
 * People people = new People(client);
 * long id = people.create(PersonFields.builder().email("edgar@example.com").firstName("Edgar").lastName("Ruth").build()).execute();
 * Person jane = people.show("jane@example.com").execute();
 * }</pre>
 */
public final class People {

    /** {@code <user>…</user>}; JSON {@code {"user":{…}}}. */
    static final WireShape USER = WireShape.object("user").build();

    /** {@code <users><user>…}; JSON {@code [{"user":{…}}]}. */
    static final WireShape USERS = WireShape.list("users", "user").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public People(HarvestClient client) {
        this.client = Checks.required("People: client", client);
    }

    /**
     * {@code GET /people}: every user; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<Person> list() {
        return ListRequest.of(client, Call.get("/people").decodingList(Person.class, USERS));
    }

    /**
     * {@code GET /people/{id}}: one user.
     *
     * @param userId the user's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Person> show(long userId) {
        return HarvestRequest.of(client, Call.get("/people/{}", id("show", userId)).decoding(Person.class, USER));
    }

    /**
     * {@code GET /people/{email}}: one user, found by email address (the service takes either in
     * the path).
     *
     * @param email the user's email address
     * @return the request
     * @throws InvalidRequestException when it is {@code null}, blank or no email address
     */
    public HarvestRequest<Person> show(String email) {
        String address = Checks.email("People.show: email", Checks.required("People.show: email", email));
        return HarvestRequest.of(client, Call.get("/people/{}", address).decoding(Person.class, USER));
    }

    /**
     * {@code POST /people}: creates a user, who is mailed how to set a password; the email address,
     * the first and the last name are required. Not retried once it may have reached the service.
     *
     * @param fields the new user's fields
     * @return the request; its result is the new user's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or lack a required one
     */
    public HarvestRequest<Long> create(PersonFields fields) {
        Checks.required("People.create: user", fields);
        RequiredFields.require("People.create: user.email", fields.email());
        RequiredFields.require("People.create: user.firstName", fields.firstName());
        RequiredFields.require("People.create: user.lastName", fields.lastName());
        return HarvestRequest.of(client, Call.post("/people").body(fields, USER).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /people/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param userId the user's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long userId, PersonFields fields) {
        Checks.required("People.update: user", fields);
        return HarvestRequest.of(client, Call.put("/people/{}", id("update", userId)).body(fields, USER).discardingBody());
    }

    /**
     * {@code POST /people/{id}/toggle}: archives an active user (who can no longer log in),
     * activates an archived one; over the plan's user limit the service answers 400. Not retried
     * once it may have reached the service.
     *
     * @param userId the user's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> toggle(long userId) {
        return HarvestRequest.of(client, Call.post("/people/{}/toggle", id("toggle", userId)).idempotent(false).discardingBody());
    }

    /**
     * {@code DELETE /people/{id}}: deletes a user without logged hours (else 400: archive them with
     * {@link #toggle(long)} instead).
     *
     * @param userId the user's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long userId) {
        return HarvestRequest.of(client, Call.delete("/people/{}", id("delete", userId)).discardingBody());
    }

    @Override
    public String toString() {
        return "People{" + client + "}";
    }

    private static long id(String method, long userId) {
        return Checks.positiveId("People." + method + ": userId", userId);
    }
}
