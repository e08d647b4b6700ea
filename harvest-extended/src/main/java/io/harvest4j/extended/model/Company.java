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

    /** @return the account's address, {@code https://demo.harvestapp.com}; empty when the service left it out */
    public String baseUri() {
        return baseUri == null ? "" : baseUri;
    }

    /** @return the account's host name; empty when the service left it out */
    public String fullDomain() {
        return fullDomain == null ? "" : fullDomain;
    }

    /** @return the company's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return whether the account is active ({@code false} when the service left it out) */
    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** @return the first day of the week, {@code Monday}; empty when the service left it out */
    public String weekStartDay() {
        return weekStartDay == null ? "" : weekStartDay;
    }

    /** @return how hours are shown: {@code decimal} or {@code hours_minutes}; empty when the service left it out */
    public String timeFormat() {
        return timeFormat == null ? "" : timeFormat;
    }

    /** @return {@code 12h} or {@code 24h}; empty when the service left it out */
    public String clock() {
        return clock == null ? "" : clock;
    }

    /** @return the decimal separator; empty when the service left it out */
    public String decimalSymbol() {
        return decimalSymbol == null ? "" : decimalSymbol;
    }

    /** @return the account's colour scheme; empty when the service left it out */
    public String colorScheme() {
        return colorScheme == null ? "" : colorScheme;
    }

    /** @return which modules the account has switched on; all off when the service left them out */
    public CompanyModules modules() {
        return modules == null ? CompanyModules.NONE : modules;
    }

    /** @return the thousands separator; empty when the service left it out */
    public String thousandsSeparator() {
        return thousandsSeparator == null ? "" : thousandsSeparator;
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
}
