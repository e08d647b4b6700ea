package io.harvest4j.extended.model;

import java.util.Objects;

/**
 * The company that owns the account, as {@code who_am_i} describes it.
 */
public final class Company {

    private String baseUri;
    private String fullDomain;
    private String name;
    private Boolean active;
    private String weekStartDay;
    private String timeFormat;
    private String clock;
    private String decimalSymbol;
    private String colorScheme;
    private CompanyModules modules;
    private String thousandsSeparator;

    private Company() {
        // for the binders
    }

    private Company(Builder builder) {
        this.baseUri = builder.baseUri;
        this.fullDomain = builder.fullDomain;
        this.name = builder.name;
        this.active = builder.active;
        this.weekStartDay = builder.weekStartDay;
        this.timeFormat = builder.timeFormat;
        this.clock = builder.clock;
        this.decimalSymbol = builder.decimalSymbol;
        this.colorScheme = builder.colorScheme;
        this.modules = builder.modules;
        this.thousandsSeparator = builder.thousandsSeparator;
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the account's address, {@code https://demo.harvestapp.com} */
    public String baseUri() {
        return baseUri;
    }

    /** @return the account's host name */
    public String fullDomain() {
        return fullDomain;
    }

    /** @return the company's name */
    public String name() {
        return name;
    }

    /** @return whether the account is active ({@code false} when the service left it out) */
    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** @return the first day of the week, {@code Monday} */
    public String weekStartDay() {
        return weekStartDay;
    }

    /** @return how hours are shown: {@code decimal} or {@code hours_minutes} */
    public String timeFormat() {
        return timeFormat;
    }

    /** @return {@code 12h} or {@code 24h} */
    public String clock() {
        return clock;
    }

    /** @return the decimal separator */
    public String decimalSymbol() {
        return decimalSymbol;
    }

    /** @return the account's colour scheme */
    public String colorScheme() {
        return colorScheme;
    }

    /** @return which modules the account has switched on */
    public CompanyModules modules() {
        return modules;
    }

    /** @return the thousands separator */
    public String thousandsSeparator() {
        return thousandsSeparator;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Company)) {
            return false;
        }
        Company that = (Company) other;
        return Objects.equals(baseUri, that.baseUri)
                && Objects.equals(fullDomain, that.fullDomain)
                && Objects.equals(name, that.name)
                && Objects.equals(active, that.active)
                && Objects.equals(weekStartDay, that.weekStartDay)
                && Objects.equals(timeFormat, that.timeFormat)
                && Objects.equals(clock, that.clock)
                && Objects.equals(decimalSymbol, that.decimalSymbol)
                && Objects.equals(colorScheme, that.colorScheme)
                && Objects.equals(modules, that.modules)
                && Objects.equals(thousandsSeparator, that.thousandsSeparator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUri, fullDomain, name, active, weekStartDay, timeFormat, clock, decimalSymbol, colorScheme, modules, thousandsSeparator);
    }

    @Override
    public String toString() {
        return "Company{baseUri=" + baseUri
                + ", fullDomain=" + fullDomain
                + ", name=" + name
                + ", active=" + active
                + ", weekStartDay=" + weekStartDay
                + ", timeFormat=" + timeFormat
                + ", clock=" + clock
                + ", decimalSymbol=" + decimalSymbol
                + ", colorScheme=" + colorScheme
                + ", modules=" + modules
                + ", thousandsSeparator=" + thousandsSeparator + '}';
    }

    /** Builds a {@link Company}. */
    public static final class Builder {
        private String baseUri;
        private String fullDomain;
        private String name;
        private Boolean active;
        private String weekStartDay;
        private String timeFormat;
        private String clock;
        private String decimalSymbol;
        private String colorScheme;
        private CompanyModules modules;
        private String thousandsSeparator;

        private Builder() {
        }

        public Builder baseUri(String baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        public Builder fullDomain(String fullDomain) {
            this.fullDomain = fullDomain;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public Builder weekStartDay(String weekStartDay) {
            this.weekStartDay = weekStartDay;
            return this;
        }

        public Builder timeFormat(String timeFormat) {
            this.timeFormat = timeFormat;
            return this;
        }

        public Builder clock(String clock) {
            this.clock = clock;
            return this;
        }

        public Builder decimalSymbol(String decimalSymbol) {
            this.decimalSymbol = decimalSymbol;
            return this;
        }

        public Builder colorScheme(String colorScheme) {
            this.colorScheme = colorScheme;
            return this;
        }

        public Builder modules(CompanyModules modules) {
            this.modules = modules;
            return this;
        }

        public Builder thousandsSeparator(String thousandsSeparator) {
            this.thousandsSeparator = thousandsSeparator;
            return this;
        }

        public Company build() {
            return new Company(this);
        }
    }
}
