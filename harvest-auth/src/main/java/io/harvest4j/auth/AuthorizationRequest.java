package io.harvest4j.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * One authorization in progress: the URL to send the user to, and what the redirect must bring
 * back — the same {@code state} (an unguessable value from {@link java.security.SecureRandom}) to
 * the same redirect URI. Hand it back to {@link OAuthFlow#finish(AuthorizationRequest, URI)} with
 * the address the browser was redirected to. Immutable; {@link #toString()} shows no state.
 */
public final class AuthorizationRequest {

    /** Which flow: the code flow (server-side and native apps) or the implicit flow (browser apps). */
    public enum ResponseType {
        /** {@code response_type=code}: the redirect's query carries a code to exchange for tokens. */
        CODE("code"),
        /** {@code response_type=token}: the redirect's fragment carries the access token itself. */
        TOKEN("token");

        private final String wire;

        ResponseType(String wire) {
            this.wire = wire;
        }

        /** @return the {@code response_type} value */
        public String wire() {
            return wire;
        }
    }

    private final URI uri;
    private final URI redirectUri;
    private final ResponseType responseType;
    private final String state;

    AuthorizationRequest(URI uri, URI redirectUri, ResponseType responseType, String state) {
        this.uri = uri;
        this.redirectUri = redirectUri;
        this.responseType = responseType;
        this.state = state;
    }

    /** @return the authorize URL to open in the user's browser (it holds the state, no secret) */
    public URI uri() {
        return uri;
    }

    /** @return where the service sends the browser back */
    public URI redirectUri() {
        return redirectUri;
    }

    /** @return the flow */
    public ResponseType responseType() {
        return responseType;
    }

    /**
     * @param candidate a {@code state} a redirect carried (may be null)
     * @return whether it is this request's state, compared in constant time
     */
    public boolean stateMatches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the flow and the redirect URI; not the state */
    @Override
    public String toString() {
        return "AuthorizationRequest{" + responseType.wire() + ", redirectUri=" + redirectUri + ", state=<redacted>}";
    }
}
