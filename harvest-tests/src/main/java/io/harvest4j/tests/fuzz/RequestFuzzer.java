package io.harvest4j.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Mutation fuzzing of the simulator's request parsing over real HTTP: requests of the routes the
 * simulator serves — in XML, JSON and form bodies, with query strings, headers and path segments —
 * are generated from valid ones and mutated (hostile ids and path segments, nested and repeated
 * query names, broken percent-encodings, huge numbers, long values, odd Unicode and invalid UTF-8,
 * wrong JSON types, DTDs and entities, odd media types and credentials, multipart bodies), each
 * sent on its own connection as raw bytes. Every request must be answered with a status below
 * 500: a 500 (the simulator's answer to an exception of its own) or a connection closed without
 * an answer is an <em>escape</em>; no answer within the time limit is a <em>hang</em>. After the
 * run, {@code GET /account/who_am_i} must still be answered 200.
 *
 * <p>Requests are sent with {@code Connection: close} and a correct {@code Content-Length}, so
 * that what is tested is the simulator's reading of them, not the JDK server's framing. The
 * simulator should run without its throttle.
 *
 * <p>Multipart receipts ({@code POST /expenses/{id}/receipt}) are not among the routes yet: when
 * they are, add the route to {@link #TEMPLATES} with {@link BodyKind#MULTIPART}; multipart bodies
 * are already sent, mutated, to the other routes.
 */
public final class RequestFuzzer {

    /** How a template's fields travel. */
    enum BodyKind {
        /** no body; the fields, if any, in the query */
        NONE,
        /** a body in the Extended API's wrapped form ({@code <client>…}, {@code {"client":{…}}}) */
        WRAPPED,
        /** a Time Tracking body: {@code <request>} in XML, the fields alone in JSON */
        REQUEST,
        /** form-encoded, names bracketed ({@code client[name]=…}) */
        FORM,
        /** form-encoded, plain names (OAuth) */
        PLAIN_FORM,
        /** {@code multipart/form-data} */
        MULTIPART
    }

    /** A valid request of one route: method, path ({@code {}} for the id), root, fields. */
    static final class Template {
        final String method;
        final String path;
        final String id;
        final String root;
        final BodyKind kind;
        final String[] fields;

        Template(String method, String path, String id, String root, BodyKind kind, String... fields) {
            this.method = method;
            this.path = path;
            this.id = id;
            this.root = root;
            this.kind = kind;
            this.fields = fields;
        }
    }

    private static final String ENTRY = "{}";
    private static final String[] ENTRY_FIELDS = {"notes", "Fuzzed", "hours", "1.5", "project_id", "300001", "task_id", "400001",
        "spent_at", "2017-01-18"};

    /** The routes fuzzed, each as a valid request. */
    static final List<Template> TEMPLATES = List.of(
            new Template("GET", "/daily", null, null, BodyKind.NONE),
            new Template("GET", "/daily/{}/2017", "18", null, BodyKind.NONE),
            new Template("GET", "/daily/show/{}", ENTRY, null, BodyKind.NONE),
            new Template("GET", "/daily/timer/{}", ENTRY, null, BodyKind.NONE),
            new Template("POST", "/daily/add", null, "request", BodyKind.REQUEST, ENTRY_FIELDS),
            new Template("POST", "/daily/update/{}", ENTRY, "request", BodyKind.REQUEST, "notes", "Changed", "hours", "2"),
            new Template("POST", "/daily/add", null, "request", BodyKind.FORM, ENTRY_FIELDS),
            new Template("DELETE", "/daily/delete/{}", ENTRY, null, BodyKind.NONE),
            new Template("GET", "/account/who_am_i", null, null, BodyKind.NONE),
            new Template("GET", "/account/rate_limit_status", null, null, BodyKind.NONE),
            new Template("GET", "/clients", null, null, BodyKind.NONE, "updated_since", "2010-09-25 18:30"),
            new Template("GET", "/clients/{}", "200001", null, BodyKind.NONE),
            new Template("POST", "/clients", null, "client", BodyKind.WRAPPED, "name", "Fuzz Inc", "currency", "United States Dollar - USD",
                    "details", "1 Main St", "active", "true"),
            new Template("PUT", "/clients/{}", "200001", "client", BodyKind.WRAPPED, "name", "Acme Renamed"),
            new Template("POST", "/clients", null, "client", BodyKind.FORM, "name", "Form Inc"),
            new Template("POST", "/clients/{}/toggle", "200002", null, BodyKind.NONE),
            new Template("DELETE", "/clients/{}", "200004", null, BodyKind.NONE),
            new Template("GET", "/contacts", null, null, BodyKind.NONE),
            new Template("GET", "/clients/{}/contacts", "200001", null, BodyKind.NONE),
            new Template("POST", "/contacts", null, "contact", BodyKind.WRAPPED, "client_id", "200001", "first_name", "Jane",
                    "last_name", "Roe", "email", "jane@example.com"),
            new Template("GET", "/projects", null, null, BodyKind.NONE, "client", "200001"),
            new Template("GET", "/projects/{}", "300001", null, BodyKind.NONE),
            new Template("POST", "/projects", null, "project", BodyKind.WRAPPED, "name", "Fuzz", "client_id", "200001", "active", "true",
                    "bill_by", "Project", "budget", "10.5", "budget_by", "project", "hourly_rate", "100"),
            new Template("PUT", "/projects/{}", "300002", "project", BodyKind.WRAPPED, "name", "Renamed", "notes", "n"),
            new Template("PUT", "/projects/{}/toggle", "300003", null, BodyKind.NONE),
            new Template("GET", "/tasks", null, null, BodyKind.NONE),
            new Template("POST", "/tasks", null, "task", BodyKind.WRAPPED, "name", "Fuzzing", "billable_by_default", "true",
                    "default_hourly_rate", "50"),
            new Template("PUT", "/tasks/{}", "400004", "task", BodyKind.WRAPPED, "name", "Meet"),
            new Template("POST", "/tasks/{}/activate", "400005", null, BodyKind.NONE),
            new Template("GET", "/people", null, null, BodyKind.NONE),
            new Template("GET", "/people/{}", "100003", null, BodyKind.NONE),
            new Template("POST", "/people", null, "user", BodyKind.WRAPPED, "first_name", "Fuzz", "last_name", "Er",
                    "email", "fuzz@example.com", "is_admin", "false", "cost_rate", "10"),
            new Template("PUT", "/people/{}", "100003", "user", BodyKind.WRAPPED, "telephone", "555"),
            new Template("POST", "/people/{}/toggle", "100004", null, BodyKind.NONE),
            new Template("POST", "/people/{}/reset_password", "100003", null, BodyKind.NONE),
            new Template("GET", "/projects/{}/task_assignments", "300001", null, BodyKind.NONE),
            new Template("POST", "/projects/{}/task_assignments", "300001", "task", BodyKind.WRAPPED, "id", "400004"),
            new Template("GET", "/projects/{}/user_assignments", "300001", null, BodyKind.NONE),
            new Template("POST", "/projects/{}/user_assignments", "300001", "user", BodyKind.WRAPPED, "id", "100004"),
            new Template("GET", "/expense_categories", null, null, BodyKind.NONE),
            new Template("POST", "/expense_categories", null, "expense_category", BodyKind.WRAPPED, "name", "Fuel",
                    "unit_name", "mile", "unit_price", "0.5"),
            new Template("GET", "/oauth2/authorize", null, null, BodyKind.NONE, "client_id", "demo-client-id",
                    "redirect_uri", "http://127.0.0.1:9/cb", "state", "xyz", "response_type", "code"),
            new Template("POST", "/oauth2/authorize", null, null, BodyKind.PLAIN_FORM, "client_id", "demo-client-id",
                    "redirect_uri", "http://127.0.0.1:9/cb", "state", "xyz", "response_type", "code",
                    "email", "admin@example.com", "password", "admin-pass", "approve", "yes"),
            new Template("POST", "/oauth2/token", null, null, BodyKind.PLAIN_FORM, "code", "nope", "client_id", "demo-client-id",
                    "client_secret", "demo-client-secret", "redirect_uri", "http://127.0.0.1:9/cb", "grant_type", "authorization_code"),
            new Template("POST", "/oauth2/token", null, null, BodyKind.PLAIN_FORM, "refresh_token", "nope", "client_id", "demo-client-id",
                    "client_secret", "demo-client-secret", "grant_type", "refresh_token"),
            new Template("POST", "/expenses/{}/receipt", "1", null, BodyKind.MULTIPART, "receipt", "\u0089PNG"));

    private static final String ADMIN = "Basic " + base64("admin@example.com:admin-pass");

    private static final String[] HOSTILE_VALUES = {
        "", " ", "-1", "0", "1e999999999", "-1e-999999999", "NaN", "Infinity", "0x10", "1_000", "١٢٣", "9".repeat(40),
        "9".repeat(200_000), "1." + "5".repeat(5_000), "x".repeat(70_000), "\u0000", "\ud800", "\uffff", "\ufeff1", "\u202e5",
        "2017-13-45", "9999999-01-01", "yes", "true", "null", "<a/>", "&amp;", "&#0;", "%", "%zz", "%00", "%E2%80%AE", "[]",
        "{}", "a\tb", "🦊".repeat(1000),
    };
    private static final String[] HOSTILE_JSON = {
        "null", "[]", "{}", "true", "1e999999999", "9".repeat(100_000), "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[[[", "{\"a\":"
            .repeat(5_000), "\"" + "x".repeat(70_000) + "\"", "{\"id\":1,\"id\":2}", "\"str\"",
    };
    private static final String[] HOSTILE_XML = {
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;", "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">",
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>&lol2;",
        "<a>".repeat(20_000), "</a>", "<![CDATA[x]]>", "<?pi x?>", "&#xD800;", "&#0;", "<x nil=\"true\"/>", "<id type=\"integer\">abc</id>",
        "\ufeff",
    };
    private static final String[] HOSTILE_SEGMENTS = {
        "0", "-1", "99999999999999999999", "abc", "1.5", "%00", "%2e%2e", "..", ".", "%ZZ", "%", "x".repeat(5_000), "1;x=y", "%E2%80%AE1",
        "%F0%9F%A6%8A", "1%2F2", "", "1e3", " 1", "+1", "%C0%AF",
    };
    private static final String[] HOSTILE_QUERIES = {
        "a[" + "[a]".repeat(150) + "]=1", "request" + "[a]".repeat(101) + "=1", "a[]=1&a[]=2&a[b]=3", "a[=1", "a]=1", "[]=1", "=1", "&&&",
        "a", "a=%", "a=%zz", "%=1", "of_user=abc", "of_user=-1", "of_user=99999999999999999999", "updated_since=garbage",
        "updated_since=9999-99-99+99%3A99", "page=-1", "from=99999999&to=0", "from=2017&to=x", "slim=1", "access_token=" + "x".repeat(3_000),
        "client[name]=%00", "a=" + "b".repeat(70_000), "n".repeat(1_200) + "=1", "x=1&".repeat(2_000), "%E2%80%AE=1", "a=%F0%9F",
    };
    private static final String[] ACCEPTS = {
        "application/xml", "application/json", "application/xml", "application/json", "*/*", "text/html", "", "application/json;q=abc",
        "application/xml, application/json", "application/*", "x".repeat(3_000), "application/json; charset=ebcdic",
    };
    private static final String[] CONTENT_TYPES = {
        "text/plain", "", "application/json; charset=ebcdic", "application/xml; charset=UTF-16", "multipart/form-data",
        "multipart/form-data; boundary=", "application/x-www-form-urlencoded; charset=latin1", "*/*", "application/json;;;",
    };
    private static final String[] AUTHORIZATIONS = {
        "Basic !!!", "Basic " + base64("no-colon"), "Basic " + base64(":"), "Basic " + base64("admin@example.com:wrong"), "Basic",
        "Basic " + base64("x".repeat(5_000) + ":y"), "Bearer ", "Bearer nope", "Bearer " + "t".repeat(5_000), "Digest x", "basic "
            + base64("admin@example.com:admin-pass"), "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'p'}),
    };

    private final String host;
    private final int port;
    private final Runnable reset;

    /**
     * @param simulator the simulator's address ({@code http://127.0.0.1:port})
     * @param reset puts the simulator back to its seed (the run deletes and changes what it finds)
     */
    public RequestFuzzer(URI simulator, Runnable reset) {
        this.host = simulator.getHost();
        this.port = simulator.getPort();
        this.reset = reset;
    }

    /** What a run counted. */
    public static final class Result {
        private int requests;
        private int escapes;
        private int hangs;
        private int refusedByServer;
        private boolean stillAnswering;
        private final int[] statuses = new int[6];

        /** @return the requests sent */
        public int requests() {
            return requests;
        }

        /** @return the requests answered 5xx or not answered at all */
        public int escapes() {
            return escapes;
        }

        /** @return the requests not answered within the time limit */
        public int hangs() {
            return hangs;
        }

        /**
         * @return the requests whose request target is no URI ({@code ?a=%zz}, {@code /projects/%/…}):
         *     the JDK's HTTP server refuses them itself, before the simulator sees them, with a 400 — or,
         *     when a body is still unsent, by closing the connection (a reset); not escapes
         */
        public int refusedByServer() {
            return refusedByServer;
        }

        /** @return whether {@code GET /account/who_am_i} was answered 200 after the run */
        public boolean stillAnswering() {
            return stillAnswering;
        }

        /** @return the answers by class of status: index 2 for 2xx … 5 for 5xx */
        public int[] statusClasses() {
            return statuses.clone();
        }

        /** @return the figures as {@code requests=N escapes=E hangs=H} */
        @Override
        public String toString() {
            return "requests=" + requests + " escapes=" + escapes + " hangs=" + hangs;
        }
    }

    /**
     * Sends the requests, one at a time.
     *
     * @param requests how many
     * @param seed the seed of the mutations (a run is reproducible from it)
     * @param timeLimitMs the time one request may take to be answered
     * @param report where each escape and hang is described (the first few in full)
     * @return the figures
     */
    public Result run(int requests, long seed, long timeLimitMs, Consumer<String> report) {
        Random random = new Random(seed);
        Result result = new Result();
        for (int i = 0; i < requests; i++) {
            if (i % 250 == 0) {
                reset.run();
            }
            byte[] request = request(random);
            result.requests++;
            Outcome outcome = send(request, timeLimitMs);
            if (outcome.status > 0) {
                result.statuses[Math.min(5, outcome.status / 100)]++;
            }
            if (!validTarget(request) && (outcome.status == 400 || outcome.status <= 0 && !outcome.hang)) {
                result.refusedByServer++;
            } else if (outcome.hang) {
                result.hangs++;
                report.accept("hang: " + headline(request));
            } else if (outcome.status >= 500 || outcome.status <= 0) {
                result.escapes++;
                if (result.escapes <= 5) {
                    report.accept("escape: " + headline(request) + " -> " + outcome.describe());
                }
            }
        }
        result.stillAnswering = send(("GET /account/who_am_i HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n"
                + "Authorization: " + ADMIN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), timeLimitMs).status == 200;
        return result;
    }

    /** @return whether the request line's target is a URI (the JDK's HTTP server refuses it otherwise) */
    static boolean validTarget(byte[] request) {
        int end = 0;
        while (end < request.length && request[end] != '\r') {
            end++;
        }
        String line = new String(request, 0, end, StandardCharsets.ISO_8859_1); // as the server reads it
        int from = line.indexOf(' ') + 1;
        int to = line.lastIndexOf(" HTTP/1.1");
        if (from <= 0 || to < from) {
            return false;
        }
        try {
            new URI(line.substring(from, to));
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String headline(byte[] request) {
        String text = new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\r');
        return (end < 0 ? text : text.substring(0, end)) + " (" + request.length + " bytes)";
    }

    /** One generated request, as the bytes sent. */
    byte[] request(Random random) {
        Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
        boolean xml = random.nextBoolean();
        List<String> fields = new ArrayList<>(Arrays.asList(template.fields));
        // values: now and then one replaced by a hostile one, or a field repeated
        if (!fields.isEmpty() && random.nextInt(3) == 0) {
            int at = 2 * random.nextInt(fields.size() / 2) + 1;
            fields.set(at, pick(random, HOSTILE_VALUES));
        }
        if (!fields.isEmpty() && random.nextInt(8) == 0) {
            fields.add(fields.get(0));
            fields.add(pick(random, HOSTILE_VALUES));
        }
        String id = template.id == null ? null : template.id.equals(ENTRY) ? String.valueOf(1 + random.nextInt(12)) : template.id;
        if (id != null && random.nextInt(5) == 0) {
            id = pick(random, HOSTILE_SEGMENTS);
        }
        String path = id == null ? template.path : template.path.replace("{}", id);
        if (random.nextInt(20) == 0) {
            path = path + pick(random, List.of("/", "//", "/extra", "/%2e%2e/clients", "?", "#frag"));
        }
        String query = template.kind == BodyKind.NONE ? form(fields, null) : "";
        if (random.nextInt(4) == 0) {
            query = query + (query.isEmpty() ? "" : "&") + pick(random, HOSTILE_QUERIES);
        }
        byte[] body = body(template, fields, xml, random);
        String contentType = contentType(template.kind, xml);
        if (random.nextInt(10) == 0) {
            contentType = pick(random, CONTENT_TYPES);
        }
        if (body.length > 0 && random.nextInt(3) == 0) {
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                body = mutate(body, xml ? HOSTILE_XML : HOSTILE_JSON, random);
            }
        }
        String accept = random.nextInt(6) == 0 ? pick(random, ACCEPTS) : xml ? "application/xml" : "application/json";
        String authorization = random.nextInt(8) == 0 ? pick(random, AUTHORIZATIONS) : ADMIN;
        String method = random.nextInt(40) == 0 ? pick(random, List.of("PATCH", "HEAD", "OPTIONS", "GET", "DELETE", "BREW"))
                : template.method;

        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(query.isEmpty() ? "" : "?" + query)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        if (random.nextInt(12) != 0) {
            head.append("Accept: ").append(accept).append("\r\n");
        }
        if (random.nextInt(12) != 0) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body.length > 0 || random.nextInt(4) == 0) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (random.nextInt(15) == 0) {
            head.append(pick(random, List.of("If-Modified-Since: yesterday", "X-Forwarded-For: ::::", "Cookie: a=" + "b".repeat(4_000),
                    "User-Agent: \u00ff\u00fe", "Range: bytes=9-1", "X-HTTP-Method-Override: DELETE", "Accept-Charset: ebcdic",
                    // no Transfer-Encoding: framing is the JDK server's (it refuses one beside Content-Length, and
                    // closes on the body unread: a reset the simulator never sees)
                    "Content-Encoding: gzip"))).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String contentType(BodyKind kind, boolean xml) {
        switch (kind) {
            case FORM:
            case PLAIN_FORM:
                return "application/x-www-form-urlencoded";
            case MULTIPART:
                return "multipart/form-data; boundary=fuzzboundary";
            default:
                return xml ? "application/xml" : "application/json";
        }
    }

    private static byte[] body(Template template, List<String> fields, boolean xml, Random random) {
        switch (template.kind) {
            case NONE:
                return new byte[0];
            case FORM:
                return form(fields, template.root).getBytes(StandardCharsets.UTF_8);
            case PLAIN_FORM:
                return form(fields, null).getBytes(StandardCharsets.UTF_8);
            case MULTIPART: {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    text.append("--fuzzboundary\r\nContent-Disposition: form-data; name=\"").append(fields.get(i))
                            .append("\"; filename=\"r.png\"\r\nContent-Type: image/png\r\n\r\n").append(fields.get(i + 1)).append("\r\n");
                }
                if (random.nextBoolean()) {
                    text.append("--fuzzboundary--\r\n");
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            default:
                break;
        }
        boolean wrapped = template.kind == BodyKind.WRAPPED;
        StringBuilder text = new StringBuilder();
        if (xml) {
            String root = wrapped ? template.root.replace('_', '-') : template.root;
            text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append('>');
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                String name = wrapped ? fields.get(i).replace('_', '-') : fields.get(i);
                text.append('<').append(name).append('>').append(escapeXml(fields.get(i + 1))).append("</").append(name).append('>');
            }
            text.append("</").append(root).append('>');
        } else {
            text.append(wrapped ? "{\"" + template.root + "\":{" : "{");
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                text.append(i == 0 ? "" : ",").append('"').append(fields.get(i)).append("\":");
                String value = fields.get(i + 1);
                if (random.nextInt(10) == 0) {
                    text.append(pick(random, HOSTILE_JSON)); // a value of the wrong type
                } else {
                    text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
            }
            text.append(wrapped ? "}}" : "}");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String form(List<String> fields, String root) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            text.append(i == 0 ? "" : "&").append(root == null ? fields.get(i) : root + "[" + fields.get(i) + "]").append('=')
                    .append(java.net.URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One mutation of a body: a bit flipped, a byte in, a slice out, the end cut, a slice repeated, a hostile piece in. */
    static byte[] mutate(byte[] body, String[] hostile, Random random) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length + 1);
        switch (random.nextInt(6)) {
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
            case 4: {
                int end = Math.min(body.length, at + 1 + random.nextInt(64));
                return splice(body, end, end, Arrays.copyOfRange(body, at, end));
            }
            default:
                return splice(body, at, Math.min(body.length, at + random.nextInt(12)),
                        pick(random, hostile).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
        byte[] result = new byte[body.length - (to - from) + insert.length];
        System.arraycopy(body, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(body, to, result, from + insert.length, body.length - to);
        return result;
    }

    /** How one request ended. */
    private static final class Outcome {
        final int status;
        final boolean hang;
        final String detail;

        Outcome(int status, boolean hang, String detail) {
            this.status = status;
            this.hang = hang;
            this.detail = detail;
        }

        String describe() {
            return (status > 0 ? String.valueOf(status) : "no answer") + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    private Outcome send(byte[] request, long timeLimitMs) {
        long deadline = System.nanoTime() + timeLimitMs * 1_000_000;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeLimitMs);
            socket.setSoTimeout((int) Math.max(1, timeLimitMs));
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) >= 0;) {
                if (answer.size() < 4096) {
                    answer.write(buffer, 0, Math.min(read, 4096));
                }
                if (System.nanoTime() > deadline) {
                    return new Outcome(0, true, "");
                }
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                return new Outcome(0, false, "closed without an answer");
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyAt = text.indexOf("\r\n\r\n");
            String detail = status >= 500 && bodyAt > 0 ? text.substring(bodyAt + 4, Math.min(text.length(), bodyAt + 4 + 400)) : "";
            return new Outcome(status, false, detail);
        } catch (SocketTimeoutException e) {
            return new Outcome(0, true, "");
        } catch (IOException | NumberFormatException e) {
            return new Outcome(0, false, e.toString());
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
