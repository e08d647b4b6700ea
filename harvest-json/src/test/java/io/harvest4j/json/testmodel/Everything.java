package io.harvest4j.json.testmodel;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A test model with a field of every kind the JSON codec reads, primitive and boxed, nested and collected. */
public final class Everything {

    private static final String IGNORED = "static fields are not read";

    private long id;
    private int rank;
    private short level;
    private byte flags;
    private double ratio;
    private float weight;
    private boolean billable;
    private Long ownerId;
    private Integer quantity;
    private Short shortBox;
    private Byte byteBox;
    private Double doubleBox;
    private Float floatBox;
    private Boolean active;
    private BigDecimal hours;
    private BigInteger total;
    private String name;
    private LocalDate spentAt;
    private OffsetDateTime createdAt;
    private Kind kind;
    private Gadget mainGadget;
    private List<Gadget> gadgets;
    private Set<String> tags;
    private Collection<Long> relatedIds;
    private Iterable<String> lines;
    private Map<String, Long> counts;
    private Map<String, Gadget> gadgetsByName;
    private List<List<Integer>> grid;
    private JsonValue extra;
    private JsonObject settings;
    private JsonArray items;
    private String sendMeACopy;
    private BigDecimal tax2Amount;
    private transient String cache;

    private Everything() {
        // for the binders
    }

    private Object[] values() {
        return new Object[] {id, rank, level, flags, ratio, weight, billable, ownerId, quantity, shortBox, byteBox,
            doubleBox, floatBox, active, hours, total, name, spentAt, createdAt, kind, mainGadget, gadgets, tags,
            relatedIds, lines, counts, gadgetsByName, grid, extra, settings, items, sendMeACopy, tax2Amount, cache};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Everything && Arrays.equals(values(), ((Everything) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return "Everything" + Arrays.toString(values());
    }
}
