package io.harvest4j.timetracking.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's daily timesheet: the day's entries, and the projects and tasks the user may log time to.
 * The answer of {@code GET /daily} and {@code GET /daily/{day_of_year}/{year}}.
 */
public final class Daily {

    private LocalDate forDay;
    @XmlElementWrapper
    @XmlElement
    private List<DayEntry> dayEntries;
    @XmlElementWrapper
    @XmlElement
    private List<DailyProject> projects;

    private Daily() {
        // for the binders
    }

    /** @return the day this timesheet is for (an answer without it is refused when read) */
    public LocalDate forDay() {
        return forDay;
    }

    /** @return the day's entries, in the service's order; unmodifiable, never {@code null} */
    public List<DayEntry> dayEntries() {
        return dayEntries == null ? List.of() : Collections.unmodifiableList(dayEntries);
    }

    /**
     * @return the projects, each with its tasks, that the user may add entries for; unmodifiable,
     *     never {@code null}, and empty for a read-only timesheet or a user without projects
     */
    public List<DailyProject> projects() {
        return projects == null ? List.of() : Collections.unmodifiableList(projects);
    }

    /**
     * @param id an entry's id
     * @return the day's entry of that id
     */
    public Optional<DayEntry> dayEntry(long id) {
        return dayEntries().stream().filter(entry -> entry.id() == id).findFirst();
    }

    /**
     * @param name a project's name
     * @return the first project of that name the user may log time to
     */
    public Optional<DailyProject> project(String name) {
        return projects().stream().filter(project -> Objects.equals(project.name(), name)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Daily)) {
            return false;
        }
        Daily that = (Daily) other;
        return Objects.equals(forDay, that.forDay) && dayEntries().equals(that.dayEntries())
                && projects().equals(that.projects());
    }

    @Override
    public int hashCode() {
        return Objects.hash(forDay, dayEntries(), projects());
    }

    @Override
    public String toString() {
        return "Daily{forDay=" + forDay + ", dayEntries=" + dayEntries() + ", projects=" + projects() + '}';
    }
}
