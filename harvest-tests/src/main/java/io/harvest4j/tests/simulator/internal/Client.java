package io.harvest4j.tests.simulator.internal;

/** A client of the company. Immutable. */
public final class Client {

    private final long id;
    private final String name;
    private final String currency;
    private final String currencySymbol;

    /**
     * @param id the id
     * @param name the name
     * @param currency the currency as Harvest names it ({@code United States Dollar - USD})
     * @param currencySymbol the symbol ({@code $})
     */
    public Client(long id, String name, String currency, String currencySymbol) {
        this.id = id;
        this.name = name;
        this.currency = currency;
        this.currencySymbol = currencySymbol;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the currency */
    public String currency() {
        return currency;
    }

    /** @return the currency symbol */
    public String currencySymbol() {
        return currencySymbol;
    }
}
