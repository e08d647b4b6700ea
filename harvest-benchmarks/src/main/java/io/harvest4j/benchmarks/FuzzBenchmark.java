package io.harvest4j.benchmarks;

import com.sun.management.ThreadMXBean;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.RetryPolicy;
import io.harvest4j.extended.Account;
import io.harvest4j.tests.fuzz.RequestFuzzer;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Mutation fuzzing of both codecs' decoders, through the whole client: real answers of the
 * simulator ({@code /daily}, {@code /daily/show}, {@code /account/who_am_i}, in XML and JSON) are
 * mutated — byte flips, insertions, deletions, truncations, duplicated slices, and spliced hostile
 * pieces (deep nesting, huge numbers, wrong types, duplicate keys, odd Unicode, DTDs and entities)
 * — and answered to a facade call by an in-memory transport. Every body must end as a value or a
 * {@link HarvestException}: anything else is an <em>escape</em>; a body not decoded within the
 * time limit is a <em>hang</em>.
 *
 * <p>Memory: the bytes each decoding allocates (the decoding thread's own count,
 * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) must stay within
 * {@value #ALLOCATION_FACTOR} times the body's size plus {@value #ALLOCATION_ALLOWANCE} bytes; a body
 * over it is printed and counted. The heap in use after garbage collection is sampled through the
 * run; its peak is the last figure.
 *
 * <p>Then the simulator's request parsing: as many requests as bodies per codec, generated and
 * mutated by {@link RequestFuzzer}, against an in-process simulator over loopback; every one must
 * be answered below 500 within the time limit, and {@code GET /account/who_am_i} still answered
 * after.
 *
 * <p>Last line: {@code fuzz: xml bodies=N escapes=E hangs=H; json bodies=N escapes=E hangs=H;
 * simulator requests=N escapes=E hangs=H; memory over-bound=K peak-heap=MMB} (the first two parts
 * as before the simulator and memory were measured). Options: {@code --bodies N} per codec and
 * requests to the simulator (default 10,000), {@code --seed S}, {@code --time-limit-ms T} (default
 * 5,000).
 */
public final class FuzzBenchmark implements Benchmark {

    /** A decoding may allocate this many times the body's size… */
    static final long ALLOCATION_FACTOR = 64;
    /** …plus this much (a decoding's fixed cost: the reader, the binding context's per-call state, the exception). */
    static final long ALLOCATION_ALLOWANCE = 4L * 1024 * 1024;

    private static final String[] HOSTILE_XML = {
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>",
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>",
        "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/evil.dtd\"><x/>",
        "<hours type=\"decimal\">" + "9".repeat(200_000) + "</hours>",
        "<hours>1e999999999</hours>", "<id>-99999999999999999999999</id>", "<spent_at>Wed, 99 Oct 2006</spent_at>",
        "<a>".repeat(20_000), "</a>".repeat(100), "<![CDATA[" + "]".repeat(1000), "&#0;", "&#xFFFE;", "&#xD800;",
        "<?pi " + "x".repeat(10_000) + "?>", "<!-- " + "-".repeat(10_000) + " -->", "\uFEFF", "<x nil=\"true\"/>",
        "<id type=\"integer\">abc</id>", "<x xmlns:a=\"u\" a:b=\"1\" a:b=\"2\"/>",
    };
    private static final String[] HOSTILE_JSON = {
        "[".repeat(20_000), "{\"a\":".repeat(20_000), "9".repeat(200_000), "1e999999999", "-1e-999999999",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\uFFFF\"", "\"\\", "null", "true", "{}", "[]", "\"str\"",
        "{\"id\":1,\"id\":\"x\"}", "{\"hours\":{\"nested\":[1,2]}}", "{\"spent_at\":\"2006-13-45\"}",
        "\"" + "x".repeat(100_000) + "\"", "\uFEFF", "\u0000", "NaN", "Infinity", "0x10",
    };

    @Override
    public String name() {
        return "fuzz";
    }

    @Override
    public String description() {
        return "mutated answers through both codecs: every body a value or a HarvestException, none hangs";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        int bodies = 10_000;
        long seed = 11;
        long timeLimitMs = 5_000;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            switch (option) {
                case "--bodies":
                    bodies = Integer.parseInt(required(option, value));
                    i++;
                    break;
                case "--seed":
                    seed = Long.parseLong(required(option, value));
                    i++;
                    break;
                case "--time-limit-ms":
                    timeLimitMs = Long.parseLong(required(option, value));
                    i++;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (bodies < 1 || timeLimitMs < 1) {
            throw new IllegalArgumentException("--bodies and --time-limit-ms must be positive");
        }
        StringBuilder line = new StringBuilder("fuzz:");
        HeapWatch heap = new HeapWatch();
        int overBound = 0;
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            Result result = fuzz(format, bodies, seed, timeLimitMs, out, heap);
            overBound += result.overBound;
            line.append(format == Format.XML ? " xml" : "; json").append(" bodies=").append(result.bodies)
                    .append(" escapes=").append(result.escapes).append(" hangs=").append(result.hangs);
            out.printf("  %s: largest allocation %d bytes for a body of %d bytes; largest ratio %.1f (body of %d bytes)%n", format,
                    result.largestAllocation, result.largestAllocationBody, result.largestRatio, result.largestRatioBody);
        }
        RequestFuzzer.Result simulator = fuzzSimulator(bodies, seed, timeLimitMs, out, heap);
        int simulatorEscapes = simulator.escapes() + (simulator.stillAnswering() ? 0 : 1);
        line.append("; simulator requests=").append(simulator.requests()).append(" escapes=").append(simulatorEscapes)
                .append(" hangs=").append(simulator.hangs());
        heap.sample();
        line.append("; memory over-bound=").append(overBound).append(" peak-heap=").append(heap.peakMegabytes()).append("MB");
        out.println(line);
        return line.toString();
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** What a run of one codec counted. */
    static final class Result {
        int bodies;
        int escapes;
        int hangs;
        int overBound;
        long largestAllocation;
        int largestAllocationBody;
        double largestRatio;
        int largestRatioBody;
    }

    /** The peak of the heap in use after garbage collection, sampled through the run. */
    static final class HeapWatch {
        private long peak;

        void sample() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                used += afterGc == null ? 0 : afterGc.getUsed();
            }
            peak = Math.max(peak, used);
        }

        long peakMegabytes() {
            return (peak + (1 << 20) - 1) >> 20;
        }
    }

    private static RequestFuzzer.Result fuzzSimulator(int requests, long seed, long timeLimitMs, PrintStream out, HeapWatch heap) {
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().build().start()) {
            long started = System.nanoTime();
            RequestFuzzer.Result result = new RequestFuzzer(simulator.uri(), () -> {
                simulator.reset();
                heap.sample();
            }).run(requests, seed, timeLimitMs, finding -> out.println("  simulator " + finding));
            int[] classes = result.statusClasses();
            out.printf("  simulator: %d requests in %d ms: %d 2xx, %d 3xx, %d 4xx, %d 5xx; %d with a request target that is no URI,"
                    + " refused by the JDK's HTTP server before the simulator (400, or a reset with the body unsent); %s after%n",
                    result.requests(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), classes[2], classes[3], classes[4],
                    classes[5], result.refusedByServer(),
                    result.stillAnswering() ? "still answering who_am_i" : "NOT answering who_am_i");
            return result;
        }
    }

    private Result fuzz(Format format, int bodies, long seed, long timeLimitMs, PrintStream out, HeapWatch heap) throws Exception {
        Map<String, byte[]> seeds = seeds(format);
        List<String> calls = new ArrayList<>(seeds.keySet());
        String[] hostile = format == Format.XML ? HOSTILE_XML : HOSTILE_JSON;
        Random random = new Random(seed ^ format.hashCode());
        AnsweringTransport transport = new AnsweringTransport();
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(format).build())
                .transport(transport).rateLimiter(RateLimiter.UNLIMITED).retryPolicy(RetryPolicy.NEVER).build();
        Map<String, Function<HarvestClient, Object>> run = Map.of(
                "daily", c -> new TimeTracking(c).daily().execute(),
                "show", c -> new TimeTracking(c).show(1).execute(),
                "who_am_i", c -> new Account(c).whoAmI().execute());
        Result result = new Result();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        for (String call : calls) { // the first decoding of a type builds its binding: not the body's cost
            transport.body = seeds.get(call);
            try {
                worker.submit(() -> run.get(call).apply(client)).get(timeLimitMs * 10, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // a seed the client refuses warms up as well
            }
        }
        long started = System.nanoTime();
        for (int i = 0; i < bodies; i++) {
            String call = calls.get(random.nextInt(calls.size()));
            byte[] body = mutate(seeds.get(call), hostile, random);
            transport.body = body;
            long[] allocated = {-1};
            Future<?> decoding = worker.submit(() -> {
                long before = allocatedByThisThread();
                try {
                    return run.get(call).apply(client);
                } finally {
                    allocated[0] = allocatedByThisThread() - before;
                }
            });
            result.bodies++;
            if (i % 100 == 0) {
                heap.sample();
            }
            try {
                decoding.get(timeLimitMs, TimeUnit.MILLISECONDS);
                checkAllocation(format, call, body.length, allocated[0], result, out);
            } catch (ExecutionException e) {
                checkAllocation(format, call, body.length, allocated[0], result, out);
                if (!(e.getCause() instanceof HarvestException)) {
                    result.escapes++;
                    if (result.escapes <= 5) {
                        out.println("  escape (" + format + ", " + call + "): " + e.getCause());
                    }
                }
            } catch (TimeoutException e) {
                result.hangs++;
                decoding.cancel(true);
                worker.shutdownNow(); // the stuck thread is left behind; the next bodies get a new one
                worker = Executors.newSingleThreadExecutor(daemon());
                out.println("  hang (" + format + ", " + call + "): body of " + body.length + " bytes");
            }
            if ((i + 1) % 2_000 == 0) {
                out.printf("  %s: %d bodies, %d escapes, %d hangs, %d ms%n", format, i + 1, result.escapes, result.hangs,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
        worker.shutdownNow();
        return result;
    }

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** @return the bytes the calling thread has allocated so far, or -1 when the JVM does not count them */
    private static long allocatedByThisThread() {
        return THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled()
                ? THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
    }

    private static void checkAllocation(Format format, String call, int size, long allocated, Result result, PrintStream out) {
        if (allocated < 0) {
            return;
        }
        if (allocated > result.largestAllocation) {
            result.largestAllocation = allocated;
            result.largestAllocationBody = size;
        }
        double ratio = (double) allocated / Math.max(1, size);
        if (size >= 10_000 && ratio > result.largestRatio) { // the ratio of small bodies is the fixed cost's
            result.largestRatio = ratio;
            result.largestRatioBody = size;
        }
        if (allocated > ALLOCATION_FACTOR * size + ALLOCATION_ALLOWANCE) {
            result.overBound++;
            if (result.overBound <= 5) {
                out.println("  over the memory bound (" + format + ", " + call + "): " + allocated + " bytes allocated for a body of "
                        + size + " bytes");
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "fuzz-decoder");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Real answers of the simulator to the calls fuzzed, in the format. */
    private static Map<String, byte[]> seeds(Format format) throws Exception {
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString((Seed.ADMIN_EMAIL + ":" + Seed.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            Function<String, byte[]> get = path -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(simulator.uri() + path))
                            .header("Accept", format.mediaType()).header("Authorization", basic).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body();
                } catch (Exception e) {
                    throw new IllegalStateException("the simulator did not answer " + path, e);
                }
            };
            byte[] daily = get.apply("/daily");
            String dailyText = new String(daily, StandardCharsets.UTF_8);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"?id\"?[>:]\\s*\"?(\\d+)").matcher(dailyText);
            String entry = id.find() ? id.group(1) : "1";
            return Map.of("daily", daily, "show", get.apply("/daily/show/" + entry), "who_am_i", get.apply("/account/who_am_i"));
        }
    }

    /** One to four mutations of a seed. */
    static byte[] mutate(byte[] seed, String[] hostile, Random random) {
        byte[] body = seed.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = body.length == 0 ? 0 : random.nextInt(body.length + 1);
            switch (random.nextInt(8)) {
                case 0: // flip a bit
                    if (body.length > 0) {
                        int i = Math.min(at, body.length - 1);
                        body[i] ^= (byte) (1 << random.nextInt(8));
                    }
                    break;
                case 1: // a random byte in
                    body = splice(body, at, at, new byte[] {(byte) random.nextInt(256)});
                    break;
                case 2: // a slice out
                    body = splice(body, at, Math.min(body.length, at + 1 + random.nextInt(16)), new byte[0]);
                    break;
                case 3: // truncated
                    body = java.util.Arrays.copyOf(body, at);
                    break;
                case 4: { // a slice repeated (duplicate keys, elements)
                    int end = Math.min(body.length, at + 1 + random.nextInt(64));
                    byte[] slice = java.util.Arrays.copyOfRange(body, at, end);
                    body = splice(body, end, end, slice);
                    break;
                }
                case 5: // a hostile piece in
                case 6:
                    body = splice(body, at, at, hostile[random.nextInt(hostile.length)].getBytes(StandardCharsets.UTF_8));
                    break;
                default: { // a value replaced by a hostile piece (wrong types, huge numbers)
                    int end = Math.min(body.length, at + random.nextInt(12));
                    body = splice(body, at, end, hostile[random.nextInt(hostile.length)].getBytes(StandardCharsets.UTF_8));
                    break;
                }
            }
        }
        return body;
    }

    private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
        byte[] result = new byte[body.length - (to - from) + insert.length];
        System.arraycopy(body, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(body, to, result, from + insert.length, body.length - to);
        return result;
    }

    /** Answers every request 200 with the body of the moment, in the client's format. */
    private static final class AnsweringTransport implements Transport {
        volatile byte[] body = new byte[0];

        @Override
        public CompletableFuture<Response> sendAsync(io.harvest4j.core.http.Request request) {
            String type = request.headers().first("Accept").orElse("application/json");
            return CompletableFuture.completedFuture(new Response(request, 200,
                    Headers.builder().add("Content-Type", type).build(), body));
        }
    }
}
