package io.harvest4j.tests.simulator.internal;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link WireObject} as an XML document (StAX) or a JSON object (JSON-P). Thread-safe. */
public final class WireWriter {

    /** How XML element names are spelled. */
    public enum XmlNaming {
        /** {@code spent_at}: the time tracking API. */
        UNDERSCORED,
        /** {@code created-at}: the extended API and the account calls. */
        HYPHENATED
    }

    private static final String INDENT = "  ";

    private final JsonGeneratorFactory jsonOutput = JsonProvider.provider().createGeneratorFactory(Collections.emptyMap());

    /**
     * @param format the format
     * @param root the XML root element (JSON writes the object itself)
     * @param content the content
     * @param naming the XML naming
     * @return the UTF-8 bytes
     */
    public byte[] write(WireFormat format, String root, WireObject content, XmlNaming naming) {
        return format == WireFormat.XML ? xml(root, content, naming) : json(content);
    }

    /**
     * One resource of the Extended API: in XML the root element holding its fields, hyphenated
     * ({@code <client>…</client>}); in JSON the fields wrapped in the root's name
     * ({@code {"client":{…}}}).
     *
     * @param format the format
     * @param root the resource's root, underscored ({@code task_assignment})
     * @param content its fields
     * @return the UTF-8 bytes
     */
    public byte[] resource(WireFormat format, String root, WireObject content) {
        if (format == WireFormat.XML) {
            return xml(root, content, XmlNaming.HYPHENATED);
        }
        return json(WireObject.create().object(root, content));
    }

    /**
     * A list of the Extended API: in XML {@code <clients type="array"><client>…</client>…</clients>},
     * hyphenated; in JSON an array of wrapped items ({@code [{"client":{…}},…]}).
     *
     * @param format the format
     * @param root the list's root, underscored ({@code task_assignments})
     * @param itemRoot each item's root ({@code task_assignment})
     * @param items the items' fields
     * @return the UTF-8 bytes
     */
    public byte[] resources(WireFormat format, String root, String itemRoot, List<WireObject> items) {
        if (format == WireFormat.XML) {
            return document(writer -> {
                writer.writeStartElement(name(root, XmlNaming.HYPHENATED));
                writer.writeAttribute("type", "array");
                for (WireObject item : items) {
                    newLine(writer, 1);
                    writer.writeStartElement(name(itemRoot, XmlNaming.HYPHENATED));
                    writeChildren(writer, item, XmlNaming.HYPHENATED, 2);
                    writer.writeEndElement();
                }
                if (!items.isEmpty()) {
                    newLine(writer, 0);
                }
                writer.writeEndElement();
            });
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = jsonOutput.createGenerator(bytes, StandardCharsets.UTF_8)) {
            generator.writeStartArray();
            for (WireObject item : items) {
                generator.writeStartObject();
                generator.writeStartObject(itemRoot);
                writeMembers(generator, item);
                generator.writeEnd();
                generator.writeEnd();
            }
            generator.writeEnd();
        }
        return bytes.toByteArray();
    }

    /**
     * @param root the root element
     * @param content its children
     * @param naming the naming
     * @return {@code <?xml …?>} and the indented document, UTF-8
     */
    public byte[] xml(String root, WireObject content, XmlNaming naming) {
        return document(writer -> {
            writer.writeStartElement(name(root, naming));
            writeChildren(writer, content, naming, 1);
            writer.writeEndElement();
        });
    }

    /** Writes the root element of a document. */
    @FunctionalInterface
    private interface RootWriter {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    /** {@code <?xml …?>}, a new line, the root element, a new line: UTF-8. */
    private static byte[] document(RootWriter root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // a factory per document: the JDK's factory keeps its last writer in a field
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            root.write(writer);
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return bytes.toByteArray();
    }

    private void writeChildren(XMLStreamWriter writer, WireObject object, XmlNaming naming, int depth)
            throws XMLStreamException {
        boolean any = false;
        for (WireObject.Field field : object.fields()) {
            if (field.jsonOnly) {
                continue;
            }
            any = true;
            newLine(writer, depth);
            String name = name(field.name, naming);
            if (field.object != null) {
                writer.writeStartElement(name);
                writeChildren(writer, field.object, naming, depth + 1);
                writer.writeEndElement();
            } else if (field.items != null) {
                writer.writeStartElement(name);
                for (WireObject item : field.items) {
                    newLine(writer, depth + 1);
                    writer.writeStartElement(name(field.itemName, naming));
                    writeChildren(writer, item, naming, depth + 2);
                    writer.writeEndElement();
                }
                if (!field.items.isEmpty()) {
                    newLine(writer, depth);
                }
                writer.writeEndElement();
            } else if (field.isNull()) {
                writer.writeEmptyElement(name);
                if (field.xmlType != null) {
                    writer.writeAttribute("type", field.xmlType);
                }
                writer.writeAttribute("nil", "true");
            } else {
                writer.writeStartElement(name);
                if (field.xmlType != null) {
                    writer.writeAttribute("type", field.xmlType);
                }
                if (field.xmlPadded) {
                    newLine(writer, depth + 1);
                    writeText(writer, field.xmlText);
                    newLine(writer, depth);
                } else {
                    writeText(writer, field.xmlText);
                }
                writer.writeEndElement();
            }
        }
        if (any) {
            newLine(writer, depth - 1);
        }
    }

    /**
     * Writes text with every carriage return as {@code &#13;}: written raw, a parser reads it as a
     * line feed (XML 1.0 §2.11) and the value would change on the way. A character no XML 1.0
     * document may hold (a control character, {@code U+FFFE}, a lone surrogate: JSON bodies can
     * carry them) is written as {@code U+FFFD}, so that the answer stays well-formed.
     */
    static void writeText(XMLStreamWriter writer, String raw) throws XMLStreamException {
        String text = xmlChars(raw);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            writer.writeCharacters(text.substring(from, cr));
            writer.writeEntityRef("#13");
            from = cr + 1;
        }
        writer.writeCharacters(text.substring(from));
    }

    /** @return {@code text} with every character XML 1.0 forbids (§2.2 Char) replaced by {@code U+FFFD} */
    private static String xmlChars(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            int width = 1;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                width = allowed ? 2 : 1;
            } else if (Character.isLowSurrogate(c)) {
                allowed = false;
            } else {
                allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xFFFD);
            }
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (allowed) {
                    clean.append(text, i, i + width);
                } else {
                    clean.append('\uFFFD');
                }
            }
            i += width - 1;
        }
        return clean == null ? text : clean.toString();
    }

    private static void newLine(XMLStreamWriter writer, int depth) throws XMLStreamException {
        StringBuilder text = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) {
            text.append(INDENT);
        }
        writer.writeCharacters(text.toString());
    }

    private static String name(String name, XmlNaming naming) {
        return naming == XmlNaming.HYPHENATED ? name.replace('_', '-') : name;
    }

    /**
     * @param content the object
     * @return it as a JSON object, UTF-8
     */
    public byte[] json(WireObject content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = jsonOutput.createGenerator(bytes, StandardCharsets.UTF_8)) {
            generator.writeStartObject();
            writeMembers(generator, content);
            generator.writeEnd();
        }
        return bytes.toByteArray();
    }

    private static void writeMembers(JsonGenerator generator, WireObject object) {
        for (WireObject.Field field : object.fields()) {
            if (field.object != null) {
                generator.writeStartObject(field.name);
                writeMembers(generator, field.object);
                generator.writeEnd();
            } else if (field.items != null) {
                generator.writeStartArray(field.name);
                for (WireObject item : field.items) {
                    generator.writeStartObject();
                    writeMembers(generator, item);
                    generator.writeEnd();
                }
                generator.writeEnd();
            } else {
                generator.write(field.name, field.json);
            }
        }
    }
}
