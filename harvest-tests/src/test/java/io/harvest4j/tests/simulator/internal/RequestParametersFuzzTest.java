package io.harvest4j.tests.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The simulator's request parsing under mutated bodies and queries (a few thousand here; seeded, so
 * a failure repeats): each ends as parameters or a {@link RequestRefused}, never another exception.
 */
class RequestParametersFuzzTest {

    private static final String[][] SEEDS = {
        {"application/json", "{\"project_id\":300001,\"task_id\":400001,\"hours\":1.5,\"notes\":\"n\",\"spent_at\":\"2017-01-18\"}"},
        {"application/json", "{\"client\":{\"name\":\"Acme\",\"currency\":\"USD\"}}"},
        {"application/xml", "<request><notes>n</notes><hours>1.5</hours><project_id type=\"integer\">3</project_id></request>"},
        {"application/xml", "<?xml version=\"1.0\"?><client><name>Acme</name><details nil=\"true\"/></client>"},
        {"application/x-www-form-urlencoded", "client%5Bname%5D=Acme&hours=1%3A30&notes=a+b"},
    };
    private static final String[] HOSTILE = {
        "[".repeat(5_000), "{\"a\":".repeat(5_000), "9".repeat(100_000), "<a>".repeat(5_000), "%", "%zz", "%00",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "\uFEFF", "\\ud800", "null", "\"str\"",
        "a" + "[b]".repeat(200) + "=1", "&&&&", "=", "x".repeat(70_000),
    };

    @Test
    void everyMutatedRequestIsParsedOrRefusedWithoutAWordToStandardError() {
        // the JDK's XML parser prints "[Fatal Error] …" to standard error for bytes that are not
        // UTF-8 before it throws: the simulator decodes them first, and says nothing there
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            parseMutations();
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anXmlBodyThatIsNotUtf8IsABadRequestNamingTheByte() {
        byte[] body = "<request><notes>caf\u00e9</notes></request>".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> RequestParameters.parse(null, body, "application/xml"))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> assertThat(refused.status()).isEqualTo(400))
                .hasMessageContaining("Malformed XML body: it is not UTF-8 text (byte 19)");
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><request><notes>caf\u00e9</notes></request>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(RequestParameters.parse(null, latin1, "application/xml").get("request", "notes")).isEqualTo("caf\u00e9");
    }

    private static void parseMutations() {
        Random random = new Random(2026);
        for (int i = 0; i < 3_000; i++) {
            String[] seed = SEEDS[random.nextInt(SEEDS.length)];
            byte[] body = mutate(seed[1].getBytes(StandardCharsets.UTF_8), random);
            String query = new String(mutate("of_user=1&updated_since=2010-09-25+18%3A30".getBytes(StandardCharsets.UTF_8), random),
                    StandardCharsets.ISO_8859_1);
            try {
                RequestParameters parameters = RequestParameters.parse(query, body, seed[0]);
                assertThat(parameters).isNotNull();
            } catch (RequestRefused refused) {
                assertThat(refused.status()).isEqualTo(400);
            }
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] body = seed;
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int at = random.nextInt(body.length + 1);
            byte[] insert;
            int end = at;
            switch (random.nextInt(4)) {
                case 0:
                    insert = new byte[] {(byte) random.nextInt(256)};
                    break;
                case 1:
                    insert = new byte[0];
                    end = Math.min(body.length, at + 1 + random.nextInt(8));
                    break;
                case 2:
                    insert = new byte[0];
                    end = body.length; // truncated
                    break;
                default:
                    insert = HOSTILE[random.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8);
                    break;
            }
            byte[] next = new byte[body.length - (end - at) + insert.length];
            System.arraycopy(body, 0, next, 0, at);
            System.arraycopy(insert, 0, next, at, insert.length);
            System.arraycopy(body, end, next, at + insert.length, body.length - end);
            body = next;
        }
        return body;
    }
}
