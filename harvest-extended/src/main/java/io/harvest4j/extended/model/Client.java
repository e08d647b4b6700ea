package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;
import java.util.Optional;

/**
 * A client of the company, as {@code GET /clients} and {@code GET /clients/{id}} answer it (XML
 * {@code <client>}, JSON {@code {"client":{…}}}). Made by codecs only.
 */
public final class Client extends Resource {

    private String name;
    private Boolean active;
    private String currency;
    private String currencySymbol;
    private String details;
    private Long highriseId;
    private Long cacheVersion;
    private String defaultInvoiceTimeframe;
    private String lastInvoiceKind;

    private Client() {
        // for the binders
    }

    /** @return the client's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return whether the client is active (not archived) ({@code false} when the service left it out) */
    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** @return the currency, by the service's name ({@code United States Dollar - USD}); empty when the service left it out */
    public String currency() {
        return currency == null ? "" : currency;
    }

    /** @return the currency's symbol ({@code $}); empty when the service left it out */
    public String currencySymbol() {
        return currencySymbol == null ? "" : currencySymbol;
    }

    /** @return free text: address, telephone…; empty when the service left it out */
    public String details() {
        return details == null ? "" : details;
    }

    /** @return the client's id in Highrise; empty when the service left it out or sent nil */
    public Optional<Long> highriseId() {
        return Optional.ofNullable(highriseId);
    }

    /** @return the service's cache version of the record ({@code 0} when the service left it out) */
    public long cacheVersion() {
        return cacheVersion == null ? 0 : cacheVersion;
    }

    /** @return the default period of the client's invoices, as the service writes it ({@code 20110101,20111231}); empty when the service left it out or sent nil */
    public Optional<String> defaultInvoiceTimeframe() {
        return Optional.ofNullable(defaultInvoiceTimeframe);
    }

    /** @return the kind of the client's last invoice ({@code task}); empty when the service left it out or sent nil */
    public Optional<String> lastInvoiceKind() {
        return Optional.ofNullable(lastInvoiceKind);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Client && Arrays.equals(values(), ((Client) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("Client", "id", id, "name", name, "active", active,
                "currency", currency, "currencySymbol", currencySymbol, "details", details,
                "highriseId", highriseId, "cacheVersion", cacheVersion, "defaultInvoiceTimeframe", defaultInvoiceTimeframe,
                "lastInvoiceKind", lastInvoiceKind, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, name, active, currency, currencySymbol, details,
                highriseId, cacheVersion, defaultInvoiceTimeframe, lastInvoiceKind, createdAt, updatedAt};
    }
}
