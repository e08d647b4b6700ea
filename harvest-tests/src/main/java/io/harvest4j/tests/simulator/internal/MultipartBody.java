package io.harvest4j.tests.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1) read by the simulator's own code,
 * as Rack read the service's uploads: the parts between the boundary's delimiters, each with its
 * headers ({@code Content-Disposition: form-data; name="…"; filename="…"}, {@code Content-Type})
 * and its bytes, kept exactly as sent (binary content, CRLF sequences included: a part ends only
 * at CRLF followed by the delimiter). A part with a {@code filename} is a file; the others are
 * text fields, read as UTF-8. Anything malformed — no boundary, no delimiter, a part without
 * {@code Content-Disposition} or a name, headers without their blank line, no closing delimiter,
 * too many parts — is refused with 400.
 */
final class MultipartBody {

    /** The most parts one body may hold. */
    static final int MAX_PARTS = 100;
    /** The most bytes of one part's headers. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** One file part: its field name, file name, content type and bytes. */
    static final class FilePart {
        final String name;
        final String fileName;
        final String contentType;
        final byte[] bytes;

        FilePart(String name, String fileName, String contentType, byte[] bytes) {
            this.name = name;
            this.fileName = fileName;
            this.contentType = contentType;
            this.bytes = bytes;
        }
    }

    private final Map<String, String> fields;
    private final Map<String, FilePart> files;

    private MultipartBody(Map<String, String> fields, Map<String, FilePart> files) {
        this.fields = Collections.unmodifiableMap(fields);
        this.files = Collections.unmodifiableMap(files);
    }

    /** @return the text fields by name, in order (a repeated name keeps its last value) */
    Map<String, String> fields() {
        return fields;
    }

    /** @return the file parts by field name, in order (a repeated name keeps its last file) */
    Map<String, FilePart> files() {
        return files;
    }

    /**
     * @param contentType the request's {@code Content-Type}
     * @return whether it is {@code multipart/form-data}
     */
    static boolean isMultipart(String contentType) {
        return contentType != null && WireFormat.bareType(contentType).equals("multipart/form-data");
    }

    /**
     * @param body the body
     * @param contentType its {@code multipart/form-data; boundary=…} type
     * @return the parts
     * @throws RequestRefused 400 when it is malformed
     */
    static MultipartBody parse(byte[] body, String contentType) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at;
        if (startsWith(body, 0, delimiter)) {
            at = delimiter.length;
        } else {
            int found = indexOf(body, nextDelimiter, 0); // a preamble before the first delimiter is ignored
            if (found < 0) {
                throw malformed("no delimiter --" + boundary + " in the body");
            }
            at = found + nextDelimiter.length;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, FilePart> files = new LinkedHashMap<>();
        int parts = 0;
        while (true) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return new MultipartBody(fields, files); // the closing delimiter; an epilogue is ignored
            }
            at = skipTransportPadding(body, at);
            if (!startsWith(body, at, new byte[] {'\r', '\n'})) {
                throw malformed("a delimiter must end with CRLF");
            }
            at += 2;
            if (++parts > MAX_PARTS) {
                throw malformed("more than " + MAX_PARTS + " parts");
            }
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, at);
            boolean noHeaders = startsWith(body, at, new byte[] {'\r', '\n'});
            if (!noHeaders && (headersEnd < 0 || headersEnd - at > MAX_HEADER_BYTES)) {
                throw malformed("a part's headers do not end with a blank line");
            }
            Map<String, String> headers = noHeaders ? Map.of()
                    : headers(new String(body, at, headersEnd - at, StandardCharsets.UTF_8));
            int contentStart = noHeaders ? at + 2 : headersEnd + 4;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed("a part is not closed by --" + boundary);
            }
            addPart(headers, Arrays.copyOfRange(body, contentStart, contentEnd), fields, files);
            at = contentEnd + nextDelimiter.length;
        }
    }

    private static void addPart(Map<String, String> headers, byte[] content, Map<String, String> fields,
            Map<String, FilePart> files) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw malformed("a part has no Content-Disposition");
        }
        List<String> pieces = splitParameters(disposition);
        if (!pieces.get(0).trim().equalsIgnoreCase("form-data")) {
            throw malformed("a part's Content-Disposition is not form-data: " + pieces.get(0).trim());
        }
        Map<String, String> parameters = parameters(pieces.subList(1, pieces.size()));
        String name = parameters.get("name");
        if (name == null || name.isEmpty()) {
            throw malformed("a part's Content-Disposition has no name");
        }
        String fileName = parameters.get("filename");
        if (fileName == null) {
            fields.put(name, new String(content, StandardCharsets.UTF_8));
        } else {
            String type = headers.getOrDefault("content-type", "application/octet-stream").trim();
            files.put(name, new FilePart(name, fileName, type.isEmpty() ? "application/octet-stream" : type, content));
        }
    }

    private static String boundary(String contentType) {
        for (String piece : splitParameters(contentType).subList(1, splitParameters(contentType).size())) {
            int equals = piece.indexOf('=');
            if (equals > 0 && piece.substring(0, equals).trim().equalsIgnoreCase("boundary")) {
                String value = unquote(piece.substring(equals + 1).trim());
                if (value.isEmpty() || value.length() > 70 || value.endsWith(" ")
                        || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    throw malformed("the boundary must be 1 to 70 printable characters");
                }
                return value;
            }
        }
        throw malformed("Content-Type multipart/form-data has no boundary");
    }

    private static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part's header is not 'Name: value': " + shortened(line));
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    /** Splits {@code form-data; name="a;b"; filename=x} at the semicolons outside quotes. */
    private static List<String> splitParameters(String value) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < value.length()) {
                piece.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == ';' && !quoted) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        if (quoted) {
            throw malformed("an unclosed quote in " + shortened(value));
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static Map<String, String> parameters(List<String> pieces) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String piece : pieces) {
            int equals = piece.indexOf('=');
            if (equals <= 0) {
                throw malformed("a parameter is not name=value: " + shortened(piece.trim()));
            }
            parameters.put(piece.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                    unquote(piece.substring(equals + 1).trim()));
        }
        return parameters;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    private static int skipTransportPadding(byte[] body, int at) {
        int i = at;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static RequestRefused malformed(String why) {
        return RequestRefused.badRequest("Malformed multipart/form-data body: " + why);
    }
}
