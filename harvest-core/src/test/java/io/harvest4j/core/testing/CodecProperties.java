package io.harvest4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties every {@link Codec} keeps against hostile input, checked with generated bodies
 * ({@link PropertyCheck}): extend this class, give the codec, and the properties run against it.
 * The companion of {@link CodecConformanceTest}, which states the contract case by case.
 *
 * <ul>
 *   <li>any bytes given to {@code decode}, {@code decodeList} end as a value or a
 *       {@link CodecException}, and to {@code errorMessage} as a value — never another exception,
 *       never longer than {@link #TIME_LIMIT_MS};</li>
 *   <li>generated models round-trip: what is encoded decodes to an equal value;</li>
 *   <li>a valid body cut anywhere before its last character is a {@link CodecException};</li>
 *   <li>hostile documents — nesting thousands deep, numbers of a million digits, long strings, odd
 *       Unicode (lone surrogates, NUL, BOM, right-to-left marks), duplicate keys or elements, wrong
 *       types, DTD and entity tricks (XXE, billion laughs, external DTDs, parameter entities) — end
 *       as a value or, where no reading is right, a {@link CodecException}; and none reaches the
 *       network (a listening socket is named by every external reference and must see no
 *       connection).</li>
 * </ul>
 *
 * <p>CI runs a few hundred tries per property ({@link #TRIES}; {@code -Dharvest.properties.tries=N}
 * for more); the harness's {@code fuzz} run does the large counts.
 */
public abstract class CodecProperties {

    /** Tries per property in a CI run: enough to find the easy failures, cheap on a 2-core machine. */
    protected static final int TRIES = 200;
    /** The time one call may take before it counts as a hang (generous: CI machines are shared). */
    protected static final long TIME_LIMIT_MS = 10_000;

    private static final WireShape WIDGET = WireShape.object("widget").build();
    private static final WireShape WIDGETS = WireShape.list("widgets", "widget").build();

    private static ExecutorService worker;
    private static ServerSocketChannel trap;

    /** @return the codec under test */
    protected abstract Codec codec();

    /** Starts the worker that bounds each call's time and the socket that catches network access. */
    @BeforeAll
    static void startWorkerAndTrap() throws IOException {
        worker = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "codec-properties");
            thread.setDaemon(true); // a hung decoder must not keep the test JVM alive
            return thread;
        });
        trap = ServerSocketChannel.open();
        trap.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        trap.configureBlocking(false);
    }

    /** Stops them. */
    @AfterAll
    static void stopWorkerAndTrap() throws IOException {
        worker.shutdownNow();
        trap.close();
    }

    // ------------------------------------------------------------------ any bytes

    @Test
    void anyBytesDecodeToAValueOrACodecException() {
        PropertyCheck.forAll(TRIES, CodecProperties::anyBytes, this::endsAsValueOrCodecException);
    }

    @Test
    void mutatedBodiesDecodeToAValueOrACodecException() {
        PropertyCheck.forAll(TRIES, this::mutatedBody, this::endsAsValueOrCodecException);
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void generatedWidgetsRoundTrip() {
        PropertyCheck.forAll(TRIES, CodecProperties::widget, widget -> {
            byte[] body = codec().encode(widget, WIDGET);

            assertThat(within(() -> codec().decode(body, Widget.class, WIDGET)))
                    .as("read back from %s", new String(body, StandardCharsets.UTF_8)).isEqualTo(widget);
        });
    }

    @Test
    void stringsOfAnyCharactersRoundTripOrFailToEncodeAsACodecException() {
        PropertyCheck.forAll(TRIES, CodecProperties::oddString, text -> {
            Widget widget = Widget.builder().name(text).notes(text).build();
            byte[] body;
            try {
                body = codec().encode(widget, WIDGET);
            } catch (CodecException refused) {
                return; // a character the format cannot carry (NUL, a lone surrogate in XML): refused, not garbled
            }
            Object decoded = within(() -> decodeOrException(body));
            if (decoded instanceof Widget) {
                assertThat(decoded).as("read back from %s", new String(body, StandardCharsets.UTF_8)).isEqualTo(widget);
            }
        });
    }

    // ------------------------------------------------------------------ truncation

    @Test
    void aValidBodyCutBeforeItsEndIsACodecException() {
        PropertyCheck.forAll(TRIES, random -> {
            byte[] body = codec().encode(widget(random), WIDGET);
            int end = body.length;
            while (end > 0 && Character.isWhitespace(body[end - 1])) {
                end--; // cutting white space after the document leaves it whole
            }
            return Arrays.copyOf(body, random.nextInt(end));
        }, cut -> assertThat(within(() -> decodeOrException(cut))).isInstanceOf(CodecException.class));
    }

    // ------------------------------------------------------------------ hostile documents

    @Test
    void hostileDocumentsEndAsAValueOrACodecException() {
        PropertyCheck.forAll(TRIES, this::hostileDocument, document -> {
            endsAsValueOrCodecException(document.getBytes(StandardCharsets.UTF_8));
            assertNoConnection();
        });
    }

    @Test
    void unreadableValuesAreACodecException() {
        PropertyCheck.forAll(TRIES, this::unreadableDocument, document -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            assertThat(within(() -> decodeOrException(body))).isInstanceOf(CodecException.class);
            assertNoConnection();
        });
    }

    // ------------------------------------------------------------------ generators

    @SafeVarargs
    private static <T> T oneOf(Random random, Function<Random, ? extends T>... generators) {
        return generators[random.nextInt(generators.length)].apply(random);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T orNull(Random random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    private static String stringOf(Random random, String chars, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }

    /** A size from 1 to {@code max}, spread over the orders of magnitude, with the limits' neighbours often. */
    private static int size(Random random, int max) {
        if (random.nextInt(5) == 0) {
            return pick(random, List.of(1, 63, 64, 65, 1_100, 1_101, max));
        }
        return 1 + (int) Math.min(max - 1, (long) Math.pow(max, random.nextDouble()));
    }

    private static byte[] anyBytes(Random random) {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            return bytes;
        }
        // text-like bytes: markup and JSON punctuation are where parsers branch
        return stringOf(random, "<>/!?&;#\"'={}[]:,ax1.-e \n\\uD80", 400).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutatedBody(Random random) {
        byte[] body = codec().encode(widget(random), WIDGET);
        for (int m = 1 + random.nextInt(6); m > 0; m--) {
            body = mutate(body, random);
        }
        return body;
    }

    private static Widget widget(Random random) {
        return Widget.builder()
                .id(random.nextLong() & Long.MAX_VALUE)
                .name(orNull(random, ordinaryString(random)))
                .code(orNull(random, ordinaryString(random)))
                .notes(orNull(random, ordinaryString(random)))
                .ownerId(orNull(random, random.nextLong()))
                .hours(orNull(random, decimal(random)))
                .active(orNull(random, random.nextBoolean()))
                .billable(random.nextBoolean())
                .count(orNull(random, random.nextInt()))
                .spentAt(orNull(random, LocalDate.ofEpochDay(between(random, LocalDate.of(1000, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay()))))
                .createdAt(orNull(random, dateTime(random)))
                .mainPart(orNull(random, part(random)))
                .spareParts(orNull(random, spareParts(random)))
                .build();
    }

    private static List<Part> spareParts(Random random) {
        List<Part> parts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            parts.add(part(random));
        }
        return parts;
    }

    private static Part part(Random random) {
        return Part.of(orNull(random, ordinaryString(random)), orNull(random, random.nextLong()), orNull(random, decimal(random)));
    }

    private static long between(Random random, long from, long to) {
        return from + (long) (random.nextDouble() * (to - from));
    }

    /** Strings the service writes: letters of many scripts, marks, emoji, tabs and line breaks. */
    private static String ordinaryString(Random random) {
        return oneOf(random,
                r -> stringOf(r, "abcXYZ0189 .,'&<>\"-_/\\", 30),
                r -> stringOf(r, "az AZ~!\t\n\u00e9\u00fc\u05d0\u0627\u200f\u202e\u4e2d\u2615", 40),
                r -> pick(r, List.of("Zo\u00eb \u2615 \ud83d\ude00", "\u05e9\u05dc\u05d5\u05dd", "\u202eevil\u202c", "a\u200db",
                        "\ud834\udd1e", "tab\there", "two\nlines")));
    }

    /** Any characters: controls, NUL, lone surrogates, BOMs, non-characters, right-to-left marks; and long ones. */
    private static String oddString(Random random) {
        return oneOf(random,
                r -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = r.nextInt(40); i > 0; i--) {
                        text.append((char) r.nextInt(0x10000));
                    }
                    return text.toString();
                },
                r -> stringOf(r, "\u0000\u0001\u001f\u007f\ud800\udbff\udc00\udfff\ufeff\ufffe\uffff\u200f\u202e\r\n\t a", 20),
                r -> stringOf(r, "ab\u00e9 ", 10_000 + r.nextInt(40_000)));
    }

    private static BigDecimal decimal(Random random) {
        return new BigDecimal(new BigInteger(1 + random.nextInt(100), random).subtract(BigInteger.TEN.pow(15)),
                random.nextInt(13));
    }

    private static OffsetDateTime dateTime(Random random) {
        long seconds = between(random, LocalDate.of(1900, 1, 1).toEpochDay() * 86_400, LocalDate.of(2200, 1, 1).toEpochDay() * 86_400);
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds),
                ZoneOffset.ofTotalSeconds((random.nextInt(14 * 8 + 1) - 14 * 4) * 15 * 60));
    }

    private String hostileDocument(Random random) {
        int n = size(random, 100_000);
        switch (random.nextInt(12)) {
            case 0:
                return deepNesting(n);
            case 1:
                return widgetWith("id", "9".repeat(n));
            case 2:
                return widgetWith("hours", "1." + "5".repeat(n));
            case 3:
                return widgetWith("hours", (random.nextBoolean() ? "1e" : "1e-") + n);
            case 4:
                return widgetWith("name", quoted("x".repeat(n)));
            case 5:
                String odd = oddString(random);
                return widgetWith("name", quoted(escaped(odd.substring(0, Math.min(odd.length(), 2_000)))));
            case 6:
                return widgetWith("name", quoted(oddString(random)));
            case 7:
                return duplicated(pick(random, List.of("name", "id", "hours", "main_part", "spare_parts", "spent_at")),
                        2 + random.nextInt(2_000));
            case 8:
                return pick(random, wrongTypes());
            case 9:
                return pick(random, dtdTricks());
            case 10:
                return pick(random, BOMS) + widgetWith("name", quoted("x"));
            default:
                return new String(mutate(widgetWith("name", quoted("x")).getBytes(StandardCharsets.UTF_8), random),
                        StandardCharsets.UTF_8) + pick(random, List.of("\u0000", "\ud800", "\u202e", "&#0;", "\\u0000"));
        }
    }

    private String unreadableDocument(Random random) {
        int n = 1_200 + size(random, 1_000_000);
        switch (random.nextInt(6)) {
            case 0:
                return widgetWith("id", "9".repeat(n));
            case 1:
                return widgetWith("hours", "1." + "5".repeat(n));
            case 2:
                return widgetWith("count", "1" + "0".repeat(n));
            case 3:
                return deepValue(100 + size(random, 100_000));
            case 4:
                return pick(random, numberOfTheWrongType());
            default:
                return pick(random, dtdTricks());
        }
    }

    // ------------------------------------------------------------------ documents

    private boolean xml() {
        return codec().format() == Format.XML;
    }

    /** A widget document with one field given as raw text (XML content or a JSON value). */
    private String widgetWith(String field, String raw) {
        if (xml()) {
            String name = field.replace('_', '-');
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<widget><name>n</name><" + name + ">" + raw + "</" + name
                    + "></widget>";
        }
        return field.equals("name") ? "{\"widget\":{\"name\":" + raw + "}}" : "{\"widget\":{\"name\":\"n\",\"" + field + "\":" + raw + "}}";
    }

    private String quoted(String text) {
        return xml() ? text.replace("&", "&amp;").replace("<", "&lt;") : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text as character references (XML) or {@code \\u} escapes (JSON), NUL and surrogates included. */
    private String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(xml() ? "&#x" + Integer.toHexString(c) + ";" : String.format("\\u%04x", c)));
        return out.toString();
    }

    private String deepNesting(int depth) {
        if (xml()) {
            return "<widget>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</widget>";
        }
        return "{\"widget\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
    }

    /** Nesting under a field that holds a number: never a number, whatever the depth. */
    private String deepValue(int depth) {
        if (xml()) {
            return widgetWith("count", "<a>".repeat(depth) + "1" + "</a>".repeat(depth));
        }
        return widgetWith("count", "[".repeat(depth) + "1" + "]".repeat(depth));
    }

    private String duplicated(String field, int times) {
        if (xml()) {
            String name = field.replace('_', '-');
            String value = field.endsWith("part") || field.endsWith("parts") ? "<name>p</name>" : field.equals("spent_at") ? "2006-10-18" : "1";
            return "<widget>" + ("<" + name + ">" + value + "</" + name + ">").repeat(times) + "</widget>";
        }
        String value = field.equals("main_part") ? "{\"name\":\"p\"}" : field.equals("spare_parts") ? "[]"
                : field.equals("spent_at") ? "\"2006-10-18\"" : "1";
        StringBuilder body = new StringBuilder("{\"widget\":{");
        for (int i = 0; i < times; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(field).append("\":").append(value);
        }
        return body.append("}}").toString();
    }

    private List<String> numberOfTheWrongType() {
        if (xml()) {
            return List.of(widgetWith("count", "abc"), widgetWith("id", "1x"), widgetWith("hours", "one"),
                    widgetWith("count", "<a>1</a>"), widgetWith("id", "0x10"), widgetWith("hours", "NaN"),
                    widgetWith("owner_id", "1.5"), widgetWith("count", "99999999999"), widgetWith("spent_at", "2006-13-45"),
                    widgetWith("created_at", "yesterday"));
        }
        return List.of(widgetWith("count", "\"abc\""), widgetWith("count", "[1]"), widgetWith("count", "{}"),
                widgetWith("count", "true"), widgetWith("id", "\"1x\""), widgetWith("hours", "\"one\""),
                widgetWith("main_part", "[]"), widgetWith("main_part", "\"x\""), widgetWith("main_part", "1"),
                widgetWith("spare_parts", "{}"), widgetWith("spare_parts", "1"), widgetWith("owner_id", "1.5"),
                widgetWith("count", "99999999999"), widgetWith("spent_at", "\"2006-13-45\""), widgetWith("spent_at", "20061018"),
                widgetWith("created_at", "\"yesterday\""), "[]", "\"str\"", "null", "1");
    }

    private List<String> wrongTypes() {
        List<String> documents = new ArrayList<>(numberOfTheWrongType());
        documents.addAll(xml()
                ? List.of(widgetWith("main_part", "text"), widgetWith("spare_parts", "text"), widgetWith("name", "<b>bold</b>"),
                        "<widget nil=\"true\"/>", "<widgets><widget/></widgets>")
                : List.of(widgetWith("name", "1"), widgetWith("name", "{}"), widgetWith("name", "[]"), widgetWith("billable", "\"yes\""),
                        "{\"widget\":[]}", "{\"widget\":null}", "{\"widgets\":{}}"));
        return documents;
    }

    private List<String> dtdTricks() {
        String at = "http://127.0.0.1:" + trap.socket().getLocalPort();
        return List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><widget><name>&xxe;</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ENTITY xxe SYSTEM \"" + at + "/xxe\">]><widget><name>&xxe;</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget SYSTEM \"" + at + "/external.dtd\"><widget><name>x</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget PUBLIC \"-//X//Y\" \"" + at + "/public.dtd\"><widget/>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ENTITY % p SYSTEM \"" + at + "/parameter\"> %p;]><widget/>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ENTITY % p \"<!ENTITY x 'y'>\"> %p;]><widget><name>&x;</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><widget><name>&lol4;</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><widget><name>&a;</name></widget>",
                "<?xml version=\"1.0\"?><!DOCTYPE widget [<!ATTLIST widget id CDATA \"1\">]><widget/>",
                "<widget><name>&undeclared;</name></widget>",
                "<!DOCTYPE widget><widget/>");
    }

    private static final List<String> BOMS = List.of("\ufeff", "\ufeff\ufeff", "\u0000", "\ufffe");

    // ------------------------------------------------------------------ checks

    private Object decodeOrException(byte[] body) {
        try {
            return codec().decode(body, Widget.class, WIDGET);
        } catch (CodecException e) {
            return e;
        }
    }

    private void endsAsValueOrCodecException(byte[] body) {
        for (int call = 0; call < 3; call++) {
            int which = call;
            Object outcome = within(() -> {
                try {
                    switch (which) {
                        case 0:
                            return codec().decode(body, Widget.class, WIDGET);
                        case 1:
                            return codec().decodeList(body, Widget.class, WIDGETS);
                        default:
                            return codec().errorMessage(body); // lenient: never an exception at all
                    }
                } catch (CodecException e) {
                    if (which == 2) {
                        throw new AssertionError("errorMessage threw " + e, e);
                    }
                    return e;
                }
            });
            assertThat(outcome).as("call %d on %s", which, CodecException.preview(body)).isNotNull();
        }
    }

    /** Runs the call on the worker, failing when it throws anything or takes longer than the limit. */
    private static <T> T within(Callable<T> call) {
        Future<T> result = worker.submit(call);
        try {
            return result.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("escaped: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            return fail("took more than " + TIME_LIMIT_MS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static void assertNoConnection() {
        try {
            assertThat(trap.accept()).as("a connection to the socket an external reference named").isNull();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** One mutation: a bit flipped, a byte in, a slice out, the end cut, a slice repeated. */
    private static byte[] mutate(byte[] body, Random random) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length + 1);
        switch (random.nextInt(5)) {
            case 0:
                if (body.length > 0) {
                    body = body.clone();
                    body[Math.min(at, body.length - 1)] ^= (byte) (1 << random.nextInt(8));
                }
                return body;
            case 1:
                return splice(body, at, at, new byte[] {(byte) random.nextInt(256)});
            case 2:
                return splice(body, at, Math.min(body.length, at + 1 + random.nextInt(16)), new byte[0]);
            case 3:
                return Arrays.copyOf(body, at);
            default: {
                int end = Math.min(body.length, at + 1 + random.nextInt(64));
                return splice(body, end, end, Arrays.copyOfRange(body, at, end));
            }
        }
    }

    private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
        byte[] result = new byte[body.length - (to - from) + insert.length];
        System.arraycopy(body, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(body, to, result, from + insert.length, body.length - to);
        return result;
    }
}
