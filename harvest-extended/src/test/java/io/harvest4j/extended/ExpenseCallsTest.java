package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.internal.MultipartForm;
import io.harvest4j.extended.model.ExpenseFields;
import io.harvest4j.extended.model.Receipt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls of {@link Expenses} as declared (method, path, {@code of_user}, idempotency), the
 * receipt's multipart body byte for byte, its streaming, and the refusal of bad arguments before
 * anything is sent.
 */
class ExpenseCallsTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.XML).build())
            .codec(RealCodecs.of(Format.XML))
            .transport(transport)
            .sleeper(delay -> CompletableFuture.completedFuture(null))
            .build();
    private final Expenses expenses = new Expenses(client);

    @Test
    void theDaysExpensesAreReadByDayOfYearAndOfUserIsSetOnceOnAView() {
        transport.enqueue(200, "<expenses type='array'><expense><id type='integer'>5</id>"
                + "<units type='decimal'>10.0</units><total-cost type='decimal'>4.85</total-cost></expense></expenses>");
        transport.otherwise(RecordingTransport.Answer.of(200, "<expense><id type='integer'>5</id></expense>"));

        assertThat(expenses.list(LocalDate.of(2008, 2, 10)).execute()).singleElement().satisfies(expense -> {
            assertThat(expense.id()).isEqualTo(5);
            assertThat(expense.units()).contains(new BigDecimal("10.0"));
        });
        Expenses hers = expenses.ofUser(42);
        hers.show(5).execute();
        hers.delete(5).execute();

        assertThat(transport.takeRequest().uri().toString()).isEqualTo("http://127.0.0.1:1/expenses/41/2008");
        assertThat(transport.takeRequest().uri().toString()).isEqualTo("http://127.0.0.1:1/expenses/5?of_user=42");
        Request delete = transport.takeRequest();
        assertThat(delete.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(delete.uri().toString()).isEqualTo("http://127.0.0.1:1/expenses/5?of_user=42");
        assertThat(hers.ofUserId()).contains(42L);
        assertThat(expenses.ofUserId()).isEmpty();
        assertThat(hers.toString()).endsWith(", of_user=42}");
    }

    @Test
    void aCreateIsNotRepeatedAnUpdateAndAnUploadFromAFileMayBe() {
        assertThat(expenses.create(ExpenseFields.builder().projectId(2).expenseCategoryId(1)
                .spentAt(LocalDate.of(2008, 2, 10)).totalCost(BigDecimal.TEN).build()).call().isIdempotent()).isFalse();
        assertThat(expenses.update(1, ExpenseFields.builder().notes("x").build()).call().isIdempotent()).isTrue();
        assertThat(expenses.uploadReceipt(1, Receipt.of(new byte[1], "a.png", "image/png")).call().isIdempotent()).isTrue();
    }

    @Test
    void theReceiptIsOneMultipartPartWrittenByteForByte() throws IOException {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, '-', '-'};
        RequestBody file = Receipt.of(image, "hotel.jpg", "image/jpeg").content();

        RequestBody form = MultipartForm.filePart("expense[receipt]", "hotel.jpg", file, "----b7edea381b46");

        byte[] expected = concat(("------b7edea381b46\r\n"
                + "Content-Disposition: form-data; name=\"expense[receipt]\"; filename=\"hotel.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n"
                + "\r\n").getBytes(StandardCharsets.US_ASCII), image,
                "\r\n------b7edea381b46--\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(form.contentType()).isEqualTo("multipart/form-data; boundary=----b7edea381b46");
        assertThat(form.length()).isEqualTo(expected.length);
        assertThat(form.content()).isEqualTo(expected);
        assertThat(form.content()).as("replayable: read again").isEqualTo(expected);
        assertThat(form.isReplayable()).isTrue();
        assertThat(form.isStreamed()).isTrue();
    }

    @Test
    void aFileNameOutsideAsciiGoesAsUtf8() {
        RequestBody form = MultipartForm.filePart("expense[receipt]", "Quittung-Zürich.pdf",
                Receipt.of(new byte[] {1}, "Quittung-Zürich.pdf", "application/pdf").content(), "b");

        assertThat(new String(form.content(), StandardCharsets.UTF_8)).isEqualTo("--b\r\n"
                + "Content-Disposition: form-data; name=\"expense[receipt]\"; filename=\"Quittung-Zürich.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n\u0001\r\n--b--\r\n");
    }

    @Test
    void theUploadPostsTheFormWithItsOwnContentTypeAndARandomBoundary(@TempDir Path dir) throws IOException {
        Path scan = Files.write(dir.resolve("hotel.JPG"), new byte[] {1, 2, 3});
        transport.otherwise(RecordingTransport.Answer.of(200, "", "Location", "/expenses/7/receipt"));

        expenses.ofUser(3).uploadReceipt(7, Receipt.of(scan)).execute();
        expenses.uploadReceipt(7, Receipt.of(scan)).execute();

        Request first = transport.takeRequest();
        Request second = transport.takeRequest();
        assertThat(first.method()).isEqualTo(HttpMethod.POST);
        assertThat(first.uri().toString()).isEqualTo("http://127.0.0.1:1/expenses/7/receipt?of_user=3");
        assertThat(first.headers().first("Accept")).contains("application/xml");
        String type = first.headers().first("Content-Type").orElseThrow();
        assertThat(type).matches("multipart/form-data; boundary=harvest4j-[0-9A-Za-z]{32}");
        assertThat(second.headers().first("Content-Type")).isNotEqualTo(first.headers().first("Content-Type"));
        String boundary = type.substring(type.indexOf('=') + 1);
        RequestBody body = first.body().orElseThrow();
        assertThat(body.isStreamed()).isTrue();
        assertThat(new String(body.content(), StandardCharsets.ISO_8859_1)).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"expense[receipt]\"; filename=\"hotel.JPG\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n\u0001\u0002\u0003\r\n--" + boundary + "--\r\n");
    }

    /**
     * A 10 MB receipt from a file is not read when the upload is made, only when it is sent, and
     * then in small pieces through the form's stream: the client never holds it whole (a
     * recording transport reads the form's stream the way the JDK transport does).
     */
    @Test
    void aTenMegabyteReceiptFromAFileIsStreamedNotGathered(@TempDir Path dir) throws IOException {
        int size = 10 * 1000 * 1000;
        Path scan = dir.resolve("scan.png");
        try (var out = Files.newOutputStream(scan)) {
            byte[] chunk = new byte[64 * 1024];
            for (int written = 0; written < size; written += chunk.length) {
                chunk[0] = (byte) written;
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
        }
        AtomicLong largestRead = new AtomicLong();
        AtomicLong total = new AtomicLong();
        transport.otherwise(request -> {
            try (InputStream in = request.body().orElseThrow().openStream()) {
                byte[] buffer = new byte[16 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    largestRead.accumulateAndGet(n, Math::max);
                    total.addAndGet(n);
                }
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            return RecordingTransport.Answer.of(200, "").respond(request);
        });

        var upload = expenses.uploadReceipt(7, Receipt.of(scan));
        RequestBody form = upload.call().rawBody().orElseThrow();
        assertThat(form.length()).isGreaterThan(size).isLessThan(size + 300);
        upload.execute();

        assertThat(total).hasValue(form.length());
        assertThat(largestRead.get()).isLessThanOrEqualTo(16 * 1024);
    }

    @Test
    void aReceiptFromAStreamIsSentOnceAndNeverRetried() {
        transport.enqueue(502, "").enqueue(200, "");
        Receipt receipt = Receipt.of(new ByteArrayInputStream(new byte[] {1, 2}), 2, "a.png", "image/png");

        assertThat(receipt.isReplayable()).isFalse();
        assertThatThrownBy(() -> expenses.uploadReceipt(7, receipt).execute())
                .isInstanceOf(io.harvest4j.core.ServerException.class);
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    @Test
    void aReceiptIsDownloadedAsBytesAStreamOrAFile(@TempDir Path dir) throws IOException {
        byte[] image = {(byte) 0xff, (byte) 0xd8, '\r', '\n', 0, (byte) 0xd9};
        transport.otherwise(RecordingTransport.Answer.of(200, image, Headers.builder().add("Content-Type", "image/jpeg").build()));

        assertThat(expenses.receipt(7).execute()).isEqualTo(image);
        try (InputStream in = expenses.receiptStream(7).execute()) {
            assertThat(in.readAllBytes()).isEqualTo(image);
        }
        Path target = dir.resolve("out.jpg");
        assertThat(expenses.downloadReceipt(7, target).execute()).isEqualTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(image);
        assertThat(transport.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo(HttpMethod.GET);
            assertThat(request.uri().getPath()).isEqualTo("/expenses/7/receipt");
            assertThat(request.body()).isEmpty();
        });
    }

    @Test
    void noReceiptIsANotFound() {
        transport.otherwise(RecordingTransport.Answer.of(404, "<hash><message>No receipt</message></hash>"));

        assertThatThrownBy(() -> expenses.receipt(7).execute()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badArgumentsAreRefusedBeforeSending(@TempDir Path dir) {
        assertThatThrownBy(() -> expenses.show(0)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Expenses.show: expenseId is required: 0");
        assertThatThrownBy(() -> expenses.ofUser(-1)).hasMessage("Expenses.ofUser: userId must be a positive id: -1");
        assertThatThrownBy(() -> expenses.list(LocalDate.of(0, 1, 1))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> expenses.create(ExpenseFields.builder().projectId(2).expenseCategoryId(1)
                .totalCost(BigDecimal.ONE).build())).hasMessage("Expenses.create: expense.spentAt is required");
        assertThatThrownBy(() -> expenses.create(ExpenseFields.builder().projectId(2).expenseCategoryId(1)
                .spentAt(LocalDate.of(2008, 2, 10)).build()))
                .hasMessage("Expenses.create: expense.totalCost or expense.units is required");
        assertThatThrownBy(() -> ExpenseFields.builder().totalCost(BigDecimal.ONE).units(BigDecimal.ONE).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> ExpenseFields.builder().units(new BigDecimal("-1")))
                .hasMessage("ExpenseFields.units must not be negative: -1");
        assertThatThrownBy(() -> Receipt.of(new byte[1], "a\"b.png", "image/png"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("U+0022");
        assertThatThrownBy(() -> Receipt.of(new byte[1], "a\r\nContent-Type: text/html", "image/png"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Receipt.of(new byte[1], "a.png", "image/png\r\nX-Evil: 1"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("media type");
        assertThatThrownBy(() -> Receipt.of(new ByteArrayInputStream(new byte[0]), -1, "a.png", "image/png"))
                .hasMessage("Receipt.of: length must not be negative: -1");
        assertThatThrownBy(() -> Receipt.of(dir.resolve("missing.png")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a readable regular file");
        assertThatThrownBy(() -> Receipt.of(dir)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> expenses.uploadReceipt(1, null)).hasMessage("Expenses.uploadReceipt: receipt is required");
        assertThatThrownBy(() -> expenses.downloadReceipt(1, null)).isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void aReceiptTellsItsNameTypeAndSizeButNeverItsBytes() {
        Receipt receipt = Receipt.of(new byte[] {1, 2, 3}, "hotel.jpg", "image/jpeg; q=1");

        assertThat(receipt.fileName()).isEqualTo("hotel.jpg");
        assertThat(receipt.contentType()).isEqualTo("image/jpeg; q=1");
        assertThat(receipt.length()).isEqualTo(3);
        assertThat(receipt.toString()).isEqualTo("Receipt{hotel.jpg, image/jpeg; q=1, 3 bytes}");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
