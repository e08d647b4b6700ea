package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.internal.Checks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A receipt to attach to an expense with {@code Expenses.uploadReceipt}: a file's name, its
 * content type and its bytes, which are read while the upload is sent and never gathered in
 * memory by the client — a 10 MB scan from a file is streamed from the disk.
 *
 * <pre>{@code
 * Receipt scan = Receipt.of(Path.of("hotel.jpg"));                          // image/jpeg, by its extension
 * Receipt pdf = Receipt.of(Path.of("invoice"), "application/pdf");
 * Receipt inMemory = Receipt.of(bytes, "hotel.jpg", "image/jpeg");
 * Receipt fromStream = Receipt.of(in, length, "hotel.jpg", "image/jpeg");   // sent once, never retried
 * }</pre>
 *
 * <p>A receipt from a file or bytes can be sent again (a retry reads them anew); one from an
 * {@link InputStream} can be sent once. Bytes are not copied: leave the array unchanged until the
 * upload is done. The file name goes into the multipart header as UTF-8: control characters,
 * quotes and backslashes are refused.
 */
public final class Receipt {

    /** The longest file name accepted, in characters. */
    public static final int MAX_FILE_NAME_LENGTH = 255;

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:[ \\t]*;[ \\t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+="
                    + "(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+|\"[^\"\\\\\\p{Cntrl}]*\"))*");
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "pdf", "application/pdf", "webp", "image/webp",
            "heic", "image/heic", "tif", "image/tiff", "tiff", "image/tiff");

    private final String fileName;
    private final RequestBody content;

    private Receipt(String fileName, RequestBody content) {
        this.fileName = fileName;
        this.content = content;
    }

    /**
     * @param file a regular file; its name is the receipt's, and its extension gives the content
     *     type ({@code .png}, {@code .jpg}/{@code .jpeg}, {@code .gif}, {@code .pdf}, {@code .webp},
     *     {@code .heic}, {@code .tif}/{@code .tiff}; anything else is {@code application/octet-stream})
     * @return the receipt, read from the file when it is sent
     * @throws InvalidRequestException when the file is {@code null}, not a readable regular file, or
     *     its name cannot be sent
     */
    public static Receipt of(Path file) {
        Checks.required("Receipt.of: file", file);
        return of(file, contentTypeOf(file));
    }

    /**
     * @param file a regular file, whose name is the receipt's
     * @param contentType its content type ({@code image/jpeg})
     * @return the receipt, read from the file when it is sent
     * @throws InvalidRequestException when an argument is {@code null}, the file is not a readable
     *     regular file, or its name or the content type cannot be sent
     */
    public static Receipt of(Path file, String contentType) {
        Checks.required("Receipt.of: file", file);
        String type = contentType("Receipt.of: contentType", contentType);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidRequestException("Receipt.of: file is not a readable regular file: " + file);
        }
        Path name = file.getFileName();
        String fileName = fileName("Receipt.of: file's name", name == null ? null : name.toString());
        try {
            return new Receipt(fileName, RequestBody.ofFile(file, type));
        } catch (UncheckedIOException e) {
            throw new InvalidRequestException("Receipt.of: cannot read the file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param bytes the file's bytes; not copied (leave them unchanged until the upload is done)
     * @param fileName the file's name ({@code hotel.jpg})
     * @param contentType its content type ({@code image/jpeg})
     * @return the receipt
     * @throws InvalidRequestException when an argument is {@code null}, or the name or the content
     *     type cannot be sent
     */
    public static Receipt of(byte[] bytes, String fileName, String contentType) {
        Checks.required("Receipt.of: bytes", bytes);
        String name = fileName("Receipt.of: fileName", fileName);
        String type = contentType("Receipt.of: contentType", contentType);
        return new Receipt(name, RequestBody.streamed(() -> new ByteArrayInputStream(bytes), bytes.length, type, true));
    }

    /**
     * @param stream the file's bytes, read when the upload is sent and then closed
     * @param length how many bytes it holds (the upload declares it; a stream that holds fewer or
     *     more fails the upload)
     * @param fileName the file's name ({@code hotel.jpg})
     * @param contentType its content type ({@code image/jpeg})
     * @return the receipt; it can be sent once, and its upload is never retried
     * @throws InvalidRequestException when an argument is {@code null}, the length negative, or the
     *     name or the content type cannot be sent
     */
    public static Receipt of(InputStream stream, long length, String fileName, String contentType) {
        Checks.required("Receipt.of: stream", stream);
        if (length < 0) {
            throw new InvalidRequestException("Receipt.of: length must not be negative: " + length);
        }
        String name = fileName("Receipt.of: fileName", fileName);
        String type = contentType("Receipt.of: contentType", contentType);
        return new Receipt(name, RequestBody.ofStream(stream, length, type));
    }

    /** @return the file's name, as sent in the part's {@code filename} */
    public String fileName() {
        return fileName;
    }

    /** @return the file's content type, as sent in the part's {@code Content-Type} */
    public String contentType() {
        return content.contentType();
    }

    /** @return the file's size in bytes */
    public long length() {
        return content.contentLength();
    }

    /** @return whether the receipt can be sent again (from a file or bytes), so that its upload may be retried */
    public boolean isReplayable() {
        return content.isReplayable();
    }

    /**
     * @return the file's bytes as a streamed body (the upload wraps it in a multipart form):
     *     opened when the upload is sent
     */
    public RequestBody content() {
        return content;
    }

    /** @return the name, type and size: never the bytes */
    @Override
    public String toString() {
        return "Receipt{" + fileName + ", " + contentType() + ", " + length() + " bytes}";
    }

    private static String contentTypeOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static String fileName(String where, String name) {
        Checks.nonBlank(where, name);
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidRequestException(where + " must be at most " + MAX_FILE_NAME_LENGTH + " characters: "
                    + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                throw new InvalidRequestException(where + " holds a character a multipart header cannot carry (U+"
                        + String.format("%04X", (int) c) + " at " + i + ")");
            }
        }
        return name;
    }

    private static String contentType(String where, String type) {
        Checks.nonBlank(where, type);
        if (!MEDIA_TYPE.matcher(type).matches()) {
            throw new InvalidRequestException(where + " must be a media type such as image/jpeg: " + type);
        }
        return type;
    }
}
