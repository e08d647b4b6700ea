package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;

/**
 * A contact person of a client, as {@code GET /contacts}, {@code GET /clients/{id}/contacts} and
 * {@code GET /contacts/{id}} answer it (XML {@code <contact>}, JSON {@code {"contact":{…}}}). Made by
 * codecs only.
 */
public final class Contact extends Resource {

    private Long clientId;
    private String title;
    private String firstName;
    private String lastName;
    private String email;
    private String phoneOffice;
    private String phoneMobile;
    private String fax;

    private Contact() {
        // for the binders
    }

    /** @return the id of the contact's client ({@code 0} when the service left it out) */
    public long clientId() {
        return clientId == null ? 0 : clientId;
    }

    /** @return the contact's title ({@code President}); empty when the service left it out */
    public String title() {
        return title == null ? "" : title;
    }

    /** @return the first name; empty when the service left it out */
    public String firstName() {
        return firstName == null ? "" : firstName;
    }

    /** @return the last name; empty when the service left it out */
    public String lastName() {
        return lastName == null ? "" : lastName;
    }

    /** @return the email address; empty when the service left it out */
    public String email() {
        return email == null ? "" : email;
    }

    /** @return the office telephone; empty when the service left it out */
    public String phoneOffice() {
        return phoneOffice == null ? "" : phoneOffice;
    }

    /** @return the mobile telephone; empty when the service left it out */
    public String phoneMobile() {
        return phoneMobile == null ? "" : phoneMobile;
    }

    /** @return the fax number; empty when the service left it out */
    public String fax() {
        return fax == null ? "" : fax;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Contact && Arrays.equals(values(), ((Contact) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("Contact", "id", id, "clientId", clientId, "title", title,
                "firstName", firstName, "lastName", lastName, "email", email,
                "phoneOffice", phoneOffice, "phoneMobile", phoneMobile, "fax", fax,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, clientId, title, firstName, lastName, email,
                phoneOffice, phoneMobile, fax, createdAt, updatedAt};
    }
}
