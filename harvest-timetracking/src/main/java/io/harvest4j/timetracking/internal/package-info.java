/**
 * Not part of the API: the wire form of the Time Tracking request body, the checks the request
 * builders share, and the clock-time text of timestamp accounts. Not exported; opened to the codecs,
 * which bind {@link io.harvest4j.timetracking.internal.DayEntryRequestBody}'s fields directly.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package io.harvest4j.timetracking.internal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
