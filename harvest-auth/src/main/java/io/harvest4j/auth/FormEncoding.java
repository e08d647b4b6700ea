package io.harvest4j.auth;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded}, both ways, strict about what OAuth forbids. */
final class FormEncoding {

    /** More parameters than any OAuth redirect carries: refused rather than read. */
    private static final int MAX_PARAMETERS = 32;

    private FormEncoding() {
    }

    static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    /**
     * @param raw a raw query or fragment, may be null
     * @return its parameters
     * @throws OAuthException ({@link OAuthError#INVALID_RESPONSE}) when a name repeats (RFC 6749 §3.1
     *     forbids it: a repeated {@code state} or {@code code} is a forgery attempt), when there are
     *     too many, or when the encoding is broken
     */
    static Map<String, String> decode(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        String[] pairs = raw.split("&", MAX_PARAMETERS + 2);
        if (pairs.length > MAX_PARAMETERS) {
            throw new OAuthException(OAuthError.INVALID_RESPONSE, "the redirect carries too many parameters");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new OAuthException(OAuthError.INVALID_RESPONSE, "the redirect's parameters are not well encoded");
            }
            if (parameters.putIfAbsent(name, value) != null) {
                throw new OAuthException(OAuthError.INVALID_RESPONSE, "the redirect repeats the parameter "
                        + OAuthException.quoted(name));
            }
        }
        return parameters;
    }
}
