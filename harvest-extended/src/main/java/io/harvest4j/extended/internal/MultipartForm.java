package io.harvest4j.extended.internal;

import io.harvest4j.core.http.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;

/**
 * A {@code multipart/form-data} body of one file part (RFC 7578), as a browser posts a form with a
 * file field: the header of the part is written in memory, the file's bytes are read from their
 * own {@link RequestBody} while the body is sent, and the whole has a known length — so a large
 * file is streamed, never gathered. The body is replayable exactly when the file's is.
 *
 * <pre>
 * --{boundary}CRLF
 * Content-Disposition: form-data; name="expense[receipt]"; filename="hotel.jpg"CRLF
 * Content-Type: image/jpeg CRLF
 * CRLF
 * {the file's bytes}CRLF
 * --{boundary}--CRLF
 * </pre>
 *
 * Not part of the API.
 */
public final class MultipartForm {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BOUNDARY_CHARACTERS =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private MultipartForm() {
    }

    /**
     * @param fieldName the form field's name ({@code expense[receipt]})
     * @param fileName the file's name, already checked to hold no control character, quote or backslash
     * @param file the file's bytes and content type
     * @return the form, with a random boundary
     */
    public static RequestBody filePart(String fieldName, String fileName, RequestBody file) {
        return filePart(fieldName, fileName, file, randomBoundary());
    }

    /**
     * @param fieldName the form field's name
     * @param fileName the file's name, already checked
     * @param file the file's bytes and content type
     * @param boundary the boundary: 1 to 70 characters that the file cannot contain by chance
     * @return the form
     */
    public static RequestBody filePart(String fieldName, String fileName, RequestBody file, String boundary) {
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + file.contentType() + "\r\n"
                + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + file.contentLength() + tail.length;
        return RequestBody.streamed(() -> {
            InputStream bytes = file.openStream();
            List<InputStream> parts = List.of(new ByteArrayInputStream(head), bytes, new ByteArrayInputStream(tail));
            return new SequenceInputStream(Collections.enumeration(parts));
        }, length, "multipart/form-data; boundary=" + boundary, file.isReplayable());
    }

    /** @return a boundary of 32 random letters and digits after a fixed prefix */
    static String randomBoundary() {
        StringBuilder boundary = new StringBuilder("harvest4j-");
        for (int i = 0; i < 32; i++) {
            boundary.append(BOUNDARY_CHARACTERS[RANDOM.nextInt(BOUNDARY_CHARACTERS.length)]);
        }
        return boundary.toString();
    }
}
