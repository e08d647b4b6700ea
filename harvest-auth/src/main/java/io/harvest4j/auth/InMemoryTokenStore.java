package io.harvest4j.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The default {@link TokenStore}: the tokens in memory, for the life of the process. */
final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<OAuthTokens> tokens = new AtomicReference<>();

    @Override
    public Optional<OAuthTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(OAuthTokens tokens) {
        this.tokens.set(Objects.requireNonNull(tokens, "tokens"));
    }

    @Override
    public String toString() {
        return "TokenStore.inMemory{" + (tokens.get() == null ? "empty" : "holding tokens") + "}";
    }
}
