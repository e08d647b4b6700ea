package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * One line of an invoice: a row of the invoice's {@code csv-line-items}
 * ({@code kind,description,quantity,unit_price,amount,taxed,taxed2,project_id}). Read from an
 * invoice ({@link Invoice#lineItems()}) and built to create or change one
 * ({@link InvoiceFields.Builder#lineItems}). Immutable.
 *
 * <pre>{@code
 * InvoiceLineItem line = InvoiceLineItem.builder().kind("Service").description("Design, 2nd round")
 *         .quantity(new BigDecimal("2")).unitPrice(new BigDecimal("100.00")).taxed(true).projectId(3).build();
 * }</pre>
 */
public final class InvoiceLineItem {

    private final String kind;
    private final String description;
    private final BigDecimal quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal amount;
    private final boolean taxed;
    private final boolean taxed2;
    private final Long projectId;

    private InvoiceLineItem(Builder builder) {
        this.kind = builder.kind;
        this.description = builder.description == null ? "" : builder.description;
        this.quantity = builder.quantity;
        this.unitPrice = builder.unitPrice;
        this.amount = builder.amount != null ? builder.amount : builder.quantity.multiply(builder.unitPrice);
        this.taxed = builder.taxed;
        this.taxed2 = builder.taxed2;
        this.projectId = builder.projectId;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the line's kind, an invoice item category's name ({@code Service}, {@code Product}) */
    public String kind() {
        return kind;
    }

    /** @return what the line bills; empty when none */
    public String description() {
        return description;
    }

    /** @return how many units (hours, pieces) */
    public BigDecimal quantity() {
        return quantity;
    }

    /** @return the price of one unit */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** @return the line's amount: as the service wrote it, or the quantity times the unit price when built without one */
    public BigDecimal amount() {
        return amount;
    }

    /** @return whether the invoice's first tax applies to the line */
    public boolean isTaxed() {
        return taxed;
    }

    /** @return whether the invoice's second tax applies to the line */
    public boolean isTaxed2() {
        return taxed2;
    }

    /** @return the project the line bills; empty when none is named */
    public Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceLineItem && Arrays.equals(values(), ((InvoiceLineItem) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("InvoiceLineItem", "kind", kind, "description", description, "quantity", quantity,
                "unitPrice", unitPrice, "amount", amount, "taxed", taxed, "taxed2", taxed2, "projectId", projectId);
    }

    private Object[] values() {
        return new Object[] {kind, description, quantity, unitPrice, amount, taxed, taxed2, projectId};
    }

    /**
     * Builds an {@link InvoiceLineItem}; each value is checked as it is set. The kind, the quantity
     * and the unit price are required; the amount, when not set, is the quantity times the unit price.
     * Numbers keep their scale ({@code 80.00} stays {@code 80.00}).
     */
    public static final class Builder {
        private String kind;
        private String description;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private BigDecimal amount;
        private boolean taxed;
        private boolean taxed2;
        private Long projectId;

        private Builder() {
        }

        /**
         * @param kind an invoice item category's name ({@code Service}, {@code Product}): not blank
         * @return this builder
         * @throws InvalidRequestException when it is {@code null}, blank or cannot be sent
         */
        public Builder kind(String kind) {
            this.kind = Checks.nonBlank("InvoiceLineItem.kind", kind);
            return this;
        }

        /**
         * @param description what the line bills; any text (commas, quotes and line breaks too)
         * @return this builder
         * @throws InvalidRequestException when it is {@code null} or cannot be sent
         */
        public Builder description(String description) {
            this.description = Checks.text("InvoiceLineItem.description", Checks.required("InvoiceLineItem.description", description));
            return this;
        }

        /**
         * @param quantity how many units (negative for a credit line)
         * @return this builder
         * @throws InvalidRequestException when it is {@code null}
         */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = Checks.required("InvoiceLineItem.quantity", quantity);
            return this;
        }

        /**
         * @param unitPrice the price of one unit
         * @return this builder
         * @throws InvalidRequestException when it is {@code null}
         */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = Checks.required("InvoiceLineItem.unitPrice", unitPrice);
            return this;
        }

        /**
         * @param amount the line's amount, when it is not the quantity times the unit price
         * @return this builder
         * @throws InvalidRequestException when it is {@code null}
         */
        public Builder amount(BigDecimal amount) {
            this.amount = Checks.required("InvoiceLineItem.amount", amount);
            return this;
        }

        /**
         * @param taxed whether the invoice's first tax applies to the line
         * @return this builder
         */
        public Builder taxed(boolean taxed) {
            this.taxed = taxed;
            return this;
        }

        /**
         * @param taxed2 whether the invoice's second tax applies to the line
         * @return this builder
         */
        public Builder taxed2(boolean taxed2) {
            this.taxed2 = taxed2;
            return this;
        }

        /**
         * @param projectId the project the line bills: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder projectId(long projectId) {
            this.projectId = Checks.positiveId("InvoiceLineItem.projectId", projectId);
            return this;
        }

        /**
         * @return the line
         * @throws InvalidRequestException when the kind, the quantity or the unit price is not set
         */
        public InvoiceLineItem build() {
            if (kind == null) {
                throw new InvalidRequestException("InvoiceLineItem.kind is required");
            }
            if (quantity == null) {
                throw new InvalidRequestException("InvoiceLineItem.quantity is required");
            }
            if (unitPrice == null) {
                throw new InvalidRequestException("InvoiceLineItem.unitPrice is required");
            }
            return new InvoiceLineItem(this);
        }
    }
}
