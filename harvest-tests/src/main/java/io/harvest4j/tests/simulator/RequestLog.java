package io.harvest4j.tests.simulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One line a request, for {@code --verbose} and {@link HarvestSimulator.Builder#logRequests}:
 * {@code GET /daily?of_user=100003 200 admin@example.com 3ms} — method, path and query as sent,
 * status, the user served (or {@code -} when none was authenticated), milliseconds taken to
 * produce the answer. No credential is ever written: the {@code Authorization} header is not
 * logged, and the value of every query parameter whose name ends in {@code token},
 * {@code secret} or {@code password} (bracketed names included, {@code user[password]}) is
 * replaced by {@code ***}. The path and query are written percent-encoded as sent, so a request
 * cannot forge a line. Thread-safe if the sink is.
 */
final class RequestLog {

    private static final String REDACTED = "***";
    private static final String[] SECRET_SUFFIXES = {"token", "secret", "password"};

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /**
     * @param method the request's method
     * @param uri the request's URI (path and query)
     * @param status the answer's status
     * @param user the e-mail address of the user served, or null
     * @param startedNanos {@link System#nanoTime()} when the request arrived
     */
    void served(String method, URI uri, int status, String user, long startedNanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        sink.accept(line(method, uri.getRawPath(), uri.getRawQuery(), status, user, millis));
    }

    static String line(String method, String rawPath, String rawQuery, int status, String user, long millis) {
        String query = rawQuery == null ? "" : "?" + redacted(rawQuery);
        return method + " " + rawPath + query + " " + status + " " + (user == null ? "-" : user) + " " + millis + "ms";
    }

    /** @return the raw query with the values of secret parameters replaced */
    static String redacted(String rawQuery) {
        StringJoiner joined = new StringJoiner("&");
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            joined.add(equals >= 0 && isSecret(name) ? name + "=" + REDACTED : pair);
        }
        return joined.toString();
    }

    private static boolean isSecret(String rawName) {
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true; // a name that does not decode may hide anything
        }
        name = name.toLowerCase(Locale.ROOT).replace("]", "").trim();
        for (String suffix : SECRET_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
