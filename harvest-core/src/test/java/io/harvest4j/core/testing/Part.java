package io.harvest4j.core.testing;

import java.math.BigDecimal;
import java.util.Objects;

/** A model of the conformance suite: a value nested in {@link Widget}, and an item of its lists. */
public final class Part {

    private String name;
    private Long partId;
    private BigDecimal unitPrice;

    private Part() {
    }

    /**
     * @param name the name, or {@code null}
     * @param partId the id, or {@code null}
     * @param unitPrice the price, or {@code null}
     * @return a part
     */
    public static Part of(String name, Long partId, BigDecimal unitPrice) {
        Part part = new Part();
        part.name = name;
        part.partId = partId;
        part.unitPrice = unitPrice;
        return part;
    }

    public String name() {
        return name;
    }

    public Long partId() {
        return partId;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Part)) {
            return false;
        }
        Part that = (Part) other;
        return Objects.equals(name, that.name) && Objects.equals(partId, that.partId)
                && Objects.equals(unitPrice, that.unitPrice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, partId, unitPrice);
    }

    @Override
    public String toString() {
        return "Part{name=" + name + ", partId=" + partId + ", unitPrice=" + unitPrice + "}";
    }
}
