package io.harvest4j.core;

/**
 * A body could not be read or written in the negotiated format: malformed, truncated, of another
 * format (an HTML error page, say), or refused as unsafe (a DTD or an entity). The message names
 * the type, the format and the first bytes of the body.
 */
public class CodecException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /** How many characters of a body a message quotes. */
    public static final int PREVIEW_LENGTH = 120;

    /**
     * @param message what went wrong, without any credential
     */
    public CodecException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, without any credential
     * @param cause the underlying failure
     */
    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The standard message for a body that did not decode.
     *
     * @param type the Java type that was asked for
     * @param format the media type of the codec
     * @param body the body
     * @param cause what the parser said
     * @return an exception naming the type, the format and the start of the body
     */
    public static CodecException undecodable(Class<?> type, String format, byte[] body, Throwable cause) {
        String reason = cause == null || cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage());
        return new CodecException("cannot decode " + type.getName() + " from " + format + " body "
                + preview(body) + reason, cause);
    }

    /**
     * @param body any bytes
     * @return the first {@value #PREVIEW_LENGTH} characters, quoted, control characters escaped,
     *     with the total size: safe to print
     */
    public static String preview(byte[] body) {
        if (body == null || body.length == 0) {
            return "(empty)";
        }
        String text = new String(body, 0, Math.min(body.length, PREVIEW_LENGTH * 4),
                java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(PREVIEW_LENGTH).forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        out.append('"');
        if (text.codePointCount(0, text.length()) > PREVIEW_LENGTH || body.length > PREVIEW_LENGTH * 4) {
            out.append("…");
        }
        return out.append(" (").append(body.length).append(" bytes)").toString();
    }

    /**
     * The standard message for an answer that decoded but lacks what every such answer holds (a
     * timer answer without its entry, a timesheet without its day).
     *
     * @param response the answer
     * @param what what it lacks, as {@code a timer without a day entry}
     * @return an exception naming the call and the start of the body
     */
    public static CodecException incomplete(io.harvest4j.core.http.Response response, String what) {
        return new CodecException(response.request().method() + " " + response.request().uri().getPath()
                + " answered " + what + ": " + preview(response.body()));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
