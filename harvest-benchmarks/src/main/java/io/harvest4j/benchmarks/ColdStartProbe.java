package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One sample of {@link ColdStartBenchmark}, in a JVM of its own: asks who_am_i once and prints
 * {@code ms=N}, the time from the start of {@code main} to the answer in hand (decoded by the
 * library, or, for {@code raw}, parsed to a tree with JSON-P by the plain JDK client).
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    /**
     * @param args {@code xml|json|raw} and the simulator's address
     * @throws Exception when the call fails
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String kind = args[0];
        String uri = args[1];
        String email;
        if (kind.equals("raw")) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri + "/account/who_am_i"))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin@example.com:admin-pass".getBytes(StandardCharsets.UTF_8)))
                    .build();
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
                email = reader.readObject().getJsonObject("user").getString("email");
            }
        } else {
            HarvestConfig config = HarvestConfig.builder().baseUri(uri)
                    .format(kind.equals("xml") ? Format.XML : Format.JSON).build();
            try (HarvestClient client = Harvest.builder().config(config)
                    .authenticator(BasicAuthenticator.of("admin@example.com", "admin-pass")).build()) {
                WhoAmI me = new Account(client).whoAmI().execute();
                email = me.user().email();
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!email.equals("admin@example.com")) {
            throw new IllegalStateException("who_am_i answered " + email);
        }
        System.out.println("ms=" + ms);
    }
}
