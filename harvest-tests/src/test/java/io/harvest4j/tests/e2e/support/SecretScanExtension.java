package io.harvest4j.tests.e2e.support;

import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.internal.OAuthGrants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * No secret anywhere: while the end-to-end suite runs, everything logged through
 * {@code System.Logger} (the JDK's platform logging, on {@code java.util.logging}) is captured at
 * the finest level, together with every exception a test ends with and whatever a test hands to
 * {@link #observe(Object)} (messages and {@code toString}s it produced); a test fails when any of
 * it holds a password, a Basic header value, the OAuth client secret, or a token or code the test
 * {@linkplain #secret registered}.
 *
 * <p>Registered for every test of this module by JUnit's extension auto-detection
 * ({@code META-INF/services}, {@code junit-platform.properties}); it judges the tests of
 * {@code io.harvest4j.tests.e2e} and lets the others be. The simulator's own HTTP server logs what
 * it receives (it is the service's side of the wire, not the library's output): its logger,
 * {@code com.sun.net.httpserver}, is not judged.
 */
public final class SecretScanExtension implements AfterEachCallback, TestExecutionExceptionHandler {

    private static final String JUDGED = "io.harvest4j.tests.e2e";
    private static final Set<String> NOT_JUDGED_LOGGERS = Set.of("com.sun.net.httpserver");
    private static final int MAX_CAPTURED = 20_000;
    private static final Map<String, String> STATIC_SECRETS = staticSecrets();
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private static final List<String> CAPTURED = new ArrayList<>();
    private static final Handler HANDLER = install();

    /** @param secret a token, code or other credential a test obtained: it must appear nowhere */
    public static void secret(String secret) {
        if (secret != null && secret.length() >= 8) {
            REGISTERED.add(secret);
        }
    }

    /** @param produced something a test produced (an exception, a token holder): its message and toString are scanned */
    public static void observe(Object produced) {
        if (produced instanceof Throwable) {
            for (Throwable t = (Throwable) produced; t != null; t = t.getCause()) {
                capture(t.toString());
            }
        } else if (produced != null) {
            capture(produced.toString());
        }
    }

    private static Map<String, String> staticSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        String[][] users = {
            {Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD}, {Seed.PM_EMAIL, Seed.PM_PASSWORD}, {Seed.USER_EMAIL, Seed.USER_PASSWORD}};
        for (String[] user : users) {
            secrets.put(user[1], "the password of " + user[0]);
            secrets.put(Base64.getEncoder().encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8)),
                    "the Basic header value of " + user[0]);
        }
        secrets.put(OAuthGrants.CLIENT_SECRET, "the OAuth client secret");
        return secrets;
    }

    private static Handler install() {
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                String name = record.getLoggerName() == null ? "" : record.getLoggerName();
                if (NOT_JUDGED_LOGGERS.stream().anyMatch(name::startsWith)) {
                    return;
                }
                StringBuilder text = new StringBuilder(name).append(": ").append(formatter.formatMessage(record));
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(" | ").append(t);
                }
                capture(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(Level.ALL);
        // the console shows what it showed before; only the capture sees everything
        for (Handler existing : root.getHandlers()) {
            if (existing.getLevel() == Level.ALL) {
                existing.setLevel(Level.INFO);
            }
        }
        root.addHandler(handler);
        return handler;
    }

    private static void capture(String text) {
        synchronized (CAPTURED) {
            if (CAPTURED.size() < MAX_CAPTURED) {
                CAPTURED.add(text);
            }
        }
    }

    private static List<String> drain() {
        synchronized (CAPTURED) {
            List<String> all = new ArrayList<>(CAPTURED);
            CAPTURED.clear();
            return all;
        }
    }

    private static boolean judged(ExtensionContext context) {
        return context.getRequiredTestClass().getName().startsWith(JUDGED);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (judged(context)) {
            observe(throwable);
        }
        throw throwable;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> captured = drain();
        if (!judged(context) || HANDLER == null) {
            return;
        }
        for (String text : captured) {
            for (Map.Entry<String, String> secret : STATIC_SECRETS.entrySet()) {
                if (text.contains(secret.getKey())) {
                    throw new AssertionError(secret.getValue() + " appeared in what the test logged or produced: "
                            + text.replace(secret.getKey(), "<" + secret.getValue() + ">"));
                }
            }
            for (String secret : REGISTERED) {
                if (text.contains(secret)) {
                    throw new AssertionError("a registered token or code appeared in what the test logged or produced: "
                            + text.replace(secret, "<registered secret>"));
                }
            }
        }
    }
}
