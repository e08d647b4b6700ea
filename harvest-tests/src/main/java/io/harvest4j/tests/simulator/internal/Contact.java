package io.harvest4j.tests.simulator.internal;

/**
 * A contact of a client ({@code /contacts}): {@code client_id, title, first_name, last_name, email,
 * phone_office, phone_mobile, fax}. Guarded by the {@link Account}'s lock.
 */
public final class Contact extends WireEntity {

    /**
     * @param clientId the client
     * @param firstName the first name
     * @param lastName the last name
     * @param email the e-mail address, may be null
     */
    public Contact(long clientId, String firstName, String lastName, String email) {
        set("client_id", clientId);
        set("first_name", firstName);
        set("last_name", lastName);
        set("email", email);
    }

    /** @return the client's id */
    public long clientId() {
        return integer("client_id");
    }

    /** @return the first name */
    public String firstName() {
        return text("first_name");
    }

    /** @return the last name */
    public String lastName() {
        return text("last_name");
    }

    /** @return the e-mail address, or null */
    public String email() {
        return text("email");
    }
}
