package io.harvest4j.tests.simulator.internal;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated service's OAuth 2.0 (API.md §2), served before any authentication:
 * <ul>
 *   <li>{@code GET /oauth2/authorize} — an HTML page with a login-and-approve form;</li>
 *   <li>{@code POST /oauth2/authorize} — the form posted with {@code email}, {@code password}, the
 *       original parameters and {@code approve=yes}: 302 to the redirect URI with {@code code} and
 *       {@code state} in the query (code flow) or the token in the fragment (implicit flow), or with
 *       {@code error=access_denied};</li>
 *   <li>{@code POST /oauth2/token} — the {@code authorization_code} and {@code refresh_token}
 *       grants, form-encoded, answered in JSON; {@code invalid_client} (401), {@code invalid_grant},
 *       {@code unsupported_grant_type}, {@code invalid_request} (400).</li>
 * </ul>
 * One application is registered: {@link OAuthGrants#CLIENT_ID} with {@link OAuthGrants#CLIENT_SECRET};
 * it may redirect to any loopback URI, {@code http://127.0.0.1:{port}/…} or
 * {@code http://localhost:{port}/…}, as RFC 8252 §7.3 says. Codes are single-use and live a minute
 * on the simulator's clock; access tokens live {@link OAuthGrants#tokenTtl()}.
 */
public final class OAuthEndpoints {

    /** What serves one OAuth route: the request as it came, no user, the simulator's time. */
    @FunctionalInterface
    interface OpenEndpoint {
        Answer serve(IncomingRequest request, Map<String, String> parameters, Instant now);
    }

    private final Account account;
    private final RouteTable<OpenEndpoint> routes = new RouteTable<>();

    /** @param account the account whose users sign in and whose tokens are issued */
    public OAuthEndpoints(Account account) {
        this.account = account;
        routes.add("GET /oauth2/authorize", this::authorizePage)
                .add("POST /oauth2/authorize", this::authorize)
                .add("POST /oauth2/token", this::token);
    }

    /**
     * @param request any request
     * @param now the simulator's time
     * @return the answer when the request is one of OAuth's routes; empty for every other request
     */
    public Optional<Answer> serve(IncomingRequest request, Instant now) {
        Optional<RouteTable.Match<OpenEndpoint>> route = routes.find(request.method(), RouteTable.normalize(request.path()));
        if (route.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parameters;
        try {
            parameters = new LinkedHashMap<>(RequestParameters.parseForm(request.rawQuery() == null ? "" : request.rawQuery()));
            String contentType = request.header("Content-Type");
            if (request.body().length > 0 && contentType != null
                    && WireFormat.bareType(contentType).equals("application/x-www-form-urlencoded")) {
                parameters.putAll(RequestParameters.parseForm(new String(request.body(), StandardCharsets.UTF_8)));
            }
        } catch (RequestRefused e) {
            return Optional.of(oauthError(400, "invalid_request", "The parameters are not well URL-encoded"));
        }
        return Optional.of(route.get().handler().serve(request, parameters, now));
    }

    // ---- the authorization endpoint

    private Answer authorizePage(IncomingRequest request, Map<String, String> parameters, Instant now) {
        Optional<Answer> refused = checkClientAndRedirect(parameters);
        if (refused.isPresent()) {
            return refused.get();
        }
        return page(200, "", parameters);
    }

    private Answer authorize(IncomingRequest request, Map<String, String> parameters, Instant now) {
        Optional<Answer> refused = checkClientAndRedirect(parameters);
        if (refused.isPresent()) {
            return refused.get();
        }
        String responseType = parameters.getOrDefault("response_type", "");
        String state = parameters.get("state");
        String redirectUri = parameters.get("redirect_uri");
        boolean implicit = responseType.equals("token");
        if (!implicit && !responseType.equals("code")) {
            return redirect(redirectUri, false, error("unsupported_response_type", state));
        }
        if (!"yes".equals(parameters.get("approve"))) {
            return redirect(redirectUri, implicit, error("access_denied", state));
        }
        String password = parameters.getOrDefault("password", "");
        Optional<User> user = account.userByEmail(parameters.getOrDefault("email", "")).filter(u -> u.hasPassword(password));
        if (user.isEmpty()) {
            return page(401, "Wrong e-mail address or password.", parameters);
        }
        Map<String, String> answer = new LinkedHashMap<>();
        if (implicit) {
            AccessToken token = account.issueToken(user.get().id(), now.plus(account.oauth().tokenTtl()));
            answer.put("access_token", token.value());
            answer.put("token_type", "bearer");
            answer.put("expires_in", Long.toString(account.oauth().tokenTtl().getSeconds()));
        } else {
            answer.put("code", account.oauth().newCode(user.get().id(), OAuthGrants.CLIENT_ID, redirectUri, now));
        }
        if (state != null) {
            answer.put("state", state);
        }
        return redirect(redirectUri, implicit, answer);
    }

    /** An unknown client or a redirect URI it may not use is answered here, never redirected to. */
    private static Optional<Answer> checkClientAndRedirect(Map<String, String> parameters) {
        if (!OAuthGrants.CLIENT_ID.equals(parameters.get("client_id"))) {
            return Optional.of(Answer.text(400, "OAuth: unknown client_id\n"));
        }
        if (!isLoopbackRedirect(parameters.get("redirect_uri"))) {
            return Optional.of(Answer.text(400, "OAuth: the redirect_uri is not registered for this application"
                    + " (it accepts http://127.0.0.1:{port}/… and http://localhost:{port}/…)\n"));
        }
        return Optional.empty();
    }

    static boolean isLoopbackRedirect(String redirectUri) {
        if (redirectUri == null || redirectUri.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(redirectUri);
            String host = uri.getHost();
            return "http".equals(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    && host != null && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, String> error(String code, String state) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", code);
        if (state != null) {
            answer.put("state", state);
        }
        return answer;
    }

    private static Answer redirect(String redirectUri, boolean inFragment, Map<String, String> parameters) {
        StringBuilder encoded = new StringBuilder();
        parameters.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String separator = inFragment ? "#" : redirectUri.contains("?") ? "&" : "?";
        return Answer.empty(302).header("Location", redirectUri + separator + encoded).header("Cache-Control", "no-store");
    }

    private static Answer page(int status, String notice, Map<String, String> parameters) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>Authorize an application</title></head><body>\n<h1>Authorize "
                + escape(OAuthGrants.CLIENT_ID) + "</h1>\n");
        if (!notice.isEmpty()) {
            html.append("<p class=\"error\">").append(escape(notice)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"/oauth2/authorize\">\n");
        for (String name : new String[] {"client_id", "redirect_uri", "state", "response_type"}) {
            String value = parameters.get(name);
            if (value != null) {
                html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">\n");
            }
        }
        html.append("<label>E-mail <input type=\"email\" name=\"email\"></label>\n")
                .append("<label>Password <input type=\"password\" name=\"password\"></label>\n")
                .append("<button name=\"approve\" value=\"yes\">Approve</button>\n")
                .append("<button name=\"approve\" value=\"no\">Deny</button>\n</form>\n</body></html>\n");
        return Answer.html(status, html.toString()).header("Cache-Control", "no-store");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    // ---- the token endpoint

    private Answer token(IncomingRequest request, Map<String, String> parameters, Instant now) {
        String clientId = parameters.get("client_id");
        String secret = parameters.get("client_secret");
        if (!OAuthGrants.CLIENT_ID.equals(clientId) || !OAuthGrants.CLIENT_SECRET.equals(secret)) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        String grantType = parameters.getOrDefault("grant_type", "");
        long userId;
        String refreshToken;
        switch (grantType) {
            case "authorization_code": {
                String code = parameters.get("code");
                if (code == null || parameters.get("redirect_uri") == null) {
                    return oauthError(400, "invalid_request", "code and redirect_uri are required");
                }
                Optional<OAuthGrants.Code> grant = account.oauth().takeCode(code, now);
                if (grant.isEmpty() || !grant.get().clientId.equals(clientId)
                        || !grant.get().redirectUri.equals(parameters.get("redirect_uri"))) {
                    return oauthError(400, "invalid_grant", "The authorization code is invalid, expired or was already used");
                }
                userId = grant.get().userId;
                refreshToken = account.oauth().newRefreshToken(userId);
                break;
            }
            case "refresh_token": {
                refreshToken = parameters.get("refresh_token");
                Optional<Long> owner = refreshToken == null ? Optional.empty() : account.oauth().refreshTokenUser(refreshToken);
                if (owner.isEmpty() || account.users().find(owner.get()).isEmpty()) {
                    return oauthError(400, "invalid_grant", "The refresh token is invalid");
                }
                userId = owner.get();
                break;
            }
            default:
                return oauthError(400, grantType.isEmpty() ? "invalid_request" : "unsupported_grant_type",
                        grantType.isEmpty() ? "grant_type is required" : "Only authorization_code and refresh_token are supported");
        }
        AccessToken token = account.issueToken(userId, now.plus(account.oauth().tokenTtl()));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("access_token", token.value())
                .add("refresh_token", refreshToken)
                .add("token_type", "bearer")
                .add("expires_in", account.oauth().tokenTtl().getSeconds());
        return json(200, body);
    }

    private static Answer oauthError(int status, String error, String description) {
        return json(status, Json.createObjectBuilder().add("error", error).add("error_description", description));
    }

    private static Answer json(int status, JsonObjectBuilder body) {
        return Answer.of(status, WireFormat.JSON, body.build().toString().getBytes(StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    @Override
    public String toString() {
        return "OAuthEndpoints{" + routes.size() + " routes}";
    }
}
