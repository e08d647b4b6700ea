package io.harvest4j.json.testmodel;

import java.util.Objects;

/** A nested test model. */
public final class Gadget {

    private long id;
    private String label;

    private Gadget() {
        // for the binders
    }

    /**
     * @param id the id
     * @param label the label
     * @return a gadget
     */
    public static Gadget of(long id, String label) {
        Gadget gadget = new Gadget();
        gadget.id = id;
        gadget.label = label;
        return gadget;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the label */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gadget && id == ((Gadget) other).id && Objects.equals(label, ((Gadget) other).label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label);
    }

    @Override
    public String toString() {
        return "Gadget{" + id + ", " + label + "}";
    }
}
