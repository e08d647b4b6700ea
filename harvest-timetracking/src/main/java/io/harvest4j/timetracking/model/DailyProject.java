package io.harvest4j.timetracking.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project the user may log time to, with its tasks, as the daily timesheet lists it.
 */
public final class DailyProject {

    private String name;
    private String code;
    private long id;
    private Boolean billable;
    private String client;
    private Long clientId;
    private String clientCurrency;
    private String clientCurrencySymbol;
    @XmlElementWrapper
    @XmlElement
    private List<DailyTask> tasks;

    private DailyProject() {
        // for the binders
    }

    /** @return the project's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return the project's code; empty when it has none (the service sends a blank one) */
    public Optional<String> code() {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(code);
    }

    /** @return the project's id: the {@code projectId} of a {@link NewDayEntry} */
    public long id() {
        return id;
    }

    /** @return whether the project is billable ({@code false} when the service left it out) */
    public boolean isBillable() {
        return Boolean.TRUE.equals(billable);
    }

    /** @return the name of the project's client; empty when the service left it out */
    public String client() {
        return client == null ? "" : client;
    }

    /** @return the client's id */
    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the client's currency, as the service names it ({@code United States Dollar - USD}) */
    public Optional<String> clientCurrency() {
        return Optional.ofNullable(clientCurrency);
    }

    /** @return the client's currency symbol ({@code $}) */
    public Optional<String> clientCurrencySymbol() {
        return Optional.ofNullable(clientCurrencySymbol);
    }

    /** @return the tasks the user may log time to on this project, unmodifiable, never {@code null} */
    public List<DailyTask> tasks() {
        return tasks == null ? List.of() : Collections.unmodifiableList(tasks);
    }

    /**
     * @param taskName a task's name
     * @return the first of this project's tasks of that name
     */
    public Optional<DailyTask> task(String taskName) {
        return tasks().stream().filter(task -> Objects.equals(task.name(), taskName)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DailyProject)) {
            return false;
        }
        DailyProject that = (DailyProject) other;
        return Objects.equals(name, that.name)
                && Objects.equals(code, that.code)
                && id == that.id
                && Objects.equals(billable, that.billable)
                && Objects.equals(client, that.client)
                && Objects.equals(clientId, that.clientId)
                && Objects.equals(clientCurrency, that.clientCurrency)
                && Objects.equals(clientCurrencySymbol, that.clientCurrencySymbol)
                && tasks().equals(that.tasks());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, code, id, billable, client, clientId, clientCurrency, clientCurrencySymbol, tasks());
    }

    @Override
    public String toString() {
        return "DailyProject{name=" + name
                + ", code=" + code
                + ", id=" + id
                + ", billable=" + billable
                + ", client=" + client
                + ", clientId=" + clientId
                + ", clientCurrency=" + clientCurrency
                + ", clientCurrencySymbol=" + clientCurrencySymbol
                + ", tasks=" + tasks() + '}';
    }
}
