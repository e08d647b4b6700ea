package io.harvest4j.tests.simulator.internal;

/** A client of the company. Immutable but for its table's stamps. */
public final class Client extends Entity {

    private final String name;
    private final String currency;
    private final String currencySymbol;

    /**
     * @param name the name
     * @param currency the currency as Harvest names it ({@code United States Dollar - USD})
     * @param currencySymbol the symbol ({@code $})
     */
    public Client(String name, String currency, String currencySymbol) {
        this.name = name;
        this.currency = currency;
        this.currencySymbol = currencySymbol;
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
