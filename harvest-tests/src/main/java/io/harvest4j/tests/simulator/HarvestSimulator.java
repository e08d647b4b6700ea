package io.harvest4j.tests.simulator;

import com.sun.net.httpserver.HttpServer;
import io.harvest4j.tests.simulator.internal.Account;
import io.harvest4j.tests.simulator.internal.SimulatedApi;
import io.harvest4j.tests.simulator.internal.Throttle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A Harvest v1 service on loopback, in memory: the account of {@link Seed}, HTTP Basic and token
 * authentication, the roles, the throttle, the account calls and the Time Tracking API, in XML and
 * JSON. It shares no code with the client: what it writes and reads it writes and reads itself
 * (StAX, JSON-P).
 *
 * <pre>{@code
 * try (HarvestSimulator simulator = HarvestSimulator.builder()
 *         .clock(SimulatorClock.fixedAt(Seed.START))
 *         .throttle(100, Duration.ofSeconds(15))
 *         .build()
 *         .start()) {
 *     URI base = simulator.uri();                       // http://127.0.0.1:54321
 *     ... call base.resolve("/daily") as admin@example.com / admin-pass ...
 *     RecordedRequest sent = simulator.takeRequest();   // what the client really sent
 *     simulator.clock().advance(Duration.ofMinutes(30)); // running timers grow by 0.50
 *     simulator.enqueue(CannedResponse.html(502, "<h1>Bad Gateway</h1>")); // the next answer is a fault
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served concurrently but each sees and leaves a consistent state.
 * For JUnit 5, {@link HarvestSimulatorExtension} runs one and resets it before each test.
 *
 * <p>No request can hold it hostage: a body over 10 MiB is answered 413 without being kept, and a
 * connection whose request is not complete within 5 seconds is closed (the JDK server's
 * {@code sun.net.httpserver.maxReqTime}, set when the first server of the JVM starts unless given).
 */
public final class HarvestSimulator implements AutoCloseable {

    private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";

    /**
     * How long, in seconds, a client may take to send a whole request (line, headers and body)
     * before its connection is closed, unless {@code -Dsun.net.httpserver.maxReqTime} says
     * otherwise: without a limit a client that stops mid-request holds a server thread forever.
     */
    static final long REQUEST_TIME_LIMIT_SECONDS = 5;

    private final int requestedPort;
    private final SimulatorClock clock;
    private final boolean throttleEnabled;
    private final int maxCalls;
    private final Duration timeframe;
    private final Duration lockout;
    private final Seed.Kind seed;
    private final Consumer<String> requestLog;

    private final Account account;
    private final Throttle throttle;
    private final SimulatorState state;
    private final SimulatedApi api;

    private final AtomicLong sequence = new AtomicLong();
    private final BlockingQueue<RecordedRequest> unread = new LinkedBlockingQueue<>();
    private final Deque<RecordedRequest> received = new ArrayDeque<>();
    private final int maxRecorded;
    private final long maxRecordedBytes;
    private final Queue<CannedResponse> canned = new ConcurrentLinkedQueue<>();
    private final String faultSpec;
    private final long faultSeed;
    private final Duration faultStall;
    private volatile FaultInjector faults;
    private final boolean maintenanceAtStart;
    private volatile boolean maintenance;

    private HttpServer server;
    private ExecutorService executor;
    private volatile URI uri;

    private HarvestSimulator(Builder builder) {
        this.requestedPort = builder.port;
        this.maxRecorded = builder.maxRecorded;
        this.maxRecordedBytes = builder.maxRecordedBytes;
        this.clock = builder.clock != null ? builder.clock : SimulatorClock.fixedAt(Seed.START);
        this.throttleEnabled = builder.throttleEnabled;
        this.maxCalls = builder.maxCalls;
        this.timeframe = builder.timeframe;
        this.lockout = builder.lockout != null ? builder.lockout : builder.timeframe;
        this.throttle = new Throttle(throttleEnabled, maxCalls, timeframe, lockout);
        this.throttle.retryAfterAsDate(builder.retryAfterAsDate);
        this.seed = builder.seed;
        this.requestLog = builder.requestLog;
        this.account = new Account(clock, seed);
        if (builder.tokenTtl != null) {
            account.oauth().tokenTtl(builder.tokenTtl);
        }
        this.state = new SimulatorState(account, clock);
        state.setMaxProjects(builder.maxProjects);
        state.setMaxPeople(builder.maxPeople);
        this.api = new SimulatedApi(account, throttle, clock, this::uri);
        this.faultSpec = builder.faultSpec;
        this.faultSeed = builder.faultSeed;
        this.faultStall = builder.faultStall;
        this.faults = faultSpec == null ? null : FaultInjector.of(faultSpec, faultSeed, faultStall);
        this.maintenanceAtStart = builder.maintenance;
        this.maintenance = maintenanceAtStart;
    }

    /**
     * Defaults: an ephemeral port, a {@linkplain SimulatorClock#fixedAt fixed} clock at
     * {@link Seed#START}, the throttle on at 100 calls per 15 seconds with a 15-second lock-out,
     * the {@linkplain Seed.Kind#DEMO demo} seed.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @return this
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized HarvestSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        // The JDK server writes headers and body separately; with Nagle on, the body waits for the
        // client's delayed ACK (~40 ms a call). Its static configuration is read once, on first use.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        // Likewise, the JDK server closes a connection whose request is still incomplete after
        // maxReqTime (it has no limit by default: a stalled client would hold a thread forever).
        if (System.getProperty(MAX_REQ_TIME) == null) {
            System.setProperty(MAX_REQ_TIME, Long.toString(REQUEST_TIME_LIMIT_SECONDS));
        }
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            HttpServer created = HttpServer.create(new InetSocketAddress(loopback, requestedPort), 0);
            executor = Executors.newCachedThreadPool(new DaemonThreads());
            created.setExecutor(executor);
            created.createContext("/", new ExchangeHandler(this, api, requestLog == null ? null : new RequestLog(requestLog)));
            created.start();
            server = created;
            uri = URI.create("http://127.0.0.1:" + created.getAddress().getPort());
            return this;
        } catch (IOException e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            throw new UncheckedIOException("cannot start the Harvest simulator on port " + requestedPort, e);
        }
    }

    /** Stops serving (in-flight exchanges are cut). Safe to call twice. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            executor = null;
        }
    }

    /** @return whether {@link #start()} ran and {@link #close()} did not */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * @return the base URI, {@code http://127.0.0.1:{port}} (no trailing slash)
     * @throws IllegalStateException before {@link #start()}
     */
    public URI uri() {
        URI current = uri;
        if (current == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return current;
    }

    /**
     * @param pathAndQuery a path with an optional query ({@code /daily/add?notes=x})
     * @return it resolved against {@link #uri()}
     */
    public URI uri(String pathAndQuery) {
        return URI.create(uri() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }

    /** @return the port served */
    public int port() {
        return uri().getPort();
    }

    /** @return the clock every time stamp, timer and the throttle use */
    public SimulatorClock clock() {
        return clock;
    }

    /** @return what the account holds at the start and after each {@link #reset()} */
    public Seed.Kind seed() {
        return seed;
    }

    /** @return the account's state, for tests to read and prepare */
    public SimulatorState state() {
        return state;
    }

    /**
     * Back to the start: the {@linkplain Builder#seed(Seed.Kind) seeded} account (entries, added users and tokens are gone,
     * timestamp timers off), the builder's throttle with no call counted, the clock
     * {@linkplain SimulatorClock#reset() reset}, no recorded request, no canned response, the builder's
     * {@linkplain Builder#faults faults} drawn again from their seed, none injected so far.
     */
    public void reset() {
        synchronized (account) {
            clock.reset(); // first: the seed is stamped with the clock's start, not with where a test left it
            account.resetToSeed();
            throttle.configure(throttleEnabled, maxCalls, timeframe, lockout);
            canned.clear();
            faults = faultSpec == null ? null : FaultInjector.of(faultSpec, faultSeed, faultStall);
            maintenance = maintenanceAtStart;
            synchronized (received) {
                received.clear();
                unread.clear();
                sequence.set(0);
            }
        }
    }

    // ---- recorded requests

    /**
     * The oldest request not yet taken, waiting up to 10 seconds for one to arrive.
     *
     * @return the request
     * @throws AssertionError when none arrives in time
     */
    public RecordedRequest takeRequest() {
        return takeRequest(DEFAULT_TAKE_TIMEOUT);
    }

    /**
     * The oldest request not yet taken, waiting up to {@code timeout} for one to arrive.
     *
     * @param timeout how long to wait
     * @return the request
     * @throws AssertionError when none arrives in time
     */
    public RecordedRequest takeRequest(Duration timeout) {
        try {
            RecordedRequest request = unread.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (request == null) {
                throw new AssertionError("no request reached the simulator within " + timeout);
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
    }

    /**
     * @return every request received since the start or the last reset, in order of arrival (taken
     *     or not); only the most recent ones when the simulator was built with a
     *     {@linkplain Builder#recordingAtMost(int) cap}
     */
    public List<RecordedRequest> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** @return how many requests were received since the start or the last reset, recorded or not */
    public int requestCount() {
        synchronized (received) {
            return (int) sequence.get();
        }
    }

    RecordedRequest record(String method, String path, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body) {
        RecordedRequest recorded;
        synchronized (received) {
            RecordedRequest request = new RecordedRequest(sequence.getAndIncrement(), clock.instant(), method, path,
                    rawPath, rawQuery, headers, body);
            recorded = request;
            received.add(request);
            unread.add(request);
            while (received.size() > maxRecorded) {
                received.removeFirst();
            }
            while (unread.size() > maxRecorded) {
                unread.poll();
            }
            if (maxRecordedBytes != Long.MAX_VALUE) {
                dropOldestOverBytes();
            }
        }
        return recorded;
    }

    /** Forgets the oldest records while those kept hold more than the byte bound (the newest is always kept). */
    private void dropOldestOverBytes() {
        long kept = 0;
        for (RecordedRequest each : received) {
            kept += each.size();
        }
        while (kept > maxRecordedBytes && received.size() > 1) {
            kept -= received.removeFirst().size();
        }
        long unreadKept = 0;
        for (RecordedRequest each : unread) {
            unreadKept += each.size();
        }
        while (unreadKept > maxRecordedBytes && unread.size() > 1) {
            RecordedRequest dropped = unread.poll();
            if (dropped == null) {
                break;
            }
            unreadKept -= dropped.size();
        }
    }

    // ---- faults

    /**
     * Answers the next request (whatever it is) with {@code response} instead of serving it;
     * several enqueued responses answer the next requests in order.
     *
     * @param response the canned answer
     */
    public void enqueue(CannedResponse response) {
        canned.add(Objects.requireNonNull(response, "response"));
    }

    CannedResponse nextCannedResponse() {
        return canned.poll();
    }

    /**
     * Injects faults from now until the next {@link #reset()}, in place of the builder's (see
     * {@link Builder#faults(String, long)}); the faults injected so far are forgotten.
     *
     * @param spec the faults and their chances, e.g. {@code reset-after=100%}
     * @param seed the seed of the draws
     * @param stall how long a {@code stall} holds the answer back
     * @throws IllegalArgumentException for a specification it cannot read
     */
    public void injectFaults(String spec, long seed, Duration stall) {
        faults = FaultInjector.of(Objects.requireNonNull(spec, "spec"), seed, Objects.requireNonNull(stall, "stall"));
    }

    /**
     * @return the faults injected since the start, the last {@link #reset()} or
     *     {@link #injectFaults}, oldest first (at most the last 100,000), each with the request it
     *     hit and what the service did with it
     */
    public List<InjectedFault> faults() {
        FaultInjector current = faults;
        return current == null ? List.of() : current.injected();
    }

    /**
     * Down for maintenance or back, until the next {@link #reset()}: while down, every request is
     * recorded and answered 503 without {@code Retry-After} (a server fault, not a throttle).
     *
     * @param down whether the service is down for maintenance
     */
    public void setMaintenance(boolean down) {
        maintenance = down;
    }

    boolean inMaintenance() {
        return maintenance;
    }

    Fault nextFault() {
        FaultInjector current = faults;
        return current == null ? null : current.draw();
    }

    FaultInjector faultInjector() {
        return faults;
    }

    // ---- shortcuts to the state and the throttle

    /**
     * Marks a day entry approved/invoiced ({@link SimulatorState#lockEntry(long)}).
     *
     * @param dayEntryId the entry
     */
    public void lockEntry(long dayEntryId) {
        state.lockEntry(dayEntryId);
    }

    /**
     * Switches the account to timestamp timers or back ({@link SimulatorState#setTimestampTimers(boolean)}).
     *
     * @param timestampTimers whether the account tracks start and end times
     */
    public void setTimestampTimers(boolean timestampTimers) {
        state.setTimestampTimers(timestampTimers);
    }

    /**
     * Issues an access token for a user ({@link SimulatorState#issueToken(String)}).
     *
     * @param email the user's e-mail address
     * @return the token
     */
    public String issueToken(String email) {
        return state.issueToken(email);
    }

    /**
     * Changes the throttle until the next {@link #reset()} (the lock-out becomes {@code timeframe})
     * and forgets the calls counted so far.
     *
     * @param maxCalls calls admitted per window
     * @param timeframe the window
     */
    public void setThrottle(int maxCalls, Duration timeframe) {
        throttle.configure(true, maxCalls, timeframe, timeframe);
    }

    /** Turns the throttle off until the next {@link #reset()}. */
    public void disableThrottle() {
        throttle.configure(false, maxCalls, timeframe, lockout);
    }

    @Override
    public String toString() {
        URI current = uri;
        return "HarvestSimulator[" + (current == null ? "not started" : current) + ", " + clock + "]";
    }

    /** Builds a {@link HarvestSimulator}. Not thread-safe. */
    public static final class Builder {
        private int port;
        private SimulatorClock clock;
        private boolean throttleEnabled = true;
        private boolean retryAfterAsDate;
        private int maxCalls = 100;
        private Duration timeframe = Duration.ofSeconds(15);
        private Duration lockout;
        private int maxRecorded = Integer.MAX_VALUE;
        private long maxRecordedBytes = Long.MAX_VALUE;
        private Duration tokenTtl;
        private Seed.Kind seed = Seed.Kind.DEMO;
        private Integer maxProjects;
        private Integer maxPeople;
        private Consumer<String> requestLog;
        private String faultSpec;
        private long faultSeed;
        private Duration faultStall = Duration.ofSeconds(5);
        private boolean maintenance;

        private Builder() {
        }

        /**
         * @param port the port on 127.0.0.1; 0 (the default) picks a free one
         * @return this
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param clock the clock (default: fixed at {@link Seed#START})
         * @return this
         */
        public Builder clock(SimulatorClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Throttles the account: more than {@code maxCalls} calls within {@code timeframe} answer
         * 503 with {@code Retry-After} (default 100 per 15 seconds).
         *
         * @param maxCalls calls admitted per window
         * @param timeframe the sliding window
         * @return this
         */
        public Builder throttle(int maxCalls, Duration timeframe) {
            if (maxCalls < 1 || timeframe.isNegative() || timeframe.isZero()) {
                throw new IllegalArgumentException("throttle needs maxCalls >= 1 and a positive timeframe");
            }
            this.throttleEnabled = true;
            this.maxCalls = maxCalls;
            this.timeframe = timeframe;
            return this;
        }

        /**
         * Throttled answers name their {@code Retry-After} as an HTTP-date
         * ({@code Tue, 01 Dec 2026 03:40:15 GMT}, rounded up to the second) instead of seconds:
         * the service's documentation allows both.
         *
         * @return this
         */
        public Builder retryAfterAsDate() {
            this.retryAfterAsDate = true;
            return this;
        }

        /**
         * @param lockout how long the account stays locked out after its last call (default: the timeframe)
         * @return this
         */
        public Builder throttleLockout(Duration lockout) {
            if (lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("lockout must be positive");
            }
            this.lockout = lockout;
            return this;
        }

        /**
         * Keeps only the most recent requests for {@link HarvestSimulator#requests()} and
         * {@link HarvestSimulator#takeRequest()}: a simulator that serves for long (standalone)
         * must not grow without bound. Tests keep every request (the default).
         *
         * @param maxRequests how many recent requests to keep, at least 0
         * @return this builder
         */
        public Builder recordingAtMost(int maxRequests) {
            if (maxRequests < 0) {
                throw new IllegalArgumentException("maxRequests must not be negative: " + maxRequests);
            }
            this.maxRecorded = maxRequests;
            return this;
        }

        /**
         * Keeps the recorded requests within a number of bytes (bodies, queries and headers), the
         * oldest forgotten first; the newest is always kept. A simulator serving for long needs this
         * as well as {@link #recordingAtMost(int)}: a thousand bodies of 10 MiB do not fit in memory.
         *
         * @param maxBytes the most bytes the records hold (default unbounded)
         * @return this builder
         */
        public Builder recordingAtMostBytes(long maxBytes) {
            if (maxBytes < 0) {
                throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
            }
            this.maxRecordedBytes = maxBytes;
            return this;
        }

        /**
         * @param seed what the account holds at the start and after each reset (default
         *     {@link Seed.Kind#DEMO}; {@link Seed.Kind#EMPTY}: the company and its administrator only)
         * @return this
         */
        public Builder seed(Seed.Kind seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * The plan's project limit ({@code --max-projects N}): creating or activating a project
         * while {@code max} are active is refused with 400 and a Hint. No limit by default.
         *
         * @param max the most active projects, at least 1
         * @return this
         */
        public Builder maxProjects(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxProjects must be at least 1, not " + max);
            }
            this.maxProjects = max;
            return this;
        }

        /**
         * The plan's people limit ({@code --max-people N}): creating or activating a person while
         * {@code max} are active is refused with 400 and a Hint. No limit by default.
         *
         * @param max the most active people, at least 1
         * @return this
         */
        public Builder maxPeople(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPeople must be at least 1, not " + max);
            }
            this.maxPeople = max;
            return this;
        }

        /**
         * @param ttl how long the access tokens of {@code POST /oauth2/token} and of the implicit
         *     flow live, by the simulator's clock (default 64,799 seconds, the service's {@code expires_in})
         * @return this
         */
        public Builder tokenTtl(Duration ttl) {
            if (ttl == null || ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("the token lifetime must be positive: " + ttl);
            }
            this.tokenTtl = ttl;
            return this;
        }

        /**
         * Logs one line a request, just before its answer is sent:
         * {@code GET /daily?of_user=100003 200 admin@example.com 3ms} (method, path and query as
         * sent, status, the user served or {@code -}, milliseconds taken to answer). No credential
         * is written: no header, and no value of a query parameter named {@code …token},
         * {@code …secret} or {@code …password}, which shows as {@code ***}.
         *
         * @param log where each line goes; called from the server's threads, possibly at the same
         *     time ({@code System.out::println} is fine)
         * @return this
         */
        public Builder logRequests(Consumer<String> log) {
            this.requestLog = Objects.requireNonNull(log, "log");
            return this;
        }

        /** @return this, with the throttle off: no call is ever refused with 503 */
        public Builder withoutThrottle() {
            this.throttleEnabled = false;
            return this;
        }

        /**
         * Injects faults in place of answers, each request drawing one (or none) at random:
         * {@code reset-before=5%,reset-after=2%,status-500=2%,status-502=1%,truncate=1%,stall=1%}
         * (see {@link Fault}). Canned responses come first and draw none. Every injected fault is
         * recorded with its request: {@link HarvestSimulator#faults()}.
         *
         * @param spec comma-separated {@code name=P%}, adding up to at most 100%
         * @param seed the seed of the draws: one request at a time, the same seed hits the same requests
         * @return this
         * @throws IllegalArgumentException for a specification it cannot read
         */
        public Builder faults(String spec, long seed) {
            FaultInjector.of(Objects.requireNonNull(spec, "spec"), seed, faultStall);
            this.faultSpec = spec;
            this.faultSeed = seed;
            return this;
        }

        /**
         * @param stall how long a {@code stall} fault holds the answer back (default 5 s: past a
         *     client's timeout of a few seconds)
         * @return this
         */
        public Builder faultStall(Duration stall) {
            if (stall.isNegative()) {
                throw new IllegalArgumentException("the stall time cannot be negative");
            }
            this.faultStall = stall;
            return this;
        }

        /**
         * @return this, down for maintenance: every request answered 503 without
         *     {@code Retry-After} (see {@link HarvestSimulator#setMaintenance(boolean)})
         */
        public Builder maintenance() {
            this.maintenance = true;
            return this;
        }

        /** @return a simulator, not yet started */
        public HarvestSimulator build() {
            return new HarvestSimulator(this);
        }
    }

    /** Daemon threads, so a forgotten simulator never keeps a JVM alive. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "harvest-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
