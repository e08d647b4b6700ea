package io.harvest4j.core.bind;

import io.harvest4j.core.codec.WireDates;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/**
 * Binds {@link LocalDate} for Jakarta XML Bind: reads every form in {@link WireDates}, writes
 * ISO-8601. Model packages name it in their {@code package-info.java}; an application without
 * JAXB never loads it.
 */
public final class LocalDateXmlAdapter extends XmlAdapter<String, LocalDate> {

    /** JAXB instantiates the adapter reflectively. */
    public LocalDateXmlAdapter() {
        super();
    }

    @Override
    public LocalDate unmarshal(String text) {
        return text == null || text.isBlank() ? null : WireDates.parseDate(text);
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : WireDates.formatDate(date);
    }
}
