package io.harvest4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.PropertyCheck;
import io.harvest4j.core.testing.Timer;
import io.harvest4j.json.testmodel.Everything;
import io.harvest4j.json.testmodel.Gadget;
import io.harvest4j.json.testmodel.OddNames;
import io.harvest4j.json.testmodel.Unbindable;
import io.harvest4j.json.testmodel.Widget;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reading straight from the parser's events is held to reading trees, the way the codec always
 * read: over example bodies, generated ones and mutated ones, {@code decode}, {@code decodeList}
 * and {@code decodeItems} of both give equal values, or exceptions of the same class and message
 * (with the body's preview, the place and the reason). And the events do read the bodies they
 * should, rather than leaving them all to the trees, which would be as right but slow.
 */
class EventReadingTest {

    private static final JsonbCodec EVENTS = JsonbCodec.create();
    private static final JsonbCodec TREES = EVENTS.readingTrees();
    private static final int TRIES = 400;

    private static final WireShape WRAPPED = WireShape.object("everything").alsoAccepting("thing").build();
    private static final WireShape UNWRAPPED = WireShape.object("everything").jsonUnwrapped().build();
    private static final WireShape LIST = WireShape.list("everythings", "everything").build();
    private static final WireShape UNWRAPPED_LIST = WireShape.list("everythings", "everything").jsonUnwrapped().build();
    private static final List<WireShape> SHAPES = List.of(WRAPPED, UNWRAPPED, LIST, UNWRAPPED_LIST);

    /** Bodies such as the codec's tests and documentation show, good and bad. */
    private static final List<String> EXAMPLES = List.of(
            "{'id':1,'rank':'2','level':'3.0','flags':-4,'ratio':'1.5','weight':2.5e0,'billable':'TRUE','owner_id':'123',"
                    + "'quantity':7,'short_box':' 8 ','byte_box':'','double_box':null,'float_box':1E2,'active':'false',"
                    + "'hours':'1.50','total':'12345678901234567890','name':42,'spent_at':'2017-01-18',"
                    + "'created_at':'2011-11-17T10:19:57Z','kind':'rather-large','main_gadget':{'id':'9','label':true},"
                    + "'gadgets':[{'id':1},{'id':2,'label':null}],'tags':['a',1,true,'a'],'related_ids':['1',2,null],"
                    + "'lines':['x'],'counts':{'a':1,'b':'2','a':3},'gadgets_by_name':{'g':{'id':5}},"
                    + "'grid':[[1,2],[],['3']],'extra':[1,{'x':null}],'settings':{'on':true},'items':[],"
                    + "'send_me_a_copy':'yes','tax2_amount':'0.10','cache':'not read','unknown':{'deep':[1,2,{'x':1e999}]}}",
            "{'id':null,'rank':null,'billable':null,'hours':'','name':'','spent_at':'  ','kind':' small '}",
            "{'created-at':'Wed, 18 Jan 2017 15:00:00 +0000','spent-at':'Wed, 18 Jan 2017','owner-id':5}",
            "{'send_me_acopy':'a','tax2amount':1,'sendMeACopy':'b'}",
            "{'id':1,'id':2}",
            "{'id':'x','id':2}",
            "{'created_at':'2011-11-17T10:19:57Z','created-at':'2012-11-17T10:19:57Z','created_at':'2013-11-17T10:19:57Z'}",
            "{'rank':1,'rank':null}",
            "{'id':1.5}", "{'id':'1.0'}", "{'id':1e2}", "{'id':'abc'}", "{'id':9223372036854775808}", "{'rank':2147483648}",
            "{'flags':128}", "{'ratio':1e400}", "{'weight':'1e39'}", "{'total':1.5}", "{'total':'1e2000'}", "{'hours':1e-2000}",
            "{'billable':'yes'}", "{'billable':1}", "{'spent_at':'18/01/2017'}", "{'created_at':'2017-01-18'}",
            "{'kind':'huge'}", "{'kind':1}", "{'main_gadget':[]}", "{'main_gadget':'g'}", "{'gadgets':{}}",
            "{'gadgets':[1]}", "{'tags':'a'}", "{'counts':[]}", "{'counts':{'a':'x'}}", "{'settings':[]}",
            "{'items':{}}", "{'name':{}}", "{'name':[]}", "{'grid':[[{}]]}", "{'hours':'" + "1".repeat(1101) + "'}",
            "{'hours':" + "1".repeat(1101) + "}", "{'unknown':" + "1".repeat(1101) + "}", "{'unknown':'" + "1".repeat(1101) + "'}",
            "{'everything':{'id':1}}", "{'thing':{'id':1}}", "{'every-thing':{'id':1}}", "{'everything':{'id':1},'x':1}",
            "{'everything':[]}", "{'everything':1}", "{'other':{'id':1}}", "{}", "[]", "[{'id':1}]", "1", "'text'", "null",
            "[{'everything':{'id':1}},{'everything':{'id':2}}]", "{'everythings':[{'everything':{'id':1}}]}",
            "{'everythings':[{'id':1},{'id':'x'}]}", "{'everythings':[],'more':1}", "{'everythings':{}}",
            "[{'everything':{'id':1},'x':2}]", "[{'thing':{'id':1}}]", "[1,2]", "[[]]", "[{'id':1},null]",
            "{'id':1} x", "{'id':1}{}", "{'id':1", "{'id':}", "{'id' 1}", "{id:1}", "{'id':01}", "{'id':1,}", "[1,]",
            "", "   ", "\uFEFF{'id':1}", "<everything/>", "  <html>", "{'a':" + "[".repeat(70) + "]".repeat(70) + "}",
            "[".repeat(63) + "]".repeat(63), "[".repeat(64) + "]".repeat(64), "{'id':\"\\u00e9\\ud800\"}",
            "{'name':'\\u0000\\n\\\"'}", "{'id':1}\n\n");

    @Test
    void exampleBodiesReadAsTrees() {
        for (String example : EXAMPLES) {
            for (WireShape shape : SHAPES) {
                assertSameOutcomes(bytes(example), Everything.class, shape, 1 << 20);
            }
        }
    }

    @Test
    void bodiesThatAreNotUtf8ReadAsTrees() {
        byte[] good = bytes("{'name':'\u00e9t\u00e9 €','id':1}");
        List<byte[]> bodies = new ArrayList<>();
        for (int at = 0; at < good.length; at++) {
            for (int bad : new int[] {0x80, 0xC3, 0xE2, 0xFF, 0xEF}) {
                byte[] body = good.clone();
                body[at] = (byte) bad;
                bodies.add(body);
            }
        }
        bodies.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        bodies.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
        bodies.add(new byte[] {'{', 0, '}', 0});
        for (byte[] body : bodies) {
            for (WireShape shape : SHAPES) {
                assertSameOutcomes(body, Everything.class, shape, 1 << 20);
            }
        }
    }

    @Test
    void otherTypesAndShapesReadAsTrees() {
        List<String> bodies = List.of("{'gadget':{'id':1,'label':'L'}}", "{'gadget':{'id':'x'}}", "{'id':1}",
                "{'user_id':'a','address2_line':'b','a_bc':'c','x':'d'}", "{'user-id':'a','userID':'b','cache':'c'}",
                "{'widget':{'id':1,'name':'n','gadgets':[{'id':2}],'tags':['t'],'related_ids':['3']}}",
                "{'uuid':'x'}", "{'uuid':null}", "{'items':[]}", "{'items':null}", "{'items':''}", "{'id':1}",
                "{'timer':{'day_entry':{'id':1},'hours_for_previously_running_timer':2}}", "{'timer':{'id':1,'hours':'2'}}");
        List<Class<?>> types = List.of(Gadget.class, OddNames.class, Widget.class, Unbindable.UnsupportedField.class,
                Unbindable.RawList.class, Unbindable.NoDefaultConstructor.class, Unbindable.FailingConstructor.class,
                Timer.class);
        List<WireShape> shapes = List.of(WireShape.object("gadget").build(), WireShape.object("widget").build(),
                WireShape.object("thing").jsonUnwrapped().build(), WireShape.list("gadgets", "gadget").build(),
                WireShape.object("timer").underscored().jsonInlines("dayEntry").build());
        for (String body : bodies) {
            for (Class<?> type : types) {
                for (WireShape shape : shapes) {
                    assertSameOutcomes(bytes(body), type, shape, 1 << 20);
                }
            }
        }
    }

    @Test
    void generatedBodiesReadAsTrees() {
        PropertyCheck.forAll(TRIES, random -> body(random, false), body -> {
            for (WireShape shape : SHAPES) {
                assertSameOutcomes(body, Everything.class, shape, 1 << 20);
            }
        });
    }

    @Test
    void mutatedBodiesReadAsTrees() {
        PropertyCheck.forAll(TRIES, random -> mutated(random, body(random, false)), body -> {
            for (WireShape shape : SHAPES) {
                assertSameOutcomes(body, Everything.class, shape, 1 << 20);
            }
        });
    }

    @Test
    void streamedItemsOverTheBudgetReadAsTrees() {
        PropertyCheck.forAll(TRIES / 4, random -> body(random, false), body -> {
            assertSameOutcomes(body, Everything.class, LIST, 200);
            assertSameOutcomes(body, Everything.class, UNWRAPPED_LIST, 600);
        });
    }

    @Test
    void eventsReadCleanBodiesThemselves() {
        JsonProvider provider = JsonProvider.provider();
        JsonDocuments documents = new JsonDocuments(provider);
        EventBinder events = new EventBinder(new LenientBinder(), provider);
        PropertyCheck.forAll(TRIES, random -> {
            int shape = random.nextInt(SHAPES.size());
            return new Clean(SHAPES.get(shape), body(random, true, shape));
        }, clean -> {
            WireShape shape = clean.shape;
            Object read = shape.isList()
                    ? documents.read(clean.body, (parser, first) -> events.list(parser, first, Everything.class, shape))
                    : documents.read(clean.body, (parser, first) -> events.object(parser, first, Everything.class, shape,
                            shape.root()));
            assertThat(comparable(read)).isEqualTo(comparable(shape.isList() ? TREES.decodeList(clean.body, Everything.class, shape)
                    : TREES.decode(clean.body, Everything.class, shape)));
        });
    }

    /** A body of only values that convert, and the shape it has. */
    private static final class Clean {
        private final WireShape shape;
        private final byte[] body;

        Clean(WireShape shape, byte[] body) {
            this.shape = shape;
            this.body = body;
        }

        @Override
        public String toString() {
            return new String(body, StandardCharsets.UTF_8) + " as " + shape;
        }
    }

    private static void assertSameOutcomes(byte[] body, Class<?> type, WireShape shape, long maxItemBytes) {
        String shown = new String(body, StandardCharsets.UTF_8) + " as " + type.getSimpleName() + " " + shape;
        assertThat(outcome(() -> EVENTS.decode(body, type, shape))).as("decode %s", shown)
                .isEqualTo(outcome(() -> TREES.decode(body, type, shape)));
        assertThat(outcome(() -> EVENTS.decodeList(body, type, shape))).as("decodeList %s", shown)
                .isEqualTo(outcome(() -> TREES.decodeList(body, type, shape)));
        assertThat(streamed(EVENTS, body, type, shape, maxItemBytes)).as("decodeItems %s", shown)
                .isEqualTo(streamed(TREES, body, type, shape, maxItemBytes));
    }

    private static Object outcome(Supplier<?> decoding) {
        try {
            return comparable(decoding.get());
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /**
     * @return the value with each model object (not all of which define {@code equals}) as the
     *     map of its class and fields, and each collection with its class
     */
    private static Object comparable(Object value) {
        if (value instanceof Map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((key, entry) -> entries.put(key, comparable(entry)));
            return List.of(value.getClass().getName(), entries);
        }
        if (value instanceof Collection) {
            List<Object> items = new ArrayList<>();
            ((Collection<?>) value).forEach(item -> items.add(comparable(item)));
            return List.of(value.getClass().getName(), items);
        }
        if (value == null || value instanceof Enum || !value.getClass().getPackageName().startsWith("io.harvest4j")) {
            return value;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("class", value.getClass().getName());
        for (Class<?> level = value.getClass(); level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    try {
                        field.setAccessible(true);
                        fields.put(level.getName() + "." + field.getName(), comparable(field.get(value)));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return fields;
    }

    private static List<Object> streamed(JsonbCodec codec, byte[] body, Class<?> type, WireShape shape, long maxItemBytes) {
        List<Object> seen = new ArrayList<>();
        try (DecodedItems<?> items = codec.decodeItems(new ByteArrayInputStream(body), type, shape, maxItemBytes)) {
            while (items.hasNext()) {
                seen.add(comparable(items.next()));
            }
        } catch (RuntimeException e) {
            seen.add(failure(e));
        }
        return seen;
    }

    /** @return the exception's class and message, and its causes' */
    private static String failure(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append(" / ");
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ generators

    private static final String[] KEYS = {"id", "rank", "level", "flags", "ratio", "weight", "billable", "owner_id",
        "quantity", "short_box", "byte_box", "double_box", "float_box", "active", "hours", "total", "name", "spent_at",
        "created_at", "kind", "main_gadget", "gadgets", "tags", "related_ids", "lines", "counts", "gadgets_by_name",
        "grid", "extra", "settings", "items", "send_me_a_copy", "tax2_amount"};
    private static final String[] OTHER_KEYS = {"created-at", "owner-id", "send_me_acopy", "tax2amount", "cache",
        "unknown", "IGNORED", "Id", ""};
    private static final String[] NUMBERS = {"0", "-1", "42", "2147483647", "2147483648", "-9223372036854775808",
        "9223372036854775807", "1.5", "1.0", "-0", "1e2", "1E-2", "2.50", "123456789012345678901234567890"};
    private static final String[] NUMERIC_STRINGS = {"'1'", "' 2 '", "'3.0'", "'-4'", "''", "'  '", "'1e1'"};
    private static final String[] WHOLE = {"0", "-1", "42", "127", "'1'", "' 2 '", "'3.0'", "'-4'", "''", "1.0", "null"};
    private static final String[] BOOLEANS = {"true", "false", "'true'", "'FALSE'", "' True '", "''", "null"};
    private static final String[] DATES = {"'2017-01-18'", "'Wed, 18 Jan 2017'", "''", "null"};
    private static final String[] DATE_TIMES = {"'2011-11-17T10:19:57Z'", "'2011-11-17T10:19:57+01:00'",
        "'Wed, 18 Jan 2017 15:00:00 +0000'", "''", "null"};
    private static final String[] KINDS = {"'small'", "'SMALL'", "'rather-large'", "'Rather Large'", "' small '", "null"};
    private static final String[] STRINGS = {"'text'", "''", "' '", "'\\u00e9\\n\\\"'", "'€'", "12", "1.50", "true",
        "null"};

    private static byte[] body(Random random, boolean clean) {
        return body(random, clean, random.nextInt(6));
    }

    /**
     * @param clean only values that convert, each field once, and envelopes that fit
     * @param shape the envelope: that of {@code SHAPES.get(shape)}, or for 4 and 5 of none
     * @return a body
     */
    private static byte[] body(Random random, boolean clean, int shape) {
        StringBuilder body = new StringBuilder();
        int items = shape >= 2 ? random.nextInt(4) : 1;
        if (shape == 2 || shape == 5) {
            body.append("{'").append(clean || random.nextBoolean() ? "everythings" : "everything").append("':[");
        } else if (shape == 3) {
            body.append('[');
        }
        for (int i = 0; i < items; i++) {
            body.append(i == 0 ? "" : ",");
            boolean wrapped = shape == 0 || shape == 2 || shape == 4 || !clean && random.nextInt(8) == 0;
            if (wrapped) {
                body.append("{'").append(clean || random.nextInt(4) > 0 ? "everything" : "thing").append("':");
            }
            object(random, clean, body);
            if (wrapped) {
                body.append(!clean && random.nextInt(10) == 0 ? ",'x':1}" : "}");
            }
        }
        if (shape == 2 || shape == 5) {
            body.append("]}");
        } else if (shape == 3) {
            body.append(']');
        }
        return bytes(body.toString());
    }

    private static void object(Random random, boolean clean, StringBuilder body) {
        body.append('{');
        List<String> keys = new ArrayList<>(List.of(KEYS));
        int members = random.nextInt(12);
        for (int i = 0; i < members && !keys.isEmpty(); i++) {
            body.append(i == 0 ? "" : ",");
            if (!clean && random.nextInt(6) == 0) {
                body.append('\'').append(OTHER_KEYS[random.nextInt(OTHER_KEYS.length)]).append("':");
                any(random, 3, body);
                continue;
            }
            String key = clean ? keys.remove(random.nextInt(keys.size())) : KEYS[random.nextInt(KEYS.length)];
            body.append('\'').append(key).append("':");
            if (!clean && random.nextInt(8) == 0) {
                any(random, 3, body);
            } else {
                value(random, key, body);
            }
        }
        body.append('}');
    }

    private static void value(Random random, String key, StringBuilder body) {
        switch (key) {
            case "id": case "rank": case "level": case "flags": case "owner_id": case "quantity": case "short_box":
            case "byte_box":
                body.append(pick(random, WHOLE));
                break;
            case "ratio": case "weight": case "double_box": case "float_box": case "hours": case "tax2_amount":
                body.append(random.nextBoolean() ? pick(random, NUMBERS) : pick(random, NUMERIC_STRINGS));
                break;
            case "total":
                body.append(pick(random, WHOLE));
                break;
            case "billable": case "active":
                body.append(pick(random, BOOLEANS));
                break;
            case "spent_at":
                body.append(pick(random, DATES));
                break;
            case "created_at":
                body.append(pick(random, DATE_TIMES));
                break;
            case "kind":
                body.append(pick(random, KINDS));
                break;
            case "main_gadget":
                gadget(random, body);
                break;
            case "gadgets":
                body.append('[');
                for (int i = random.nextInt(3); i > 0; i--) {
                    gadget(random, body);
                    body.append(i > 1 ? "," : "");
                }
                body.append(']');
                break;
            case "tags": case "lines":
                list(random, STRINGS, body);
                break;
            case "related_ids":
                list(random, WHOLE, body);
                break;
            case "counts":
                body.append("{'a':").append(pick(random, WHOLE)).append(",'b':").append(pick(random, WHOLE)).append('}');
                break;
            case "gadgets_by_name":
                body.append("{'g':");
                gadget(random, body);
                body.append('}');
                break;
            case "grid":
                body.append('[');
                list(random, WHOLE, body);
                body.append(',');
                list(random, WHOLE, body);
                body.append(']');
                break;
            case "extra":
                any(random, 3, body);
                break;
            case "settings":
                body.append("{'on':");
                any(random, 2, body);
                body.append('}');
                break;
            case "items":
                body.append('[');
                any(random, 2, body);
                body.append(']');
                break;
            default:
                body.append(pick(random, STRINGS));
        }
    }

    private static void gadget(Random random, StringBuilder body) {
        body.append(random.nextInt(5) == 0 ? "null" : "{'id':" + pick(random, WHOLE).replace("null", "1") + ",'label':"
                + pick(random, STRINGS) + "}");
    }

    private static void list(Random random, String[] values, StringBuilder body) {
        body.append('[');
        for (int i = random.nextInt(4); i > 0; i--) {
            body.append(pick(random, values)).append(i > 1 ? "," : "");
        }
        body.append(']');
    }

    /** Any JSON value, nested up to {@code depth}. */
    private static void any(Random random, int depth, StringBuilder body) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                body.append(pick(random, NUMBERS));
                break;
            case 1:
                body.append(pick(random, STRINGS));
                break;
            case 2:
                body.append(pick(random, BOOLEANS));
                break;
            case 3:
                body.append(pick(random, DATE_TIMES));
                break;
            case 4:
                body.append(pick(random, NUMERIC_STRINGS));
                break;
            case 5:
                body.append("null");
                break;
            case 6:
                body.append('[');
                for (int i = random.nextInt(3); i > 0; i--) {
                    any(random, depth - 1, body);
                    body.append(i > 1 ? "," : "");
                }
                body.append(']');
                break;
            default:
                body.append('{');
                for (int i = random.nextInt(3); i > 0; i--) {
                    body.append('\'').append(pick(random, KEYS)).append("':");
                    any(random, depth - 1, body);
                    body.append(i > 1 ? "," : "");
                }
                body.append('}');
        }
    }

    private static final String INSERTED = "{}[],:\"\\ 0e.-x\u00e9";

    /** The body with a few characters deleted, inserted, repeated or cut. */
    private static byte[] mutated(Random random, byte[] body) {
        StringBuilder text = new StringBuilder(new String(body, StandardCharsets.UTF_8));
        for (int i = 1 + random.nextInt(3); i > 0 && text.length() > 0; i--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0:
                    text.deleteCharAt(at);
                    break;
                case 1:
                    text.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
                    break;
                case 2:
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(end, text.substring(at, end));
                    break;
                default:
                    text.setLength(at);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] bytes(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }
}
