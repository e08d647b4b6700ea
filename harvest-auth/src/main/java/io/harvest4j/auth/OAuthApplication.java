package io.harvest4j.auth;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.internal.Checks;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An application registered with Harvest for OAuth 2.0: its {@code client_id}, its
 * {@code client_secret}, and the address of the service's OAuth endpoints ({@code /oauth2/authorize},
 * {@code /oauth2/token}) — by default {@code https://api.harvestapp.com}, where the user picks the
 * account; an account's own address limits the token to that account.
 *
 * <p>{@link #toString()} never shows the secret, and no message of this library holds it.
 */
public final class OAuthApplication {

    /** The service's OAuth host, where the user chooses which account to grant. */
    public static final URI DEFAULT_SERVICE = URI.create("https://api.harvestapp.com");

    private final String clientId;
    private final String clientSecret;
    private final URI service;

    private OAuthApplication(String clientId, String clientSecret, URI service) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.service = service;
    }

    /**
     * @param clientId the application's {@code client_id}
     * @param clientSecret its {@code client_secret}
     * @return the application, on {@link #DEFAULT_SERVICE}
     * @throws ConfigurationException when either is null or blank
     */
    public static OAuthApplication of(String clientId, String clientSecret) {
        return of(clientId, clientSecret, DEFAULT_SERVICE);
    }

    /**
     * @param clientId the application's {@code client_id}
     * @param clientSecret its {@code client_secret}
     * @param service where the OAuth endpoints are: HTTPS, or plain HTTP to a loopback host
     *     (a simulator); no path, query or user info
     * @return the application
     * @throws ConfigurationException when an argument is null, blank or not such an address
     */
    public static OAuthApplication of(String clientId, String clientSecret, URI service) {
        Checks.setting("OAuthApplication.of: clientId", clientId);
        Checks.setting("OAuthApplication.of: clientSecret", clientSecret);
        Checks.setting("OAuthApplication.of: service", service);
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new ConfigurationException("OAuthApplication.of: the client id and the client secret must not be blank");
        }
        return new OAuthApplication(clientId, clientSecret, checkService(service));
    }

    /** @return the {@code client_id} (not a secret: it is in every authorize URL) */
    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** @return the address of the OAuth endpoints, without a trailing slash */
    public URI service() {
        return service;
    }

    URI endpoint(String path) {
        return URI.create(service + path);
    }

    /** @return the client id and the service; never the secret */
    @Override
    public String toString() {
        return "OAuthApplication{clientId=" + clientId + ", service=" + service + ", clientSecret=<redacted>}";
    }

    private static URI checkService(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigurationException("OAuthApplication.of: the service must be an absolute http(s) URI with a host: "
                    + Request.redactedUri(uri));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new ConfigurationException("OAuthApplication.of: the service is a scheme, a host and a port only: "
                    + Request.redactedUri(uri));
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new ConfigurationException("OAuthApplication.of: refusing plain HTTP to " + uri.getHost()
                    + ": the client secret and the tokens travel over HTTPS only (plain HTTP is allowed to loopback hosts)");
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false; // a name: never resolved here
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
