package io.harvest4j.xml.testmodel;

import io.harvest4j.core.testing.Part;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.util.List;
import java.util.Objects;

/**
 * A test class of the model convention with what the shared models lack: a list of repeated
 * elements without a wrapper, a wrapped list of strings, primitives, an abstract superclass.
 */
public final class Crate extends Stamped {

    private List<Part> part;
    @XmlElementWrapper
    @XmlElement
    private List<String> labels;
    private int size;
    private boolean sealed;
    private Long weight;
    private String note;

    private Crate() {
    }

    public List<Part> parts() {
        return part;
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return size;
    }

    public boolean sealed() {
        return sealed;
    }

    public Long weight() {
        return weight;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Crate)) {
            return false;
        }
        Crate that = (Crate) other;
        return id == that.id && Objects.equals(createdAt, that.createdAt) && Objects.equals(part, that.part) && Objects.equals(labels, that.labels) && size == that.size
                && sealed == that.sealed && Objects.equals(weight, that.weight) && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, createdAt, part, labels, size, sealed, weight, note);
    }

    @Override
    public String toString() {
        return "Crate{id=" + id + ", createdAt=" + createdAt + ", part=" + part + ", labels=" + labels + ", size=" + size + ", sealed=" + sealed + ", weight="
                + weight + ", note=" + (note == null ? null : "'" + note + "'") + "}";
    }
}
