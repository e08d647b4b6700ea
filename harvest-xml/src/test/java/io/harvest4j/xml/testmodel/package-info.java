/**
 * Test-only models that follow the harvest4j model convention exactly: field access, the core's
 * {@code java.time} adapters named in this file, no {@code @XmlRootElement}, camel-case names.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateXmlAdapter.class),
    @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeXmlAdapter.class)
})
package io.harvest4j.xml.testmodel;

import io.harvest4j.core.bind.LocalDateXmlAdapter;
import io.harvest4j.core.bind.OffsetDateTimeXmlAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
