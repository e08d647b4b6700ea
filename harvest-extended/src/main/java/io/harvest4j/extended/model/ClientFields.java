package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a client to send: {@code Clients.create} (which requires the {@code name}) and
 * {@code Clients.update}. On the wire: XML {@code <client><name>…</name>…</client>}, JSON
 * {@code {"client":{"name":…}}}; fields not set are not sent.
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 *
 * <pre>{@code
 * ClientFields acme = ClientFields.builder().name("Acme").currency("Euro - EUR").details("Bahnhofstrasse 1").build();
 * }</pre>
 */
public final class ClientFields {

    private String name;
    private Long highriseId;
    private String currency;
    private String currencySymbol;
    private Boolean active;
    private String details;

    private ClientFields() {
        // for the binders
    }

    private ClientFields(Builder builder) {
        this.name = builder.name;
        this.highriseId = builder.highriseId;
        this.currency = builder.currency;
        this.currencySymbol = builder.currencySymbol;
        this.active = builder.active;
        this.details = builder.details;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the client's name; empty when not sent */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the client's id in Highrise; empty when not sent */
    public Optional<Long> highriseId() {
        return Optional.ofNullable(highriseId);
    }

    /** @return the currency, by the service's name ({@code United States Dollar - USD}); empty when not sent */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** @return the currency's symbol; empty when not sent */
    public Optional<String> currencySymbol() {
        return Optional.ofNullable(currencySymbol);
    }

    /** @return whether the client is active (for a new client; an existing one changes through {@code Clients.toggle}); empty when not sent */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    /** @return free text: address, telephone…; empty when not sent */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ClientFields && Arrays.equals(values(), ((ClientFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("ClientFields", "name", name, "highriseId", highriseId, "currency", currency,
                "currencySymbol", currencySymbol, "active", active, "details", details);
    }

    private Object[] values() {
        return new Object[] {name, highriseId, currency, currencySymbol, active, details};
    }

    /**
     * Builds a {@link ClientFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String name;
        private Long highriseId;
        private String currency;
        private String currencySymbol;
        private Boolean active;
        private String details;

        private Builder() {
        }

        /**
         * @param name the client's name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder name(String name) {
            this.name = Checks.text("ClientFields.name", name);
            return this;
        }

        /**
         * @param highriseId the client's id in Highrise: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder highriseId(long highriseId) {
            this.highriseId = Checks.positiveId("ClientFields.highriseId", highriseId);
            return this;
        }

        /**
         * @param currency the currency, by the service's name ({@code United States Dollar - USD}): ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder currency(String currency) {
            this.currency = Checks.text("ClientFields.currency", currency);
            return this;
        }

        /**
         * @param currencySymbol the currency's symbol: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder currencySymbol(String currencySymbol) {
            this.currencySymbol = Checks.text("ClientFields.currencySymbol", currencySymbol);
            return this;
        }

        /**
         * @param active whether the client is active (for a new client; an existing one changes through {@code Clients.toggle})
         * @return this builder
         */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /**
         * @param details free text: address, telephone…: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder details(String details) {
            this.details = Checks.text("ClientFields.details", details);
            return this;
        }

        /**
         * @return the value
         */
        public ClientFields build() {
            return new ClientFields(this);
        }
    }
}
