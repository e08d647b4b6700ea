package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense ({@code /expenses}): {@code notes, total_cost, units, project_id,
 * expense_category_id, billable, spent_at, user_id, is_closed}, and its receipt when one was
 * uploaded (the bytes and their content type, served back as they came). Guarded by the
 * {@link Account}'s lock.
 */
public final class Expense extends WireEntity {

    private byte[] receipt;
    private String receiptContentType;
    private String receiptFileName;

    /**
     * @param userId who spent it
     * @param projectId the project it is logged to
     * @param expenseCategoryId its category
     * @param spentAt the day
     * @param totalCost what it cost (computed from the units for a unit-priced category)
     */
    public Expense(long userId, long projectId, long expenseCategoryId, LocalDate spentAt, BigDecimal totalCost) {
        set("user_id", userId);
        set("project_id", projectId);
        set("expense_category_id", expenseCategoryId);
        set("spent_at", spentAt);
        set("total_cost", totalCost);
        set("billable", false);
        set("is_closed", false);
        set("has_receipt", false);
    }

    /** @return who spent it */
    public long userId() {
        return integer("user_id");
    }

    /** @return the project's id */
    public long projectId() {
        return integer("project_id");
    }

    /** @return the category's id */
    public long expenseCategoryId() {
        return integer("expense_category_id");
    }

    /** @return the day it was spent */
    public LocalDate spentAt() {
        return date("spent_at");
    }

    /** @return what it cost */
    public BigDecimal totalCost() {
        return decimal("total_cost");
    }

    /** @return the units of a unit-priced category, or null */
    public BigDecimal units() {
        return decimal("units");
    }

    /** @return the notes, or null */
    public String notes() {
        return text("notes");
    }

    /** @return whether billable */
    public boolean isBillable() {
        return flag("billable");
    }

    /** @return whether locked (approved or invoiced) */
    public boolean isClosed() {
        return flag("is_closed");
    }

    /** @param closed whether locked (approved or invoiced); the caller touches the entity in its table */
    public void setClosed(boolean closed) {
        set("is_closed", closed);
    }

    /** @return whether a receipt was uploaded */
    public boolean hasReceipt() {
        return receipt != null;
    }

    /** @return the receipt's bytes (not a copy: callers do not change them), or null */
    public byte[] receipt() {
        return receipt;
    }

    /** @return the receipt's content type, or null */
    public String receiptContentType() {
        return receiptContentType;
    }

    /** @return the receipt's file name as uploaded, or null */
    public String receiptFileName() {
        return receiptFileName;
    }

    /**
     * Adds or replaces the receipt (the caller touches the entity in its table).
     *
     * @param bytes the file's bytes, kept as they are
     * @param contentType the part's content type
     * @param fileName the part's file name
     */
    public void attachReceipt(byte[] bytes, String contentType, String fileName) {
        set("has_receipt", true);
        this.receipt = bytes;
        this.receiptContentType = contentType;
        this.receiptFileName = fileName;
    }
}
