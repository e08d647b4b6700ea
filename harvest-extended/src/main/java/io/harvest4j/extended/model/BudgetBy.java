package io.harvest4j.extended.model;

/**
 * What a project's budget counts ({@code budget-by}): the project's hours, its cost, each task's
 * hours, each person's hours, or nothing. The service may one day send a value this version does
 * not know: it is read as {@link #UNKNOWN}, and {@link Project#budgetByValue()} keeps the text as
 * sent.
 */
public enum BudgetBy {

    /** {@code project}: total project hours. */
    PROJECT("project"),

    /** {@code project_cost}: total project cost. */
    PROJECT_COST("project_cost"),

    /** {@code task}: hours per task. */
    TASK("task"),

    /** {@code person}: hours per person. */
    PERSON("person"),

    /** {@code none}: no budget. */
    NONE("none"),

    /** A value this version does not know, or none sent; never sent itself. */
    UNKNOWN("");

    private final String wireValue;

    BudgetBy(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the text the service reads and writes ({@code project_cost}); empty for {@link #UNKNOWN} */
    public String wireValue() {
        return wireValue;
    }

    /** @return the constant for the text as the service wrote it, {@link #UNKNOWN} for any other */
    static BudgetBy fromWire(String text) {
        for (BudgetBy value : values()) {
            if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
