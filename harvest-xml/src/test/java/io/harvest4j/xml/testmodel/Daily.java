package io.harvest4j.xml.testmodel;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.time.LocalDate;
import java.util.List;

/** A test model shaped like {@code GET /daily}: a day and its entries. */
public final class Daily {

    private LocalDate forDay;
    @XmlElementWrapper(name = "dayEntries")
    @XmlElement(name = "dayEntry")
    private List<DayEntry> dayEntries;

    private Daily() {
    }

    public LocalDate forDay() {
        return forDay;
    }

    public List<DayEntry> dayEntries() {
        return dayEntries;
    }
}
