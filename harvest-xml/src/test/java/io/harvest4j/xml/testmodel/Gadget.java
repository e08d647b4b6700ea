package io.harvest4j.xml.testmodel;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/**
 * A test class outside the model convention (JavaBean properties, not fields): the codec cannot
 * learn its elements, so it only renames them and leaves the rest to JAXB.
 */
@XmlAccessorType(XmlAccessType.PUBLIC_MEMBER)
public final class Gadget {

    private String name;
    private Integer partCount;

    /** For JAXB. */
    public Gadget() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPartCount() {
        return partCount;
    }

    public void setPartCount(Integer partCount) {
        this.partCount = partCount;
    }
}
