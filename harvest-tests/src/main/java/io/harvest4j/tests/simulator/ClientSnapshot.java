package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Client;
import java.util.Optional;

/** A client of the simulated account as it was when read ({@link Resource#CLIENTS}). Immutable. */
public final class ClientSnapshot extends Snapshot {

    private final String name;
    private final String currency;
    private final String currencySymbol;
    private final boolean active;
    private final String details;

    ClientSnapshot(Client client) {
        super(client);
        this.name = client.name();
        this.currency = client.currency();
        this.currencySymbol = client.currencySymbol();
        this.active = client.isActive();
        this.details = (String) client.value("details");
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the currency as Harvest names it ({@code United States Dollar - USD}) */
    public String currency() {
        return currency;
    }

    /** @return the currency's symbol ({@code $}) */
    public String currencySymbol() {
        return currencySymbol;
    }

    /** @return whether active (false: archived) */
    public boolean isActive() {
        return active;
    }

    /** @return the details (address, phone…), if any */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    @Override
    public String toString() {
        return "ClientSnapshot[id=" + id() + ", " + name + ", " + currency + "]";
    }
}
