/**
 * Authenticators for harvest4j: HTTP Basic now, OAuth 2.0 to come. Each returns a signed copy of a
 * request and never reveals a credential.
 */
module io.harvest4j.auth {
    requires transitive io.harvest4j.core;

    exports io.harvest4j.auth;
}
