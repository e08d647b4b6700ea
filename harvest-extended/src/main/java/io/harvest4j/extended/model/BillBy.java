package io.harvest4j.extended.model;

/**
 * How a project's time is billed ({@code bill-by}): by the tasks' hourly rates, by the people's, or
 * not at all. The service may one day send a value this version does not know: it is read as
 * {@link #UNKNOWN}, and {@link Project#billByValue()} keeps the text as sent.
 */
public enum BillBy {

    /** {@code Tasks}: each task's hourly rate. */
    TASKS("Tasks"),

    /** {@code People}: each person's hourly rate. */
    PEOPLE("People"),

    /** {@code none}: the project is not billed by the hour. */
    NONE("none"),

    /** A value this version does not know, or none sent; never sent itself. */
    UNKNOWN("");

    private final String wireValue;

    BillBy(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the text the service reads and writes ({@code Tasks}); empty for {@link #UNKNOWN} */
    public String wireValue() {
        return wireValue;
    }

    /** @return the constant for the text as the service wrote it, {@link #UNKNOWN} for any other */
    static BillBy fromWire(String text) {
        for (BillBy value : values()) {
            if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
