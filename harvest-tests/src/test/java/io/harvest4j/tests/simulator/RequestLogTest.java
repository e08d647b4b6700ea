package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aLineIsMethodPathAndQueryStatusUserAndMilliseconds() {
        assertThat(RequestLog.line("GET", "/daily/show/5", null, 200, "ada@example.com", 3))
                .isEqualTo("GET /daily/show/5 200 ada@example.com 3ms");
        assertThat(RequestLog.line("POST", "/daily/add", "hours=1", 401, null, 0))
                .isEqualTo("POST /daily/add?hours=1 401 - 0ms");
    }

    @Test
    void theValuesOfTokensSecretsAndPasswordsAreHidden() {
        assertThat(RequestLog.redacted("access_token=abc&of_user=5")).isEqualTo("access_token=***&of_user=5");
        assertThat(RequestLog.redacted("refresh_token=r&client_secret=s&client_id=c"))
                .isEqualTo("refresh_token=***&client_secret=***&client_id=c");
        assertThat(RequestLog.redacted("user%5Bpassword%5D=p&user[name]=n")).isEqualTo("user%5Bpassword%5D=***&user[name]=n");
        assertThat(RequestLog.redacted("ACCESS%5FTOKEN=abc")).as("names are decoded and compared ignoring case")
                .isEqualTo("ACCESS%5FTOKEN=***");
        assertThat(RequestLog.redacted("%zz=abc&x=1")).as("a name that does not decode is hidden too").isEqualTo("%zz=***&x=1");
    }

    @Test
    void everythingElseIsWrittenAsSent() {
        assertThat(RequestLog.redacted("of_user=5&notes=a%20b&&flag")).isEqualTo("of_user=5&notes=a%20b&&flag");
        assertThat(RequestLog.redacted("tokens=3")).as("a name that only contains 'token'").isEqualTo("tokens=3");
        assertThat(RequestLog.redacted("access_token")).as("a name without a value has nothing to hide").isEqualTo("access_token");
    }
}
