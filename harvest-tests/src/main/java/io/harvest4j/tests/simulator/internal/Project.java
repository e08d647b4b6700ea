package io.harvest4j.tests.simulator.internal;

/** A project of a client. Guarded by the {@link Account}'s lock (it can be archived). */
public final class Project extends Entity {

    private final long clientId;
    private final String name;
    private final String code;
    private final boolean billable;
    private boolean active;

    /**
     * @param clientId the client
     * @param name the name
     * @param code the code (may be empty)
     * @param billable whether billable
     * @param active whether active (archived otherwise)
     */
    public Project(long clientId, String name, String code, boolean billable, boolean active) {
        this.clientId = clientId;
        this.name = name;
        this.code = code;
        this.billable = billable;
        this.active = active;
    }

    /** @return the client's id */
    public long clientId() {
        return clientId;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the code */
    public String code() {
        return code;
    }

    /** @return whether billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether active */
    public boolean isActive() {
        return active;
    }

    /** @param active whether active */
    public void setActive(boolean active) {
        this.active = active;
    }
}
