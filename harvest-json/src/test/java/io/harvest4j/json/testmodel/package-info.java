/**
 * Test-only models that follow harvest4j's model convention: final classes, private non-final
 * fields named by the Java property, a private no-argument constructor, record-style accessors,
 * builders, and JAXB annotations that the JSON codec ignores. The entry and the timer of the
 * inlined shape are the shared models of {@code io.harvest4j.core.testing}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package io.harvest4j.json.testmodel;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

