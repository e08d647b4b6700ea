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

    /** @return the task's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
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
}
