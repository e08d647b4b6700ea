package io.harvest4j.xml.internal;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireNaming;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.ItemBudget;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBContextFactory;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code application/xml} {@link Codec} on Jakarta XML Binding. Thread-safe: a
 * {@link JAXBContext} is made once per bound class and kept; parsers, readers, unmarshallers and
 * marshallers are made per call.
 *
 * <p>Reading goes through the {@linkplain HardenedXmlInput hardened parser} and the
 * {@link RailsXmlReader}, which shows JAXB the service's Rails XML the way the models expect it;
 * the document element is checked against the operation's {@link WireShape}. The classes of the
 * model convention are read by the {@link ModelReader} with no {@code JAXBContext} at all (so a
 * fresh JVM's first call does not start the JAXB runtime); a body it cannot read is read again by
 * JAXB, whose value or error stands, and every other class is JAXB's alone. Writing renames
 * every element to the shape's naming and writes a plain {@code <?xml version="1.0"
 * encoding="UTF-8"?>} declaration. Whatever fails is a {@link CodecException} that names the
 * type, {@code application/xml}, the start of the body and the reason, in one line.
 */
public final class JaxbXmlCodec implements Codec {

    private static final String MEDIA_TYPE = Format.XML.mediaType();
    private static final int CAUSE_DEPTH = 16;

    private final ModelBindings models = new ModelBindings();
    /** Reads the classes of the model convention without a JAXBContext: the cold start's main saving. */
    private final ModelReader modelReader;
    private final ConcurrentMap<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    private JaxbXmlCodec(boolean readsDirectly) {
        this.modelReader = readsDirectly ? new ModelReader(models) : null;
    }

    /**
     * Makes a codec, after checking that a Jakarta XML Binding implementation can be found.
     *
     * @return a codec
     * @throws ConfigurationException when none can
     */
    public static JaxbXmlCodec create() {
        return create(true);
    }

    /**
     * @param readsDirectly whether the classes of the model convention are read without JAXB (as
     *     {@link #create()} makes it); false to read everything with JAXB, for the tests that
     *     compare both ways
     * @return a codec
     */
    static JaxbXmlCodec create(boolean readsDirectly) {
        JaxbXmlCodec codec = new JaxbXmlCodec(readsDirectly);
        try {
            requireImplementation();
        } catch (JAXBException | RuntimeException | LinkageError e) {
            throw new ConfigurationException("the XML codec needs a Jakarta XML Binding implementation "
                    + "(org.glassfish.jaxb:jaxb-runtime) on the module path or the class path: "
                    + firstLine(String.valueOf(e.getMessage() != null ? e.getMessage() : e)), e);
        }
        return codec;
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Yes: every scalar's length is bounded, the parser reads no DTD and expands no entity, and a document is read in one pass.
     */
    @Override
    public boolean decodesPromptly() {
        return true;
    }

    // ---- reading -----------------------------------------------------------------------------

    @Override
    public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        if (modelReader != null && modelReader.canRead(type)) {
            T value = readDirectly(body, type, shape);
            if (value != null) {
                return value;
            }
        }
        JAXBContext context = contextFor(type);
        ValueErrors valueErrors = new ValueErrors();
        try {
            RailsXmlReader reader = open(body, models.forType(type));
            try {
                reader.moveToRootElement();
                checkName(reader, shape.root(), shape, "document element");
                valueErrors.watch(reader);
                T value = unmarshaller(context, valueErrors).unmarshal(reader, type).getValue();
                reader.readToEnd();
                if (value == null) {
                    throw new RejectedXmlException("the document element <" + reader.wireName() + "> holds no value");
                }
                return value;
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            throw undecodable(type, body, e, valueErrors);
        }
    }

    @Override
    public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(shape, "shape");
        String item = shape.item().orElseThrow(
                () -> new IllegalArgumentException("not a list shape: " + shape));
        if (modelReader != null && modelReader.canRead(itemType)) {
            List<T> items = readListDirectly(body, itemType, shape, item);
            if (items != null) {
                return items;
            }
        }
        JAXBContext context = contextFor(itemType);
        ValueErrors valueErrors = new ValueErrors();
        try {
            RailsXmlReader reader = open(body, listRoot(itemType, shape, item));
            try {
                reader.moveToRootElement();
                checkName(reader, shape.root(), shape, "list element");
                valueErrors.watch(reader);
                Unmarshaller unmarshaller = unmarshaller(context, valueErrors);
                List<T> items = new ArrayList<>();
                // the reader shows only items: other children are skipped, and so are nil items
                int event = reader.next();
                while (event != XMLStreamReader.END_ELEMENT) {
                    if (event == XMLStreamReader.START_ELEMENT) {
                        T value = unmarshaller.unmarshal(reader, itemType).getValue();
                        if (value != null) {
                            items.add(value);
                        }
                        // JAXB leaves the reader on the event after the item
                        event = reader.getEventType();
                    } else {
                        event = reader.next();
                    }
                }
                reader.readToEnd();
                return Collections.unmodifiableList(items);
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            throw undecodable(itemType, body, e, valueErrors);
        }
    }

    /**
     * Reads a class of the model convention without JAXB.
     *
     * @return the value, or null when the body cannot be read so: JAXB then reads it again, and
     *     its answer or error, the same as ever, stands
     */
    <T> T readDirectly(byte[] body, Class<T> type, WireShape shape) {
        try {
            RailsXmlReader reader = open(body, models.forType(type));
            try {
                reader.moveToRootElement();
                checkName(reader, shape.root(), shape, "document element");
                T value = modelReader.read(reader, type, new ModelReader.Adapters());
                reader.readToEnd();
                return value;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** As {@link #readDirectly}, for a list of a class of the model convention. */
    <T> List<T> readListDirectly(byte[] body, Class<T> itemType, WireShape shape, String item) {
        try {
            RailsXmlReader reader = open(body, listRoot(itemType, shape, item));
            try {
                reader.moveToRootElement();
                checkName(reader, shape.root(), shape, "list element");
                List<T> items = new ArrayList<>();
                ModelReader.Adapters adapters = new ModelReader.Adapters();
                // the reader shows only items: other children are skipped, and so are nil items
                int event = reader.next();
                while (event != XMLStreamReader.END_ELEMENT) {
                    if (event == XMLStreamReader.START_ELEMENT) {
                        items.add(modelReader.read(reader, itemType, adapters));
                    }
                    event = reader.next();
                }
                reader.readToEnd();
                return Collections.unmodifiableList(items);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Reads the list as the body arrives, one item bound at a time, through the same hardened
     * parser and {@link RailsXmlReader} as {@link #decodeList}: the document element is checked
     * here, each item when it is asked for. No item may take more than {@code maxItemBytes}.
     */
    @Override
    public <T> DecodedItems<T> decodeItems(InputStream body, Class<T> itemType, WireShape shape, long maxItemBytes) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(shape, "shape");
        String item = shape.item().orElseThrow(
                () -> new IllegalArgumentException("not a list shape: " + shape));
        ItemBudget counted = new ItemBudget(body, maxItemBytes);
        ValueErrors valueErrors = new ValueErrors();
        RailsXmlReader reader = null;
        try {
            XmlItems.ItemBinder<T> binder = modelReader != null && modelReader.canRead(itemType)
                    ? XmlItems.direct(modelReader, itemType)
                    : XmlItems.jaxb(unmarshaller(contextFor(itemType), valueErrors), itemType);
            reader = new RailsXmlReader(HardenedXmlInput.newReader(counted), models, listRoot(itemType, shape, item));
            reader.moveToRootElement();
            checkName(reader, shape.root(), shape, "list element");
            valueErrors.watch(reader);
            return new XmlItems<>(itemType, counted, reader, binder, valueErrors);
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (XMLStreamException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            try {
                counted.close();
            } catch (java.io.IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw undecodableStream(itemType, e, valueErrors, counted);
        }
    }

    /** The failure of a streamed list, typed: the body's own failure passed on, else a {@link CodecException}. */
    static RuntimeException undecodableStream(Class<?> type, Exception error, ValueErrors valueErrors, ItemBudget body) {
        if (body.exceeded()) {
            return XmlItems.tooLarge(type, body.limit());
        }
        for (Throwable cause : causes(error)) {
            if (cause instanceof io.harvest4j.core.HarvestException) {
                return (io.harvest4j.core.HarvestException) cause;
            }
        }
        return new CodecException("cannot decode a list of " + type.getName() + " from " + MEDIA_TYPE + ": "
                + reason(error, valueErrors), error);
    }

    /** How a list document is read: its items, of {@code itemType}, named as the shape says. */
    private ElementBinding listRoot(Class<?> itemType, WireShape shape, String item) {
        return ElementBinding.list(wire -> shape.acceptsName(wire, item), WireNaming.toProperty(item),
                models.forType(itemType));
    }

    private RailsXmlReader open(byte[] body, ElementBinding root) throws XMLStreamException {
        if (body == null || HardenedXmlInput.isBlank(body)) {
            throw new RejectedXmlException("the body is empty");
        }
        return new RailsXmlReader(HardenedXmlInput.newReader(body), models, root);
    }

    private static void checkName(RailsXmlReader reader, String declared, WireShape shape, String what)
            throws RejectedXmlException {
        String found = reader.wireName();
        if (!shape.acceptsName(found, declared)) {
            throw RailsXmlReader.rejected(reader.getLocation(), "the " + what + " is <" + found + ">, not <"
                    + declared + ">" + (shape.alternateRoots().isEmpty() ? "" : " or one of " + shape.alternateRoots()));
        }
    }

    private static Unmarshaller unmarshaller(JAXBContext context, ValueErrors valueErrors) throws JAXBException {
        Unmarshaller unmarshaller = context.createUnmarshaller();
        unmarshaller.setEventHandler(valueErrors);
        return unmarshaller;
    }

    @Override
    public Optional<String> errorMessage(byte[] body) {
        if (body == null || HardenedXmlInput.isBlank(body)) {
            return Optional.empty();
        }
        try {
            XMLStreamReader parser = HardenedXmlInput.newReader(body);
            try {
                while (parser.hasNext()) {
                    int event = parser.next();
                    if (event == XMLStreamReader.DTD) {
                        // an HTML page, or worse
                        return Optional.empty();
                    }
                    if (event == XMLStreamReader.START_ELEMENT && "message".equals(parser.getLocalName())) {
                        String message = parser.getElementText().strip();
                        return message.isEmpty() ? Optional.empty() : Optional.of(message);
                    }
                }
                return Optional.empty();
            } finally {
                parser.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- writing -----------------------------------------------------------------------------

    @Override
    public byte[] encode(Object value, WireShape shape) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shape, "shape");
        Class<?> type = value.getClass();
        String root = shape.root(shape.xmlNaming());
        JAXBContext context = contextFor(type);
        try {
            Marshaller marshaller = context.createMarshaller();
            // JAXB would write standalone="yes"; the declaration is written below instead
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            XMLStreamWriter out = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            out.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            marshaller.marshal(element(root, type, value), new WireNamingXmlWriter(out, shape.xmlNaming()));
            out.writeEndDocument();
            out.flush();
            out.close();
            return bytes.toByteArray();
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            throw new CodecException("cannot encode " + type.getName() + " as " + MEDIA_TYPE + " <" + root + ">: "
                    + reason(e, null), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JAXBElement<?> element(String root, Class<?> type, Object value) {
        return new JAXBElement(new QName(root), type, value);
    }

    // ---- contexts ----------------------------------------------------------------------------

    private JAXBContext contextFor(Class<?> type) {
        JAXBContext context = contexts.get(type);
        if (context == null) {
            try {
                context = newContext(type);
            } catch (JAXBException | RuntimeException | LinkageError e) {
                throw new CodecException("cannot bind " + type.getName() + " to " + MEDIA_TYPE
                        + " with Jakarta XML Binding: " + bindingReason(e), e);
            }
            JAXBContext raced = contexts.putIfAbsent(type, context);
            if (raced != null) {
                context = raced;
            }
        }
        return context;
    }

    /**
     * Checks that a Jakarta XML Binding implementation can be found, without starting it (a
     * context made only to check cost a fresh JVM about as much as the rest of its first call):
     * a {@link JAXBContextFactory} that {@link ServiceLoader} finds, or the Glassfish runtime the
     * API falls back to. When neither is there, or a factory is named by system property, a
     * context is made, whose failure names what is missing.
     */
    private static void requireImplementation() throws JAXBException {
        ClassLoader own = JaxbXmlCodec.class.getClassLoader();
        if (System.getProperty(JAXBContext.JAXB_CONTEXT_FACTORY) == null && findsFactory(own)) {
            return;
        }
        newContext(String.class);
    }

    private static boolean findsFactory(ClassLoader loader) {
        try {
            if (ServiceLoader.load(JAXBContextFactory.class, loader).stream().findFirst().isPresent()) {
                return true;
            }
        } catch (ServiceConfigurationError e) {
            return false;
        }
        try {
            Class.forName("org.glassfish.jaxb.runtime.v2.JAXBContextFactory", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Makes a context the way that works on the module path as well as on the class path:
     * {@code JAXBContext.newInstance} finds the implementation with {@link java.util.ServiceLoader}
     * through the thread's context class loader, which is set, for the call, to the loader of this
     * module, the one that sees the implementation this module was deployed with. The API then opens
     * the bound class's package to the implementation, as the package is open to
     * {@code jakarta.xml.bind}.
     */
    private static JAXBContext newContext(Class<?> type) throws JAXBException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = JaxbXmlCodec.class.getClassLoader();
        if (own != null) {
            thread.setContextClassLoader(own);
        }
        try {
            return JAXBContext.newInstance(new Class<?>[] {type}, Map.of());
        } finally {
            if (own != null) {
                thread.setContextClassLoader(previous);
            }
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    private static CodecException undecodable(Class<?> type, byte[] body, Exception error, ValueErrors valueErrors) {
        if (error instanceof CodecException) {
            return (CodecException) error;
        }
        return CodecException.undecodable(type, MEDIA_TYPE, body == null ? new byte[0] : body,
                new RejectedXmlException(reason(error, valueErrors), error));
    }

    /** One line that says what went wrong, the most precise the exceptions allow. */
    static String reason(Throwable error, ValueErrors valueErrors) {
        List<Throwable> chain = causes(error);
        for (Throwable cause : chain) {
            if (cause instanceof RejectedXmlException) {
                return cause.getMessage();
            }
        }
        if (valueErrors != null && valueErrors.first != null) {
            return valueErrors.describe();
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable cause = chain.get(i);
            if (cause instanceof XMLStreamException && cause.getMessage() != null) {
                return describeParseError((XMLStreamException) cause);
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String message = chain.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return firstLine(message);
            }
        }
        return error.getClass().getName();
    }

    /**
     * JAXB lists a model's faults on the lines after a count ({@code 1 counts of
     * IllegalAnnotationExceptions\njava.lang.Runnable is an interface, …\n\tthis problem is related
     * to …}): keep the count and the faults, drop the indented locations.
     */
    private static String bindingReason(Throwable error) {
        for (Throwable cause : causes(error)) {
            // the faults are in toString(), not in the message
            String message = cause.toString();
            String prefix = cause.getClass().getName() + ": ";
            message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                List<String> lines = new ArrayList<>();
                for (String line : message.split("\\R")) {
                    if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && lines.size() < 4) {
                        lines.add(line.strip());
                    }
                }
                return String.join(": ", lines);
            }
        }
        return error.getClass().getName();
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = error; cause != null && chain.size() < CAUSE_DEPTH && !chain.contains(cause);
                cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /**
     * Woodstox says {@code Unexpected close tag </b>; expected </a>.\n at [row,col {unknown-source}]: [1,9]}
     * (and the JDK's parser {@code ParseError at [row,col]:[1,9]\nMessage: …}): the place, then the
     * message's first line.
     */
    private static String describeParseError(XMLStreamException error) {
        String message = error.getMessage();
        int at = message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return RailsXmlReader.FixedLocation.describe(error.getLocation()) + firstLine(text.strip());
    }

    /** @return the text up to its first line break: a parser's message, without the lines of detail after it */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * Stops the unmarshaller at the first value it cannot convert (a date an adapter refuses,
     * say), and remembers which element held it; lets it go on past elements it does not expect.
     */
    static final class ValueErrors implements ValidationEventHandler {
        private RailsXmlReader reader;
        private ValidationEvent first;
        private String element;

        void watch(RailsXmlReader watched) {
            this.reader = watched;
        }

        @Override
        public boolean handleEvent(ValidationEvent event) {
            boolean isConversionFailure = event.getLinkedException() != null;
            if (event.getSeverity() == ValidationEvent.WARNING
                    || event.getSeverity() == ValidationEvent.ERROR && !isConversionFailure) {
                return true;
            }
            if (first == null) {
                first = event;
                element = reader == null ? null : reader.wireName();
            }
            return false;
        }

        String describe() {
            ValidationEventLocator locator = first.getLocator();
            String where = locator == null || locator.getLineNumber() < 0 ? "" : "line " + locator.getLineNumber() + ": ";
            String why = first.getMessage() != null ? firstLine(first.getMessage()) : "not readable";
            // JAXB wraps what an adapter threw: the innermost message is the one that says why
            for (Throwable cause : causes(first.getLinkedException())) {
                if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                    why = firstLine(cause.getMessage());
                }
            }
            return where + (element == null ? "" : "<" + element + "> ") + "cannot be read: " + why;
        }
    }

    @Override
    public String toString() {
        return "JaxbXmlCodec[" + MEDIA_TYPE + "]";
    }
}
