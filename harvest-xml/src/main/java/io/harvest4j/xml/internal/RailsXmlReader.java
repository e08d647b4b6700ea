package io.harvest4j.xml.internal;

import io.harvest4j.core.codec.WireNaming;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Shows JAXB the Rails XML of the service as the models' conventions expect it. Over the
 * {@linkplain HardenedXmlInput hardened parser}, and guided by the {@link ElementBinding} of each
 * element, it:
 *
 * <ul>
 *   <li>renames every element to its Java property ({@code created-at} and {@code created_at} are
 *       {@code createdAt}) and drops element namespaces;</li>
 *   <li>leaves out an element marked {@code nil="true"} (or {@code xsi:nil="true"}), with or
 *       without a type, so its field stays {@code null};</li>
 *   <li>reads each scalar other than a string ahead: an empty one is left out ({@code null}), and
 *       one that is not of its type ({@code <hours>abc</hours>}) stops the parse with a
 *       {@link RejectedXmlException} naming the element; white space around a value is dropped
 *       (strings are passed as they are: {@code <code></code>} is {@code ""});</li>
 *   <li>hides the {@code type} and {@code nil} attributes and those of the XML Schema instance
 *       namespace;</li>
 *   <li>skips elements a model does not have (forward compatibility);</li>
 *   <li>refuses a DTD and any entity reference the parser did not resolve.</li>
 * </ul>
 *
 * <p>Elements of a class outside the model convention are renamed but otherwise passed on as they
 * are. One reader serves one body on one thread.
 */
final class RailsXmlReader extends StreamReaderDelegate {

    private static final int LIVE = -1;
    private static final int[] NO_ATTRIBUTES = new int[0];
    private static final int PREVIEW = 40;
    private static final int FOUND_SLOTS = 256;

    /** Hints by which JAXB trusts a parser to intern names: renamed names are not interned. */
    private static final Set<String> HIDDEN_PROPERTIES = Set.of(
            "http://java.sun.com/xml/stream/properties/implementation-name",
            "org.codehaus.stax2.internNames",
            "org.codehaus.stax2.internNsUris");

    private final ModelBindings models;
    private final ElementBinding rootBinding;
    /** The bindings of the elements open in the body, innermost first. */
    private final Deque<ElementBinding> open = new ArrayDeque<>();
    // the names shown for the open elements, ended with the same names they were started with
    private final Deque<String> shownNames = new ArrayDeque<>();
    /*
     * The children found, by parent binding and name, both compared by identity (a slot per name's
     * hash, the last one found kept): the parser hands out one String per name, from its symbol
     * table, and a list repeats the same elements item after item, so nearly every element is
     * found here without a look in the model's tables (a tenth of a long report's reading). Made
     * at the first list: a body without one names each element once, and would only pay for it.
     */
    private ElementBinding[] foundParents;
    private String[] foundNames;
    private ModelBindings.Child[] foundChildren;

    // the element of the current START_ELEMENT or END_ELEMENT
    private String wireName;
    private String propertyName;
    private int[] visibleAttributes = NO_ATTRIBUTES;

    // a scalar element read ahead, replayed as START_ELEMENT, CHARACTERS, END_ELEMENT
    private int replayEvent = LIVE;
    private String replayText;
    private Object replayValue;
    private char[] replayCharacters;
    // where the element of the scalar read ahead starts (its '<'): kept as numbers, made a Location only when one is asked for
    private int scalarLine;
    private int scalarColumn;
    private int scalarOffset;
    private Location scalarStart;

    /**
     * @param parser a hardened parser at the start of a body
     * @param models what is known of the model classes
     * @param rootBinding how the document element binds
     */
    RailsXmlReader(XMLStreamReader parser, ModelBindings models, ElementBinding rootBinding) {
        super(parser);
        this.models = models;
        this.rootBinding = rootBinding;
    }

    // ---- moving ------------------------------------------------------------------------------

    /**
     * Moves to the document element.
     *
     * @throws XMLStreamException when the body is not XML, holds a DTD, or holds no element
     */
    void moveToRootElement() throws XMLStreamException {
        int event = getEventType();
        while (event != START_ELEMENT) {
            if (event == END_DOCUMENT || !hasNext()) {
                throw new RejectedXmlException("the body holds no element");
            }
            event = next();
        }
    }

    /**
     * Reads what is left of the body, so that anything after the document element that is not
     * well-formed is an error too.
     *
     * @throws XMLStreamException when it is not well-formed
     */
    void readToEnd() throws XMLStreamException {
        replayEvent = LIVE;
        XMLStreamReader parser = getParent();
        while (parser.hasNext()) {
            advance(parser);
        }
    }

    @Override
    public int next() throws XMLStreamException {
        if (replayEvent != LIVE) {
            if (replayEvent == START_ELEMENT) {
                replayEvent = CHARACTERS;
                return replayEvent;
            }
            if (replayEvent == CHARACTERS) {
                replayEvent = END_ELEMENT;
                return replayEvent;
            }
            replayEvent = LIVE;
            replayText = null;
            replayValue = null;
            replayCharacters = null;
            scalarStart = null;
        }
        XMLStreamReader parser = getParent();
        while (true) {
            int event = advance(parser);
            switch (event) {
                case DTD:
                    throw rejected(parser.getLocation(), "a DTD is not accepted");
                case ENTITY_REFERENCE:
                    throw rejected(parser.getLocation(), "the entity &" + parser.getLocalName() + "; is not accepted");
                case START_ELEMENT:
                    if (startElement()) {
                        return START_ELEMENT;
                    }
                    break;
                case END_ELEMENT:
                    open.pop();
                    wireName = parser.getLocalName();
                    propertyName = shownNames.pop();
                    visibleAttributes = NO_ATTRIBUTES;
                    return END_ELEMENT;
                default:
                    return event;
            }
        }
    }

    /** @return whether the element is shown; false when it was skipped whole */
    private boolean startElement() throws XMLStreamException {
        XMLStreamReader parser = getParent();
        String wire = parser.getLocalName();
        if (open.isEmpty()) {
            open.push(rootBinding);
            show(wire, WireNaming.toProperty(wire));
            return true;
        }
        ModelBindings.Child child = child(open.peek(), wire);
        if (child == null || isNil()) {
            skipElement();
            return false;
        }
        ElementBinding binding = child.binding();
        if (binding.kind() == ElementBinding.Kind.SCALAR) {
            markScalarStart(parser.getLocation());
            String value = readScalarText(wire, binding).strip();
            if (value.isEmpty()) {
                return false;
            }
            Object parsed;
            try {
                parsed = binding.syntax().parse(value);
            } catch (IllegalArgumentException e) {
                throw rejected(scalarStart(), "<" + wire + "> holds '" + preview(value) + "', not "
                        + binding.syntax().description());
            }
            wireName = wire;
            propertyName = child.property();
            visibleAttributes = NO_ATTRIBUTES;
            replayEvent = START_ELEMENT;
            replayText = ScalarSyntax.textOf(value, parsed);
            replayValue = parsed;
            return true;
        }
        open.push(binding);
        show(wire, child.property());
        return true;
    }

    private void show(String wire, String property) {
        shownNames.push(property);
        wireName = wire;
        propertyName = property;
        visibleAttributes = visibleAttributes();
    }

    /**
     * @param parent the binding of the element open around the child
     * @param wire the child's name as written
     * @return the child's binding and the name it is shown by (a list's items by the name JAXB
     *     expects, whatever the wire called them), or null when it is no part of the parent
     */
    private ModelBindings.Child child(ElementBinding parent, String wire) {
        if (foundNames == null) {
            if (parent.kind() != ElementBinding.Kind.LIST) {
                return findChild(parent, wire);
            }
            foundParents = new ElementBinding[FOUND_SLOTS];
            foundNames = new String[FOUND_SLOTS];
            foundChildren = new ModelBindings.Child[FOUND_SLOTS];
        }
        int hash = wire.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (FOUND_SLOTS - 1);
        if (foundNames[slot] == wire && foundParents[slot] == parent) {
            return foundChildren[slot];
        }
        ModelBindings.Child child = findChild(parent, wire);
        if (child != null) {
            foundParents[slot] = parent;
            foundNames[slot] = wire;
            foundChildren[slot] = child;
        }
        return child;
    }

    private ModelBindings.Child findChild(ElementBinding parent, String wire) {
        switch (parent.kind()) {
            case OBJECT:
                Optional<ModelBindings.Elements> elements = models.elementsOf(parent.type());
                return elements.isPresent() ? elements.get().byWire(wire)
                        : new ModelBindings.Child(WireNaming.toProperty(wire), ElementBinding.OPAQUE);
            case LIST:
                return parent.isItem(wire) ? new ModelBindings.Child(parent.itemName(), parent.item()) : null;
            case OPAQUE:
                return new ModelBindings.Child(WireNaming.toProperty(wire), ElementBinding.OPAQUE);
            default:
                // an element inside a value is no part of it
                return null;
        }
    }

    private boolean isNil() {
        XMLStreamReader parser = getParent();
        for (int i = 0, count = parser.getAttributeCount(); i < count; i++) {
            if ("nil".equals(parser.getAttributeLocalName(i)) && isRailsOrSchemaInstance(parser.getAttributeNamespace(i))
                    && "true".equals(parser.getAttributeValue(i).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private int[] visibleAttributes() {
        XMLStreamReader parser = getParent();
        int count = parser.getAttributeCount();
        if (count == 0) {
            return NO_ATTRIBUTES;
        }
        int[] visible = new int[count];
        int shown = 0;
        for (int i = 0; i < count; i++) {
            String namespace = parser.getAttributeNamespace(i);
            String name = parser.getAttributeLocalName(i);
            boolean hidden = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace)
                    || (isEmpty(namespace) && ("type".equals(name) || "nil".equals(name)));
            if (!hidden) {
                visible[shown++] = i;
            }
        }
        return shown == count ? visible : java.util.Arrays.copyOf(visible, shown);
    }

    private void skipElement() throws XMLStreamException {
        XMLStreamReader parser = getParent();
        int depth = 1;
        while (depth > 0) {
            int event = advance(parser);
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    private void markScalarStart(Location at) {
        scalarLine = at == null ? -1 : at.getLineNumber();
        scalarColumn = at == null ? -1 : at.getColumnNumber();
        scalarOffset = at == null ? -1 : at.getCharacterOffset();
        scalarStart = null;
    }

    /** @return where the element of the scalar read ahead (or being read) starts */
    private Location scalarStart() {
        if (scalarStart == null) {
            scalarStart = new FixedLocation(scalarLine, scalarColumn, scalarOffset);
        }
        return scalarStart;
    }

    private String readScalarText(String wire, ElementBinding binding) throws XMLStreamException {
        XMLStreamReader parser = getParent();
        // a value is one text event but for comments, character data and entities in it
        String first = null;
        StringBuilder joined = null;
        int limit = binding.syntax().maxLength();
        while (true) {
            int event = advance(parser);
            switch (event) {
                case CHARACTERS:
                case CDATA:
                case SPACE:
                    if (first == null) {
                        first = parser.getText();
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(first);
                        }
                        joined.append(parser.getTextCharacters(), parser.getTextStart(), parser.getTextLength());
                    }
                    // white space around a value is allowed, but not without end
                    int length = joined == null ? first.length() : joined.length();
                    if (length > limit && (joined == null ? first : joined.toString()).strip().length() > limit) {
                        throw rejected(scalarStart(), "<" + wire + "> holds more than " + limit + " characters, too many for "
                                + binding.syntax().description());
                    }
                    break;
                case END_ELEMENT:
                    return joined != null ? joined.toString() : first != null ? first : "";
                case START_ELEMENT:
                    throw rejected(scalarStart(), "<" + wire + "> should hold " + binding.syntax().description()
                            + ", not an element <" + parser.getLocalName() + ">");
                case ENTITY_REFERENCE:
                    throw rejected(parser.getLocation(), "the entity &" + parser.getLocalName() + "; is not accepted");
                default:
                    // comments and processing instructions are no part of a value
                    break;
            }
        }
    }

    /**
     * Takes the value of the scalar read ahead without replaying its events: at its
     * {@code START_ELEMENT}, the reader is then at its {@code END_ELEMENT}, as after the replay.
     *
     * @return the value as its {@link ScalarSyntax#parse syntax} read it, or null when the reader is
     *     not at a scalar read ahead
     */
    Object takeScalar() {
        if (replayEvent != START_ELEMENT) {
            return null;
        }
        replayEvent = END_ELEMENT;
        return replayValue;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == CHARACTERS || event == CDATA) && isWhiteSpace()
                || event == SPACE || event == PROCESSING_INSTRUCTION || event == COMMENT) {
            event = next();
        }
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new XMLStreamException("expected a start or an end tag", getLocation());
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != START_ELEMENT) {
            throw new XMLStreamException("not at the start of an element", getLocation());
        }
        StringBuilder text = new StringBuilder();
        int event = next();
        while (event != END_ELEMENT) {
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                text.append(getText());
            } else if (event == START_ELEMENT) {
                throw new XMLStreamException("an element holds an element where text was expected", getLocation());
            } else if (event == END_DOCUMENT) {
                throw new XMLStreamException("the body ends inside an element", getLocation());
            }
            event = next();
        }
        return text.toString();
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        return replayEvent != LIVE || getParent().hasNext();
    }

    @Override
    public void require(int type, String namespaceUri, String localName) throws XMLStreamException {
        if (type != getEventType()
                || localName != null && (!hasName() || !localName.equals(getLocalName()))
                || namespaceUri != null && !namespaceUri.isEmpty()) {
            throw new XMLStreamException("expected event " + type + " " + localName, getLocation());
        }
    }

    @Override
    public void close() throws XMLStreamException {
        getParent().close();
    }

    // ---- the current event -------------------------------------------------------------------

    /** @return the current element's name as written in the body, for messages */
    String wireName() {
        return wireName;
    }

    @Override
    public int getEventType() {
        return replayEvent != LIVE ? replayEvent : getParent().getEventType();
    }

    private boolean isElementEvent() {
        int event = getEventType();
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public boolean isStartElement() {
        return getEventType() == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return getEventType() == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return getEventType() == CHARACTERS;
    }

    @Override
    public boolean isWhiteSpace() {
        return replayEvent != LIVE ? false : getParent().isWhiteSpace();
    }

    @Override
    public boolean hasName() {
        return isElementEvent();
    }

    @Override
    public boolean hasText() {
        return replayEvent != LIVE ? replayEvent == CHARACTERS : getParent().hasText();
    }

    @Override
    public QName getName() {
        if (isElementEvent()) {
            return new QName(propertyName);
        }
        return getParent().getName();
    }

    @Override
    public String getLocalName() {
        if (isElementEvent()) {
            return propertyName;
        }
        if (replayEvent != LIVE) {
            throw new IllegalStateException("no name at a text event");
        }
        return getParent().getLocalName();
    }

    @Override
    public String getNamespaceURI() {
        if (isElementEvent()) {
            return null;
        }
        return getParent().getNamespaceURI();
    }

    @Override
    public String getPrefix() {
        if (isElementEvent()) {
            return null;
        }
        return getParent().getPrefix();
    }

    @Override
    public String getText() {
        if (replayEvent != LIVE) {
            return replayText();
        }
        return getParent().getText();
    }

    @Override
    public char[] getTextCharacters() {
        if (replayEvent != LIVE) {
            return replayCharacters();
        }
        return getParent().getTextCharacters();
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length)
            throws XMLStreamException {
        if (replayEvent != LIVE) {
            char[] characters = replayCharacters();
            int copied = Math.max(0, Math.min(length, characters.length - sourceStart));
            System.arraycopy(characters, sourceStart, target, targetStart, copied);
            return copied;
        }
        return getParent().getTextCharacters(sourceStart, target, targetStart, length);
    }

    @Override
    public int getTextStart() {
        if (replayEvent != LIVE) {
            replayText();
            return 0;
        }
        return getParent().getTextStart();
    }

    @Override
    public int getTextLength() {
        if (replayEvent != LIVE) {
            return replayText().length();
        }
        return getParent().getTextLength();
    }

    private String replayText() {
        if (replayEvent != CHARACTERS) {
            throw new IllegalStateException("no text at an element event");
        }
        return replayText;
    }

    /** The replayed text as characters, made when first asked for (JAXB asks; the model reader does not). */
    private char[] replayCharacters() {
        String text = replayText();
        if (replayCharacters == null) {
            replayCharacters = text.toCharArray();
        }
        return replayCharacters;
    }

    @Override
    public Location getLocation() {
        return replayEvent != LIVE ? scalarStart() : getParent().getLocation();
    }

    @Override
    public String getPITarget() {
        return replayEvent != LIVE ? null : getParent().getPITarget();
    }

    @Override
    public String getPIData() {
        return replayEvent != LIVE ? null : getParent().getPIData();
    }

    @Override
    public Object getProperty(String name) {
        return HIDDEN_PROPERTIES.contains(name) ? null : getParent().getProperty(name);
    }

    // ---- attributes and namespaces -----------------------------------------------------------

    @Override
    public int getAttributeCount() {
        if (replayEvent != LIVE) {
            return startElementOnly(0);
        }
        return getParent().getEventType() == START_ELEMENT ? visibleAttributes.length : getParent().getAttributeCount();
    }

    private int startElementOnly(int value) {
        if (replayEvent != START_ELEMENT) {
            throw new IllegalStateException("attributes are read at a start element");
        }
        return value;
    }

    private int attribute(int index) {
        if (replayEvent != LIVE || index < 0 || index >= visibleAttributes.length) {
            throw new IndexOutOfBoundsException("no attribute " + index);
        }
        return visibleAttributes[index];
    }

    @Override
    public QName getAttributeName(int index) {
        return getParent().getAttributeName(attribute(index));
    }

    @Override
    public String getAttributeNamespace(int index) {
        return getParent().getAttributeNamespace(attribute(index));
    }

    @Override
    public String getAttributeLocalName(int index) {
        return getParent().getAttributeLocalName(attribute(index));
    }

    @Override
    public String getAttributePrefix(int index) {
        return getParent().getAttributePrefix(attribute(index));
    }

    @Override
    public String getAttributeType(int index) {
        return getParent().getAttributeType(attribute(index));
    }

    @Override
    public String getAttributeValue(int index) {
        return getParent().getAttributeValue(attribute(index));
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        return getParent().isAttributeSpecified(attribute(index));
    }

    @Override
    public String getAttributeValue(String namespaceUri, String localName) {
        if (replayEvent != LIVE) {
            return null;
        }
        for (int index : visibleAttributes) {
            XMLStreamReader parser = getParent();
            if (parser.getAttributeLocalName(index).equals(localName)
                    && (namespaceUri == null || namespaceUri.equals(nullToEmpty(parser.getAttributeNamespace(index))))) {
                return parser.getAttributeValue(index);
            }
        }
        return null;
    }

    @Override
    public int getNamespaceCount() {
        return replayEvent != LIVE ? 0 : getParent().getNamespaceCount();
    }

    @Override
    public String getNamespacePrefix(int index) {
        if (replayEvent != LIVE) {
            throw new IndexOutOfBoundsException("no namespace " + index);
        }
        return getParent().getNamespacePrefix(index);
    }

    @Override
    public String getNamespaceURI(int index) {
        if (replayEvent != LIVE) {
            throw new IndexOutOfBoundsException("no namespace " + index);
        }
        return getParent().getNamespaceURI(index);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static boolean isRailsOrSchemaInstance(String namespace) {
        return isEmpty(namespace) || XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String preview(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW) + "…";
    }

    /**
     * The parser's next event. A failure the parser reports without a place (Woodstox's limits:
     * {@code Maximum Element Depth limit (64) Exceeded}) is given the parser's own.
     */
    private static int advance(XMLStreamReader parser) throws XMLStreamException {
        try {
            return parser.next();
        } catch (XMLStreamException e) {
            if (e.getLocation() != null || e instanceof RejectedXmlException || e.getMessage() == null) {
                throw e;
            }
            throw new RejectedXmlException(FixedLocation.describe(parser.getLocation())
                    + JaxbXmlCodec.firstLine(e.getMessage().strip()), e);
        }
    }

    static RejectedXmlException rejected(Location at, String reason) {
        return new RejectedXmlException(FixedLocation.describe(at) + reason);
    }

    /** A location kept after the parser has moved on. */
    static final class FixedLocation implements Location {
        private final int line;
        private final int column;
        private final int offset;

        FixedLocation(int line, int column, int offset) {
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return column;
        }

        @Override
        public int getCharacterOffset() {
            return offset;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        /** @return {@code "line 3, column 7: "}, or nothing when the place is unknown */
        static String describe(Location location) {
            if (location == null || location.getLineNumber() < 0) {
                return "";
            }
            return "line " + location.getLineNumber()
                    + (location.getColumnNumber() < 0 ? "" : ", column " + location.getColumnNumber()) + ": ";
        }
    }
}
