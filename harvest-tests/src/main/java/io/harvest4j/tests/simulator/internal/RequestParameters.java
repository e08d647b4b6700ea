package io.harvest4j.tests.simulator.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parameters of one request, Rails style: those of the query string and those of the body,
 * each kept as flat names where a wrapper is written with brackets ({@code request[notes]}).
 *
 * <ul>
 *   <li>query and {@code application/x-www-form-urlencoded} bodies: names as sent, UTF-8 decoded
 *       ({@code +} is a space); a repeated name keeps its last value;</li>
 *   <li>XML bodies: {@code <request><notes>x</notes></request>} is {@code request[notes]=x};
 *       {@code nil="true"} is a null value; {@code type=} attributes are ignored; deeper elements
 *       are ignored; text is kept as sent (not trimmed);</li>
 *   <li>JSON bodies: a top-level member is its own name; a member holding an object
 *       ({@code {"request":{"notes":"x"}}}) is written {@code request[notes]}; numbers keep their
 *       literal text, booleans are {@code true}/{@code false}, {@code null} is null; arrays are
 *       ignored.</li>
 *   <li>{@code multipart/form-data} bodies ({@link MultipartBody}): text parts as form fields, file
 *       parts kept apart ({@link #file(String)}).</li>
 * </ul>
 * The two are merged as Rails merges them ({@code request_parameters.merge(query_parameters)}):
 * at the top level, and the query wins: a top-level name the query carries (a plain {@code notes},
 * or a wrapper such as {@code request} through any {@code request[…]}) replaces everything the body
 * held under that name. A field is then looked up {@linkplain #has(String, String) with its
 * wrapper}: {@code wrapper[name]} first, then {@code name}.
 */
public final class RequestParameters {

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The longest value of a parameter: 65,535 characters, the most a Rails {@code text} column
     * held on MySQL. Longer is refused (400) before anything is stored: a 9 MB {@code notes} was
     * once kept and served on every {@code GET /daily}.
     */
    public static final int MAX_VALUE_LENGTH = 65_535;
    /** An XML declaration's {@code encoding}, at the start of a body read as ISO-8859-1. */
    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
    /** The longest parameter name, brackets included: a name nested 50,000 levels deep is refused at once. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The deepest bracket nesting of a name ({@code a[b][c]}), as Rack's {@code param_depth_limit}. */
    static final int MAX_NAME_DEPTH = 100;

    private final Map<String, String> query;
    private final Map<String, String> body;
    private final WireFormat bodyFormat;
    private final String xmlRoot;
    private final Set<String> queryTopLevel;
    private Map<String, MultipartBody.FilePart> files = Collections.emptyMap();

    private RequestParameters(Map<String, String> query, Map<String, String> body, WireFormat bodyFormat, String xmlRoot) {
        this.query = query;
        this.body = body;
        this.bodyFormat = bodyFormat;
        this.xmlRoot = xmlRoot;
        Set<String> names = new HashSet<>();
        for (String key : query.keySet()) {
            names.add(topLevel(key));
        }
        this.queryTopLevel = names;
    }

    /**
     * @param rawQuery the raw query string, may be null
     * @param body the body bytes (empty: no body)
     * @param contentType the body's media type (already checked to be supported when the body is not empty)
     * @return the parameters
     * @throws RequestRefused 400 when the body does not parse
     */
    public static RequestParameters parse(String rawQuery, byte[] body, String contentType) {
        Map<String, String> query = parseForm(rawQuery == null ? "" : rawQuery);
        if (body.length == 0) {
            return new RequestParameters(query, Collections.emptyMap(), null, null);
        }
        WireFormat format = WireFormat.ofMediaType(contentType);
        if (format == WireFormat.XML) {
            Map<String, String> values = new LinkedHashMap<>();
            String root = parseXml(body, values);
            return new RequestParameters(query, values, format, root);
        }
        if (format == WireFormat.JSON) {
            return new RequestParameters(query, parseJson(body), format, null);
        }
        if (MultipartBody.isMultipart(contentType)) {
            MultipartBody multipart = MultipartBody.parse(body, contentType);
            RequestParameters params = new RequestParameters(query, new LinkedHashMap<>(multipart.fields()), null, null);
            params.files = multipart.files();
            return params;
        }
        return new RequestParameters(query, parseForm(new String(body, StandardCharsets.UTF_8)), null, null);
    }

    /**
     * @param name a file field of a {@code multipart/form-data} body ({@code expense[receipt]})
     * @return its file, or null when the body sent none of that name
     */
    MultipartBody.FilePart file(String name) {
        return files.get(name);
    }

    /** @return the body's format when it was XML or JSON, else null */
    public WireFormat bodyFormat() {
        return bodyFormat;
    }

    /** @return the root element of an XML body, else null */
    public String xmlRoot() {
        return xmlRoot;
    }

    /**
     * @param wrapper the wrapper ({@code request})
     * @param name the field
     * @return whether the request carries the field (possibly null)
     */
    public boolean has(String wrapper, String name) {
        String wrapped = wrapper + "[" + name + "]";
        return source(wrapped).containsKey(wrapped) || source(name).containsKey(name);
    }

    /**
     * @param wrapper the wrapper ({@code client})
     * @param name the field
     * @return whether the request carries {@code wrapper[name]} (possibly null), not counting a bare {@code name}
     */
    public boolean hasWrapped(String wrapper, String name) {
        String wrapped = wrapper + "[" + name + "]";
        return source(wrapped).containsKey(wrapped);
    }

    /**
     * @param wrapper the wrapper ({@code request})
     * @param name the field
     * @return its value (merged as above, {@code wrapper[name]} first), or null when absent or null
     */
    public String get(String wrapper, String name) {
        String wrapped = wrapper + "[" + name + "]";
        Map<String, String> wrappedSource = source(wrapped);
        if (wrappedSource.containsKey(wrapped)) {
            return wrappedSource.get(wrapped);
        }
        return source(name).get(name);
    }

    /** Where a (possibly bracketed) name is read from: the query when it holds that top-level name, else the body. */
    private Map<String, String> source(String key) {
        return queryTopLevel.contains(topLevel(key)) ? query : body;
    }

    private static String topLevel(String key) {
        int bracket = key.indexOf('[');
        return bracket <= 0 ? key : key.substring(0, bracket);
    }

    /**
     * Reads {@code a=b&c=d}.
     *
     * @param form the text
     * @return the names and values, in order
     */
    public static Map<String, String> parseForm(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (name.length() > MAX_NAME_LENGTH) {
                throw RequestRefused.badRequest("A parameter name is longer than " + MAX_NAME_LENGTH + " characters");
            }
            String decodedName;
            String decodedValue;
            try {
                decodedName = URLDecoder.decode(name, StandardCharsets.UTF_8);
                decodedValue = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw RequestRefused.badRequest("Malformed URL-encoded parameter: " + shortened(pair));
            }
            if (decodedName.chars().filter(c -> c == '[').count() > MAX_NAME_DEPTH) {
                throw RequestRefused.badRequest("The parameter name is nested more than " + MAX_NAME_DEPTH + " levels deep");
            }
            values.put(decodedName, bounded(decodedName, decodedValue));
        }
        return values;
    }

    /**
     * A StAX input factory that reads no DTD and resolves no external entity (XXE and entity
     * expansion attacks fail).
     *
     * @return a new hardened factory
     */
    public static XMLInputFactory hardenedXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * The JDK's parser over an XML body. A body in UTF-8 (no byte-order mark of UTF-16,
     * no declaration of another encoding) is decoded here, strictly: bytes that are not UTF-8 are a
     * 400 without the parser, which would print {@code [Fatal Error] …} to standard error before
     * it threw. A body that names another encoding is left to the parser.
     */
    private static XMLStreamReader openXml(byte[] body) throws XMLStreamException {
        XMLInputFactory factory = hardenedXmlInput();
        boolean utf16Mark = body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE);
        Matcher declared = DECLARED_ENCODING.matcher(
                new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
        if (utf16Mark || declared.lookingAt() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
            return factory.createXMLStreamReader(new ByteArrayInputStream(body));
        }
        boolean utf8Mark = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
        ByteBuffer bytes = ByteBuffer.wrap(body, utf8Mark ? 3 : 0, body.length - (utf8Mark ? 3 : 0));
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return factory.createXMLStreamReader(new StringReader(text.toString()));
        } catch (CharacterCodingException e) {
            throw RequestRefused.badRequest("Malformed XML body: it is not UTF-8 text (byte " + bytes.position() + ")");
        }
    }

    private static String parseXml(byte[] body, Map<String, String> values) {
        XMLStreamReader reader = null;
        try {
            reader = openXml(body);
            String root = null;
            int depth = 0;
            String field = null;
            boolean nil = false;
            boolean nested = false;
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD:
                        throw RequestRefused.badRequest("XML with a DTD is refused");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw RequestRefused.badRequest("XML with entity references is refused");
                    case XMLStreamConstants.START_ELEMENT:
                        depth++;
                        if (depth == 1) {
                            root = reader.getLocalName();
                        } else if (depth == 2) {
                            field = reader.getLocalName();
                            nil = "true".equals(reader.getAttributeValue(null, "nil"));
                            nested = false;
                            text.setLength(0);
                        } else {
                            nested = true;
                        }
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (depth == 2) {
                            text.append(reader.getText());
                            if (text.length() > MAX_VALUE_LENGTH) {
                                throw RequestRefused.badRequest(shortened(field) + " is too long (at most "
                                        + MAX_VALUE_LENGTH + " characters)");
                            }
                        }
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        if (depth == 2 && !nested) {
                            values.put(root + "[" + field + "]", nil ? null : text.toString());
                        }
                        depth--;
                        break;
                    default:
                        break;
                }
            }
            if (root == null) {
                throw RequestRefused.badRequest("The XML body has no root element");
            }
            return root;
        } catch (RequestRefused refused) {
            throw refused;
        } catch (XMLStreamException | RuntimeException e) {
            // the JDK's parser also fails with runtime exceptions on some broken input
            throw RequestRefused.badRequest("Malformed XML body: " + firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    private static Map<String, String> parseJson(byte[] body) {
        JsonValue structure;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            // readValue, not read: a body of null or "str" is JSON, only not an object (read() said "Internal Error")
            structure = reader.readValue();
        } catch (RuntimeException e) {
            // a JsonException, or a plain RuntimeException for some input (Parsson: too deep a nesting)
            throw RequestRefused.badRequest("Malformed JSON body: " + firstLine(e.getMessage()));
        }
        if (structure.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestRefused.badRequest("The JSON body must be an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : structure.asJsonObject().entrySet()) {
            JsonValue value = member.getValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                for (Map.Entry<String, JsonValue> inner : ((JsonObject) value).entrySet()) {
                    putScalar(values, member.getKey() + "[" + inner.getKey() + "]", inner.getValue());
                }
            } else {
                putScalar(values, member.getKey(), value);
            }
        }
        return values;
    }

    private static void putScalar(Map<String, String> values, String name, JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                values.put(name, bounded(name, ((JsonString) value).getString()));
                break;
            case NUMBER:
                String number;
                try {
                    number = ((JsonNumber) value).toString();
                } catch (RuntimeException e) {
                    throw RequestRefused.badRequest(shortened(name) + " is not a number the service reads");
                }
                values.put(name, bounded(name, number));
                break;
            case TRUE:
                values.put(name, "true");
                break;
            case FALSE:
                values.put(name, "false");
                break;
            case NULL:
                values.put(name, null);
                break;
            default:
                break;
        }
    }

    /** @return the value, when it is not longer than {@link #MAX_VALUE_LENGTH} */
    private static String bounded(String name, String value) {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw RequestRefused.badRequest(shortened(name) + " is too long (at most " + MAX_VALUE_LENGTH + " characters)");
        }
        return value;
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newLine = message.indexOf('\n');
        return newLine < 0 ? message : message.substring(0, newLine);
    }
}
