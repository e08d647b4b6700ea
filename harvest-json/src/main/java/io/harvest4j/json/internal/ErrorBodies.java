package io.harvest4j.json.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the service's message in an error body's tree, in the forms it has been seen to use, first
 * match wins:
 * <ol>
 *   <li>{@code {"message":"…"}};</li>
 *   <li>OAuth's {@code {"error":"invalid_grant","error_description":"…"}}: the description, else
 *       the error code;</li>
 *   <li>{@code {"error":{"message":"…"}}};</li>
 *   <li>Rails validation's {@code {"errors":["…","…"]}}, joined with {@code "; "}.</li>
 * </ol>
 * Blank strings count as absent.
 */
final class ErrorBodies {

    private ErrorBodies() {
    }

    /**
     * @param document an error body's tree
     * @return the message, if the body holds one
     */
    static Optional<String> message(JsonValue document) {
        if (!(document instanceof JsonObject)) {
            return Optional.empty();
        }
        JsonObject body = (JsonObject) document;
        Optional<String> message = text(body.get("message"));
        if (message.isPresent()) {
            return message;
        }
        message = text(body.get("error_description"));
        if (message.isPresent()) {
            return message;
        }
        JsonValue error = body.get("error");
        if (error instanceof JsonObject) {
            message = text(((JsonObject) error).get("message"));
        } else {
            message = text(error);
        }
        if (message.isPresent()) {
            return message;
        }
        JsonValue errors = body.get("errors");
        if (errors instanceof JsonArray) {
            List<String> texts = new ArrayList<>();
            for (JsonValue item : (JsonArray) errors) {
                text(item).ifPresent(texts::add);
            }
            if (!texts.isEmpty()) {
                return Optional.of(String.join("; ", texts));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString) {
            String text = ((JsonString) value).getString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }
}
