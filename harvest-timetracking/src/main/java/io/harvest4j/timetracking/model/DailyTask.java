package io.harvest4j.timetracking.model;

import java.util.Objects;

/** A task of a {@link DailyProject} that the user may log time to. */
public final class DailyTask {

    private String name;
    private long id;
    private Boolean billable;

    private DailyTask() {
        // for the binders
    }

    private DailyTask(Builder builder) {
        this.name = builder.name;
        this.id = builder.id;
        this.billable = builder.billable;
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the task's name */
    public String name() {
        return name;
    }

    /** @return the task's id: the {@code taskId} of a {@link NewDayEntry} */
    public long id() {
        return id;
    }

    /** @return whether time on this task is billable ({@code false} when the service left it out) */
    public boolean isBillable() {
        return Boolean.TRUE.equals(billable);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DailyTask)) {
            return false;
        }
        DailyTask that = (DailyTask) other;
        return Objects.equals(name, that.name) && id == that.id && Objects.equals(billable, that.billable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, id, billable);
    }

    @Override
    public String toString() {
        return "DailyTask{name=" + name + ", id=" + id + ", billable=" + billable + '}';
    }

    /** Builds a {@link DailyTask}; not thread-safe. */
    public static final class Builder {
        private String name;
        private long id;
        private Boolean billable;

        private Builder() {
        }

        /**
         * @param name the task's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param id the task's id
         * @return this builder
         */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /**
         * @param billable whether the task is billable
         * @return this builder
         */
        public Builder billable(Boolean billable) {
            this.billable = billable;
            return this;
        }

        /** @return the task */
        public DailyTask build() {
            return new DailyTask(this);
        }
    }
}
