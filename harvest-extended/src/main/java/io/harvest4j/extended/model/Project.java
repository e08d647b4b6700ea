package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A project, as {@code GET /projects} and {@code GET /projects/{id}} answer it (XML
 * {@code <project>}, JSON {@code {"project":{…}}}). Made by codecs only.
 *
 * <p>{@link #billBy()} and {@link #budgetBy()} are closed sets the service may one day extend: a
 * value this version does not know is read as {@code UNKNOWN}, never refused, and kept as sent in
 * {@link #billByValue()} and {@link #budgetByValue()}.
 */
public final class Project extends Resource {

    private Long clientId;
    private String name;
    private String code;
    private Boolean active;
    private Boolean billable;
    private String billBy;
    private BigDecimal hourlyRate;
    private String budgetBy;
    private BigDecimal budget;
    private Boolean notifyWhenOverBudget;
    private BigDecimal overBudgetNotificationPercentage;
    private LocalDate overBudgetNotifiedAt;
    private Boolean showBudgetToAll;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate hintEarliestRecordAt;
    private LocalDate hintLatestRecordAt;
    private String notes;
    private BigDecimal costBudget;
    private Boolean costBudgetIncludeExpenses;

    private Project() {
        // for the binders
    }

    /** @return the id of the project's client ({@code 0} when the service left it out) */
    public long clientId() {
        return clientId == null ? 0 : clientId;
    }

    /** @return the project's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return the project's code ({@code HA-0001}); empty when the service left it out */
    public String code() {
        return code == null ? "" : code;
    }

    /** @return whether the project is active (not archived) ({@code false} when the service left it out) */
    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** @return whether the project is billable ({@code false} when the service left it out) */
    public boolean isBillable() {
        return Boolean.TRUE.equals(billable);
    }

    /**
     * @return how the project's time is billed; {@link BillBy#UNKNOWN} when the service left it out or sent a value this
     *     version does not know (then {@link #billByValue()} holds it)
     */
    public BillBy billBy() {
        return BillBy.fromWire(billBy);
    }

    /** @return {@code bill-by} as the service sent it; empty when it left it out */
    public String billByValue() {
        return billBy == null ? "" : billBy;
    }

    /** @return the project's hourly rate; empty when the service left it out or sent nil */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    /**
     * @return what the budget counts; {@link BudgetBy#UNKNOWN} when the service left it out or sent a value this
     *     version does not know (then {@link #budgetByValue()} holds it)
     */
    public BudgetBy budgetBy() {
        return BudgetBy.fromWire(budgetBy);
    }

    /** @return {@code budget-by} as the service sent it; empty when it left it out */
    public String budgetByValue() {
        return budgetBy == null ? "" : budgetBy;
    }

    /** @return the budget (hours, or money for {@code project_cost}); empty when the service left it out or sent nil */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return whether the service mails a warning when the budget is nearly spent ({@code false} when the service left it out) */
    public boolean notifyWhenOverBudget() {
        return Boolean.TRUE.equals(notifyWhenOverBudget);
    }

    /** @return the share of the budget, in percent, at which the warning goes out; empty when the service left it out or sent nil */
    public Optional<BigDecimal> overBudgetNotificationPercentage() {
        return Optional.ofNullable(overBudgetNotificationPercentage);
    }

    /** @return when the warning went out; empty when the service left it out or sent nil */
    public Optional<LocalDate> overBudgetNotifiedAt() {
        return Optional.ofNullable(overBudgetNotifiedAt);
    }

    /** @return whether everyone on the project sees the budget ({@code false} when the service left it out) */
    public boolean showBudgetToAll() {
        return Boolean.TRUE.equals(showBudgetToAll);
    }

    /** @return the project's first day; empty when the service left it out or sent nil */
    public Optional<LocalDate> startsOn() {
        return Optional.ofNullable(startsOn);
    }

    /** @return the project's last day; empty when the service left it out or sent nil */
    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    /** @return the day of the project's earliest time or expense record (refreshed once every 24 hours); empty when the service left it out or sent nil */
    public Optional<LocalDate> hintEarliestRecordAt() {
        return Optional.ofNullable(hintEarliestRecordAt);
    }

    /** @return the day of the project's latest time or expense record (refreshed once every 24 hours); empty when the service left it out or sent nil */
    public Optional<LocalDate> hintLatestRecordAt() {
        return Optional.ofNullable(hintLatestRecordAt);
    }

    /** @return the project's notes; empty when the service left it out */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /** @return the budget in money; empty when the service left it out or sent nil */
    public Optional<BigDecimal> costBudget() {
        return Optional.ofNullable(costBudget);
    }

    /** @return whether expenses count against the cost budget ({@code false} when the service left it out) */
    public boolean costBudgetIncludeExpenses() {
        return Boolean.TRUE.equals(costBudgetIncludeExpenses);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Project && Arrays.equals(values(), ((Project) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("Project", "id", id, "clientId", clientId, "name", name,
                "code", code, "active", active, "billable", billable,
                "billBy", billBy, "hourlyRate", hourlyRate, "budgetBy", budgetBy,
                "budget", budget, "notifyWhenOverBudget", notifyWhenOverBudget, "overBudgetNotificationPercentage", overBudgetNotificationPercentage,
                "overBudgetNotifiedAt", overBudgetNotifiedAt, "showBudgetToAll", showBudgetToAll, "startsOn", startsOn,
                "endsOn", endsOn, "hintEarliestRecordAt", hintEarliestRecordAt, "hintLatestRecordAt", hintLatestRecordAt,
                "notes", notes, "costBudget", costBudget, "costBudgetIncludeExpenses", costBudgetIncludeExpenses,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, clientId, name, code, active, billable,
                billBy, hourlyRate, budgetBy, budget, notifyWhenOverBudget, overBudgetNotificationPercentage,
                overBudgetNotifiedAt, showBudgetToAll, startsOn, endsOn, hintEarliestRecordAt, hintLatestRecordAt,
                notes, costBudget, costBudgetIncludeExpenses, createdAt, updatedAt};
    }
}
