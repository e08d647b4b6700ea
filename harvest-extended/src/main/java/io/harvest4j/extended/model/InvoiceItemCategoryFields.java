package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of an invoice item category to send: {@code InvoiceItemCategories.create} (which
 * requires the {@code name}) and {@code InvoiceItemCategories.update}. On the wire: XML
 * {@code <invoice-item-category><name>…</name></invoice-item-category>}, JSON
 * {@code {"invoice_item_category":{"name":…}}}. The name is the one field the service documents;
 * whether a category serves for hours or expenses ({@code use_as_service}, {@code use_as_expense})
 * is the service's to say, so it is never sent.
 */
public final class InvoiceItemCategoryFields {

    private String name;

    private InvoiceItemCategoryFields() {
        // for the binders
    }

    private InvoiceItemCategoryFields(Builder builder) {
        this.name = builder.name;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the category's name; empty when not sent */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceItemCategoryFields
                && Objects.equals(name, ((InvoiceItemCategoryFields) other).name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return ModelText.describe("InvoiceItemCategoryFields", "name", name);
    }

    /**
     * Builds an {@link InvoiceItemCategoryFields}; each value is checked as it is set, so a bad one
     * fails at once, naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String name;

        private Builder() {
        }

        /**
         * @param name the category's name ({@code Entertainment}), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder name(String name) {
            this.name = Checks.text("InvoiceItemCategoryFields.name", name);
            return this;
        }

        /** @return the value */
        public InvoiceItemCategoryFields build() {
            return new InvoiceItemCategoryFields(this);
        }
    }
}
