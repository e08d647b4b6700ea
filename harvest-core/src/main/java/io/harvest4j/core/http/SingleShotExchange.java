package io.harvest4j.core.http;

import io.harvest4j.core.TransportException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 exchange on a connection of its own, sent exactly once: the path of a GET that is
 * not idempotent ({@code GET /daily/timer/{id}} toggles a timer).
 *
 * <p>The JDK's {@link HttpClient} sends a GET again by itself when the connection dies after the
 * request went out and before the first byte of the answer ({@code MultiExchange} retries GET and
 * HEAD on such a failure, below any retry policy, and no setting turns that off): a toggle would be
 * applied twice, and on a reused connection the caller would see the second answer, the timer
 * stopped when it asked to start it. Here the request is written once on a fresh connection,
 * closed after the answer ({@code Connection: close}); whatever fails after it was written is
 * reported as a failure after sending, never repeated.
 *
 * <p>The connection uses the HTTP client's SSL context and parameters (host names verified), and
 * the HTTP proxy its {@link ProxySelector} names for the URI, if any: a plain {@code http://}
 * request goes to the proxy with its absolute URI; an {@code https://} one goes through a
 * {@code CONNECT} tunnel, then TLS with the origin (its host name verified, as without a proxy).
 * A proxy that answers 407 is given the credentials the client's {@link java.net.Authenticator}
 * has for it (Basic; asked once per exchange): on the {@code CONNECT}, which carries them so
 * they never reach the origin through the tunnel, or on the plain request, which the proxy did
 * not forward (it answered 407 with a {@code Proxy-Authenticate} challenge instead). A SOCKS
 * proxy is not supported here and refuses the call before anything is sent.
 */
final class SingleShotExchange {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final HttpClient client;
    private final long maxResponseBytes;

    SingleShotExchange(HttpClient client, long maxResponseBytes) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * @param request a GET with no body
     * @param timeout the whole exchange's limit
     * @return the answer
     * @throws TransportException on any failure, {@linkplain TransportException#mayHaveBeenSent()
     *     sent} unless no byte of the request was written
     */
    Response send(Request request, Duration timeout) {
        URI uri = request.uri();
        String target = request.method() + " " + Request.redactedUri(uri);
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        InetSocketAddress proxy = ProxyTunnel.proxyFor(client, uri, target);
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration connectTimeout = client.connectTimeout().orElse(timeout);
        // plain HTTP through a proxy: the proxy's credentials go on the request (the proxy takes them off)
        String proxyAuthorization = null;
        for (int round = 0;; round++) {
            Response response = exchange(request, uri, target, port, secure, proxy, proxyAuthorization, connectTimeout, deadline);
            if (response.status() != 407 || proxy == null || secure || round > 0
                    || response.headers().first("Proxy-Authenticate").isEmpty()) {
                return response;
            }
            // the proxy answered instead of forwarding: the origin never saw the request
            proxyAuthorization = ProxyTunnel.credentials(client, proxy, uri, response.headers()).orElse(null);
            if (proxyAuthorization == null) {
                return response;
            }
        }
    }

    private Response exchange(Request request, URI uri, String target, int port, boolean secure, InetSocketAddress proxy,
            String proxyAuthorization, Duration connectTimeout, long deadline) {
        Socket socket;
        try {
            socket = proxy == null ? connect(uri.getHost(), port, secure, connectTimeout)
                    : secure ? tls(ProxyTunnel.open(client, proxy, uri.getHost(), port, connectTimeout, deadline, target),
                            uri.getHost(), port, connectTimeout)
                    : ProxyTunnel.connect(proxy, connectTimeout);
        } catch (SocketTimeoutException e) {
            throw new TransportException("could not connect for " + target + ": timed out", e, false);
        } catch (IOException e) {
            throw new TransportException("could not connect for " + target + ": " + e.getMessage(), e, false);
        }
        try (socket) {
            soTimeout(socket, deadline);
            OutputStream out = socket.getOutputStream();
            out.write(head(request, uri, port, secure, proxy != null && !secure, proxyAuthorization));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            soTimeout(socket, deadline);
            String statusLine = line(in, target);
            int status = status(statusLine, target);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int headerBytes = 0;
            for (String line = line(in, target); !line.isEmpty(); line = line(in, target)) {
                headerBytes += line.length();
                if (headerBytes > MAX_HEADER_BYTES) {
                    throw new TransportException(target + " was answered with more than " + MAX_HEADER_BYTES
                            + " bytes of headers", null, true);
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new TransportException(target + " was answered with a malformed header line", null, true);
                }
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            byte[] body = body(in, status, Headers.of(headers), target, socket, deadline);
            try {
                return Response.owning(request, status, Headers.of(headers), body);
            } catch (IllegalArgumentException e) {
                throw new TransportException(target + " was answered with a malformed header: " + e.getMessage(), e, true);
            }
        } catch (SocketTimeoutException e) {
            throw new TransportException("no answer to " + target + " in time", e, true);
        } catch (IOException e) {
            throw new TransportException(target + " failed: " + e, e, true);
        }
    }

    private Socket connect(String host, int port, boolean secure, Duration connectTimeout) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                    connectTimeout.toMillis())));
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
        return secure ? tls(plain, host, port, connectTimeout) : plain;
    }

    /** TLS with {@code host} over a connection made (directly or through a proxy's tunnel), its name verified. */
    private Socket tls(Socket plain, String host, int port, Duration connectTimeout) throws IOException {
        try {
            SSLSocket tls = (SSLSocket) client.sslContext().getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = client.sslParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            tls.setSSLParameters(parameters);
            tls.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis())));
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static byte[] head(Request request, URI uri, int port, boolean secure, boolean absoluteForm,
            String proxyAuthorization) {
        StringBuilder head = new StringBuilder();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean defaultPort = port == (secure ? 443 : 80);
        head.append(request.method().name()).append(' ');
        if (absoluteForm) {
            // RFC 9112 section 3.2.2: a request to a proxy names the whole target
            head.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://").append(uri.getRawAuthority()
                    .substring(uri.getRawAuthority().lastIndexOf('@') + 1));
        }
        head.append(path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        head.append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n");
        head.append("Connection: close\r\n");
        if (proxyAuthorization != null) {
            head.append("Proxy-Authorization: ").append(proxyAuthorization).append("\r\n");
        }
        request.headers().asMap().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("connection") || lower.equals("content-length")
                    || lower.equals("transfer-encoding") || lower.equals("expect") || lower.equals("upgrade")
                    || lower.equals("proxy-authorization") || lower.equals("proxy-connection")) {
                return; // the proxy's credentials are the transport's to send, to the proxy alone
            }
            for (String value : values) {
                if (!value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c <= 0xff && c != 0x7f)) {
                    throw new TransportException("cannot send " + request.method() + " " + Request.redactedUri(uri)
                            + ": the header " + name + " has a character that cannot be sent", null, false);
                }
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] body(InputStream in, int status, Headers headers, String target, Socket socket, long deadline)
            throws IOException {
        if (status / 100 == 1 || status == 204 || status == 304) {
            return new byte[0];
        }
        Cap out = new Cap(maxResponseBytes);
        if (headers.first("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
            while (true) {
                soTimeout(socket, deadline);
                String size = line(in, target);
                int semicolon = size.indexOf(';');
                long length;
                try {
                    length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new TransportException(target + " was answered with a malformed chunk", e, true);
                }
                if (length == 0) {
                    while (!line(in, target).isEmpty()) {
                        // trailers: ignored
                    }
                    return out.toByteArray();
                }
                copy(in, out, length, target);
                line(in, target);
            }
        }
        Optional<String> declared = headers.first("Content-Length");
        if (declared.isPresent()) {
            long length;
            try {
                length = Long.parseLong(declared.get().trim());
            } catch (NumberFormatException e) {
                throw new TransportException(target + " was answered with a malformed Content-Length", e, true);
            }
            copy(in, out, length, target);
            return out.toByteArray();
        }
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void copy(InputStream in, Cap out, long length, String target) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new TransportException(target + " was answered with a body cut short", null, true);
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String line(InputStream in, String target) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new TransportException(target + ": the connection closed before the answer ended", null, true);
            }
            if (b == '\n') {
                break;
            }
            if (line.size() > MAX_HEADER_BYTES) {
                throw new TransportException(target + " was answered with a line longer than " + MAX_HEADER_BYTES
                        + " bytes", null, true);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static int status(String statusLine, String target) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new TransportException(target + " was answered with no HTTP/1.x status line", null, true);
        }
        try {
            int status = Integer.parseInt(parts[1]);
            if (status < 100 || status > 599) {
                throw new TransportException(target + " was answered with " + status + ", which is not an HTTP status",
                        null, true);
            }
            return status;
        } catch (NumberFormatException e) {
            throw new TransportException(target + " was answered with a malformed status line", e, true);
        }
    }

    private static void soTimeout(Socket socket, long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the request timeout passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    /** A body buffer that refuses to grow past the cap. */
    private static final class Cap extends ByteArrayOutputStream {
        private final long cap;

        Cap(long cap) {
            this.cap = cap;
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            if (count + (long) length > cap) {
                throw new TransportException("the answer's body is larger than the limit of " + cap
                        + " bytes (maxResponseBytes)", null, true);
            }
            super.write(bytes, offset, length);
        }
    }
}
