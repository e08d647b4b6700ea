package io.harvest4j.extended.internal;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.extended.model.InvoiceLineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An invoice's {@code csv-line-items}, read into {@link InvoiceLineItem}s and written from them:
 * the header {@code kind,description,quantity,unit_price,amount,taxed,taxed2,project_id} (the
 * service discards an update whose header is not intact), then one row per line, by
 * {@link CsvText}'s rules. Reading finds the columns by the header's names; a row may end early
 * or leave {@code project_id} empty. Not part of the API.
 */
public final class LineItemsCsv {

    /** The columns, in the order the service writes them. */
    public static final List<String> HEADER =
            List.of("kind", "description", "quantity", "unit_price", "amount", "taxed", "taxed2", "project_id");

    private static final String WHAT = "csv-line-items";

    private LineItemsCsv() {
    }

    /**
     * @param csv the text as the service sent it; {@code null} or blank for none
     * @return its lines, in order (unmodifiable)
     * @throws CodecException when it is no CSV, lacks a column of the header, or a value does not read
     */
    public static List<InvoiceLineItem> read(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<List<String>> records = CsvText.read(csv, WHAT);
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(name.toLowerCase(Locale.ROOT));
        }
        int[] column = new int[HEADER.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            column[i] = header.indexOf(HEADER.get(i));
            if (column[i] < 0 && !HEADER.get(i).equals("project_id")) {
                throw new CodecException(WHAT + ": the header " + records.get(0) + " has no column " + HEADER.get(i));
            }
        }
        List<InvoiceLineItem> items = new ArrayList<>();
        for (int row = 1; row < records.size(); row++) {
            List<String> record = records.get(row);
            if (record.size() > header.size()) {
                throw new CodecException(WHAT + ": row " + row + " has " + record.size() + " fields, the header "
                        + header.size());
            }
            try {
                InvoiceLineItem.Builder item = InvoiceLineItem.builder()
                        .kind(field(record, column[0]))
                        .description(field(record, column[1]))
                        .quantity(number(record, column[2], row, "quantity"))
                        .unitPrice(number(record, column[3], row, "unit_price"))
                        .amount(number(record, column[4], row, "amount"))
                        .taxed(flag(record, column[5]))
                        .taxed2(flag(record, column[6]));
                String projectId = field(record, column[7]);
                if (!projectId.isBlank()) {
                    item.projectId(id(projectId, row));
                }
                items.add(item.build());
            } catch (InvalidRequestException e) {
                throw new CodecException(WHAT + ": row " + row + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * @param items lines
     * @return the text to send: the header, then a row per line ({@code project_id} left empty when none)
     */
    public static String write(List<InvoiceLineItem> items) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        for (InvoiceLineItem item : items) {
            records.add(List.of(item.kind(), item.description(), item.quantity().toPlainString(),
                    item.unitPrice().toPlainString(), item.amount().toPlainString(), Boolean.toString(item.isTaxed()),
                    Boolean.toString(item.isTaxed2()), item.projectId().map(String::valueOf).orElse("")));
        }
        return CsvText.write(records);
    }

    private static String field(List<String> record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }

    private static BigDecimal number(List<String> record, int column, int row, String name) {
        String text = field(record, column);
        if (text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new CodecException(WHAT + ": row " + row + ": " + name + " is no number: '" + text + "'", e);
        }
    }

    private static boolean flag(List<String> record, int column) {
        String text = field(record, column).toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("1") || text.equals("yes") || text.equals("t");
    }

    private static long id(String text, int row) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CodecException(WHAT + ": row " + row + ": project_id is no id: '" + text + "'", e);
        }
    }
}
