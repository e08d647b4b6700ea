package io.harvest4j.tests.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.harvest4j.tests.simulator.internal.Answer;
import io.harvest4j.tests.simulator.internal.IncomingRequest;
import io.harvest4j.tests.simulator.internal.SimulatedApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side of the simulator: reads one exchange, records it, answers it with the next canned
 * response or with the simulated service, and always closes it ({@code HttpExchange} is not
 * {@code AutoCloseable} before Java 15). An unexpected failure answers 500 with its stack trace.
 * When a {@link RequestLog} is given, each answer is logged just before it is sent.
 *
 * <p>A body over {@link #MAX_BODY_BYTES} is never held in memory: it is read and discarded, and
 * the request answered 413 (as the service's front proxy did) and recorded without its body.
 *
 * <p>With {@linkplain HarvestSimulator.Builder#faults fault injection}, a request that draws a
 * fault is answered by the {@link FaultInjector}; canned responses come first and draw none.
 */
final class ExchangeHandler implements HttpHandler {

    /** The largest request body served: 10 MiB (the time tracking API's bodies are a few hundred bytes). */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final byte[] MAINTENANCE = "<html><body><h1>Harvest is down for maintenance</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private final HarvestSimulator simulator;
    private final SimulatedApi api;
    private final RequestLog log;

    /**
     * @param simulator where to record requests and find canned responses
     * @param api the simulated service
     * @param log where to log each request, or null
     */
    ExchangeHandler(HarvestSimulator simulator, SimulatedApi api, RequestLog log) {
        this.simulator = simulator;
        this.api = api;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        boolean answered = false;
        URI uri = exchange.getRequestURI();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        try {
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            byte[] body = readBody(exchange);
            if (body == null) {
                simulator.record(method, uri.getPath(), uri.getRawPath(), uri.getRawQuery(), headers, new byte[0]);
                Answer tooLarge = api.tooLarge(exchange.getRequestHeaders().getFirst("Accept"), MAX_BODY_BYTES);
                answered = true;
                exchange.getResponseHeaders().add("Connection", "close");
                log(method, uri, tooLarge.status(), null, started);
                send(exchange, tooLarge.status(), tooLarge.headers(), tooLarge.body(), -1);
                return;
            }
            RecordedRequest recorded = simulator.record(method, uri.getPath(), uri.getRawPath(), uri.getRawQuery(), headers, body);
            CannedResponse canned = simulator.nextCannedResponse();
            boolean down = canned == null && simulator.inMaintenance();
            Fault fault = canned == null && !down ? simulator.nextFault() : null;
            if (down) {
                answered = true;
                log(method, uri, 503, null, started);
                send(exchange, 503, Map.of("Content-Type", List.of("text/html; charset=utf-8")), MAINTENANCE, -1);
            } else if (fault != null) {
                answered = true;
                simulator.faultInjector().inject(fault, exchange, recorded,
                        () -> api.handle(new IncomingRequest(method, uri.getPath(), uri.getRawQuery(), headers, body)));
            } else if (canned != null) {
                answered = true;
                sendCanned(exchange, canned, () -> log(method, uri, canned.statusCode(), null, started));
            } else {
                Answer answer = api.handle(new IncomingRequest(method, uri.getPath(), uri.getRawQuery(), headers, body));
                answered = true;
                log(method, uri, answer.status(), answer.actingUser().orElse(null), started);
                if (answer.isStreamed()) {
                    sendStreamed(exchange, answer);
                } else {
                    send(exchange, answer.status(), answer.headers(), answer.body(), -1);
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        } catch (RuntimeException | Error e) {
            if (!answered) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                byte[] text = ("Simulator failure: " + trace).getBytes(StandardCharsets.UTF_8);
                log(method, uri, 500, null, started);
                try {
                    send(exchange, 500, Map.of("Content-Type", List.of("text/plain; charset=utf-8")), text, -1);
                } catch (IOException ignored) {
                    // the client went away
                }
            }
            if (e instanceof Error) {
                throw (Error) e;
            }
        } finally {
            exchange.close();
        }
    }

    private void log(String method, URI uri, int status, String user, long started) {
        if (log != null) {
            log.served(method, uri, status, user, started);
        }
    }

    private static void sendCanned(HttpExchange exchange, CannedResponse canned, Runnable beforeSending) throws IOException {
        if (!canned.delay().isZero()) {
            try {
                Thread.sleep(canned.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        beforeSending.run();
        send(exchange, canned.statusCode(), canned.headers(), canned.body(), canned.disconnectAfter());
    }

    static void send(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body,
            int disconnectAfter) throws IOException {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                exchange.getResponseHeaders().add(header.getKey(), value);
            }
        }
        boolean noBody = body.length == 0 || status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (noBody) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (disconnectAfter >= 0) {
            out.write(body, 0, disconnectAfter);
            out.flush();
            // closing with bytes missing makes the JDK server drop the connection
            return;
        }
        out.write(body);
        out.close();
    }

    /**
     * Sends an answer whose body is written as it is made (a report), chunked: nothing of it is
     * held but the output buffer. A client that closes early ends the writing with an IOException.
     */
    static void sendStreamed(HttpExchange exchange, Answer answer) throws IOException {
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
            for (String value : header.getValue()) {
                exchange.getResponseHeaders().add(header.getKey(), value);
            }
        }
        exchange.sendResponseHeaders(answer.status(), 0);
        try (OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody(), 32 * 1024)) {
            answer.writeBody(out);
        }
    }

    /**
     * @return the body, or null when it is over {@link #MAX_BODY_BYTES} (then read to its end and
     *     discarded, so that the client, still sending, reads the answer rather than a reset)
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            if (declaredLength(exchange) > MAX_BODY_BYTES) {
                body.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                body.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return bytes;
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
