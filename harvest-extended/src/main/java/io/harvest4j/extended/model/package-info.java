/**
 * The values of the Extended REST API: immutable, codec-neutral, with builders. The annotations
 * below serve the XML codec only (they are not needed at run time without it): fields are bound
 * directly, and the {@code java.time} types go through the core's adapters.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateXmlAdapter.class),
    @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeXmlAdapter.class)
})
package io.harvest4j.extended.model;

import io.harvest4j.core.bind.LocalDateXmlAdapter;
import io.harvest4j.core.bind.OffsetDateTimeXmlAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
