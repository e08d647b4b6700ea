package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of an invoice, and the invoice's {@code csv-line-items} read and written by the
 * simulator's own CSV code (RFC 4180: fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled; blanks around an unquoted field and blank lines ignored, as the
 * documentation's indented samples need). The line's amount is its quantity times its unit price,
 * to the cent; a line with neither keeps the amount sent. Immutable.
 */
final class InvoiceLine {

    /** The header the service writes and requires. */
    static final String HEADER = "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    final String kind;
    final String description;
    final BigDecimal quantity;
    final BigDecimal unitPrice;
    final BigDecimal amount;
    final boolean taxed;
    final boolean taxed2;
    final Long projectId;

    InvoiceLine(String kind, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
            boolean taxed, boolean taxed2, Long projectId) {
        this.kind = kind;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        this.taxed = taxed;
        this.taxed2 = taxed2;
        this.projectId = projectId;
    }

    /**
     * @param text {@code csv-line-items} as sent
     * @return the lines; null when the text is blank or its header is not intact (the service then
     *     discards the lines sent, and an update leaves the invoice's as they are)
     * @throws RequestRefused 400 when it is no CSV or a value does not read
     */
    static List<InvoiceLine> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<List<String>> rows = rows(text);
        List<String> header = new ArrayList<>();
        for (String name : rows.get(0)) {
            header.add(name.toLowerCase(Locale.ROOT));
        }
        if (!header.equals(COLUMNS)) {
            return null;
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            if (row.size() > COLUMNS.size()) {
                throw RequestRefused.badRequest("csv-line-items: row " + r + " has " + row.size() + " fields, not "
                        + COLUMNS.size() + " (quote a value that holds a comma)");
            }
            while (row.size() < COLUMNS.size()) {
                row.add("");
            }
            BigDecimal quantity = number(row.get(2), "quantity", r);
            BigDecimal unitPrice = number(row.get(3), "unit_price", r);
            BigDecimal amount = quantity != null && unitPrice != null ? quantity.multiply(unitPrice)
                    : number(row.get(4), "amount", r);
            Long projectId = null;
            if (!row.get(7).isBlank()) {
                BigDecimal id = number(row.get(7), "project_id", r);
                try {
                    projectId = id.longValueExact();
                } catch (ArithmeticException e) {
                    throw RequestRefused.badRequest("csv-line-items: row " + r + ": project_id is no id: '" + row.get(7) + "'");
                }
            }
            lines.add(new InvoiceLine(row.get(0).isBlank() ? "Service" : row.get(0), row.get(1),
                    quantity == null ? BigDecimal.ONE : quantity, unitPrice == null ? BigDecimal.ZERO : unitPrice,
                    amount == null ? BigDecimal.ZERO : amount, flag(row.get(5)), flag(row.get(6)), projectId));
        }
        return lines;
    }

    /**
     * @param lines lines
     * @return their {@code csv-line-items}: the header, a row per line, each ended by a new line
     */
    static String write(List<InvoiceLine> lines) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (InvoiceLine line : lines) {
            text.append(quote(line.kind)).append(',').append(quote(line.description)).append(',')
                    .append(line.quantity.toPlainString()).append(',').append(line.unitPrice.toPlainString()).append(',')
                    .append(line.amount.toPlainString()).append(',').append(line.taxed).append(',').append(line.taxed2)
                    .append(',').append(line.projectId == null ? "" : line.projectId.toString()).append('\n');
        }
        return text.toString();
    }

    private static String quote(String value) {
        boolean quoted = !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        for (char c : value.toCharArray()) {
            quoted |= c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static BigDecimal number(String text, String name, int row) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest("csv-line-items: row " + row + ": " + name + " must be a number, not '"
                    + text + "'");
        }
    }

    private static boolean flag(String text) {
        Boolean value = WireShape.bool(text);
        return value != null && value;
    }

    /** The records of the text, each its fields; blank lines left out. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (wasQuoted || !field.toString().isBlank()) {
                    throw RequestRefused.badRequest("csv-line-items: a stray double quote in row " + (rows.size() + 1));
                }
                field.setLength(0);
                inQuotes = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                row.add(wasQuoted ? field.toString() : field.toString().trim());
                if (row.size() > 1 || !row.get(0).isEmpty() || wasQuoted) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted) {
                if (c != ' ' && c != '\t') {
                    throw RequestRefused.badRequest("csv-line-items: text after a quoted value in row " + (rows.size() + 1));
                }
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw RequestRefused.badRequest("csv-line-items: a quoted value is never closed");
        }
        row.add(wasQuoted ? field.toString() : field.toString().trim());
        if (row.size() > 1 || !row.get(0).isEmpty() || wasQuoted) {
            rows.add(row);
        }
        return rows;
    }
}
