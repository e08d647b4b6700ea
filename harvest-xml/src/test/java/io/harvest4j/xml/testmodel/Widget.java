package io.harvest4j.xml.testmodel;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A test model with one field of every kind the real models use. */
public final class Widget {

    private Long id;
    private String name;
    private String code;
    private String details;
    private BigDecimal hours;
    private Boolean active;
    private boolean billable;
    private Integer count;
    private int quantity;
    private long projectId;
    private LocalDate spentAt;
    private OffsetDateTime createdAt;
    private Part mainPart;
    @XmlElementWrapper(name = "spareParts")
    @XmlElement(name = "sparePart")
    private List<Part> spareParts;

    private Widget() {
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String details() {
        return details;
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

    public int quantity() {
        return quantity;
    }

    public long projectId() {
        return projectId;
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
        return billable == that.billable && quantity == that.quantity && projectId == that.projectId
                && Objects.equals(id, that.id) && Objects.equals(name, that.name)
                && Objects.equals(code, that.code) && Objects.equals(details, that.details)
                && Objects.equals(hours, that.hours) && Objects.equals(active, that.active)
                && Objects.equals(count, that.count) && Objects.equals(spentAt, that.spentAt)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(mainPart, that.mainPart)
                && Objects.equals(spareParts, that.spareParts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, code, hours, spentAt);
    }

    @Override
    public String toString() {
        return "Widget{id=" + id + ", name=" + name + ", code=" + code + ", details=" + details
                + ", hours=" + hours + ", active=" + active + ", billable=" + billable + ", count=" + count
                + ", quantity=" + quantity + ", projectId=" + projectId + ", spentAt=" + spentAt
                + ", createdAt=" + createdAt + ", mainPart=" + mainPart + ", spareParts=" + spareParts + '}';
    }

    /** Builds a {@link Widget}. */
    public static final class Builder {
        private final Widget widget = new Widget();

        private Builder() {
        }

        public Builder id(Long id) {
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

        public Builder details(String details) {
            widget.details = details;
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

        public Builder quantity(int quantity) {
            widget.quantity = quantity;
            return this;
        }

        public Builder projectId(long projectId) {
            widget.projectId = projectId;
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

        public Widget build() {
            Widget built = new Widget();
            built.id = widget.id;
            built.name = widget.name;
            built.code = widget.code;
            built.details = widget.details;
            built.hours = widget.hours;
            built.active = widget.active;
            built.billable = widget.billable;
            built.count = widget.count;
            built.quantity = widget.quantity;
            built.projectId = widget.projectId;
            built.spentAt = widget.spentAt;
            built.createdAt = widget.createdAt;
            built.mainPart = widget.mainPart;
            built.spareParts = widget.spareParts;
            return built;
        }
    }
}
