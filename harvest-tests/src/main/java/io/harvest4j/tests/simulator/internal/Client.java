package io.harvest4j.tests.simulator.internal;

/**
 * A client of the company ({@code /clients}): {@code name, active, currency, currency_symbol,
 * details, highrise_id, cache_version, default_invoice_timeframe, last_invoice_kind}. Guarded by
 * the {@link Account}'s lock.
 */
public final class Client extends WireEntity {

    /**
     * @param name the name
     * @param currency the currency as Harvest names it ({@code United States Dollar - USD})
     * @param currencySymbol the symbol ({@code $})
     */
    public Client(String name, String currency, String currencySymbol) {
        set("name", name);
        set("active", true);
        set("currency", currency);
        set("currency_symbol", currencySymbol);
        set("cache_version", 0L);
    }

    /** @return the name */
    public String name() {
        return text("name");
    }

    /** @return the currency */
    public String currency() {
        return text("currency");
    }

    /** @return the currency symbol */
    public String currencySymbol() {
        return text("currency_symbol");
    }

    /** @return whether active (false: archived) */
    public boolean isActive() {
        return flag("active");
    }

    /** @param active whether active */
    public void setActive(boolean active) {
        set("active", active);
    }

    /** Counts one more change: {@code cache_version} goes up by one on every change, as the service's did. */
    public void changed() {
        Long version = integer("cache_version");
        set("cache_version", version == null ? 1L : version + 1);
    }
}
