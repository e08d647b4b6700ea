package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A project of the simulated account as it was when read ({@link Resource#PROJECTS}). Immutable. */
public final class ProjectSnapshot extends Snapshot {

    private final long clientId;
    private final String name;
    private final String code;
    private final boolean billable;
    private final boolean active;
    private final String billBy;
    private final String budgetBy;
    private final BigDecimal budget;
    private final BigDecimal hourlyRate;
    private final LocalDate startsOn;
    private final String notes;

    ProjectSnapshot(Project project) {
        super(project);
        this.clientId = project.clientId();
        this.name = project.name();
        this.code = project.code();
        this.billable = project.isBillable();
        this.active = project.isActive();
        this.billBy = (String) project.value("bill_by");
        this.budgetBy = (String) project.value("budget_by");
        this.budget = (BigDecimal) project.value("budget");
        this.hourlyRate = (BigDecimal) project.value("hourly_rate");
        this.startsOn = (LocalDate) project.value("starts_on");
        this.notes = (String) project.value("notes");
    }

    /** @return the client's id */
    public long clientId() {
        return clientId;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the code (may be empty) */
    public String code() {
        return code;
    }

    /** @return whether billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether active (false: archived, nobody may log to it) */
    public boolean isActive() {
        return active;
    }

    /** @return how it is billed: {@code Tasks}, {@code People} or {@code none} */
    public String billBy() {
        return billBy;
    }

    /** @return how it is budgeted: {@code project}, {@code project_cost}, {@code task}, {@code person} or {@code none} */
    public String budgetBy() {
        return budgetBy;
    }

    /** @return the budget, if any */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return the project's hourly rate, if any */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    /** @return the first day, if set */
    public Optional<LocalDate> startsOn() {
        return Optional.ofNullable(startsOn);
    }

    /** @return the notes, if any */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public String toString() {
        return "ProjectSnapshot[id=" + id() + ", " + name + ", client " + clientId + (active ? "" : ", archived") + "]";
    }
}
