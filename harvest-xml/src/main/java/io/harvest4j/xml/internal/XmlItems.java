package io.harvest4j.xml.internal;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.internal.ItemBudget;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The items of a list body bound one at a time over the {@link RailsXmlReader}, as the hardened
 * parser reads the body: what {@code decodeList} does, one item held at a time. A class of the
 * model convention is read by the {@link ModelReader} (JAXB is not started for it); any other by
 * JAXB.
 */
final class XmlItems<T> implements DecodedItems<T> {

    private final Class<T> itemType;
    private final ItemBudget body;
    private final RailsXmlReader reader;
    /** Reads the item the reader is at; leaves the reader on the event after it. */
    private final ItemBinder<T> binder;
    private final JaxbXmlCodec.ValueErrors valueErrors;
    private int event;
    private T pending;
    private boolean started;
    private boolean done;
    private boolean closed;

    XmlItems(Class<T> itemType, ItemBudget body, RailsXmlReader reader, ItemBinder<T> binder,
            JaxbXmlCodec.ValueErrors valueErrors) {
        this.itemType = itemType;
        this.body = body;
        this.reader = reader;
        this.binder = binder;
        this.valueErrors = valueErrors;
    }

    /**
     * @param unmarshaller JAXB's, watched by the value errors
     * @param itemType the item class
     * @param <T> its type
     * @return a binder that unmarshals each item (JAXB leaves the reader on the event after it)
     */
    static <T> ItemBinder<T> jaxb(Unmarshaller unmarshaller, Class<T> itemType) {
        return reader -> unmarshaller.unmarshal(reader, itemType).getValue();
    }

    /**
     * @param models the model reader, which can read {@code itemType}
     * @param itemType the item class
     * @param <T> its type
     * @return a binder that reads each item without JAXB, then steps past its end as JAXB does
     */
    static <T> ItemBinder<T> direct(ModelReader models, Class<T> itemType) {
        ModelReader.Adapters adapters = new ModelReader.Adapters();
        return reader -> {
            try {
                T value = models.read(reader, itemType, adapters);
                reader.next();
                return value;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + itemType.getName() + ": " + e, e);
            }
        };
    }

    /** Binds the item element a reader is at. */
    interface ItemBinder<T> {
        /**
         * @param reader at the item's {@code START_ELEMENT}
         * @return the item, or null for a nil one
         * @throws JAXBException when JAXB cannot bind it
         * @throws XMLStreamException when the body is malformed
         */
        T bind(RailsXmlReader reader) throws JAXBException, XMLStreamException;
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done || closed) {
            return false;
        }
        try {
            advance();
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            close();
            throw JaxbXmlCodec.undecodableStream(itemType, e, valueErrors, body);
        }
        return pending != null;
    }

    private void advance() throws JAXBException, XMLStreamException {
        if (!started) {
            started = true;
            event = reader.next();
        }
        // the reader shows only items: other children are skipped, and so are nil items
        while (event != XMLStreamReader.END_ELEMENT) {
            if (event == XMLStreamReader.START_ELEMENT) {
                body.startItem();
                T value = binder.bind(reader);
                // the binder leaves the reader on the event after the item
                event = reader.getEventType();
                if (value != null) {
                    pending = value;
                    return;
                }
            } else if (event == XMLStreamReader.END_DOCUMENT) {
                throw new RejectedXmlException("the body ends inside the list");
            } else {
                event = reader.next();
            }
        }
        reader.readToEnd();
        done = true;
        close();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(closed && !done ? "the items are closed" : "no more items");
        }
        T value = pending;
        pending = null;
        return value;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending = null;
        try {
            reader.close();
        } catch (XMLStreamException | RuntimeException e) {
            // the body is closed below whatever the parser says
        }
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // nothing more can be done: the connection goes with the stream
        }
    }

    @Override
    public String toString() {
        return "XmlItems{" + itemType.getName() + (closed ? ", closed" : "") + "}";
    }

    static CodecException tooLarge(Class<?> itemType, long limit) {
        return new CodecException("cannot decode a list of " + itemType.getName() + " from application/xml: an item is"
                + " larger than " + limit + " bytes (maxResponseBytes bounds one item of a streamed answer)");
    }
}
