package io.harvest4j.extended.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.extended.model.InvoiceLineItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 as {@link CsvText} reads and writes it, and the invoice lines {@link LineItemsCsv} makes of it. */
class CsvTextTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        List<List<String>> records = CsvText.read("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nkept\"\r\nx,,z\n", "t");

        assertThat(records).containsExactly(List.of("a", "b, c", "say \"hi\"", "two\nlines", "crlf\r\nkept"),
                List.of("x", "", "z"));
    }

    @Test
    void anEmptyLastFieldIsKeptAndBlankLinesAndIndentationAreNot() {
        List<List<String>> records = CsvText.read("\n  kind,project_id\n  Service,\n\n  Product,3\n  ", "t");

        assertThat(records).containsExactly(List.of("kind", "project_id"), List.of("Service", ""), List.of("Product", "3"));
    }

    @Test
    void quotedBlanksAreKeptAndTheLastRecordNeedsNoLineBreak() {
        assertThat(CsvText.read("\"  padded  \" , b", "t")).containsExactly(List.of("  padded  ", "b"));
        assertThat(CsvText.read("\"\"", "t")).containsExactly(List.of(""));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<List<String>> records = List.of(List.of("plain", "with, comma", "with \"quote\"", "multi\nline", " edge ", ""),
                List.of("", "x\r\ny", "\"", ",", "a\"\"b", "end"));

        String text = CsvText.write(records);

        assertThat(text).startsWith("plain,\"with, comma\",\"with \"\"quote\"\"\",\"multi\nline\",\" edge \",\n");
        assertThat(CsvText.read(text, "t")).isEqualTo(records);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,\"never closed\nb,c", "a,b\"c", "\"quoted\"tail,b", "a,\"x\" \"y\""})
    void malformedTextIsATypedError(String text) {
        assertThatThrownBy(() -> CsvText.read(text, "csv-line-items")).isInstanceOf(CodecException.class)
                .hasMessageStartingWith("csv-line-items: ");
    }

    @Test
    void lineItemsReadByTheHeadersNamesWithAnEmptyProjectId() {
        List<InvoiceLineItem> items = LineItemsCsv.read("\n  kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\n"
                + "  Service,\"Design, \"\"final\"\" round\",0.68,80.00,54.4,true,false,3\n"
                + "  Product,What's in a name,8,100.00,800,false,true,\n  ");

        assertThat(items).hasSize(2);
        InvoiceLineItem design = items.get(0);
        assertThat(design.kind()).isEqualTo("Service");
        assertThat(design.description()).isEqualTo("Design, \"final\" round");
        assertThat(design.quantity()).isEqualTo(new BigDecimal("0.68"));
        assertThat(design.unitPrice()).isEqualTo(new BigDecimal("80.00"));
        assertThat(design.amount()).isEqualTo(new BigDecimal("54.4"));
        assertThat(design.isTaxed()).isTrue();
        assertThat(design.isTaxed2()).isFalse();
        assertThat(design.projectId()).contains(3L);
        assertThat(items.get(1).projectId()).isEmpty();
        assertThat(items.get(1).isTaxed2()).isTrue();
        assertThat(items.get(1).amount()).isEqualTo(new BigDecimal("800"));
    }

    @Test
    void lineItemsRoundTripWithTheirScale() {
        List<InvoiceLineItem> items = List.of(
                InvoiceLineItem.builder().kind("Service").description("Design, \"final\" round\nand more")
                        .quantity(new BigDecimal("2")).unitPrice(new BigDecimal("100.00")).taxed(true).projectId(3).build(),
                InvoiceLineItem.builder().kind("Product").description("").quantity(new BigDecimal("1"))
                        .unitPrice(new BigDecimal("9.99")).amount(new BigDecimal("5.00")).taxed2(true).build());

        String csv = LineItemsCsv.write(items);

        assertThat(csv).startsWith("kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\n"
                + "Service,\"Design, \"\"final\"\" round\nand more\",2,100.00,200.00,true,false,3\n");
        assertThat(csv).endsWith("Product,,1,9.99,5.00,false,true,\n");
        assertThat(LineItemsCsv.read(csv)).isEqualTo(items);
        assertThat(items.get(0).amount()).isEqualTo(new BigDecimal("200.00"));
    }

    @Test
    void noTextIsNoLines() {
        assertThat(LineItemsCsv.read(null)).isEmpty();
        assertThat(LineItemsCsv.read("  \n ")).isEmpty();
        assertThat(LineItemsCsv.read(LineItemsCsv.write(List.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kind,description,quantity,unit_price,amount,taxed\nService,x,1,2,2,true", // no taxed2 column
        "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\nService,x,one,2,2,true,false,",
        "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\nService,x,1,2,2,true,false,three",
        "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\nService,x,y,1,2,2,true,false,3",
        "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\n,x,1,2,2,true,false,",
        "kind,description,quantity,unit_price,amount,taxed,taxed2,project_id\nService,\"open,1,2,2,true,false,"})
    void linesThatDoNotReadAreATypedError(String csv) {
        assertThatThrownBy(() -> LineItemsCsv.read(csv)).isInstanceOf(CodecException.class)
                .hasMessageStartingWith("csv-line-items: ");
    }
}
