package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Contact;
import java.util.Optional;

/** A contact of a client as it was when read ({@link Resource#CONTACTS}). Immutable. */
public final class ContactSnapshot extends Snapshot {

    private final long clientId;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String title;

    ContactSnapshot(Contact contact) {
        super(contact);
        this.clientId = contact.clientId();
        this.firstName = contact.firstName();
        this.lastName = contact.lastName();
        this.email = contact.email();
        this.title = (String) contact.value("title");
    }

    /** @return the client's id */
    public long clientId() {
        return clientId;
    }

    /** @return the first name */
    public String firstName() {
        return firstName;
    }

    /** @return the last name */
    public String lastName() {
        return lastName;
    }

    /** @return the e-mail address, if any */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the title ({@code President}), if any */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    @Override
    public String toString() {
        return "ContactSnapshot[id=" + id() + ", " + firstName + " " + lastName + ", client " + clientId + "]";
    }
}
