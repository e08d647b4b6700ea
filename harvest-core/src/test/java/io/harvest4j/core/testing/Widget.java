package io.harvest4j.core.testing;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A model of the conformance suite with a field of every kind the library's models use: a
 * primitive id, strings, a lenient id, money and hours, booleans, dates, a nested value and a list
 * ({@code <spare-parts type="array"><spare-part>…} in XML, {@code "spare_parts":[{…}]} in JSON).
 */
public final class Widget {

    private long id;
    private String name;
    private String code;
    private String notes;
    private Long ownerId;
    private BigDecimal hours;
    private Boolean active;
    private boolean billable;
    private Integer count;
    private LocalDate spentAt;
    private OffsetDateTime createdAt;
    private Part mainPart;
    @XmlElementWrapper(name = "spareParts")
    @XmlElement(name = "sparePart")
    private List<Part> spareParts;

    private Widget() {
    }

    /** @return a builder of a widget with every field {@code null} (or zero, or false) */
    public static Builder builder() {
        return new Builder();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String notes() {
        return notes;
    }

    public Long ownerId() {
        return ownerId;
    }

    public BigDecimal hours() {
        return hours;
    }

    public Boolean active() {
        return active;
    }

    public boolean billable() {
        return billable;
    }

    public Integer count() {
        return count;
    }

    public LocalDate spentAt() {
        return spentAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Part mainPart() {
        return mainPart;
    }

    public List<Part> spareParts() {
        return spareParts;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Widget)) {
            return false;
        }
        Widget that = (Widget) other;
        return id == that.id && billable == that.billable && Objects.equals(name, that.name)
                && Objects.equals(code, that.code) && Objects.equals(notes, that.notes)
                && Objects.equals(ownerId, that.ownerId) && Objects.equals(hours, that.hours)
                && Objects.equals(active, that.active) && Objects.equals(count, that.count)
                && Objects.equals(spentAt, that.spentAt) && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(mainPart, that.mainPart) && Objects.equals(spareParts, that.spareParts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, code, notes, ownerId, hours, active, billable, count, spentAt, createdAt, mainPart, spareParts);
    }

    @Override
    public String toString() {
        return "Widget{id=" + id + ", name=" + name + ", code=" + code + ", notes=" + notes + ", ownerId=" + ownerId
                + ", hours=" + hours + ", active=" + active + ", billable=" + billable + ", count=" + count
                + ", spentAt=" + spentAt + ", createdAt=" + createdAt + ", mainPart=" + mainPart
                + ", spareParts=" + spareParts + "}";
    }

    /** Builds a {@link Widget}. */
    public static final class Builder {
        private final Widget widget = new Widget();

        private Builder() {
        }

        public Builder id(long id) {
            widget.id = id;
            return this;
        }

        public Builder name(String name) {
            widget.name = name;
            return this;
        }

        public Builder code(String code) {
            widget.code = code;
            return this;
        }

        public Builder notes(String notes) {
            widget.notes = notes;
            return this;
        }

        public Builder ownerId(Long ownerId) {
            widget.ownerId = ownerId;
            return this;
        }

        public Builder hours(BigDecimal hours) {
            widget.hours = hours;
            return this;
        }

        public Builder active(Boolean active) {
            widget.active = active;
            return this;
        }

        public Builder billable(boolean billable) {
            widget.billable = billable;
            return this;
        }

        public Builder count(Integer count) {
            widget.count = count;
            return this;
        }

        public Builder spentAt(LocalDate spentAt) {
            widget.spentAt = spentAt;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            widget.createdAt = createdAt;
            return this;
        }

        public Builder mainPart(Part mainPart) {
            widget.mainPart = mainPart;
            return this;
        }

        public Builder spareParts(List<Part> spareParts) {
            widget.spareParts = spareParts == null ? null : List.copyOf(spareParts);
            return this;
        }

        /** @return a new widget (the builder may go on) */
        public Widget build() {
            Widget built = new Widget();
            built.id = widget.id;
            built.name = widget.name;
            built.code = widget.code;
            built.notes = widget.notes;
            built.ownerId = widget.ownerId;
            built.hours = widget.hours;
            built.active = widget.active;
            built.billable = widget.billable;
            built.count = widget.count;
            built.spentAt = widget.spentAt;
            built.createdAt = widget.createdAt;
            built.mainPart = widget.mainPart;
            built.spareParts = widget.spareParts;
            return built;
        }
    }
}
