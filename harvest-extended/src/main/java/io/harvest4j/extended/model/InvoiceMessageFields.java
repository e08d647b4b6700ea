package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An invoice sent to its recipients ({@code InvoiceMessages.send}): at least one recipient's
 * e-mail address, an optional text, whether the PDF is attached, whether the sender gets a copy,
 * whether the PayPal link is included. On the wire: XML {@code <invoice-message>…</invoice-message>},
 * JSON {@code {"invoice_message":{…}}}, the recipients as one comma-separated text.
 */
public final class InvoiceMessageFields {

    private final String body;
    private final List<String> recipients;
    private final Boolean attachPdf;
    private final Boolean sendMeACopy;
    private final Boolean includePayPalLink;

    private InvoiceMessageFields(Builder builder) {
        this.body = builder.body;
        this.recipients = List.copyOf(builder.recipients);
        this.attachPdf = builder.attachPdf;
        this.sendMeACopy = builder.sendMeACopy;
        this.includePayPalLink = builder.includePayPalLink;
    }

    /**
     * @param recipients the recipients' e-mail addresses: at least one
     * @return a builder with them set
     * @throws InvalidRequestException when there is none, or one is {@code null} or no e-mail address
     */
    public static Builder builder(String... recipients) {
        return new Builder(recipients);
    }

    /** @return the message's text; empty when not sent */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** @return the recipients' e-mail addresses, at least one */
    public List<String> recipients() {
        return recipients;
    }

    /** @return whether the invoice's PDF is attached; empty when not sent */
    public Optional<Boolean> attachPdf() {
        return Optional.ofNullable(attachPdf);
    }

    /** @return whether the sender gets a copy; empty when not sent */
    public Optional<Boolean> sendMeACopy() {
        return Optional.ofNullable(sendMeACopy);
    }

    /** @return whether the PayPal payment link is included; empty when not sent */
    public Optional<Boolean> includePayPalLink() {
        return Optional.ofNullable(includePayPalLink);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceMessageFields
                && Arrays.equals(values(), ((InvoiceMessageFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the flags and how many recipients, not the text or the addresses */
    @Override
    public String toString() {
        return ModelText.describe("InvoiceMessageFields", "recipients", recipients.size(), "attachPdf", attachPdf,
                "sendMeACopy", sendMeACopy, "includePayPalLink", includePayPalLink);
    }

    private Object[] values() {
        return new Object[] {body, recipients, attachPdf, sendMeACopy, includePayPalLink};
    }

    /** Builds an {@link InvoiceMessageFields}; each value is checked as it is set. */
    public static final class Builder {
        private final List<String> recipients = new ArrayList<>();
        private String body;
        private Boolean attachPdf;
        private Boolean sendMeACopy;
        private Boolean includePayPalLink;

        private Builder(String... recipients) {
            Checks.required("InvoiceMessageFields.recipients", recipients);
            if (recipients.length == 0) {
                throw new InvalidRequestException("InvoiceMessageFields.recipients needs at least one e-mail address");
            }
            for (String recipient : recipients) {
                String email = Checks.email("InvoiceMessageFields.recipients", Checks.required("InvoiceMessageFields.recipients", recipient));
                if (email.contains(",")) {
                    throw new InvalidRequestException("InvoiceMessageFields.recipients: one address per argument, no commas: "
                            + email);
                }
                this.recipients.add(email);
            }
        }

        /**
         * @param body the message's text, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it cannot be sent
         */
        public Builder body(String body) {
            this.body = Checks.text("InvoiceMessageFields.body", body);
            return this;
        }

        /**
         * @param attachPdf whether the invoice's PDF is attached
         * @return this builder
         */
        public Builder attachPdf(boolean attachPdf) {
            this.attachPdf = attachPdf;
            return this;
        }

        /**
         * @param sendMeACopy whether the sender gets a copy
         * @return this builder
         */
        public Builder sendMeACopy(boolean sendMeACopy) {
            this.sendMeACopy = sendMeACopy;
            return this;
        }

        /**
         * @param includePayPalLink whether the PayPal payment link is included
         * @return this builder
         */
        public Builder includePayPalLink(boolean includePayPalLink) {
            this.includePayPalLink = includePayPalLink;
            return this;
        }

        /** @return the message */
        public InvoiceMessageFields build() {
            return new InvoiceMessageFields(this);
        }
    }
}
