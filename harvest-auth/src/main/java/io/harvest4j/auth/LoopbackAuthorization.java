package io.harvest4j.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.TransportException;
import io.harvest4j.core.internal.Checks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The authorization of a desktop or command-line application, as RFC 8252 describes: listen once on
 * {@code 127.0.0.1}, on a port the system picks, for the redirect; build the authorize URL for that
 * redirect URI; hand the URL to the caller to show or open ({@link #openBrowser()} opens the
 * desktop's browser where there is one); take the one redirect that carries this authorization's
 * {@code state} (any other request is answered 400 and ignored); exchange the code; stop listening.
 *
 * <pre>{@code
 * OAuthTokens tokens = LoopbackAuthorization.of(flow)
 *         .authorize(uri -> System.out.println("Open " + uri + " to let this tool use Harvest"));
 * }</pre>
 *
 * The application must be registered with a loopback redirect URI ({@code http://127.0.0.1/…}):
 * the service accepts any port for it (RFC 8252 §7.3). Immutable.
 */
public final class LoopbackAuthorization {

    private final OAuthFlow flow;
    private final String path;
    private final Duration timeout;

    private LoopbackAuthorization(OAuthFlow flow, String path, Duration timeout) {
        this.flow = flow;
        this.path = path;
        this.timeout = timeout;
    }

    /**
     * @param flow the application's flows
     * @return a helper listening on the path {@code /callback}, waiting at most five minutes
     */
    public static LoopbackAuthorization of(OAuthFlow flow) {
        return new LoopbackAuthorization(Checks.setting("LoopbackAuthorization.of: flow", flow), "/callback",
                Duration.ofMinutes(5));
    }

    /** @param path the redirect URI's path (default {@code /callback}) @return a copy with it */
    public LoopbackAuthorization path(String path) {
        Checks.setting("LoopbackAuthorization.path", path);
        if (!path.matches("/[A-Za-z0-9._~/-]*")) {
            throw new ConfigurationException("LoopbackAuthorization.path: a path of unreserved characters starting with '/'");
        }
        return new LoopbackAuthorization(flow, path, timeout);
    }

    /** @param timeout how long to wait for the user (default five minutes) @return a copy with it */
    public LoopbackAuthorization timeout(Duration timeout) {
        return new LoopbackAuthorization(flow, path, Checks.positive("LoopbackAuthorization.timeout", timeout));
    }

    /**
     * Runs the authorization: blocks until the redirect came (or the time is up).
     *
     * @param showUser given the authorize URL, shows it to the user or opens it ({@link #openBrowser()})
     * @return the tokens (not yet stored)
     * @throws OAuthException when the user refused ({@link OAuthError#ACCESS_DENIED}) or the code
     *     exchange failed; a {@link TransportException} when no redirect came in time
     */
    public OAuthTokens authorize(Consumer<URI> showUser) {
        Checks.setting("LoopbackAuthorization.authorize: showUser", showUser);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new TransportException("cannot listen on 127.0.0.1 for the OAuth redirect: " + e.getMessage(), e, false);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "harvest4j-oauth-loopback");
            thread.setDaemon(true);
            return thread;
        });
        try {
            URI redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
            AuthorizationRequest request = flow.authorizationCode(redirectUri);
            CompletableFuture<URI> redirect = new CompletableFuture<>();
            server.createContext("/", exchange -> receive(exchange, request, redirect));
            server.setExecutor(executor);
            server.start();
            showUser.accept(request.uri());
            URI redirectedTo;
            try {
                redirectedTo = redirect.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new TransportException("no OAuth redirect came to " + redirectUri + " within " + timeout, null, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted while waiting for the OAuth redirect", e, false);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new TransportException("the OAuth redirect could not be read", e.getCause(), false);
            }
            return flow.finish(request, redirectedTo);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void receive(HttpExchange exchange, AuthorizationRequest request, CompletableFuture<URI> redirect) throws IOException {
        try {
            URI target = exchange.getRequestURI();
            if (!"GET".equals(exchange.getRequestMethod()) || !path.equals(target.getRawPath())) {
                respond(exchange, 404, "Not found.");
                return;
            }
            Map<String, String> parameters;
            try {
                parameters = FormEncoding.decode(target.getRawQuery());
            } catch (OAuthException e) {
                respond(exchange, 400, "This is not the redirect of the authorization in progress.");
                return;
            }
            if (!request.stateMatches(parameters.get("state"))) {
                respond(exchange, 400, "This is not the redirect of the authorization in progress.");
                return;
            }
            boolean refused = parameters.containsKey("error");
            respond(exchange, 200, refused ? "The authorization was not granted. You may close this window."
                    : "The application is authorized. You may close this window.");
            redirect.complete(URI.create(request.redirectUri() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())));
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>harvest4j</title></head><body><p>"
                + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * @return a {@code showUser} that opens the URL in the desktop's browser
     *     ({@link java.awt.Desktop}); it fails with a {@link ConfigurationException} where there is
     *     no desktop (a server, a terminal session): show the URL to the user instead
     */
    public static Consumer<URI> openBrowser() {
        return uri -> {
            try {
                if (!java.awt.Desktop.isDesktopSupported()
                        || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                    throw new ConfigurationException("no desktop browser here: show the authorize URL to the user instead");
                }
                java.awt.Desktop.getDesktop().browse(uri);
            } catch (IOException e) {
                throw new UncheckedIOException("the desktop browser did not open", e);
            } catch (LinkageError | UnsupportedOperationException e) {
                throw new ConfigurationException("no desktop browser here (java.desktop): show the authorize URL instead");
            }
        };
    }

    /** @return the path and the timeout */
    @Override
    public String toString() {
        return "LoopbackAuthorization{127.0.0.1:<ephemeral>" + path + ", timeout=" + timeout + "}";
    }
}
