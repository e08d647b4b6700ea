package io.harvest4j.xml.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the codec parses a body: Woodstox's StAX parser, made by name (never the
 * {@code XMLInputFactory} some other jar on the path registers), with DTDs and external entities
 * off, a resolver that refuses everything, and limits on what costs more than its bytes. Documents
 * carrying a DTD are refused by the {@link RailsXmlReader} as well; an entity that is not one of
 * XML's five is an error of the parser. Nothing is read but the body's bytes: no file, no network.
 * The bytes are decoded to text before the parser sees them.
 *
 * <p>The limits, each far above anything the service sends (its elements nest four deep and carry
 * at most two attributes, {@code type} and {@code nil}):
 * <ul>
 *   <li>elements nest at most {@value #MAX_DEPTH} deep, as JSON values do in the JSON codec;</li>
 *   <li>an element carries at most {@value #MAX_ATTRIBUTES} attributes, each of at most
 *       {@value #MAX_ATTRIBUTE_LENGTH} characters;</li>
 *   <li>no entity is declared (no DTD is read), so none is expanded; a reference to one that is
 *       not declared is an error.</li>
 * </ul>
 * The size of a body, or of one item of a streamed list, is bounded before the parser by
 * {@code maxResponseBytes}, and the length of each scalar by the {@link RailsXmlReader}.
 *
 * <p>Woodstox, not the JDK's parser: the client reads a long XML report with it in under three
 * quarters of the CPU time (docs/performance.md), and it bounds depth and attributes per factory,
 * where the JDK sets its limits for the whole JVM, through system properties. Its factory is
 * thread-safe once configured: one serves every thread; each body gets a parser of its own, whose
 * buffers Woodstox recycles.
 */
final class HardenedXmlInput {

    /** The deepest nesting of elements read: the document element is at depth 1. */
    static final int MAX_DEPTH = 64;
    /** The most attributes one element may carry. */
    static final int MAX_ATTRIBUTES = 32;
    /** The longest attribute value, in characters. */
    static final int MAX_ATTRIBUTE_LENGTH = 8192;

    private static final int DECLARATION_LIMIT = 200;
    private static final XMLInputFactory FACTORY = newFactory();
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");

    private HardenedXmlInput() {
    }

    /** @return a factory configured as the class comment says */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        // one text event per run of text: values split by the parser's buffers arrive whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        XMLResolver refuse = (publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("an external resource is not accepted: " + systemId);
        };
        factory.setXMLResolver(refuse);
        factory.setProperty(WstxInputProperties.P_DTD_RESOLVER, refuse);
        factory.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, refuse);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_LENGTH);
        return factory;
    }

    /**
     * Opens a parser over a body. The bytes are decoded here, strictly, in the encoding their
     * byte-order mark or XML declaration names (UTF-8 when neither does), so that a body in the
     * wrong encoding is a clear error that names the first byte that is not text in it.
     *
     * @param body a whole body; white space before its first {@code <} is tolerated
     * @return a parser over it, at {@code START_DOCUMENT}
     * @throws XMLStreamException when the body is not text in its encoding, or the parser cannot
     *     start
     */
    static XMLStreamReader newReader(byte[] body) throws XMLStreamException {
        String text = decode(body);
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        if (start == text.length() || text.charAt(start) != '<') {
            start = 0;
        }
        return FACTORY.createXMLStreamReader(new StringReader(text.substring(start)));
    }

    /**
     * Opens a parser over a body that is read as the parser goes, never held whole: the encoding is
     * found as {@link #newReader(byte[])} finds it, from the first bytes, and the text is decoded
     * strictly (bytes that are not text in it stop the parse). White space before the first
     * {@code <} is tolerated.
     *
     * @param body the body, as it arrives
     * @return a parser over it, at {@code START_DOCUMENT}
     * @throws XMLStreamException when the body is not text in its encoding, or the parser cannot start
     */
    static XMLStreamReader newReader(InputStream body) throws XMLStreamException {
        BufferedInputStream in = new BufferedInputStream(body, 8192);
        Reader text;
        try {
            in.mark(DECLARATION_LIMIT + 8);
            byte[] head = in.readNBytes(DECLARATION_LIMIT + 4);
            in.reset();
            int skip = 0;
            Charset charset;
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                skip = 3;
                charset = StandardCharsets.UTF_8;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                skip = 2;
                charset = StandardCharsets.UTF_16BE;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                skip = 2;
                charset = StandardCharsets.UTF_16LE;
            } else if (startsWith(head, 0x00, '<', 0x00, '?')) {
                charset = StandardCharsets.UTF_16BE;
            } else if (startsWith(head, '<', 0x00, '?', 0x00)) {
                charset = StandardCharsets.UTF_16LE;
            } else {
                charset = declaredCharset(head);
            }
            in.readNBytes(skip);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 8192);
            reader.mark(1);
            for (int c = reader.read(); c >= 0 && isSpace((char) c); c = reader.read()) {
                reader.mark(1);
            }
            reader.reset();
            text = reader;
        } catch (IOException e) {
            throw new XMLStreamException("the body could not be read: " + e.getMessage(), e);
        }
        return FACTORY.createXMLStreamReader(text);
    }

    private static String decode(byte[] body) throws XMLStreamException {
        int offset = 0;
        Charset charset;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(body, 0x00, '<', 0x00, '?')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(body, '<', 0x00, '?', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset(body);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body, offset, body.length - offset);
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(bytes.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            throw new RejectedXmlException("the body is not " + charset.name() + " text: byte " + bytes.position()
                    + (result.isMalformed() ? " starts a malformed sequence" : " stands for no character"));
        }
        return chars.flip().toString();
    }

    /** The {@code encoding} of an XML declaration in an ASCII-compatible encoding; UTF-8 without one. */
    private static Charset declaredCharset(byte[] body) throws XMLStreamException {
        int start = 0;
        while (start < body.length && isSpace((char) body[start])) {
            start++;
        }
        String head = new String(body, start, Math.min(body.length - start, DECLARATION_LIMIT), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int end = head.indexOf("?>");
        Matcher encoding = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        if (!encoding.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = encoding.group(2);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new RejectedXmlException("the body is in an encoding this platform does not know: " + name, e);
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param body any bytes
     * @return whether they hold nothing but XML white space
     */
    static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!isSpace(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return isSpace((char) b);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
