package io.harvest4j.xml.internal;

import io.harvest4j.core.codec.WireNaming;
import java.util.Objects;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes what JAXB marshals with every element renamed from its Java property to the wire
 * ({@code projectId} is {@code project_id} or {@code project-id}, as the operation's
 * {@link io.harvest4j.core.codec.WireShape} says). Everything else passes through unchanged.
 */
final class WireNamingXmlWriter implements XMLStreamWriter {

    private final XMLStreamWriter out;
    private final WireNaming naming;

    /**
     * @param out where the document goes
     * @param naming how element names are spelled on the wire
     */
    WireNamingXmlWriter(XMLStreamWriter out, WireNaming naming) {
        this.out = Objects.requireNonNull(out, "out");
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    private String wire(String localName) {
        return naming.toWire(localName);
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        out.writeStartElement(wire(localName));
    }

    @Override
    public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
        out.writeStartElement(namespaceUri, wire(localName));
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        out.writeStartElement(prefix, wire(localName), namespaceUri);
    }

    @Override
    public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
        out.writeEmptyElement(namespaceUri, wire(localName));
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        out.writeEmptyElement(prefix, wire(localName), namespaceUri);
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        out.writeEmptyElement(wire(localName));
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        out.writeEndElement();
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        out.writeEndDocument();
    }

    @Override
    public void close() throws XMLStreamException {
        out.close();
    }

    @Override
    public void flush() throws XMLStreamException {
        out.flush();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        out.writeAttribute(localName, value);
    }

    @Override
    public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
            throws XMLStreamException {
        out.writeAttribute(prefix, namespaceUri, localName, value);
    }

    @Override
    public void writeAttribute(String namespaceUri, String localName, String value) throws XMLStreamException {
        out.writeAttribute(namespaceUri, localName, value);
    }

    @Override
    public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
        out.writeNamespace(prefix, namespaceUri);
    }

    @Override
    public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
        out.writeDefaultNamespace(namespaceUri);
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        out.writeComment(data);
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        out.writeProcessingInstruction(target);
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        out.writeProcessingInstruction(target, data);
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        out.writeCData(data);
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        throw new XMLStreamException("a request body carries no DTD");
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        out.writeEntityRef(name);
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        out.writeStartDocument();
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        out.writeStartDocument(version);
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        out.writeStartDocument(encoding, version);
    }

    /**
     * Writes text with every carriage return as the character reference {@code &#13;}: written raw,
     * an XML parser would read it as a line feed (XML 1.0 §2.11), and a user's notes would change.
     */
    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        refuseWhatXmlCannotCarry(text);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            out.writeCharacters(text.substring(from, cr));
            out.writeEntityRef("#13");
            from = cr + 1;
        }
        out.writeCharacters(from == 0 ? text : text.substring(from));
    }

    /**
     * XML 1.0 has no way to carry U+0000–U+001F (but tab, LF and CR), U+FFFE, U+FFFF or an unpaired
     * surrogate, not even as a character reference: writing one would make a document that no
     * parser, the service's included, accepts. Such text is refused before anything is sent.
     */
    private static void refuseWhatXmlCannotCarry(String text) throws XMLStreamException {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed) {
                throw new XMLStreamException(String.format("U+%04X at %d cannot be written in XML 1.0", c, i));
            }
            i += Character.charCount(c);
        }
    }

    @Override
    public void writeCharacters(char[] text, int start, int length) throws XMLStreamException {
        writeCharacters(new String(text, start, length));
    }

    @Override
    public String getPrefix(String uri) throws XMLStreamException {
        return out.getPrefix(uri);
    }

    @Override
    public void setPrefix(String prefix, String uri) throws XMLStreamException {
        out.setPrefix(prefix, uri);
    }

    @Override
    public void setDefaultNamespace(String uri) throws XMLStreamException {
        out.setDefaultNamespace(uri);
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
        out.setNamespaceContext(context);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return out.getNamespaceContext();
    }

    @Override
    public Object getProperty(String name) {
        return out.getProperty(name);
    }
}
