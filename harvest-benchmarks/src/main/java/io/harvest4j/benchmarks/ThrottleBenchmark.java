package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.JdkHttpTransport;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.extended.Account;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.SimulatorClock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code throttle}: threads sharing one client make a batch of {@code who_am_i} calls against an
 * in-process simulator throttled at {@code --max-calls} per {@code --timeframe} (100 per 3 s: the
 * service's 15 s scaled down so that a run is short), once with the governor and once as a naive
 * client (no governor, retrying after {@code Retry-After}, as the peers do); then once more with the
 * governor where the simulator allows fewer calls ({@code --learn-max-calls}, by default 60% of {@code --max-calls}) than
 * the client is configured for ({@code --max-calls}): the governor must learn the account's limit
 * from {@code GET /account/rate_limit_status} rather than be throttled into it.
 *
 * <p><b>achieved/allowed</b> is the rate after the first window's burst, over the allowed rate:
 * {@code (calls done - maxCalls) / (last done - maxCalls-th done)} over {@code maxCalls / timeframe}
 * (a run cut off by its time budget is measured to the cut).
 * The first {@code maxCalls} calls pass at once on a fresh account and would flatter any client;
 * from there on a client can at best do {@code maxCalls} per window, so 1.0 is the ceiling.
 * <b>503s</b> counts every throttled answer the client received.
 */
final class ThrottleBenchmark implements Benchmark {

    @Override
    public String name() {
        return "throttle";
    }

    @Override
    public String description() {
        return "governor vs naive client against a throttled simulator [--threads 8 --calls 700 "
                + "--max-calls 100 --timeframe-ms 3000 --naive-seconds 30 --learn-max-calls 60% of max-calls]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions opts = new BenchmarkOptions(options);
        int threads = opts.integer("--threads", 8);
        int calls = opts.integer("--calls", 700);
        int maxCalls = opts.integer("--max-calls", 100);
        Duration timeframe = Duration.ofMillis(opts.integer("--timeframe-ms", 3000));
        Duration naiveBudget = Duration.ofSeconds(opts.integer("--naive-seconds", 30));
        int learnMaxCalls = opts.integer("--learn-max-calls", Math.max(1, maxCalls * 3 / 5));
        opts.done();
        if (learnMaxCalls < 1 || learnMaxCalls >= maxCalls) {
            throw new IllegalArgumentException("--learn-max-calls must be positive and less than --max-calls: the simulator's limit, lower than the client's");
        }
        if (calls <= maxCalls) {
            throw new IllegalArgumentException("--calls must be more than --max-calls: the figure is the rate after the first window");
        }
        out.printf(Locale.ROOT, "throttle: %d threads, %d calls, simulator at %d calls per %d ms%n",
                threads, calls, maxCalls, timeframe.toMillis());
        Run governed = batch("governor", true, threads, calls, maxCalls, maxCalls, timeframe, null, out);
        Run naive = batch("naive", false, threads, calls, maxCalls, maxCalls, timeframe, naiveBudget, out);
        out.printf(Locale.ROOT, "throttle: then the simulator at %d calls per %d ms, the client configured for %d%n",
                learnMaxCalls, timeframe.toMillis(), maxCalls);
        Run learnt = batch("learnt", true, threads, calls, learnMaxCalls, maxCalls, timeframe, null, out);
        String line = String.format(Locale.ROOT, "throttle: governor achieved/allowed=%.3f 503s=%d; "
                + "learnt achieved/allowed=%.3f 503s=%d; naive achieved/allowed=%.3f 503s=%d",
                governed.ratio, governed.throttled, learnt.ratio, learnt.throttled, naive.ratio, naive.throttled);
        out.println(line);
        return line;
    }

    /**
     * @param maxCalls the simulator's limit (the allowed rate is this per timeframe)
     * @param configuredMaxCalls the client's configured limit
     */
    private static Run batch(String name, boolean governed, int threads, int calls, int maxCalls, int configuredMaxCalls,
            Duration timeframe, Duration budget, PrintStream out) throws InterruptedException {
        try (HarvestSimulator simulator = HarvestSimulator.builder().clock(SimulatorClock.ticking())
                .throttle(maxCalls, timeframe).throttleLockout(timeframe).build().start()) {
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).allowInsecureHttp()
                    .format(Format.JSON).throttle(configuredMaxCalls, timeframe).maxRetryWait(Duration.ofMinutes(10))
                    .maxAttempts(1000)
                    // the transport below is the benchmark's own (it counts 503s): learning is on
                    // by default with the library's transport only
                    .learnRateLimit(true).build();
            AtomicInteger throttled = new AtomicInteger();
            Transport jdk = JdkHttpTransport.create(config);
            Transport counting = new Transport() {
                @Override
                public CompletableFuture<Response> sendAsync(Request request) {
                    return jdk.sendAsync(request).thenApply(response -> {
                        if (response.status() == 503) {
                            throttled.incrementAndGet();
                        }
                        return response;
                    });
                }

                @Override
                public void close() {
                    jdk.close();
                }
            };
            Harvest.Builder builder = Harvest.builder().config(config).transport(counting)
                    .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD));
            if (!governed) {
                builder.rateLimiter(RateLimiter.UNLIMITED);
            }
            List<Long> done = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            long deadline = budget == null ? Long.MAX_VALUE : start + budget.toNanos();
            try (HarvestClient client = builder.build()) {
                Account account = new Account(client);
                List<Thread> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Thread worker = new Thread(() -> {
                        while (next.getAndIncrement() < calls) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return;
                            }
                            CompletableFuture<?> call = account.whoAmI().executeAsync();
                            try {
                                call.get(left, TimeUnit.NANOSECONDS);
                                done.add(System.nanoTime());
                            } catch (TimeoutException e) {
                                call.cancel(false);
                                return;
                            } catch (ExecutionException e) {
                                failed.incrementAndGet();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }, "throttle-" + t);
                    workers.add(worker);
                    worker.start();
                }
                for (Thread worker : workers) {
                    worker.join();
                }
            }
            long end = System.nanoTime();
            double elapsed = (end - start) / 1e9;
            List<Long> times = new ArrayList<>(done);
            Collections.sort(times);
            double ratio = 0;
            if (times.size() > maxCalls) {
                // a batch cut off by its time budget is measured to the cut, not to its last success:
                // a client that stalls must not look fast
                long last = times.size() < calls ? end : times.get(times.size() - 1);
                double span = (last - times.get(maxCalls - 1)) / 1e9;
                double rate = (times.size() - maxCalls) / span;
                ratio = rate / (maxCalls / (timeframe.toNanos() / 1e9));
            }
            Run run = new Run(ratio, throttled.get());
            out.printf(Locale.ROOT, "  %s: %d of %d calls done in %.1f s, %d failed, %d x 503, achieved/allowed=%.3f%n",
                    name, times.size(), calls, elapsed, failed.get(), run.throttled, run.ratio);
            return run;
        }
    }

    private static final class Run {
        final double ratio;
        final int throttled;

        Run(double ratio, int throttled) {
            this.ratio = ratio;
            this.throttled = throttled;
        }
    }
}
