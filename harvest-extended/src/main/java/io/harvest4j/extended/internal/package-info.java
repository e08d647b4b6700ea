/**
 * Not part of the API: the wire form of the assignment creates ({@code <task><id>…</id></task>},
 * {@code <user><id>…</id></user>}) and what the models and request types of the Extended API share.
 * Not exported; opened to the codecs, which bind {@link io.harvest4j.extended.internal.IdReference}'s
 * field directly.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package io.harvest4j.extended.internal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
