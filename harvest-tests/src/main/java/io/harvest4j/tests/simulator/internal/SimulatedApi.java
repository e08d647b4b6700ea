package io.harvest4j.tests.simulator.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The simulated Harvest v1 service: turns one {@link IncomingRequest} into one {@link Answer}.
 *
 * <p>A body over the size limit never gets here: the HTTP side answers it {@link #tooLarge 413}.
 * The checks run in this order, the first that fails answers:
 * <ol>
 *   <li>OAuth's own routes ({@code /oauth2/authorize}, {@code /oauth2/token}: {@link OAuthEndpoints}) are served
 *       here, without credentials, throttle or content negotiation;</li>
 *   <li>authentication (HTTP Basic, {@code Authorization: Bearer}, {@code ?access_token=}) → 401;</li>
 *   <li>the throttle (except on the routes registered {@link Endpoint#unthrottled unthrottled}:
 *       {@code GET /account/rate_limit_status}) → 503;</li>
 *   <li>{@code Accept} names neither XML nor JSON (or is missing) → 406, plain text;</li>
 *   <li>a GET with a body → 400; a body without a supported {@code Content-Type} → 415;</li>
 *   <li>the body does not parse → 400;</li>
 *   <li>no route for the method and path in the {@link RouteTable} → 404; then the endpoint's own rules.</li>
 * </ol>
 * Errors before the format is known (401, 503) are written in XML when {@code Accept} names
 * neither format. Every request holds the account's monitor while it is served.
 */
public final class SimulatedApi {

    private static final int MAX_HINT_LENGTH = 400;

    private final Account account;
    private final Throttle throttle;
    private final Clock clock;
    private final WireWriter writer = new WireWriter();
    private final RouteTable<Endpoint> routes = new RouteTable<>();
    private final OAuthEndpoints oauth;

    /**
     * @param account the account served
     * @param throttle its throttle
     * @param clock the simulator's clock
     * @param baseUri the simulator's address (for {@code who_am_i}'s {@code base-uri})
     */
    public SimulatedApi(Account account, Throttle throttle, Clock clock, Supplier<URI> baseUri) {
        this.account = account;
        this.throttle = throttle;
        this.clock = clock;
        new AccountEndpoints(account, throttle, writer, baseUri).addRoutes(routes);
        new TimeTrackingEndpoints(account, writer).addRoutes(routes);
        new ClientEndpoints(account, writer).addRoutes(routes);
        new ProjectEndpoints(account, writer).addRoutes(routes);
        new TaskEndpoints(account, writer).addRoutes(routes);
        new PeopleEndpoints(account, writer).addRoutes(routes);
        new ReportEndpoints(account).addRoutes(routes);
        new InvoiceEndpoints(account, writer).addRoutes(routes);
        this.oauth = new OAuthEndpoints(account);
    }

    /**
     * @param request a request
     * @return the answer, {@linkplain Answer#actingUser() naming} the user it acted as once
     *     authenticated
     */
    public Answer handle(IncomingRequest request) {
        WireFormat accepted = WireFormat.fromAccept(request.header("Accept"));
        WireFormat errorFormat = accepted == null ? WireFormat.XML : accepted;
        synchronized (account) {
            Instant now = clock.instant();
            Optional<Answer> authorization = oauth.serve(request, now); // OAuth's own routes need no credentials
            if (authorization.isPresent()) {
                return authorization.get();
            }
            User user;
            try {
                user = authenticate(request, now);
            } catch (RequestRefused refused) {
                return refusal(refused, errorFormat);
            }
            Answer answer;
            try {
                answer = serve(request, user, accepted, now);
            } catch (RequestRefused refused) {
                answer = refusal(refused, errorFormat);
            }
            return answer.actingUser(user.email());
        }
    }

    /** Everything after authentication, in the order of the class comment. */
    private Answer serve(IncomingRequest request, User user, WireFormat accepted, Instant now) {
        String path = RouteTable.normalize(request.path());
        String method = request.method().toUpperCase(Locale.ROOT);
        Optional<RouteTable.Match<Endpoint>> route = routes.find(method, path);
        if (route.map(r -> r.handler().isThrottled()).orElse(true)) {
            Throttle.Decision decision = throttle.admit(now);
            if (!decision.isAdmitted()) {
                return throttled(accepted == null ? WireFormat.XML : accepted, decision.retryAfterSeconds(), now);
            }
        }
        if (accepted == null) {
            return Answer.text(406, "Not Acceptable: send Accept: application/xml or Accept: application/json\n");
        }
        byte[] body = request.body();
        String contentType = request.header("Content-Type");
        if (body.length > 0 && method.equals("GET")) {
            throw RequestRefused.badRequest("A GET request must not have a body");
        }
        if (body.length > 0 && !supportedBodyType(contentType)) {
            throw RequestRefused.of(415, "Unsupported Content-Type " + (contentType == null ? "(none)" : contentType)
                    + ": send application/xml, application/json or application/x-www-form-urlencoded");
        }
        RequestParameters params = RequestParameters.parse(request.rawQuery(), body, contentType);
        RouteTable.Match<Endpoint> found = route
                .orElseThrow(() -> RequestRefused.notFound("No route matches [" + method + "] " + path));
        return found.handler().serve(new ApiCall(user, accepted, params, now, method, path, found.variables()));
    }

    /**
     * The answer to a request whose body is over the size limit, given before anything else is
     * checked (the service's front proxy refused such a request before the application saw it).
     *
     * @param accept the request's {@code Accept} header, may be null
     * @param limit the most bytes a body may have
     * @return 413, a message in the format asked (XML when neither is named)
     */
    public Answer tooLarge(String accept, int limit) {
        WireFormat format = WireFormat.fromAccept(accept);
        if (format == null) {
            format = WireFormat.XML;
        }
        WireObject hash = WireObject.message("Request Entity Too Large: a body may have at most " + limit + " bytes");
        return Answer.of(413, format, writer.write(format, "hash", hash, WireWriter.XmlNaming.HYPHENATED));
    }

    // ---- authentication

    private User authenticate(IncomingRequest request, Instant now) {
        String authorization = request.header("Authorization");
        if (authorization != null) {
            String trimmed = authorization.trim();
            String scheme = trimmed.contains(" ") ? trimmed.substring(0, trimmed.indexOf(' ')) : trimmed;
            String credentials = trimmed.substring(scheme.length()).trim();
            if (scheme.equalsIgnoreCase("Basic")) {
                return basic(credentials);
            }
            if (scheme.equalsIgnoreCase("Bearer")) {
                return bearer(credentials, now);
            }
            throw basicChallenge("Unsupported authorization scheme " + scheme);
        }
        String token = RequestParameters.parseForm(request.rawQuery() == null ? "" : request.rawQuery()).get("access_token");
        if (token != null) {
            return bearer(token, now);
        }
        throw basicChallenge("Authentication required: send HTTP Basic credentials or an access token");
    }

    private User basic(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw basicChallenge("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw basicChallenge("Malformed Basic credentials");
        }
        String email = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return account.userByEmail(email).filter(u -> u.hasPassword(password) && u.isActive())
                .orElseThrow(() -> basicChallenge("Authentication failed: wrong e-mail address or password"));
    }

    private User bearer(String token, Instant now) {
        AccessToken found = account.token(token)
                .orElseThrow(() -> RequestRefused.invalidToken("The access token is unknown or was revoked"));
        if (!now.isBefore(found.expiresAt())) {
            throw RequestRefused.invalidToken("The access token expired");
        }
        return account.users().find(found.userId()).filter(User::isActive)
                .orElseThrow(() -> RequestRefused.invalidToken("The access token's user no longer exists or is archived"));
    }

    private static RequestRefused basicChallenge(String message) {
        return RequestRefused.of(401, message).withHeader("WWW-Authenticate", "Basic realm=\"Harvest\"");
    }

    // ---- answers

    private Answer throttled(WireFormat format, long retryAfterSeconds, Instant now) {
        WireObject hash = WireObject.message("This request has been throttled.").integer("retry_after", retryAfterSeconds);
        String retryAfter = Long.toString(retryAfterSeconds);
        if (throttle.retryAfterAsDate()) {
            // an HTTP-date has whole seconds: rounded up, so that a client waiting until it is served
            Instant lifted = now.plusSeconds(retryAfterSeconds);
            if (lifted.getNano() > 0) {
                lifted = lifted.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            }
            retryAfter = DateTimeFormatter.RFC_1123_DATE_TIME.format(lifted.atOffset(ZoneOffset.UTC));
        }
        return Answer.of(503, format, writer.write(format, "hash", hash, WireWriter.XmlNaming.HYPHENATED))
                .header("Retry-After", retryAfter);
    }

    private Answer refusal(RequestRefused refused, WireFormat format) {
        WireObject hash = refused.oauthError() == null
                ? WireObject.message(refused.getMessage())
                : WireObject.create().string("error", refused.oauthError()).string("error_description", refused.getMessage());
        Answer answer = Answer.of(refused.status(), format, writer.write(format, "hash", hash, WireWriter.XmlNaming.HYPHENATED));
        if (refused.hint() != null) {
            answer.header("Hint", headerSafe(refused.hint()));
        }
        for (Map.Entry<String, String> header : refused.headers().entrySet()) {
            answer.header(header.getKey(), header.getValue());
        }
        return answer;
    }

    // ---- helpers

    /**
     * A header value keeps printable ASCII only, and at most 400 characters: a Hint may quote what
     * the request sent, which can be anything and of any length (the body's message keeps it whole).
     */
    private static String headerSafe(String text) {
        boolean cut = text.length() > MAX_HINT_LENGTH;
        int length = cut ? MAX_HINT_LENGTH - 3 : text.length();
        StringBuilder safe = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return cut ? safe.append("...").toString() : safe.toString();
    }

    private static boolean supportedBodyType(String contentType) {
        return contentType != null && (WireFormat.ofMediaType(contentType) != null
                || WireFormat.bareType(contentType).equals("application/x-www-form-urlencoded"));
    }
}
