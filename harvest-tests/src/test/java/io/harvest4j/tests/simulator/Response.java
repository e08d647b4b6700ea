package io.harvest4j.tests.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** An answer of the simulator, with parsers (StAX, JSON-P) for its body. */
final class Response {

    final int status;
    final String body;
    private final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
        this.raw = raw;
        this.status = raw.statusCode();
        this.body = raw.body();
    }

    String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    XmlNode xml() {
        return XmlNode.parse(body);
    }

    JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Override
    public String toString() {
        return status + " " + raw.headers().map() + "\n" + body;
    }
}
