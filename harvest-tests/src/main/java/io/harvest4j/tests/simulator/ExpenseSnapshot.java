package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Expense;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** An expense as it was when read ({@link Resource#EXPENSES}). Immutable. */
public final class ExpenseSnapshot extends Snapshot {

    private final long userId;
    private final long projectId;
    private final long expenseCategoryId;
    private final LocalDate spentAt;
    private final BigDecimal totalCost;
    private final BigDecimal units;
    private final String notes;
    private final boolean billable;
    private final boolean closed;
    private final byte[] receipt;
    private final String receiptContentType;
    private final String receiptFileName;

    ExpenseSnapshot(Expense expense) {
        super(expense);
        this.userId = expense.userId();
        this.projectId = expense.projectId();
        this.expenseCategoryId = expense.expenseCategoryId();
        this.spentAt = expense.spentAt();
        this.totalCost = expense.totalCost();
        this.units = expense.units();
        this.notes = expense.notes();
        this.billable = expense.isBillable();
        this.closed = expense.isClosed();
        this.receipt = expense.hasReceipt() ? expense.receipt().clone() : null;
        this.receiptContentType = expense.receiptContentType();
        this.receiptFileName = expense.receiptFileName();
    }

    /** @return who spent it */
    public long userId() {
        return userId;
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the category's id */
    public long expenseCategoryId() {
        return expenseCategoryId;
    }

    /** @return the day it was spent */
    public LocalDate spentAt() {
        return spentAt;
    }

    /** @return what it cost */
    public BigDecimal totalCost() {
        return totalCost;
    }

    /** @return the units of a unit-priced category */
    public Optional<BigDecimal> units() {
        return Optional.ofNullable(units);
    }

    /** @return the notes, empty when none */
    public String notes() {
        return notes == null ? "" : notes;
    }

    /** @return whether billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether locked (approved or invoiced) */
    public boolean isClosed() {
        return closed;
    }

    /** @return a copy of the receipt's bytes, when one was uploaded */
    public Optional<byte[]> receipt() {
        return Optional.ofNullable(receipt).map(byte[]::clone);
    }

    /** @return the receipt's content type, when one was uploaded */
    public Optional<String> receiptContentType() {
        return Optional.ofNullable(receiptContentType);
    }

    /** @return the receipt's file name as uploaded, when one was uploaded */
    public Optional<String> receiptFileName() {
        return Optional.ofNullable(receiptFileName);
    }

    @Override
    public String toString() {
        return "ExpenseSnapshot[id=" + id() + ", project " + projectId + ", category " + expenseCategoryId + ", "
                + spentAt + ", " + totalCost + "]";
    }
}
