package io.harvest4j.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How an application without harvest4j reads an answer into a tree: JSON-P's {@link JsonObject},
 * or the JDK's StAX parser into a small element tree. Factories are made once, as such an
 * application would.
 */
final class RawTrees {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    });

    private RawTrees() {
    }

    static JsonObject json(byte[] body) {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return reader.readObject();
        }
    }

    static XMLStreamReader stax(byte[] body) {
        try {
            return XML.get().createXMLStreamReader(new ByteArrayInputStream(body));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element xml(byte[] body) {
        try {
            XMLStreamReader reader = stax(body);
            try {
                List<Element> open = new ArrayList<>();
                Element root = null;
                StringBuilder text = new StringBuilder();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        Element element = new Element(reader.getLocalName());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.get(open.size() - 1).children.add(element);
                        }
                        open.add(element);
                        text.setLength(0);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        Element element = open.remove(open.size() - 1);
                        if (element.children.isEmpty()) {
                            element.text = text.toString();
                        }
                        text.setLength(0);
                    }
                }
                return root;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element: its name, its children, and its text when it has no children. */
    static final class Element {
        final String name;
        final List<Element> children = new ArrayList<>();
        String text;

        Element(String name) {
            this.name = name;
        }

        Element child(String wanted) {
            for (Element child : children) {
                if (child.name.equals(wanted)) {
                    return child;
                }
            }
            throw new IllegalStateException("<" + name + "> has no <" + wanted + ">");
        }

        List<Element> children() {
            return children;
        }

        String text() {
            return text;
        }
    }
}
