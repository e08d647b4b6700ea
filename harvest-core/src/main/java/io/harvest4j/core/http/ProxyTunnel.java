package io.harvest4j.core.http;

import io.harvest4j.core.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP proxy of a {@link SingleShotExchange}: which one the client's {@link java.net.ProxySelector}
 * names, a connection to it, a {@code CONNECT} tunnel to the origin, and the proxy's credentials
 * from the client's {@link java.net.Authenticator}. The credentials go to the proxy alone (on the
 * {@code CONNECT}, or on a plain request that the proxy takes them off) and never into a message.
 */
final class ProxyTunnel {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private ProxyTunnel() {
    }

    /**
     * @return the HTTP proxy to reach {@code uri} through, or null to connect directly
     * @throws TransportException (not sent) when the selector names a proxy that is not HTTP
     */
    static InetSocketAddress proxyFor(HttpClient client, URI uri, String target) {
        if (client.proxy().isEmpty()) {
            return null;
        }
        List<Proxy> proxies;
        try {
            proxies = client.proxy().get().select(uri);
        } catch (RuntimeException e) {
            throw new TransportException("cannot send " + target + ": the proxy selector failed: " + e.getClass().getName(), e, false);
        }
        Proxy proxy = proxies == null || proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return null;
        }
        if (proxy.type() != Proxy.Type.HTTP || !(proxy.address() instanceof InetSocketAddress)) {
            throw new TransportException("cannot send " + target + " through a " + proxy.type() + " proxy: a call that is"
                    + " not idempotent is sent on a connection of its own, which supports HTTP proxies only", null, false);
        }
        return (InetSocketAddress) proxy.address();
    }

    /** @return a connection to the proxy */
    static Socket connect(InetSocketAddress proxy, Duration connectTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            InetSocketAddress address = proxy.isUnresolved() ? new InetSocketAddress(proxy.getHostString(), proxy.getPort()) : proxy;
            socket.connect(address, (int) Math.max(1, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis())));
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Opens a tunnel through the proxy to {@code host:port}; asks the client's authenticator for the
     * proxy's credentials once, if the proxy wants them. Nothing of the request is sent yet.
     *
     * @return the connection, tunnelled: TLS with the origin goes over it
     * @throws TransportException (not sent) when the proxy refuses the tunnel
     */
    static Socket open(HttpClient client, InetSocketAddress proxy, String host, int port, Duration connectTimeout,
            long deadline, String target) throws IOException {
        String authorization = null;
        for (int round = 0;; round++) {
            Socket socket = connect(proxy, connectTimeout);
            boolean open = false;
            try {
                soTimeout(socket, deadline);
                String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
                StringBuilder head = new StringBuilder()
                        .append("CONNECT ").append(authority).append(" HTTP/1.1\r\n")
                        .append("Host: ").append(authority).append("\r\n");
                if (authorization != null) {
                    head.append("Proxy-Authorization: ").append(authorization).append("\r\n");
                }
                head.append("\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                // read byte by byte: what follows the proxy's answer is the origin's TLS
                InputStream in = socket.getInputStream();
                String statusLine = line(in, target);
                Map<String, List<String>> headers = new LinkedHashMap<>();
                int bytes = 0;
                for (String line = line(in, target); !line.isEmpty(); line = line(in, target)) {
                    bytes += line.length();
                    if (bytes > MAX_HEAD_BYTES) {
                        throw new TransportException("the proxy answered the tunnel for " + target + " with too many headers",
                                null, false);
                    }
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                                .add(line.substring(colon + 1).trim());
                    }
                }
                int status = status(statusLine);
                if (status / 100 == 2) {
                    open = true;
                    return socket;
                }
                if (status == 407 && round == 0) {
                    Optional<String> credentials = credentials(client, proxy, URI.create("https://" + authority),
                            Headers.of(headers));
                    if (credentials.isPresent()) {
                        authorization = credentials.get();
                        continue;
                    }
                }
                throw new TransportException("could not connect for " + target + ": the proxy refused the tunnel ("
                        + (status < 0 ? "no HTTP answer" : String.valueOf(status))
                        + (status == 407 ? ", proxy authentication required" : "") + ")", null, false);
            } catch (SocketTimeoutException e) {
                throw new TransportException("could not connect for " + target + ": the proxy's tunnel timed out", e, false);
            } catch (IOException e) {
                throw new TransportException("could not connect for " + target + " through the proxy: " + e.getMessage(),
                        e, false);
            } finally {
                if (!open) {
                    socket.close();
                }
            }
        }
    }

    /**
     * @param challenge the proxy's 407 headers ({@code Proxy-Authenticate})
     * @return {@code Basic …} with what the client's authenticator gives for the proxy, when it
     *     offers Basic and the authenticator has credentials
     */
    static Optional<String> credentials(HttpClient client, InetSocketAddress proxy, URI uri, Headers challenge) {
        if (client.authenticator().isEmpty()) {
            return Optional.empty();
        }
        boolean basic = challenge.asMap().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Proxy-Authenticate"))
                .flatMap(header -> header.getValue().stream())
                .anyMatch(value -> value.trim().toLowerCase(Locale.ROOT).startsWith("basic"));
        if (!basic) {
            return Optional.empty();
        }
        PasswordAuthentication password;
        try {
            password = client.authenticator().get().requestPasswordAuthenticationInstance(proxy.getHostString(),
                    proxy.isUnresolved() ? null : proxy.getAddress(), proxy.getPort(), "http", "proxy", "Basic",
                    uri.toURL(), java.net.Authenticator.RequestorType.PROXY);
        } catch (java.net.MalformedURLException | RuntimeException e) {
            return Optional.empty();
        }
        if (password == null) {
            return Optional.empty();
        }
        String pair = password.getUserName() + ":" + new String(password.getPassword());
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    private static int status(String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String line(InputStream in, String target) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new TransportException("could not connect for " + target + ": the proxy closed the connection",
                        null, false);
            }
            if (b == '\n') {
                break;
            }
            if (line.size() > MAX_HEAD_BYTES) {
                throw new TransportException("the proxy answered the tunnel for " + target + " with a line too long", null, false);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static void soTimeout(Socket socket, long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the request timeout passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }
}
