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
    @XmlElementWrapper(name = "tasks")
    @XmlElement(name = "task")
    private List<DailyTask> tasks;

    private DailyProject() {
        // for the binders
    }

    private DailyProject(Builder builder) {
        this.name = builder.name;
        this.code = builder.code;
        this.id = builder.id;
        this.billable = builder.billable;
        this.client = builder.client;
        this.clientId = builder.clientId;
        this.clientCurrency = builder.clientCurrency;
        this.clientCurrencySymbol = builder.clientCurrencySymbol;
        this.tasks = List.copyOf(builder.tasks);
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the project's name */
    public String name() {
        return name;
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

    /** @return the name of the project's client */
    public String client() {
        return client;
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

    /** Builds a {@link DailyProject}; not thread-safe. */
    public static final class Builder {
        private String name;
        private String code;
        private long id;
        private Boolean billable;
        private String client;
        private Long clientId;
        private String clientCurrency;
        private String clientCurrencySymbol;
        private final List<DailyTask> tasks = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param name the project's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param code the project's code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param id the project's id
         * @return this builder
         */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /**
         * @param billable whether the project is billable
         * @return this builder
         */
        public Builder billable(Boolean billable) {
            this.billable = billable;
            return this;
        }

        /**
         * @param client the client's name
         * @return this builder
         */
        public Builder client(String client) {
            this.client = client;
            return this;
        }

        /**
         * @param clientId the client's id
         * @return this builder
         */
        public Builder clientId(Long clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * @param clientCurrency the client's currency
         * @return this builder
         */
        public Builder clientCurrency(String clientCurrency) {
            this.clientCurrency = clientCurrency;
            return this;
        }

        /**
         * @param clientCurrencySymbol the client's currency symbol
         * @return this builder
         */
        public Builder clientCurrencySymbol(String clientCurrencySymbol) {
            this.clientCurrencySymbol = clientCurrencySymbol;
            return this;
        }

        /**
         * @param task a task to add
         * @return this builder
         */
        public Builder task(DailyTask task) {
            this.tasks.add(Objects.requireNonNull(task, "task"));
            return this;
        }

        /**
         * @param tasks the tasks, replacing those added before
         * @return this builder
         */
        public Builder tasks(List<DailyTask> tasks) {
            this.tasks.clear();
            tasks.forEach(this::task);
            return this;
        }

        /** @return the project */
        public DailyProject build() {
            return new DailyProject(this);
        }
    }
}
