package io.harvest4j.extended.internal;

import io.harvest4j.core.CodecException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them, read and written here (no library): fields
 * separated by commas, records by line breaks ({@code LF}, {@code CRLF} or {@code CR}); a field
 * holding a comma, a double quote or a line break is enclosed in double quotes, a double quote in
 * it doubled. Two allowances for text the service and its documentation write: blanks around an
 * unquoted field (the documentation indents every line) are dropped, and blank lines are skipped.
 * The writer quotes a field that starts or ends with a blank, so that what it writes reads back
 * the same. Not part of the API.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * @param text comma-separated values
     * @param what what the text is, for messages ({@code csv-line-items})
     * @return its records, each its fields (unmodifiable); blank lines left out
     * @throws CodecException when a quoted field is not closed, or a quote stands where none may
     */
    public static List<List<String>> read(String text, String what) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false; // the current field was quoted (and is closed)
        boolean any = false; // the current record holds something but blanks
        int line = 1;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted || field.toString().strip().length() > 0) {
                    throw new CodecException(what + ": a double quote inside an unquoted field, or after a quoted one,"
                            + " on line " + line + " (a field holding quotes is quoted, its quotes doubled)");
                }
                field.setLength(0);
                int start = line;
                i++;
                boolean closed = false;
                while (i < length) {
                    char d = text.charAt(i);
                    if (d == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (d == '\n' || d == '\r' && !(i + 1 < length && text.charAt(i + 1) == '\n')) {
                        line++;
                    }
                    field.append(d);
                    i++;
                }
                if (!closed) {
                    throw new CodecException(what + ": the quoted field opened on line " + start + " is never closed");
                }
                quoted = true;
                any = true;
                continue;
            }
            if (c == ',') {
                record.add(value(field, quoted));
                field.setLength(0);
                quoted = false;
                any = true;
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.toString().strip().length() > 0) {
                    record.add(value(field, quoted));
                    records.add(Collections.unmodifiableList(record));
                }
                record = new ArrayList<>();
                field.setLength(0);
                quoted = false;
                any = false;
                line++;
                i++;
                continue;
            }
            if (quoted && !Character.isWhitespace(c)) {
                throw new CodecException(what + ": text after a quoted field on line " + line
                        + " (a field is quoted whole or not at all)");
            }
            if (!quoted) {
                field.append(c);
            }
            i++;
        }
        if (any || field.toString().strip().length() > 0) {
            record.add(value(field, quoted));
            records.add(Collections.unmodifiableList(record));
        }
        return Collections.unmodifiableList(records);
    }

    /**
     * @param records the records, each its fields ({@code null} is written as an empty field)
     * @return the text: each record on its own line, ended by {@code \n}
     */
    public static String write(List<List<String>> records) {
        StringBuilder text = new StringBuilder();
        for (List<String> record : records) {
            String separator = "";
            for (String field : record) {
                text.append(separator).append(quoted(field == null ? "" : field));
                separator = ",";
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String value(StringBuilder field, boolean quoted) {
        return quoted ? field.toString() : field.toString().strip();
    }

    private static String quoted(String field) {
        boolean needed = !field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1)));
        for (int i = 0; i < field.length() && !needed; i++) {
            char c = field.charAt(i);
            needed = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needed ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
