package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.LineItemsCsv;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an invoice to send: {@code Invoices.create} (which requires the {@code clientId})
 * and {@code Invoices.update}. On the wire: XML {@code <invoice>…</invoice>}, JSON
 * {@code {"invoice":{…}}}; fields not set are not sent. Line items go out as the invoice's
 * {@code csv-line-items}, written with RFC 4180's quoting; an update without line items leaves the
 * invoice's lines as they are. The payment terms are written ({@code dueAtHumanFormat}: {@code NET 30},
 * {@code due upon receipt}); the service computes the due day from them. The invoice's state is
 * not part of it: it moves through messages and payments.
 *
 * <p>The fields that make the service gather an invoice's lines ({@code kind} other than
 * {@code free_form}, {@code projectsToInvoice}, {@code importHours}, {@code importExpenses}, the
 * expense period) are read by a create only.
 */
public final class InvoiceFields {

    private String dueAtHumanFormat;
    private Long clientId;
    private String currency;
    private LocalDate issuedAt;
    private String subject;
    private String notes;
    private String number;
    private String purchaseOrder;
    private BigDecimal tax;
    private BigDecimal tax2;
    private BigDecimal discount;
    private String kind;
    private String projectsToInvoice;
    private String importHours;
    private String importExpenses;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate expensePeriodStart;
    private LocalDate expensePeriodEnd;
    private String csvLineItems;

    private InvoiceFields() {
        // for the binders
    }

    private InvoiceFields(Builder builder) {
        this.dueAtHumanFormat = builder.dueAtHumanFormat;
        this.clientId = builder.clientId;
        this.currency = builder.currency;
        this.issuedAt = builder.issuedAt;
        this.subject = builder.subject;
        this.notes = builder.notes;
        this.number = builder.number;
        this.purchaseOrder = builder.purchaseOrder;
        this.tax = builder.tax;
        this.tax2 = builder.tax2;
        this.discount = builder.discount;
        this.kind = builder.kind;
        this.projectsToInvoice = builder.projectsToInvoice;
        this.importHours = builder.importHours;
        this.importExpenses = builder.importExpenses;
        this.periodStart = builder.periodStart;
        this.periodEnd = builder.periodEnd;
        this.expensePeriodStart = builder.expensePeriodStart;
        this.expensePeriodEnd = builder.expensePeriodEnd;
        this.csvLineItems = builder.lineItems == null ? null : LineItemsCsv.write(builder.lineItems);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the payment terms ({@code NET 30}); empty when not sent */
    public Optional<String> dueAtHumanFormat() {
        return Optional.ofNullable(dueAtHumanFormat);
    }

    /** @return the client's id; empty when not sent */
    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the currency as the service names it; empty when not sent */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** @return the issue day; empty when not sent */
    public Optional<LocalDate> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** @return the subject; empty when not sent */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return the notes; empty when not sent */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return the number; empty when not sent (a create then gets one from the service) */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** @return the purchase order; empty when not sent */
    public Optional<String> purchaseOrder() {
        return Optional.ofNullable(purchaseOrder);
    }

    /** @return the first tax, in percent; empty when not sent */
    public Optional<BigDecimal> tax() {
        return Optional.ofNullable(tax);
    }

    /** @return the second tax, in percent; empty when not sent */
    public Optional<BigDecimal> tax2() {
        return Optional.ofNullable(tax2);
    }

    /** @return the discount, in percent; empty when not sent */
    public Optional<BigDecimal> discount() {
        return Optional.ofNullable(discount);
    }

    /** @return what a new invoice is made of; empty when not sent */
    public Optional<InvoiceKind> kind() {
        return Optional.ofNullable(kind).map(text -> InvoiceKind.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
    }

    /** @return the ids of the projects whose hours and expenses are gathered, comma-separated; empty when not sent */
    public Optional<String> projectsToInvoice() {
        return Optional.ofNullable(projectsToInvoice);
    }

    /** @return whether the projects' hours are gathered; empty when not sent */
    public Optional<Boolean> importHours() {
        return Optional.ofNullable(importHours).map(ALL::equals);
    }

    /** @return whether the projects' expenses are gathered; empty when not sent */
    public Optional<Boolean> importExpenses() {
        return Optional.ofNullable(importExpenses).map(ALL::equals);
    }

    /** @return the first day of the invoiced period; empty when not sent */
    public Optional<LocalDate> periodStart() {
        return Optional.ofNullable(periodStart);
    }

    /** @return the last day of the invoiced period; empty when not sent */
    public Optional<LocalDate> periodEnd() {
        return Optional.ofNullable(periodEnd);
    }

    /** @return the first day of the expenses gathered; empty when not sent */
    public Optional<LocalDate> expensePeriodStart() {
        return Optional.ofNullable(expensePeriodStart);
    }

    /** @return the last day of the expenses gathered; empty when not sent */
    public Optional<LocalDate> expensePeriodEnd() {
        return Optional.ofNullable(expensePeriodEnd);
    }

    /** @return the line items; empty when none are sent (an update then leaves the invoice's alone) */
    public Optional<List<InvoiceLineItem>> lineItems() {
        return Optional.ofNullable(csvLineItems).map(LineItemsCsv::read);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceFields && Arrays.equals(values(), ((InvoiceFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("InvoiceFields", "clientId", clientId, "number", number, "kind", kind,
                "issuedAt", issuedAt, "dueAtHumanFormat", dueAtHumanFormat, "currency", currency, "tax", tax,
                "tax2", tax2, "discount", discount, "projectsToInvoice", projectsToInvoice, "importHours", importHours,
                "importExpenses", importExpenses, "periodStart", periodStart, "periodEnd", periodEnd,
                "expensePeriodStart", expensePeriodStart, "expensePeriodEnd", expensePeriodEnd,
                "lineItems", csvLineItems == null ? null : LineItemsCsv.read(csvLineItems).size());
    }

    private Object[] values() {
        return new Object[] {dueAtHumanFormat, clientId, currency, issuedAt, subject, notes, number, purchaseOrder,
                tax, tax2, discount, kind, projectsToInvoice, importHours, importExpenses, periodStart, periodEnd,
                expensePeriodStart, expensePeriodEnd, csvLineItems};
    }

    private static final String ALL = "all";

    /**
     * Builds an {@link InvoiceFields}; each value is checked as it is set, so a bad one fails at
     * once, naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String dueAtHumanFormat;
        private Long clientId;
        private String currency;
        private LocalDate issuedAt;
        private String subject;
        private String notes;
        private String number;
        private String purchaseOrder;
        private BigDecimal tax;
        private BigDecimal tax2;
        private BigDecimal discount;
        private String kind;
        private String projectsToInvoice;
        private String importHours;
        private String importExpenses;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private LocalDate expensePeriodStart;
        private LocalDate expensePeriodEnd;
        private List<InvoiceLineItem> lineItems;

        private Builder() {
        }

        /**
         * @param dueAtHumanFormat the payment terms: {@code NET 10}, {@code NET 30}, {@code due upon receipt}…,
         *     or {@code null} to leave them out
         * @return this builder
         * @throws InvalidRequestException when blank or they cannot be sent
         */
        public Builder dueAtHumanFormat(String dueAtHumanFormat) {
            this.dueAtHumanFormat = dueAtHumanFormat == null ? null : Checks.nonBlank("InvoiceFields.dueAtHumanFormat", dueAtHumanFormat);
            return this;
        }

        /**
         * @param clientId the client's id: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder clientId(long clientId) {
            this.clientId = Checks.positiveId("InvoiceFields.clientId", clientId);
            return this;
        }

        /**
         * @param currency the currency as the service names it ({@code United States Dollar - USD}), or {@code null}
         * @return this builder
         * @throws InvalidRequestException when it cannot be sent
         */
        public Builder currency(String currency) {
            this.currency = Checks.text("InvoiceFields.currency", currency);
            return this;
        }

        /**
         * @param issuedAt the issue day, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder issuedAt(LocalDate issuedAt) {
            this.issuedAt = Checks.date("InvoiceFields.issuedAt", issuedAt);
            return this;
        }

        /**
         * @param subject the subject ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it cannot be sent
         */
        public Builder subject(String subject) {
            this.subject = Checks.text("InvoiceFields.subject", subject);
            return this;
        }

        /**
         * @param notes the notes ({@code ""} clears them), or {@code null} to leave them out
         * @return this builder
         * @throws InvalidRequestException when they cannot be sent
         */
        public Builder notes(String notes) {
            this.notes = Checks.text("InvoiceFields.notes", notes);
            return this;
        }

        /**
         * @param number the invoice's number, or {@code null} to let the service number a new one
         * @return this builder
         * @throws InvalidRequestException when blank or it cannot be sent
         */
        public Builder number(String number) {
            this.number = number == null ? null : Checks.nonBlank("InvoiceFields.number", number);
            return this;
        }

        /**
         * @param purchaseOrder the client's purchase order ({@code ""} clears it), or {@code null}
         * @return this builder
         * @throws InvalidRequestException when it cannot be sent
         */
        public Builder purchaseOrder(String purchaseOrder) {
            this.purchaseOrder = Checks.text("InvoiceFields.purchaseOrder", purchaseOrder);
            return this;
        }

        /**
         * @param tax the first tax in percent, on the lines marked taxed: not negative, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder tax(BigDecimal tax) {
            this.tax = Checks.notNegative("InvoiceFields.tax", tax);
            return this;
        }

        /**
         * @param tax2 the second tax in percent, on the lines marked taxed2: not negative, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder tax2(BigDecimal tax2) {
            this.tax2 = Checks.notNegative("InvoiceFields.tax2", tax2);
            return this;
        }

        /**
         * @param discount the discount in percent: not negative, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder discount(BigDecimal discount) {
            this.discount = Checks.notNegative("InvoiceFields.discount", discount);
            return this;
        }

        /**
         * @param kind what a new invoice is made of (a create only), or {@code null} to leave it out
         * @return this builder
         */
        public Builder kind(InvoiceKind kind) {
            this.kind = kind == null ? null : kind.wireValue();
            return this;
        }

        /**
         * @param projectIds the projects whose hours and expenses a new invoice gathers: positive ids, at least one
         * @return this builder
         * @throws InvalidRequestException when there is none, or one is not positive
         */
        public Builder projectsToInvoice(long... projectIds) {
            Checks.required("InvoiceFields.projectsToInvoice", projectIds);
            if (projectIds.length == 0) {
                throw new InvalidRequestException("InvoiceFields.projectsToInvoice needs at least one project id");
            }
            StringBuilder ids = new StringBuilder();
            for (long id : projectIds) {
                ids.append(ids.length() == 0 ? "" : ",").append(Checks.positiveId("InvoiceFields.projectsToInvoice", id));
            }
            this.projectsToInvoice = ids.toString();
            return this;
        }

        /**
         * @param importHours whether a new invoice gathers the projects' hours ({@code all}) or not
         * @return this builder
         */
        public Builder importHours(boolean importHours) {
            this.importHours = importHours ? ALL : "no";
            return this;
        }

        /**
         * @param importExpenses whether a new invoice gathers the projects' expenses ({@code all}) or not
         * @return this builder
         */
        public Builder importExpenses(boolean importExpenses) {
            this.importExpenses = importExpenses ? ALL : "no";
            return this;
        }

        /**
         * @param periodStart the first day of the invoiced period, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder periodStart(LocalDate periodStart) {
            this.periodStart = Checks.date("InvoiceFields.periodStart", periodStart);
            return this;
        }

        /**
         * @param periodEnd the last day of the invoiced period, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder periodEnd(LocalDate periodEnd) {
            this.periodEnd = Checks.date("InvoiceFields.periodEnd", periodEnd);
            return this;
        }

        /**
         * @param expensePeriodStart the first day of the expenses gathered, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder expensePeriodStart(LocalDate expensePeriodStart) {
            this.expensePeriodStart = Checks.date("InvoiceFields.expensePeriodStart", expensePeriodStart);
            return this;
        }

        /**
         * @param expensePeriodEnd the last day of the expenses gathered, or {@code null}
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder expensePeriodEnd(LocalDate expensePeriodEnd) {
            this.expensePeriodEnd = Checks.date("InvoiceFields.expensePeriodEnd", expensePeriodEnd);
            return this;
        }

        /**
         * @param lineItems the invoice's lines, replacing all it has (an empty list removes them)
         * @return this builder
         * @throws InvalidRequestException when the list or one of its lines is {@code null}
         */
        public Builder lineItems(List<InvoiceLineItem> lineItems) {
            Checks.required("InvoiceFields.lineItems", lineItems);
            for (InvoiceLineItem item : lineItems) {
                Checks.required("InvoiceFields.lineItems: a line", item);
            }
            this.lineItems = List.copyOf(new ArrayList<>(lineItems));
            return this;
        }

        /** @return the value */
        public InvoiceFields build() {
            return new InvoiceFields(this);
        }
    }
}
