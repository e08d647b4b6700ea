/**
 * The values of the Time Tracking API: the {@link io.harvest4j.timetracking.model.Daily daily
 * timesheet}, its {@link io.harvest4j.timetracking.model.DayEntry day entries} and the
 * {@link io.harvest4j.timetracking.model.DailyProject projects and tasks} the user may log time to,
 * the {@link io.harvest4j.timetracking.model.TimerResult answer of a timer call}, and the two
 * requests: {@link io.harvest4j.timetracking.model.NewDayEntry} and
 * {@link io.harvest4j.timetracking.model.DayEntryUpdate}.
 *
 * <p>Immutable, codec-neutral, with builders. The annotations below serve the XML codec only
 * (they are not needed at run time without it): fields are bound directly, and the
 * {@code java.time} types go through the core's adapters.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateXmlAdapter.class),
    @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeXmlAdapter.class)
})
package io.harvest4j.timetracking.model;

import io.harvest4j.core.bind.LocalDateXmlAdapter;
import io.harvest4j.core.bind.OffsetDateTimeXmlAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
