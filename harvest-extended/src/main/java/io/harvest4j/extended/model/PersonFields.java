package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a user to send: {@code People.create} (which requires the {@code email},
 * {@code firstName} and {@code lastName}; the service mails the new user how to set a password) and
 * {@code People.update}. On the wire: XML {@code <user><first-name>…</first-name>…</user>}, JSON
 * {@code {"user":{…}}}; fields not set are not sent. There is no password field: the API never sets
 * or reads one. Whether a user is active changes through {@code People.toggle}.
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 */
public final class PersonFields {

    private String firstName;
    private String lastName;
    private String email;
    private String timezone;
    private Boolean isAdmin;
    private String telephone;
    private Boolean isContractor;
    private Boolean hasAccessToAllFutureProjects;
    private BigDecimal defaultHourlyRate;
    private String department;

    private PersonFields() {
        // for the binders
    }

    private PersonFields(Builder builder) {
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.email = builder.email;
        this.timezone = builder.timezone;
        this.isAdmin = builder.isAdmin;
        this.telephone = builder.telephone;
        this.isContractor = builder.isContractor;
        this.hasAccessToAllFutureProjects = builder.hasAccessToAllFutureProjects;
        this.defaultHourlyRate = builder.defaultHourlyRate;
        this.department = builder.department;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the first name; empty when not sent */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /** @return the last name; empty when not sent */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /** @return the email address; empty when not sent */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the time zone, by the service's name ({@code Central Time (US & Canada)}; the service accepts a limited set); empty when not sent */
    public Optional<String> timezone() {
        return Optional.ofNullable(timezone);
    }

    /** @return whether the user is an administrator; empty when not sent */
    public Optional<Boolean> isAdmin() {
        return Optional.ofNullable(isAdmin);
    }

    /** @return the telephone number; empty when not sent */
    public Optional<String> telephone() {
        return Optional.ofNullable(telephone);
    }

    /** @return whether the user is a contractor; empty when not sent */
    public Optional<Boolean> isContractor() {
        return Optional.ofNullable(isContractor);
    }

    /** @return whether the user is added to every new project; empty when not sent */
    public Optional<Boolean> hasAccessToAllFutureProjects() {
        return Optional.ofNullable(hasAccessToAllFutureProjects);
    }

    /** @return the rate the user bills on projects they are added to from now on; empty when not sent */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    /** @return the department; empty when not sent */
    public Optional<String> department() {
        return Optional.ofNullable(department);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof PersonFields && Arrays.equals(values(), ((PersonFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("PersonFields", "firstName", firstName, "lastName", lastName, "email", email,
                "timezone", timezone, "isAdmin", isAdmin, "telephone", telephone,
                "isContractor", isContractor, "hasAccessToAllFutureProjects", hasAccessToAllFutureProjects, "defaultHourlyRate", defaultHourlyRate,
                "department", department);
    }

    private Object[] values() {
        return new Object[] {firstName, lastName, email, timezone, isAdmin, telephone,
                isContractor, hasAccessToAllFutureProjects, defaultHourlyRate, department};
    }

    /**
     * Builds a {@link PersonFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private String timezone;
        private Boolean isAdmin;
        private String telephone;
        private Boolean isContractor;
        private Boolean hasAccessToAllFutureProjects;
        private BigDecimal defaultHourlyRate;
        private String department;

        private Builder() {
        }

        /**
         * @param firstName the first name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder firstName(String firstName) {
            this.firstName = Checks.text("PersonFields.firstName", firstName);
            return this;
        }

        /**
         * @param lastName the last name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder lastName(String lastName) {
            this.lastName = Checks.text("PersonFields.lastName", lastName);
            return this;
        }

        /**
         * @param email the email address: or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is no email address, or cannot be sent
         */
        public Builder email(String email) {
            this.email = Checks.email("PersonFields.email", email);
            return this;
        }

        /**
         * @param timezone the time zone, by the service's name ({@code Central Time (US & Canada)}; the service accepts a limited set): ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder timezone(String timezone) {
            this.timezone = Checks.text("PersonFields.timezone", timezone);
            return this;
        }

        /**
         * @param isAdmin whether the user is an administrator
         * @return this builder
         */
        public Builder isAdmin(boolean isAdmin) {
            this.isAdmin = isAdmin;
            return this;
        }

        /**
         * @param telephone the telephone number: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder telephone(String telephone) {
            this.telephone = Checks.text("PersonFields.telephone", telephone);
            return this;
        }

        /**
         * @param isContractor whether the user is a contractor
         * @return this builder
         */
        public Builder isContractor(boolean isContractor) {
            this.isContractor = isContractor;
            return this;
        }

        /**
         * @param hasAccessToAllFutureProjects whether the user is added to every new project
         * @return this builder
         */
        public Builder hasAccessToAllFutureProjects(boolean hasAccessToAllFutureProjects) {
            this.hasAccessToAllFutureProjects = hasAccessToAllFutureProjects;
            return this;
        }

        /**
         * @param defaultHourlyRate the rate the user bills on projects they are added to from now on: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder defaultHourlyRate(BigDecimal defaultHourlyRate) {
            this.defaultHourlyRate = Checks.notNegative("PersonFields.defaultHourlyRate", defaultHourlyRate);
            return this;
        }

        /**
         * @param department the department: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder department(String department) {
            this.department = Checks.text("PersonFields.department", department);
            return this;
        }

        /**
         * @return the value
         */
        public PersonFields build() {
            return new PersonFields(this);
        }
    }
}
