package io.harvest4j.auth;

import java.util.Optional;

/**
 * Where an {@link OAuthAuthenticator} keeps its tokens, so an application persists them its own way
 * (a keychain, an encrypted file, a database row). Implementations are thread-safe. The authenticator
 * saves refreshed tokens before it signs a request with them, so a crash never loses a refresh token
 * the service has already replaced.
 *
 * <p>{@link #inMemory()} keeps them for the life of the process.
 */
public interface TokenStore {

    /** @return the tokens kept, if any */
    Optional<OAuthTokens> load();

    /**
     * @param tokens the tokens to keep, replacing those kept; a failure here fails the call that
     *     needed the refresh (the new tokens are not used unsaved)
     */
    void save(OAuthTokens tokens);

    /** @return a new store that keeps the tokens in memory only */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /** @param tokens the first tokens @return a new in-memory store holding them */
    static TokenStore inMemory(OAuthTokens tokens) {
        TokenStore store = new InMemoryTokenStore();
        store.save(java.util.Objects.requireNonNull(tokens, "tokens"));
        return store;
    }
}
