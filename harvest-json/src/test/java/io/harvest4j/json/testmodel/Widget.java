package io.harvest4j.json.testmodel;

import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A test model with one field of every kind the codec binds. */
public final class Widget {

    /** Not a property: static. */
    public static final String KIND = "widget";

    private long id;
    private String name;
    private Long ownerId;
    private Integer quantity;
    private int rank;
    private BigDecimal hours;
    private Boolean active;
    private boolean billable;
    private LocalDate spentAt;
    private OffsetDateTime createdAt;
    private Kind kind;
    private Gadget mainGadget;
    @XmlElementWrapper(name = "gadgets")
    private List<Gadget> gadgets;
    private List<String> tags;
    private List<Long> relatedIds;

    private Widget() {
        // for the binders
    }

    private Widget(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.ownerId = builder.ownerId;
        this.quantity = builder.quantity;
        this.rank = builder.rank;
        this.hours = builder.hours;
        this.active = builder.active;
        this.billable = builder.billable;
        this.spentAt = builder.spentAt;
        this.createdAt = builder.createdAt;
        this.kind = builder.kind;
        this.mainGadget = builder.mainGadget;
        this.gadgets = builder.gadgets;
        this.tags = builder.tags;
        this.relatedIds = builder.relatedIds;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the owner's id */
    public Optional<Long> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    /** @return the quantity */
    public Optional<Integer> quantity() {
        return Optional.ofNullable(quantity);
    }

    /** @return the rank */
    public int rank() {
        return rank;
    }

    /** @return the hours */
    public Optional<BigDecimal> hours() {
        return Optional.ofNullable(hours);
    }

    /** @return whether active, if known */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    /** @return whether billable: a getter-style name the codec must ignore */
    public boolean isBillable() {
        return billable;
    }

    /** @return the day */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    /** @return the creation time */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return the kind */
    public Optional<Kind> kind() {
        return Optional.ofNullable(kind);
    }

    /** @return the main gadget */
    public Optional<Gadget> mainGadget() {
        return Optional.ofNullable(mainGadget);
    }

    /** @return the gadgets, or {@code null} when absent */
    public List<Gadget> gadgets() {
        return gadgets;
    }

    /** @return the tags, or {@code null} when absent */
    public List<String> tags() {
        return tags;
    }

    /** @return related ids, or {@code null} when absent */
    public List<Long> relatedIds() {
        return relatedIds;
    }

    /** @return a getter the codec must not call */
    public String getSurprise() {
        throw new AssertionError("the codec must not call methods");
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Widget)) {
            return false;
        }
        Widget that = (Widget) other;
        return id == that.id && rank == that.rank && billable == that.billable && Objects.equals(name, that.name)
                && Objects.equals(ownerId, that.ownerId) && Objects.equals(quantity, that.quantity)
                && Objects.equals(hours, that.hours) && Objects.equals(active, that.active)
                && Objects.equals(spentAt, that.spentAt) && Objects.equals(createdAt, that.createdAt)
                && kind == that.kind && Objects.equals(mainGadget, that.mainGadget)
                && Objects.equals(gadgets, that.gadgets) && Objects.equals(tags, that.tags)
                && Objects.equals(relatedIds, that.relatedIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, ownerId, hours, spentAt);
    }

    @Override
    public String toString() {
        return "Widget{id=" + id + ", name=" + name + ", ownerId=" + ownerId + ", quantity=" + quantity + ", rank="
                + rank + ", hours=" + hours + ", active=" + active + ", billable=" + billable + ", spentAt=" + spentAt
                + ", createdAt=" + createdAt + ", kind=" + kind + ", mainGadget=" + mainGadget + ", gadgets="
                + gadgets + ", tags=" + tags + ", relatedIds=" + relatedIds + "}";
    }

    /** Builds a {@link Widget}. */
    public static final class Builder {
        private long id;
        private String name;
        private Long ownerId;
        private Integer quantity;
        private int rank;
        private BigDecimal hours;
        private Boolean active;
        private boolean billable;
        private LocalDate spentAt;
        private OffsetDateTime createdAt;
        private Kind kind;
        private Gadget mainGadget;
        private List<Gadget> gadgets;
        private List<String> tags;
        private List<Long> relatedIds;

        private Builder() {
        }

        /** @param id the id @return this */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /** @param name the name @return this */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param ownerId the owner @return this */
        public Builder ownerId(Long ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        /** @param quantity the quantity @return this */
        public Builder quantity(Integer quantity) {
            this.quantity = quantity;
            return this;
        }

        /** @param rank the rank @return this */
        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        /** @param hours the hours @return this */
        public Builder hours(BigDecimal hours) {
            this.hours = hours;
            return this;
        }

        /** @param active whether active @return this */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /** @param billable whether billable @return this */
        public Builder billable(boolean billable) {
            this.billable = billable;
            return this;
        }

        /** @param spentAt the day @return this */
        public Builder spentAt(LocalDate spentAt) {
            this.spentAt = spentAt;
            return this;
        }

        /** @param createdAt the time @return this */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** @param kind the kind @return this */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /** @param mainGadget the gadget @return this */
        public Builder mainGadget(Gadget mainGadget) {
            this.mainGadget = mainGadget;
            return this;
        }

        /** @param gadgets the gadgets @return this */
        public Builder gadgets(List<Gadget> gadgets) {
            this.gadgets = gadgets;
            return this;
        }

        /** @param tags the tags @return this */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /** @param relatedIds the ids @return this */
        public Builder relatedIds(List<Long> relatedIds) {
            this.relatedIds = relatedIds;
            return this;
        }

        /** @return the widget */
        public Widget build() {
            return new Widget(this);
        }
    }
}
