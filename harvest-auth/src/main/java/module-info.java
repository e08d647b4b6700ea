/**
 * Authenticators for harvest4j: HTTP Basic, and OAuth 2.0 — the authorize URL with its
 * {@code state}, the redirect read back, the code and refresh grants over the client's own
 * transport, a Bearer authenticator that refreshes single-flight, a {@code TokenStore} SPI, and the
 * RFC 8252 loopback flow for desktop and command-line applications. None reveals a credential.
 */
module io.harvest4j.auth {
    requires transitive io.harvest4j.core;
    // the token endpoint's answer is read with JSON-P (Parsson, found as its provider at run time)
    requires jakarta.json;
    // the RFC 8252 loopback redirect listener
    requires jdk.httpserver;
    // LoopbackAuthorization.openBrowser() only, where a desktop exists
    requires static java.desktop;

    exports io.harvest4j.auth;
}
