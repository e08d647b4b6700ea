package io.harvest4j.auth;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.RequestBody;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.internal.Checks;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The OAuth 2.0 flows of the Harvest service for one {@link OAuthApplication}: the authorize URL
 * (code flow and implicit flow) with a {@code state} it generates and later checks, the redirect
 * read back (query or fragment), and the two grants of {@code POST /oauth2/token} —
 * {@code authorization_code} and {@code refresh_token} — form-encoded, sent through the client's
 * own {@link Transport} (so its TLS, proxy and timeout settings, and a test's recording transport,
 * apply), answered as {@link OAuthTokens} or an {@link OAuthException}.
 *
 * <pre>{@code
 * Transport transport = JdkHttpTransport.create(config);
 * OAuthFlow flow = OAuthFlow.of(OAuthApplication.of(clientId, clientSecret), transport);
 * AuthorizationRequest pending = flow.authorizationCode(URI.create("https://app.example.com/cb"));
 * ... send the user to pending.uri(); the service redirects to https://app.example.com/cb?code=…&state=… ...
 * OAuthTokens tokens = flow.finish(pending, redirectedTo);
 * }</pre>
 *
 * Thread-safe and immutable.
 */
public final class OAuthFlow {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int STATE_BYTES = 32;
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The longest {@code expires_in} read as a number: more digits are refused, not parsed. */
    private static final int MAX_EXPIRES_DIGITS = 12;

    private final OAuthApplication application;
    private final Transport transport;
    private final Clock clock;

    private OAuthFlow(OAuthApplication application, Transport transport, Clock clock) {
        this.application = application;
        this.transport = transport;
        this.clock = clock;
    }

    /**
     * @param application the registered application
     * @param transport the transport the client uses (the same instance: its settings apply)
     * @return the flows, on the system clock
     */
    public static OAuthFlow of(OAuthApplication application, Transport transport) {
        return of(application, transport, Clock.systemUTC());
    }

    /**
     * @param application the registered application
     * @param transport the transport the client uses
     * @param clock turns {@code expires_in} into an instant (tests use a fixed one)
     * @return the flows
     */
    public static OAuthFlow of(OAuthApplication application, Transport transport, Clock clock) {
        return new OAuthFlow(Checks.setting("OAuthFlow.of: application", application),
                Checks.setting("OAuthFlow.of: transport", transport), Checks.setting("OAuthFlow.of: clock", clock));
    }

    /** @return the application */
    public OAuthApplication application() {
        return application;
    }

    /** @return the clock expiries are computed on */
    Clock clock() {
        return clock;
    }

    /**
     * Starts the authorization-code flow.
     *
     * @param redirectUri where the service sends the browser back, as registered for the application
     * @return the authorize URL and the state to check
     */
    public AuthorizationRequest authorizationCode(URI redirectUri) {
        return authorize(redirectUri, AuthorizationRequest.ResponseType.CODE);
    }

    /**
     * Starts the implicit flow (for applications that run in the browser: no secret, no refresh token).
     *
     * @param redirectUri where the service sends the browser back, the token in the fragment
     * @return the authorize URL and the state to check
     */
    public AuthorizationRequest implicit(URI redirectUri) {
        return authorize(redirectUri, AuthorizationRequest.ResponseType.TOKEN);
    }

    private AuthorizationRequest authorize(URI redirectUri, AuthorizationRequest.ResponseType type) {
        Checks.required("OAuthFlow.authorize: redirectUri", redirectUri);
        if (!redirectUri.isAbsolute() || redirectUri.getRawFragment() != null) {
            throw new io.harvest4j.core.InvalidRequestException(
                    "OAuthFlow.authorize: the redirect URI must be absolute and without a fragment (RFC 6749 §3.1.2)");
        }
        byte[] bytes = new byte[STATE_BYTES];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", application.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("state", state);
        query.put("response_type", type.wire());
        URI uri = URI.create(application.endpoint("/oauth2/authorize") + "?" + FormEncoding.encode(query));
        return new AuthorizationRequest(uri, redirectUri, type, state);
    }

    /**
     * Reads the redirect that ends an authorization: checks that it comes to the redirect URI with
     * the request's {@code state}, turns an {@code error} into an exception, and gives the tokens —
     * exchanging the code (code flow) or reading the fragment (implicit flow).
     *
     * @param request the authorization started with {@link #authorizationCode} or {@link #implicit}
     * @param redirectedTo the whole address the browser was sent to
     * @return the tokens (not yet stored: hand them to a {@link TokenStore})
     * @throws OAuthException {@link OAuthError#STATE_MISMATCH} when the state is missing or another,
     *     the service's error ({@link OAuthError#ACCESS_DENIED}…), or the token endpoint's
     *     ({@link OAuthError#INVALID_GRANT}…)
     */
    public OAuthTokens finish(AuthorizationRequest request, URI redirectedTo) {
        return Transport.join(finishAsync(request, redirectedTo));
    }

    /**
     * {@link #finish} without blocking.
     *
     * @param request the authorization
     * @param redirectedTo the address the browser was sent to
     * @return a future of the tokens; it fails with an {@link OAuthException} or another {@link HarvestException}
     */
    public CompletableFuture<OAuthTokens> finishAsync(AuthorizationRequest request, URI redirectedTo) {
        try {
            Checks.required("OAuthFlow.finish: request", request);
            Checks.required("OAuthFlow.finish: redirectedTo", redirectedTo);
            boolean code = request.responseType() == AuthorizationRequest.ResponseType.CODE;
            Map<String, String> parameters = redirectParameters(request, redirectedTo);
            if (!request.stateMatches(parameters.get("state"))) {
                throw new OAuthException(OAuthError.STATE_MISMATCH, parameters.containsKey("state")
                        ? "the redirect's state is not the one sent: refusing a forged redirect"
                        : "the redirect carries no state: refusing it");
            }
            String error = parameters.get("error");
            if (error != null) {
                throw new OAuthException(OAuthError.ofCode(error), error, parameters.get("error_description"), null);
            }
            if (code) {
                String authorizationCode = parameters.get("code");
                if (authorizationCode == null || authorizationCode.isEmpty()) {
                    throw new OAuthException(OAuthError.INVALID_RESPONSE, "the redirect carries neither a code nor an error");
                }
                return exchangeCodeAsync(authorizationCode, request.redirectUri());
            }
            return CompletableFuture.completedFuture(tokens(parameters, clock.instant(), "the redirect's fragment"));
        } catch (HarvestException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Map<String, String> redirectParameters(AuthorizationRequest request, URI redirectedTo) {
        URI expected = request.redirectUri();
        if (!sameEndpoint(expected, redirectedTo)) {
            throw new OAuthException(OAuthError.INVALID_RESPONSE, "the redirect does not come to the redirect URI");
        }
        boolean code = request.responseType() == AuthorizationRequest.ResponseType.CODE;
        Map<String, String> parameters = FormEncoding.decode(code ? redirectedTo.getRawQuery() : redirectedTo.getRawFragment());
        if (code && redirectedTo.getRawQuery() == null && redirectedTo.getRawFragment() != null) {
            // an error may come in the fragment only when the flow is implicit
            throw new OAuthException(OAuthError.INVALID_RESPONSE, "the code flow's redirect carries its answer in the fragment");
        }
        return parameters;
    }

    private static boolean sameEndpoint(URI expected, URI actual) {
        return Objects.equals(lower(expected.getScheme()), lower(actual.getScheme()))
                && Objects.equals(lower(expected.getHost()), lower(actual.getHost()))
                && expected.getPort() == actual.getPort()
                && Objects.equals(path(expected), path(actual));
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * Exchanges an authorization code ({@code grant_type=authorization_code}).
     *
     * @param code the code the redirect carried (single-use)
     * @param redirectUri the redirect URI of the authorization, sent again as the service requires
     * @return a future of the tokens; it fails with an {@link OAuthException} ({@link OAuthError#INVALID_GRANT}
     *     for a used, expired or unknown code) or a {@link io.harvest4j.core.TransportException}
     */
    public CompletableFuture<OAuthTokens> exchangeCodeAsync(String code, URI redirectUri) {
        Checks.required("OAuthFlow.exchangeCode: code", code);
        Checks.required("OAuthFlow.exchangeCode: redirectUri", redirectUri);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("client_id", application.clientId());
        form.put("client_secret", application.clientSecret());
        form.put("redirect_uri", redirectUri.toString());
        form.put("grant_type", "authorization_code");
        return token(form, null);
    }

    /**
     * Renews the access token ({@code grant_type=refresh_token}).
     *
     * @param refreshToken the refresh token
     * @return a future of the new tokens (keeping this refresh token when the answer carries none);
     *     it fails with an {@link OAuthException} ({@link OAuthError#INVALID_GRANT} for a refresh
     *     token the service no longer accepts) or a {@link io.harvest4j.core.TransportException}
     */
    public CompletableFuture<OAuthTokens> refreshAsync(String refreshToken) {
        Checks.required("OAuthFlow.refresh: refreshToken", refreshToken);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("refresh_token", refreshToken);
        form.put("client_id", application.clientId());
        form.put("client_secret", application.clientSecret());
        form.put("grant_type", "refresh_token");
        return token(form, refreshToken);
    }

    private CompletableFuture<OAuthTokens> token(Map<String, String> form, String refreshToken) {
        Request request = Request.builder(HttpMethod.POST, application.endpoint("/oauth2/token"))
                .header("Accept", "application/json")
                .header("Content-Type", FORM)
                .header("User-Agent", "harvest4j/" + HarvestConfig.VERSION + " (+" + HarvestConfig.PROJECT_URL + ")")
                .body(RequestBody.ofText(FormEncoding.encode(form), FORM))
                // a code is single-use: a grant is never sent twice
                .idempotent(false)
                .build();
        CompletableFuture<Response> sent;
        try {
            sent = Objects.requireNonNull(transport.sendAsync(request), "the transport answered null");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof HarvestException ? e
                    : new HarvestException("POST " + request.uri() + " failed: " + e.getClass().getName(), e));
        }
        return sent.thenApply(response -> {
            OAuthTokens tokens = tokenAnswer(response);
            return refreshToken == null ? tokens : tokens.keepingRefreshToken(refreshToken);
        }).handle((tokens, failure) -> {
            if (failure == null) {
                return tokens;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof HarvestException) {
                throw (HarvestException) cause;
            }
            throw new HarvestException("POST " + request.uri() + " failed: " + cause.getClass().getName(), cause);
        });
    }

    private OAuthTokens tokenAnswer(Response response) {
        Instant received = clock.instant();
        JsonObject body = json(response);
        if (response.isSuccessful()) {
            if (body == null) {
                throw new OAuthException(OAuthError.INVALID_RESPONSE, "the token endpoint answered "
                        + response.status() + " without a JSON object");
            }
            return tokens(strings(body), received, "the token answer");
        }
        String error = body == null ? null : text(body.get("error"));
        String description = body == null ? null : text(body.get("error_description"));
        if (error == null) {
            OAuthError kind = response.status() >= 500 ? OAuthError.SERVER_ERROR : OAuthError.INVALID_RESPONSE;
            throw new OAuthException(kind, null, "the token endpoint answered " + response.status(), null);
        }
        throw new OAuthException(OAuthError.ofCode(error), error, description, null);
    }

    /** @return the body as a JSON object, or null when it is not one */
    private static JsonObject json(Response response) {
        if (response.bodyLength() == 0) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException e) {
            return null; // not JSON, or JSON the parser refuses (Parsson throws more than JsonException)
        }
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            String text = text(value);
            if (text != null) {
                values.put(name, text);
            }
        });
        return values;
    }

    /** @return a string or a short number as text; null for anything else */
    private static String text(JsonValue value) {
        if (value instanceof JsonString) {
            return ((JsonString) value).getString();
        }
        if (value instanceof JsonNumber) {
            try {
                String number = value.toString();
                return number.length() <= MAX_EXPIRES_DIGITS ? number : "";
            } catch (RuntimeException e) {
                return ""; // a number the parser will not represent (too long): no valid value
            }
        }
        return null;
    }

    private static OAuthTokens tokens(Map<String, String> values, Instant received, String where) {
        String accessToken = values.get("access_token");
        if (accessToken == null || accessToken.isBlank()) {
            throw new OAuthException(OAuthError.INVALID_RESPONSE, where + " carries no access_token");
        }
        String type = values.getOrDefault("token_type", "bearer");
        if (!type.equalsIgnoreCase("bearer")) {
            throw new OAuthException(OAuthError.INVALID_RESPONSE, where + " names the token type "
                    + OAuthException.quoted(type) + ", not bearer");
        }
        Instant expiresAt = null;
        String expiresIn = values.get("expires_in");
        if (expiresIn != null) {
            if (!expiresIn.matches("[0-9]{1," + MAX_EXPIRES_DIGITS + "}")) {
                throw new OAuthException(OAuthError.INVALID_RESPONSE, where + "'s expires_in is not a number of seconds");
            }
            expiresAt = received.plusSeconds(Long.parseLong(expiresIn));
        }
        return OAuthTokens.of(accessToken, values.get("refresh_token"), expiresAt, type.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return "OAuthFlow{" + application + "}";
    }
}
