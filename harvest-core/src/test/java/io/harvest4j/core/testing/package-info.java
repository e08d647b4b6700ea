/**
 * Test support shared by every module's tests, published as harvest-core's test-jar (this package
 * alone): {@link io.harvest4j.core.testing.RecordingTransport} and
 * {@link io.harvest4j.core.testing.RecordingCodec}, fakes of the two lowest seats of a client, and
 * {@link io.harvest4j.core.testing.CodecConformanceTest}, the contract every
 * {@link io.harvest4j.core.codec.Codec} passes.
 *
 * <p>The suite's models ({@code Widget}, {@code Part}, {@code Entry}, {@code Timer}) follow the
 * library's model convention: final classes, private fields, a private no-argument constructor,
 * field access and the core's {@code java.time} adapters for Jakarta XML Binding, named here. They
 * are values ({@code equals}), for a codec's own tests too.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateXmlAdapter.class),
    @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeXmlAdapter.class)
})
package io.harvest4j.core.testing;

import io.harvest4j.core.bind.LocalDateXmlAdapter;
import io.harvest4j.core.bind.OffsetDateTimeXmlAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;

