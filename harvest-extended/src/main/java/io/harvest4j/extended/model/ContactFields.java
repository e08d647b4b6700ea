package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a client contact to send: {@code Contacts.create} (which requires the
 * {@code clientId}, {@code firstName} and {@code lastName}) and {@code Contacts.update}. On the wire:
 * XML {@code <contact><client-id>…</client-id>…</contact>}, JSON {@code {"contact":{…}}}; fields not
 * set are not sent.
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 */
public final class ContactFields {

    private Long clientId;
    private String email;
    private String firstName;
    private String lastName;
    private String phoneOffice;
    private String phoneMobile;
    private String title;
    private String fax;

    private ContactFields() {
        // for the binders
    }

    private ContactFields(Builder builder) {
        this.clientId = builder.clientId;
        this.email = builder.email;
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.phoneOffice = builder.phoneOffice;
        this.phoneMobile = builder.phoneMobile;
        this.title = builder.title;
        this.fax = builder.fax;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id of the contact's client; empty when not sent */
    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the email address; empty when not sent */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the first name; empty when not sent */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /** @return the last name; empty when not sent */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /** @return the office telephone; empty when not sent */
    public Optional<String> phoneOffice() {
        return Optional.ofNullable(phoneOffice);
    }

    /** @return the mobile telephone; empty when not sent */
    public Optional<String> phoneMobile() {
        return Optional.ofNullable(phoneMobile);
    }

    /** @return the contact's title; empty when not sent */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the fax number; empty when not sent */
    public Optional<String> fax() {
        return Optional.ofNullable(fax);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ContactFields && Arrays.equals(values(), ((ContactFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("ContactFields", "clientId", clientId, "email", email, "firstName", firstName,
                "lastName", lastName, "phoneOffice", phoneOffice, "phoneMobile", phoneMobile,
                "title", title, "fax", fax);
    }

    private Object[] values() {
        return new Object[] {clientId, email, firstName, lastName, phoneOffice, phoneMobile,
                title, fax};
    }

    /**
     * Builds a {@link ContactFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private Long clientId;
        private String email;
        private String firstName;
        private String lastName;
        private String phoneOffice;
        private String phoneMobile;
        private String title;
        private String fax;

        private Builder() {
        }

        /**
         * @param clientId the id of the contact's client: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder clientId(long clientId) {
            this.clientId = Checks.positiveId("ContactFields.clientId", clientId);
            return this;
        }

        /**
         * @param email the email address: or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is no email address, or cannot be sent
         */
        public Builder email(String email) {
            this.email = Checks.email("ContactFields.email", email);
            return this;
        }

        /**
         * @param firstName the first name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder firstName(String firstName) {
            this.firstName = Checks.text("ContactFields.firstName", firstName);
            return this;
        }

        /**
         * @param lastName the last name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder lastName(String lastName) {
            this.lastName = Checks.text("ContactFields.lastName", lastName);
            return this;
        }

        /**
         * @param phoneOffice the office telephone: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder phoneOffice(String phoneOffice) {
            this.phoneOffice = Checks.text("ContactFields.phoneOffice", phoneOffice);
            return this;
        }

        /**
         * @param phoneMobile the mobile telephone: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder phoneMobile(String phoneMobile) {
            this.phoneMobile = Checks.text("ContactFields.phoneMobile", phoneMobile);
            return this;
        }

        /**
         * @param title the contact's title: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder title(String title) {
            this.title = Checks.text("ContactFields.title", title);
            return this;
        }

        /**
         * @param fax the fax number: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder fax(String fax) {
            this.fax = Checks.text("ContactFields.fax", fax);
            return this;
        }

        /**
         * @return the value
         */
        public ContactFields build() {
            return new ContactFields(this);
        }
    }
}
