package io.harvest4j.tests.simulator;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A tiny read-only XML tree built with StAX, for asserting on the simulator's answers. */
final class XmlNode {

    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name) {
        this.name = name;
    }

    static XmlNode parse(String xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            Deque<XmlNode> open = new ArrayDeque<>();
            XmlNode root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    XmlNode node = new XmlNode(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        node.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** The one child of that name. */
    XmlNode child(String childName) {
        List<XmlNode> found = children(childName);
        if (found.size() != 1) {
            throw new AssertionError("<" + name + "> has " + found.size() + " <" + childName + ">, children: " + childNames());
        }
        return found.get(0);
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).collect(Collectors.toList());
    }

    boolean has(String childName) {
        return !children(childName).isEmpty();
    }

    List<String> childNames() {
        return children.stream().map(c -> c.name).collect(Collectors.toList());
    }

    /** Trimmed text. */
    String text() {
        return text.toString().trim();
    }

    /** Text exactly as sent. */
    String rawText() {
        return text.toString();
    }

    /** Trimmed text of the one child of that name. */
    String text(String childName) {
        return child(childName).text();
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    boolean isNil() {
        return "true".equals(attributes.get("nil"));
    }

    @Override
    public String toString() {
        return "<" + name + " " + attributes + ">" + (children.isEmpty() ? text() : childNames());
    }
}
