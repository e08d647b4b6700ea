package io.harvest4j.core.bind;

import io.harvest4j.core.codec.WireDates;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;

/**
 * Binds {@link OffsetDateTime} for Jakarta XML Bind: reads ISO-8601 and RFC-822 (see
 * {@link WireDates}), writes ISO-8601.
 */
public final class OffsetDateTimeXmlAdapter extends XmlAdapter<String, OffsetDateTime> {

    /** JAXB instantiates the adapter reflectively. */
    public OffsetDateTimeXmlAdapter() {
        super();
    }

    @Override
    public OffsetDateTime unmarshal(String text) {
        return text == null || text.isBlank() ? null : WireDates.parseDateTime(text);
    }

    @Override
    public String marshal(OffsetDateTime dateTime) {
        return dateTime == null ? null : WireDates.formatDateTime(dateTime);
    }
}
