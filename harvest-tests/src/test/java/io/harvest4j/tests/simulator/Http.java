package io.harvest4j.tests.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Raw HTTP to the simulator with the JDK client: no harvest4j code involved. */
final class Http {

    static final String XML = "application/xml";
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery);
    }

    Call post(String pathAndQuery) {
        return new Call("POST", pathAndQuery);
    }

    Call put(String pathAndQuery) {
        return new Call("PUT", pathAndQuery);
    }

    Call delete(String pathAndQuery) {
        return new Call("DELETE", pathAndQuery);
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One request being prepared. */
    final class Call {
        private final String method;
        private final HttpRequest.Builder builder;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String method, String pathAndQuery) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10));
        }

        Call as(String email, String password) {
            return header("Authorization", basic(email, password));
        }

        Call asAdmin() {
            return as(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD);
        }

        Call asPm() {
            return as(Seed.PM_EMAIL, Seed.PM_PASSWORD);
        }

        Call asUser() {
            return as(Seed.USER_EMAIL, Seed.USER_PASSWORD);
        }

        Call xml() {
            return header("Accept", XML);
        }

        Call json() {
            return header("Accept", JSON);
        }

        Call header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Call body(String contentType, String text) {
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return this;
        }

        Response send() {
            try {
                HttpResponse<String> response = CLIENT.send(builder.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> sendRaw() throws IOException, InterruptedException {
            return CLIENT.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
