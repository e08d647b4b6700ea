package io.harvest4j.tests.simulator;

import java.util.Locale;

/**
 * A fault the simulator can inject in place of an answer (see {@link HarvestSimulator.Builder#faults}
 * and {@code --faults}). Whether the service processed the request it hit is part of the fault:
 * {@link #processed()}.
 */
public enum Fault {
    /** The connection is closed before the request is processed: nothing happened. */
    RESET_BEFORE("reset-before", false),
    /** The request is processed, then the connection closed before any byte of the answer. */
    RESET_AFTER("reset-after", true),
    /** A 500 from the service, which did not process the request. */
    STATUS_500("status-500", false),
    /** The request is processed, then a 502 from the front proxy replaces the answer. */
    STATUS_502("status-502", true),
    /**
     * The request is processed and the answer cut mid-body (the connection closed). An answer
     * without a body cannot be cut: the connection is then closed before any byte, as for
     * {@link #RESET_AFTER}.
     */
    TRUNCATE("truncate", true),
    /** The request is processed and the answer held back for the stall time (past a client's timeout), then sent. */
    STALL("stall", true);

    private final String specName;
    private final boolean processed;

    Fault(String specName, boolean processed) {
        this.specName = specName;
        this.processed = processed;
    }

    /** @return its name in a fault specification: {@code reset-before}, {@code status-502}... */
    public String specName() {
        return specName;
    }

    /** @return whether the service processed (applied) the request this fault hit */
    public boolean processed() {
        return processed;
    }

    /**
     * @param name a name of a specification, case-insensitive
     * @return the fault of that name
     * @throws IllegalArgumentException for an unknown name
     */
    public static Fault ofSpecName(String name) {
        for (Fault fault : values()) {
            if (fault.specName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return fault;
            }
        }
        throw new IllegalArgumentException("no fault '" + name.trim() + "': use reset-before, reset-after, status-500,"
                + " status-502, truncate or stall");
    }
}
