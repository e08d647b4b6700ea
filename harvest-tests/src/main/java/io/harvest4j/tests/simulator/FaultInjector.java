package io.harvest4j.tests.simulator;

import com.sun.net.httpserver.HttpExchange;
import io.harvest4j.tests.simulator.internal.Answer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Draws a fault (or none) for each request from a specification such as
 * {@code reset-before=5%,status-502=1%} with a seeded random source, injects it, and keeps the
 * record of each injected fault. With one request at a time, a seed repeats the same faults on the
 * same requests; concurrent requests draw in the order they arrive.
 */
final class FaultInjector {

    /** The most faults kept; the oldest are forgotten first (a standalone simulator serves until stopped). */
    static final int MAX_KEPT = 100_000;

    private static final byte[] ERROR_500 = ("<html><body><h1>We're sorry, but something went wrong.</h1>"
            + "</body></html>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR_502 = "<html><body><h1>502 Bad Gateway</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final Map<String, List<String>> HTML = Map.of("Content-Type", List.of("text/html; charset=utf-8"));

    private final Map<Fault, Double> chances;
    private final Random random;
    private final Duration stall;
    private final Deque<InjectedFault> injected = new ArrayDeque<>();

    private FaultInjector(Map<Fault, Double> chances, long seed, Duration stall) {
        this.chances = chances;
        this.random = new Random(seed);
        this.stall = stall;
    }

    /**
     * @param spec comma-separated {@code name=P%}, P a percentage (decimals allowed), the sum at most 100
     * @param seed the seed of the draws
     * @param stall how long a {@link Fault#STALL} holds the answer back
     * @return the injector
     * @throws IllegalArgumentException for a specification it cannot read
     */
    static FaultInjector of(String spec, long seed, Duration stall) {
        if (stall.isNegative()) {
            throw new IllegalArgumentException("the stall time cannot be negative");
        }
        Map<Fault, Double> chances = new EnumMap<>(Fault.class);
        BigDecimal total = BigDecimal.ZERO;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String value = equals < 0 ? "" : part.substring(equals + 1).trim();
            if (!value.endsWith("%")) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not name=P% (e.g. reset-before=5%)");
            }
            Fault fault = Fault.ofSpecName(part.substring(0, equals));
            BigDecimal percent;
            try {
                percent = new BigDecimal(value.substring(0, value.length() - 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' has no percentage");
            }
            if (percent.signum() < 0 || chances.containsKey(fault)) {
                throw new IllegalArgumentException("'" + part.trim() + "': a percentage from 0, once per fault");
            }
            total = total.add(percent);
            chances.put(fault, percent.doubleValue() / 100);
        }
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the faults add up to " + total + "%, over 100%");
        }
        return new FaultInjector(chances, seed, stall);
    }

    /** @return the fault for the next request, or null for none */
    Fault draw() {
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        double bound = 0;
        for (Map.Entry<Fault, Double> chance : chances.entrySet()) {
            bound += chance.getValue();
            if (roll < bound) {
                return chance.getKey();
            }
        }
        return null;
    }

    /** @return the faults injected so far, oldest first */
    List<InjectedFault> injected() {
        synchronized (injected) {
            return List.copyOf(new ArrayList<>(injected));
        }
    }

    void clear() {
        synchronized (injected) {
            injected.clear();
        }
    }

    /**
     * Answers {@code exchange} with {@code fault} and records it. The caller closes the exchange
     * afterwards; closing it before the headers are sent drops the connection.
     *
     * @param serve processes the request with the simulated service
     * @throws IOException when the client went away
     */
    void inject(Fault fault, HttpExchange exchange, RecordedRequest request, Supplier<Answer> serve) throws IOException {
        if (!fault.processed()) {
            remember(new InjectedFault(fault, request, 0));
            if (fault == Fault.STATUS_500) {
                exchange.getResponseHeaders().add("Connection", "close");
                ExchangeHandler.send(exchange, 500, HTML, ERROR_500, -1);
            }
            return;
        }
        Answer answer = serve.get();
        remember(new InjectedFault(fault, request, answer.status()));
        switch (fault) {
            case STATUS_502:
                exchange.getResponseHeaders().add("Connection", "close");
                ExchangeHandler.send(exchange, 502, HTML, ERROR_502, -1);
                return;
            case TRUNCATE:
                boolean cuttable = answer.body().length >= 2 && answer.status() != 204 && !"HEAD".equals(request.method());
                if (cuttable) {
                    ExchangeHandler.send(exchange, answer.status(), answer.headers(), answer.body(), answer.body().length / 2);
                }
                return;
            case STALL:
                try {
                    Thread.sleep(stall.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ExchangeHandler.send(exchange, answer.status(), answer.headers(), answer.body(), -1);
                return;
            default: // RESET_AFTER: closed before any byte of the answer
        }
    }

    private void remember(InjectedFault fault) {
        synchronized (injected) {
            injected.add(fault);
            while (injected.size() > MAX_KEPT) {
                injected.removeFirst();
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        chances.forEach((fault, chance) -> text.append(text.length() == 0 ? "" : ",").append(fault.specName()).append('=')
                .append(BigDecimal.valueOf(chance * 100).stripTrailingZeros().toPlainString()).append('%'));
        return text.length() == 0 ? "none" : text.toString().toLowerCase(Locale.ROOT);
    }
}
