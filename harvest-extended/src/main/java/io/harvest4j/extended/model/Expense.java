package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * An expense, as {@code GET /expenses/{id}}, a day's {@code GET /expenses/{day}/{year}} and the
 * expense reports ({@code GET /projects/{id}/expenses}, {@code GET /people/{id}/expenses}) answer
 * it (XML {@code <expense>}, JSON {@code {"expense":{…}}}). The reports leave out what only the
 * expense itself carries ({@code billable}, the receipt): those read as {@code false} and empty
 * there. Made by codecs only.
 */
public final class Expense extends Resource {

    private String notes;
    private BigDecimal totalCost;
    private BigDecimal units;
    private Long projectId;
    private Long expenseCategoryId;
    private Long userId;
    private Boolean billable;
    private LocalDate spentAt;
    private Boolean hasReceipt;
    private String receiptUrl;
    private Boolean isClosed;

    private Expense() {
        // for the binders
    }

    /** @return the notes; empty when the service left them out */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /**
     * @return what the expense cost; for a unit-priced category, the units times the category's
     *     unit price, as the service computed it ({@code 0} when the service left it out)
     */
    public BigDecimal totalCost() {
        return totalCost == null ? BigDecimal.ZERO : totalCost;
    }

    /** @return the units of a unit-priced category ({@code 10.0} miles); empty when the service left them out or sent nil */
    public Optional<BigDecimal> units() {
        return Optional.ofNullable(units);
    }

    /** @return the project's id ({@code 0} when the service left it out) */
    public long projectId() {
        return projectId == null ? 0 : projectId;
    }

    /** @return the expense category's id ({@code 0} when the service left it out) */
    public long expenseCategoryId() {
        return expenseCategoryId == null ? 0 : expenseCategoryId;
    }

    /** @return the id of the user who spent it ({@code 0} when the service left it out) */
    public long userId() {
        return userId == null ? 0 : userId;
    }

    /** @return whether it may be billed to the client ({@code false} when the service left it out) */
    public boolean isBillable() {
        return Boolean.TRUE.equals(billable);
    }

    /** @return the day it was spent; empty when the service left it out */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return whether a receipt is attached ({@code false} when the service left it out) */
    public boolean hasReceipt() {
        return Boolean.TRUE.equals(hasReceipt);
    }

    /** @return where the receipt is served; empty when there is none or the service left it out */
    public Optional<String> receiptUrl() {
        return Optional.ofNullable(receiptUrl).filter(url -> !url.isBlank());
    }

    /**
     * @return whether the expense is locked (approved or invoiced): only administrators may change
     *     it then, and not its project, category or day ({@code false} when the service left it out)
     */
    public boolean isClosed() {
        return Boolean.TRUE.equals(isClosed);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Expense && Arrays.equals(values(), ((Expense) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the expense's fields but its notes, which may hold personal data */
    @Override
    public String toString() {
        return ModelText.describe("Expense", "id", id, "projectId", projectId, "expenseCategoryId", expenseCategoryId,
                "userId", userId, "spentAt", spentAt, "totalCost", totalCost, "units", units, "billable", billable,
                "hasReceipt", hasReceipt, "isClosed", isClosed, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, notes, totalCost, units, projectId, expenseCategoryId, userId, billable, spentAt,
                hasReceipt, receiptUrl, isClosed, createdAt, updatedAt};
    }
}
