package io.harvest4j.json.internal;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Reads whole JSON documents into JSON-P trees, and writes trees as UTF-8, with the guards a client
 * needs against whatever a server (or something pretending to be one) sends:
 * <ul>
 *   <li>an empty or blank body, an XML or HTML document, trailing content after the value, and
 *       malformed or truncated JSON are each refused with a plain reason;</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels is refused by a scan of the text before any
 *       parser runs, so no JSON-P implementation can be driven into stack exhaustion; Parsson's own
 *       limit ({@code org.eclipse.parsson.maxDepth}, 1000 by default) is set to match, and where
 *       the parsers keep it (a Parsson that declares the setting, or another implementation seen
 *       to refuse once), a document read from its events is not scanned first;</li>
 *   <li>a UTF-8 byte order mark is skipped; bytes that are not UTF-8 are replaced, not fatal.</li>
 * </ul>
 * Thread-safe.
 */
final class JsonDocuments {

    /**
     * The deepest nesting of objects and arrays accepted. Harvest's documents nest four levels at
     * most ({@code {"projects":[{"tasks":[{…}]}]}}); the margin leaves room for growth.
     */
    static final int MAX_DEPTH = 64;

    /** Parsson's configuration key for its nesting limit ({@code JsonConfig.MAX_DEPTH}). */
    private static final String PARSSON_MAX_DEPTH = "org.eclipse.parsson.maxDepth";

    private final JsonProvider provider;
    private final JsonParserFactory parsers;
    private final JsonWriterFactory writers;
    /** Whether the parsers themselves refuse nesting deeper than {@link #MAX_DEPTH}. */
    private final boolean parsersBoundDepth;

    JsonDocuments(JsonProvider provider) {
        this.provider = provider;
        // Parsson refuses a document as deep as its setting: one more keeps MAX_DEPTH levels readable
        this.parsers = provider.createParserFactory(Map.of(PARSSON_MAX_DEPTH, MAX_DEPTH + 1));
        this.writers = provider.createWriterFactory(Map.of());
        this.parsersBoundDepth = parsersBoundDepth();
    }

    /**
     * Whether the parsers keep the nesting limit themselves. Parsson's do from the release that
     * declares the setting ({@code org.eclipse.parsson.api.JsonConfig.MAX_DEPTH}), which is looked
     * up; any other implementation is tried once on {@code MAX_DEPTH + 1} opening brackets, as it
     * need not list Parsson's setting among those it uses (Parsson itself does not), nor take it.
     * Parsson is not tried: its refusal makes a localized message, and loading the locale data for
     * it was a tenth of a fresh JVM's first call.
     *
     * @return whether they refuse the last ones
     */
    private boolean parsersBoundDepth() {
        if (declaresParssonDepthLimit(provider)) {
            return true;
        }
        try (JsonParser parser = parsers.createParser(new StringReader("[".repeat(MAX_DEPTH + 1)))) {
            for (int depth = 0; depth <= MAX_DEPTH; depth++) {
                parser.next();
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Whether the provider is Parsson, of a release that declares the nesting limit this class sets. */
    static boolean declaresParssonDepthLimit(JsonProvider provider) {
        if (!provider.getClass().getName().startsWith("org.eclipse.parsson.")) {
            return false;
        }
        try {
            Class<?> config = Class.forName("org.eclipse.parsson.api.JsonConfig", false, provider.getClass().getClassLoader());
            return PARSSON_MAX_DEPTH.equals(config.getField("MAX_DEPTH").get(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return false; // an older Parsson, or one that cannot be looked into: tried as any other
        }
    }

    /** @return the JSON-P implementation in use, for building values */
    JsonProvider provider() {
        return provider;
    }

    /**
     * @param body a whole document
     * @return its value
     * @throws JsonBindingException when the body is not exactly one well-formed JSON value
     */
    JsonValue read(byte[] body) {
        return read(text(body));
    }

    /**
     * Reads a whole document by the given means, and fails on the documents {@link #read(byte[])}
     * refuses, though not always with the same exception: when the parser keeps the nesting limit
     * itself (Parsson does), the body is not made a string and scanned first, but decoded as the
     * parser reads it, and refused if it is not UTF-8 throughout (which {@code read} reads with
     * replacement characters) or starts with a byte order mark (which {@code read} skips).
     *
     * @param body a whole document
     * @param reading reads the value from a parser on its first event (given too), and leaves the
     *     parser on its last one
     * @param <R> what is read
     * @return what {@code reading} read
     * @throws RuntimeException when the body is not exactly one well-formed JSON value, or
     *     whatever {@code reading} throws
     */
    <R> R read(byte[] body, BiFunction<JsonParser, JsonParser.Event, R> reading) {
        if (!parsersBoundDepth) {
            return read(text(body), reading);
        }
        // a new decoder reports what is not UTF-8, where a string or a reader given the charset replaces it
        return parse(new Utf8Reader(body), reading);
    }

    private static String text(byte[] body) {
        if (body == null || body.length == 0) {
            throw new JsonBindingException("the body is empty");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @param document a whole document
     * @return its value
     * @throws JsonBindingException when the text is not exactly one well-formed JSON value
     */
    JsonValue read(String document) {
        return read(document, (parser, first) -> parser.getValue());
    }

    private <R> R read(String document, BiFunction<JsonParser, JsonParser.Event, R> reading) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        int start = firstNonWhiteSpace(text);
        if (start < 0) {
            throw new JsonBindingException("the body is empty");
        }
        if (text.charAt(start) == '<') {
            throw new JsonBindingException("the body is XML or HTML, not JSON");
        }
        checkDepth(text);
        return parse(new StringReader(text), reading);
    }

    private <R> R parse(Reader text, BiFunction<JsonParser, JsonParser.Event, R> reading) {
        try (JsonParser parser = parsers.createParser(text)) {
            if (!parser.hasNext()) {
                throw new JsonBindingException("the body is empty");
            }
            R value = reading.apply(parser, parser.next());
            boolean trailing;
            try {
                trailing = parser.hasNext();
            } catch (JsonException e) {
                trailing = true;
            }
            if (trailing) {
                throw new JsonBindingException("content follows the JSON value (at offset "
                        + parser.getLocation().getStreamOffset() + ")");
            }
            return value;
        } catch (JsonException | IllegalStateException | NoSuchElementException | NumberFormatException
                | ArithmeticException e) {
            throw new JsonBindingException("not well-formed JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param body a body, as it arrives; its encoding (UTF-8, 16 or 32) is detected by the parser
     * @return a streaming parser over it, with the same nesting limit as {@link #read(byte[])}
     */
    JsonParser parser(InputStream body) {
        return parsers.createParser(body);
    }

    /**
     * @param value a tree
     * @return its compact UTF-8 text
     */
    byte[] write(JsonValue value) {
        StringWriter text = new StringWriter(256);
        try (JsonWriter writer = writers.createWriter(text)) {
            writer.write(value);
        }
        try {
            // an encoder that reports: a writer's own one puts '?' for a lone surrogate, which
            // would send text other than the value's without a word
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text.getBuffer()));
            return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.arrayOffset() + bytes.limit());
        } catch (CharacterCodingException e) {
            throw new JsonBindingException("a string holds a lone surrogate (half of a character), which UTF-8 cannot carry");
        }
    }

    private static int firstNonWhiteSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Counts the nesting of objects and arrays outside strings, without recursion. */
    private static void checkDepth(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new JsonBindingException("objects and arrays nest deeper than " + MAX_DEPTH
                            + " levels (at " + i + ")");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
