package io.harvest4j.core;

import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The service answered with a status that is not a success. Carries the method, the URI (without
 * credentials), the status, the service's {@code Hint} header, the message of the body when it
 * decodes, and {@code Retry-After} when the service sent one.
 *
 * <p>Subclasses name the statuses a caller acts on; the mapping from status to class is made in
 * one place, {@link #of}.
 */
public class ApiException extends HarvestException {

    private static final long serialVersionUID = 1L;

    private final HttpMethod method;
    private final URI uri;
    private final int status;
    private final String hint;
    private final String serviceMessage;
    private final Duration retryAfter;

    /**
     * @param details what the service answered
     * @param summary a sentence saying what the status means to the caller
     */
    protected ApiException(Details details, String summary) {
        super(details.describe(summary));
        this.method = details.method;
        this.uri = details.uri;
        this.status = details.status;
        this.hint = details.hint;
        this.serviceMessage = details.serviceMessage;
        this.retryAfter = details.retryAfter;
    }

    /**
     * Maps an answer to the exception for its status: the single place where that is decided.
     *
     * @param details what the service answered
     * @return the exception to throw
     */
    public static ApiException of(Details details) {
        int status = details.status;
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new UnauthorizedException(details);
            case 403:
                return new ForbiddenException(details);
            case 404:
                return new NotFoundException(details);
            case 503:
                return details.retryAfter != null ? new ThrottledException(details) : new ServerException(details);
            default:
                if (status >= 500) {
                    return new ServerException(details);
                }
                return new ApiException(details, "the service refused the call");
        }
    }

    /** @return the request's method */
    public HttpMethod method() {
        return method;
    }

    /** @return the request's URI, without credentials */
    public URI uri() {
        return uri;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the service's {@code Hint} header: why a 400 was answered (its first 10,000 characters) */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** @return the {@code message} of the body, when the body decoded (its first 10,000 characters) */
    public Optional<String> serviceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** @return how long the service asked to wait ({@code Retry-After}) */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What the service answered, gathered by the client when a call fails. */
    public static final class Details {
        private final HttpMethod method;
        private final URI uri;
        private final String shownUri;
        private final int status;
        private final String hint;
        private final String serviceMessage;
        private final Duration retryAfter;

        /**
         * @param method the request's method
         * @param uri the request's URI (user info and tokens are stripped here)
         * @param status the answer's status
         * @param hint the {@code Hint} header, or {@code null}
         * @param serviceMessage the body's message, or {@code null}
         * @param retryAfter the {@code Retry-After} delay, or {@code null}
         */
        public Details(HttpMethod method, URI uri, int status, String hint, String serviceMessage,
                Duration retryAfter) {
            this.method = Objects.requireNonNull(method, "method");
            this.shownUri = Request.redactedUri(Objects.requireNonNull(uri, "uri"));
            // "<redacted>" is no legal URI character: percent-encode it for the URI value
            this.uri = URI.create(shownUri.replace("<redacted>", "%3Credacted%3E"));
            this.status = status;
            this.hint = capped(blankToNull(hint), MAX_KEPT);
            this.serviceMessage = capped(blankToNull(serviceMessage), MAX_KEPT);
            this.retryAfter = retryAfter;
        }

        private String describe(String summary) {
            StringBuilder text = new StringBuilder()
                    .append(method).append(' ').append(shownUri).append(" answered ").append(status)
                    .append(": ").append(summary);
            if (serviceMessage != null) {
                text.append(" — \"").append(oneLine(capped(serviceMessage, MAX_QUOTED))).append('"');
            }
            if (hint != null) {
                text.append(" (Hint: ").append(oneLine(capped(hint, MAX_QUOTED))).append(')');
            }
            if (retryAfter != null) {
                text.append(" (Retry-After: ").append(retryAfter.getSeconds()).append(" s)");
            }
            return text.toString();
        }

        /**
         * At most this many characters of the service's message and of its Hint are quoted in
         * {@link #getMessage()}: the service's text may be anything, a 12 MB page included, and a
         * message stays readable (about 650 characters in all).
         */
        static final int MAX_QUOTED = 250;
        /** At most this many characters of them are kept for {@link #serviceMessage()} and {@link #hint()}. */
        static final int MAX_KEPT = 10_000;

        private static String capped(String text, int length) {
            if (text == null || text.length() <= length) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
            return text.substring(0, end) + "…";
        }

        private static String oneLine(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
            return out.toString();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
