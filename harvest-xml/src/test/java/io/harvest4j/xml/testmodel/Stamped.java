package io.harvest4j.xml.testmodel;

import io.harvest4j.core.bind.OffsetDateTimeXmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.OffsetDateTime;

/** A package-private abstract superclass, as the Extended API's models have one for id and time stamps. */
abstract class Stamped {

    long id;
    @XmlJavaTypeAdapter(OffsetDateTimeXmlAdapter.class)
    OffsetDateTime createdAt;

    Stamped() {
    }

    public long id() {
        return id;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
