package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.HarvestException;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.testing.PropertyCheck;
import io.harvest4j.core.testing.RecordingTransport;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of OAuth's readers of what comes back — the redirect's query or fragment and the
 * token endpoint's answer — checked with generated input ({@link PropertyCheck}): tokens or an
 * {@link OAuthException} (a {@link HarvestException}), never another exception, and never a
 * secret of the application in a message.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OAuthHostileInputTest {

    private static final int TRIES = 400;
    private static final String PIECES = "&=%#?+;,abcstateodeerrorxpinsaccess_tokenrefresh_tokenexpires_in0123456789\u00e9\u0000%zz%E2%80";
    private static final String TOKEN = "{\"access_token\":\"acc-1\",\"refresh_token\":\"ref-1\",\"token_type\":\"bearer\",\"expires_in\":64799}";

    private final RecordingTransport transport = new RecordingTransport();
    private final OAuthFlow flow = OAuthFlow.of(OAuthApplication.of("demo-client-id", OAuthFlowTest.SECRET), transport,
            new FakeTime(OAuthFlowTest.NOW));

    private static String pieces(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(random.nextInt(5) == 0 ? (char) (32 + random.nextInt(0xFF00)) : PIECES.charAt(random.nextInt(PIECES.length())));
        }
        return text.toString();
    }

    @Test
    void anyRedirectEndsAsTokensOrAnOAuthException() {
        PropertyCheck.forAll(TRIES, random -> {
            boolean implicit = random.nextBoolean();
            AuthorizationRequest request = implicit ? flow.implicit(OAuthFlowTest.CALLBACK) : flow.authorizationCode(OAuthFlowTest.CALLBACK);
            String state = OAuthFlowTest.state(request);
            String answer = random.nextInt(3) == 0 ? pieces(random, 300)
                    : List.of("state=" + state + "&", "state=" + state + "&state=" + state + "&", "").get(random.nextInt(3))
                            + List.of("code=c", "error=" + pieces(random, 20), "access_token=a&expires_in=" + "9".repeat(random.nextInt(30)),
                                    "access_token=a&token_type=" + pieces(random, 10), pieces(random, 100), "x=1&".repeat(random.nextInt(60)))
                            .get(random.nextInt(6));
            return new Object[] {request, OAuthFlowTest.CALLBACK + (implicit ? "#" : "?") + answer};
        }, pair -> {
            transport.enqueue(200, TOKEN);
            URI redirect;
            try {
                redirect = new URI((String) pair[1]);
            } catch (URISyntaxException e) {
                return; // no browser hands this over
            }
            try {
                OAuthTokens tokens = flow.finish((AuthorizationRequest) pair[0], redirect);
                assertThat(tokens.accessToken()).isNotBlank();
            } catch (HarvestException e) {
                assertThat(e).isInstanceOf(OAuthException.class);
                assertThat(String.valueOf(e.getMessage())).doesNotContain(OAuthFlowTest.SECRET);
            }
        });
    }

    @Test
    void anyTokenAnswerEndsAsTokensOrAHarvestException() {
        PropertyCheck.forAll(TRIES, random -> {
            byte[] body;
            if (random.nextBoolean()) {
                body = new byte[random.nextInt(300)];
                random.nextBytes(body);
            } else {
                StringBuilder text = new StringBuilder(TOKEN);
                for (int m = 1 + random.nextInt(4); m > 0; m--) {
                    int at = random.nextInt(text.length() + 1);
                    String piece = List.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "1e99999", "9".repeat(20), "\\u0000",
                            "\"expires_in\":-1,", "\"token_type\":\"mac\",", "\"access_token\":\"\",", "\"access_token\":[],",
                            "{\"a\":".repeat(2_000), "\"error\":\"invalid_grant\",").get(random.nextInt(18));
                    text.replace(at, Math.min(text.length(), at + random.nextInt(6)), piece);
                }
                body = text.toString().getBytes(StandardCharsets.UTF_8);
            }
            return new Object[] {List.of(200, 200, 400, 401, 500, 302).get(random.nextInt(6)), body};
        }, answer -> {
            transport.enqueue((Integer) answer[0], new String((byte[]) answer[1], StandardCharsets.UTF_8));
            try {
                assertThat(flow.refreshAsync("ref-1").join().accessToken()).isNotBlank();
            } catch (java.util.concurrent.CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(HarvestException.class);
                assertThat(String.valueOf(e.getCause().getMessage())).doesNotContain(OAuthFlowTest.SECRET).doesNotContain("ref-1");
            } catch (HarvestException e) {
                assertThat(String.valueOf(e.getMessage())).doesNotContain(OAuthFlowTest.SECRET).doesNotContain("ref-1");
            }
        });
    }
}
