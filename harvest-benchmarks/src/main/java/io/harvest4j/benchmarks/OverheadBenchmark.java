package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code overhead}: the time of one call through harvest4j against the plain JDK
 * {@link HttpClient} doing the same work by hand, on the same in-process simulator, warm. For each
 * of who_am_i and daily (a day of ten entries), in JSON and in XML, five ways of making the call
 * run in interleaved rounds (the order rotating from round to round, so a busy moment of a shared
 * machine falls on all of them):
 * <ul>
 *   <li>{@code lib}: {@code execute()} of the facade's request (the governor on, at a limit no run
 *       reaches; HTTP Basic);</li>
 *   <li>{@code raw}: {@code HttpClient.send} with the same headers, the body parsed to a tree
 *       (JSON-P's {@code JsonObject}; for XML the JDK's StAX into a small element tree);</li>
 *   <li>{@code bound}: the same, the body bound by hand to a model of the same fields;</li>
 *   <li>{@code async}: {@code HttpClient.sendAsync(…).join()} and a tree: the cost of the JDK's
 *       asynchronous path alone;</li>
 *   <li>{@code direct}: as {@code raw}, by an {@code HttpClient} built as the library's transport
 *       builds its own, with an executor that runs each task where it arises: what remains of
 *       {@code lib/direct} above 1 is the library's own work (request, governor, signing, decoding
 *       to the model).</li>
 * </ul>
 * Each round's figure is the mean of a batch of calls; a ratio is taken per round, and the median
 * over the rounds is reported. Last line:
 * {@code overhead: json whoami=R daily=R; xml whoami=R daily=R} (library ÷ raw with a tree).
 */
final class OverheadBenchmark implements Benchmark {

    private static final List<String> WAYS = List.of("lib", "raw", "bound", "async", "direct");
    private static final int DAILY_ENTRIES = 10;

    @Override
    public String name() {
        return "overhead";
    }

    @Override
    public String description() {
        return "per-call time of harvest4j over the raw JDK HttpClient, who_am_i and daily, JSON and XML"
                + " [--rounds 20 --batch 50 --warmup 1000]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions read = new BenchmarkOptions(options);
        int rounds = read.integer("--rounds", 20);
        int batch = read.integer("--batch", 50);
        int warmup = read.integer("--warmup", 1000);
        read.done();
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().recordingAtMost(1).build().start()) {
            List<Case> cases = new ArrayList<>();
            List<AutoCloseable> closing = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            // configured as the library's transport configures its own client
            HttpClient direct = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .executor(Runnable::run).build();
            for (Format format : List.of(Format.JSON, Format.XML)) {
                HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                        .applicationName("harvest4j overhead benchmark")
                        // the governor stays in the path, at a limit no run reaches
                        .throttle(1_000_000, Duration.ofSeconds(1)).build();
                HarvestClient client = Harvest.builder().config(config)
                        .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build();
                closing.add(client);
                if (format == Format.JSON) {
                    TimeTracking time = new TimeTracking(client);
                    for (int i = 0; i < DAILY_ENTRIES; i++) {
                        time.add(NewDayEntry.withHours(new BigDecimal("0.75")).projectId(Seed.WEBSITE_ID)
                                .taskId(Seed.DESIGN_ID).notes("benchmark entry " + i + ": design review & notes")
                                .build()).execute();
                    }
                }
                RawCalls raw = new RawCalls(http, simulator.uri(), format, config.userAgent());
                RawCalls rawDirect = new RawCalls(direct, simulator.uri(), format, config.userAgent());
                Account account = new Account(client);
                TimeTracking time = new TimeTracking(client);
                String f = format == Format.JSON ? "json" : "xml";
                cases.add(new Case(f, "whoami", Map.of(
                        "lib", () -> account.whoAmI().execute().user().email(),
                        "raw", () -> raw.whoAmITree(false),
                        "bound", () -> raw.whoAmIBound(),
                        "async", () -> raw.whoAmITree(true),
                        "direct", () -> rawDirect.whoAmITree(false))));
                cases.add(new Case(f, "daily", Map.of(
                        "lib", () -> time.daily().execute().dayEntries().size(),
                        "raw", () -> raw.dailyTree(false),
                        "bound", () -> raw.dailyBound(),
                        "async", () -> raw.dailyTree(true),
                        "direct", () -> rawDirect.dailyTree(false))));
            }
            out.printf(Locale.ROOT, "overhead: %d rounds of %d calls per way, after %d warm-up calls per way, against %s%n",
                    rounds, batch, warmup, simulator.uri());
            for (Case c : cases) {
                c.check();
            }
            for (int i = 0; i < warmup; i += batch) {
                for (Case c : cases) {
                    for (String way : WAYS) {
                        c.time(way, batch);
                    }
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (Case c : cases) {
                    for (int w = 0; w < WAYS.size(); w++) {
                        String way = WAYS.get((w + round) % WAYS.size());
                        c.nanos.get(way).add(c.time(way, batch));
                    }
                }
            }
            Map<String, String> ratios = new LinkedHashMap<>();
            for (Case c : cases) {
                double ratio = c.medianRatio("lib", "raw");
                ratios.put(c.format + " " + c.call, String.format(Locale.ROOT, "%.2f", ratio));
                out.printf(Locale.ROOT, "  %-4s %-6s  lib %7.1f µs  raw %7.1f µs  bound %7.1f µs  async %7.1f µs"
                                + "  direct %7.1f µs  lib/raw %.2f  lib/bound %.2f  async/raw %.2f  lib/direct %.2f%n",
                        c.format, c.call, c.medianMicros("lib"), c.medianMicros("raw"), c.medianMicros("bound"),
                        c.medianMicros("async"), c.medianMicros("direct"), ratio, c.medianRatio("lib", "bound"),
                        c.medianRatio("async", "raw"), c.medianRatio("lib", "direct"));
            }
            for (AutoCloseable c : closing) {
                c.close();
            }
            String line = "overhead: json whoami=" + ratios.get("json whoami") + " daily=" + ratios.get("json daily")
                    + "; xml whoami=" + ratios.get("xml whoami") + " daily=" + ratios.get("xml daily");
            out.println(line);
            return line;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One call in one format, made every way. */
    private static final class Case {
        final String format;
        final String call;
        final Map<String, Supplier<Object>> ways;
        final Map<String, List<Double>> nanos = new LinkedHashMap<>();

        Case(String format, String call, Map<String, Supplier<Object>> ways) {
            this.format = format;
            this.call = call;
            this.ways = ways;
            WAYS.forEach(way -> nanos.put(way, new ArrayList<>()));
        }

        /** Every way answers the same thing before anything is timed. */
        void check() {
            Object expected = ways.get("lib").get();
            for (String way : WAYS) {
                Object got = ways.get(way).get();
                if (!expected.equals(got)) {
                    throw new IllegalStateException(format + " " + call + ": " + way + " answered " + got
                            + ", the library " + expected);
                }
            }
        }

        /** @return the mean time of one call, in ns, over a batch */
        double time(String way, int batch) {
            Supplier<Object> call = ways.get(way);
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                if (call.get() == null) {
                    throw new IllegalStateException("no answer");
                }
            }
            return (System.nanoTime() - start) / (double) batch;
        }

        double medianMicros(String way) {
            return median(nanos.get(way)) / 1000;
        }

        double medianRatio(String numerator, String denominator) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < nanos.get(numerator).size(); i++) {
                ratios.add(nanos.get(numerator).get(i) / nanos.get(denominator).get(i));
            }
            return median(ratios);
        }
    }

    /** The calls made by hand with the JDK's client, as an application without harvest4j would. */
    static final class RawCalls {
        private final HttpClient http;
        private final HttpRequest whoAmI;
        private final HttpRequest daily;
        private final boolean json;

        RawCalls(HttpClient http, URI base, Format format, String userAgent) {
            this.http = http;
            this.json = format == Format.JSON;
            String media = format.mediaType();
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (Seed.ADMIN_EMAIL + ":" + Seed.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            this.whoAmI = HttpRequest.newBuilder(URI.create(base + "/account/who_am_i")).header("Accept", media)
                    .header("Content-Type", media).header("User-Agent", userAgent).header("Authorization", basic)
                    .timeout(Duration.ofSeconds(60)).GET().build();
            this.daily = HttpRequest.newBuilder(URI.create(base + "/daily")).header("Accept", media)
                    .header("Content-Type", media).header("User-Agent", userAgent).header("Authorization", basic)
                    .timeout(Duration.ofSeconds(60)).GET().build();
        }

        private byte[] body(HttpRequest request, boolean async) {
            try {
                HttpResponse<byte[]> response = async
                        ? http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join()
                        : http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
                }
                return response.body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Object whoAmITree(boolean async) {
            byte[] body = body(whoAmI, async);
            if (json) {
                return RawTrees.json(body).getJsonObject("user").getString("email");
            }
            return RawTrees.xml(body).child("user").child("email").text();
        }

        Object whoAmIBound() {
            byte[] body = body(whoAmI, false);
            return (json ? HandBound.whoAmIFromJson(body) : HandBound.whoAmIFromXml(body)).user.email;
        }

        Object dailyTree(boolean async) {
            byte[] body = body(daily, async);
            if (json) {
                return RawTrees.json(body).getJsonArray("day_entries").size();
            }
            return RawTrees.xml(body).child("day_entries").children().size();
        }

        Object dailyBound() {
            byte[] body = body(daily, false);
            return (json ? HandBound.dailyFromJson(body) : HandBound.dailyFromXml(body)).dayEntries.size();
        }
    }
}
