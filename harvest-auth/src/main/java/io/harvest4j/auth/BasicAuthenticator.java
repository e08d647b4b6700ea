package io.harvest4j.auth;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.core.spi.Authenticator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP Basic authentication: {@code Authorization: Basic base64(email:password)} on every request,
 * as the service's documentation describes. HTTPS only — the client refuses plain HTTP to any host
 * but loopback unless told otherwise.
 *
 * <p>The header is computed once; the password is not kept as a {@code String}. Neither
 * {@link #toString()} nor any message shows the email or the password.
 */
public final class BasicAuthenticator implements Authenticator {

    private final String headerValue;

    private BasicAuthenticator(String headerValue) {
        this.headerValue = headerValue;
    }

    /**
     * @param email the user's email address (the login)
     * @param password the user's password
     * @return an authenticator for that user
     * @throws ConfigurationException when either is {@code null}, or the email is blank or holds a
     *     colon (Basic cannot carry it) or a control character
     */
    public static BasicAuthenticator of(String email, String password) {
        return of(email, Checks.setting("BasicAuthenticator.of: password", password).toCharArray());
    }

    /**
     * @param email the user's email address (the login)
     * @param password the user's password; the array is copied and may be cleared afterwards
     * @return an authenticator for that user
     * @throws ConfigurationException when either is {@code null}, or the email is blank or holds a
     *     colon (Basic cannot carry it) or a control character
     */
    public static BasicAuthenticator of(String email, char[] password) {
        Checks.setting("BasicAuthenticator.of: email", email);
        Checks.setting("BasicAuthenticator.of: password", password);
        if (email.isBlank()) {
            throw new ConfigurationException("BasicAuthenticator.of: the email is blank");
        }
        if (email.indexOf(':') >= 0) {
            throw new ConfigurationException("BasicAuthenticator.of: an email cannot contain ':' (Basic cannot carry it)");
        }
        if (email.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
            throw new ConfigurationException("BasicAuthenticator.of: the email contains a control character");
        }
        char[] credentials = new char[email.length() + 1 + password.length];
        email.getChars(0, email.length(), credentials, 0);
        credentials[email.length()] = ':';
        System.arraycopy(password, 0, credentials, email.length() + 1, password.length);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(credentials));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return new BasicAuthenticator("Basic " + Base64.getEncoder().encodeToString(raw));
        } finally {
            Arrays.fill(credentials, '\0');
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    @Override
    public CompletableFuture<Request> authenticate(Request request) {
        Checks.required("BasicAuthenticator.authenticate: request", request);
        return CompletableFuture.completedFuture(request.toBuilder().header("Authorization", headerValue).build());
    }

    /** @return the type only: never the credentials */
    @Override
    public String toString() {
        return "BasicAuthenticator{credentials=<redacted>}";
    }
}
