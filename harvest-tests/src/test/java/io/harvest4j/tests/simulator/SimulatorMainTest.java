package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private HarvestSimulator started;

    @AfterEach
    void stop() {
        if (started != null) {
            started.close();
        }
    }

    private HarvestSimulator start(String... args) throws SimulatorMain.Refusal {
        started = SimulatorMain.start(args, out, err);
        return started;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> requestLines() {
        return Arrays.stream(out().split("\\R")).filter(l -> l.matches("^[A-Z]+ /.*")).collect(Collectors.toList());
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SimulatorMain.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar harvest-simulator.jar")
                .contains("--port").contains("--no-throttle").contains("--seed demo|empty").contains("--verbose");
    }

    @Test
    void helpListsThePlanLimits() throws Exception {
        assertThat(start("--help")).isNull();

        assertThat(out()).contains("--max-projects N").contains("--max-people N");
    }

    @Test
    void thePlanLimitsAreFlags() throws Exception {
        HarvestSimulator simulator = start("--port", "0", "--max-projects", "5", "--max-people", "4");
        Http http = new Http(simulator.uri());

        Response project = http.post("/projects").asAdmin().json().body(Http.JSON,
                "{\"project\":{\"name\":\"Sixth\",\"client_id\":" + Seed.ACME_ID + "}}").send();
        Response person = http.post("/people").asAdmin().json().body(Http.JSON,
                "{\"user\":{\"email\":\"fifth@example.com\",\"first_name\":\"F\",\"last_name\":\"L\"}}").send();

        assertThat(project.status).as("four projects are active, a fifth is allowed").isEqualTo(201);
        assertThat(person.status).as("four people are active").isEqualTo(400);
        assertThat(person.header("Hint")).startsWith("Your plan allows 4 active people");
    }

    @Test
    void aPlanLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> start("--port", "0", "--max-projects", "0")).isInstanceOf(SimulatorMain.Refusal.class);

        assertThat(err()).contains("--max-projects: maxProjects must be at least 1, not 0").contains("Usage:");
    }

    @Test
    void theDemoSeedIsTheDefaultAndTheBannerNamesItsThreeUsers() throws Exception {
        HarvestSimulator simulator = start("--port", "0");

        assertThat(simulator.seed()).isEqualTo(Seed.Kind.DEMO);
        assertThat(out()).contains("serving " + simulator.uri()).contains("seed: demo")
                .contains(Seed.ADMIN_EMAIL + " / " + Seed.ADMIN_PASSWORD)
                .contains(Seed.PM_EMAIL + " / " + Seed.PM_PASSWORD)
                .contains(Seed.USER_EMAIL + " / " + Seed.USER_PASSWORD);
        assertThat(new Http(simulator.uri()).get("/account/who_am_i").asPm().json().send().status).isEqualTo(200);
        assertThat(requestLines()).as("no request log without --verbose").isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void theEmptySeedHoldsTheAdministratorAndNothingElse() throws Exception {
        HarvestSimulator simulator = start("--port", "0", "--seed", "empty");
        Http http = new Http(simulator.uri());

        assertThat(out()).contains("seed: empty").contains(Seed.ADMIN_EMAIL + " / " + Seed.ADMIN_PASSWORD)
                .doesNotContain(Seed.PM_EMAIL).doesNotContain(Seed.USER_EMAIL);
        Response whoAmI = http.get("/account/who_am_i").asAdmin().json().send();
        assertThat(whoAmI.status).isEqualTo(200);
        assertThat(whoAmI.json().getJsonObject("user").getString("email")).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(http.get("/account/who_am_i").asPm().json().send().status).isEqualTo(401);
        Response daily = http.get("/daily").asAdmin().json().send();
        assertThat(daily.status).isEqualTo(200);
        assertThat(daily.json().containsKey("projects")).as("no project to log to").isFalse();
        assertThat(daily.json().getJsonArray("day_entries")).isEmpty();
    }

    @Test
    void theSeedIsReadInAnyCaseAndAnUnknownOneIsAUsageError() throws Exception {
        assertThat(start("--port", "0", "--seed", "EMPTY").seed()).isEqualTo(Seed.Kind.EMPTY);

        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--seed", "full"}, out, err))
                .isInstanceOfSatisfying(SimulatorMain.Refusal.class, r -> assertThat(r.exitStatus).isEqualTo(2));
        assertThat(err()).startsWith("harvest-simulator: --seed: no seed 'full': use demo or empty").contains("Usage:");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--seed"}, out, err))
                .isInstanceOf(SimulatorMain.Refusal.class);
        assertThat(err()).contains("harvest-simulator: --seed: needs a value");
    }

    @Test
    void verboseLogsOneLinePerRequestAndNoCredential() throws Exception {
        HarvestSimulator simulator = start("--port", "0", "--verbose");
        Http http = new Http(simulator.uri());
        String token = simulator.state().issueToken(Seed.USER_EMAIL);

        http.get("/account/who_am_i").asAdmin().json().send();
        http.get("/daily/").asPm().xml().send();
        http.get("/daily?of_user=" + Seed.USER_ID).as(Seed.USER_EMAIL, "wrong-pass").json().send();
        http.get("/daily?access_token=" + token + "&of_user=" + Seed.USER_ID).json().send();
        http.get("/account/who_am_i").header("Authorization", "Bearer " + token).json().send();
        http.post("/daily/add?request%5Bpassword%5D=hunter2&project_id=1").asUser().json().send();
        http.get("/nothing/here").asUser().json().send();

        assertThat(requestLines()).hasSize(7);
        assertThat(requestLines().get(0)).matches("GET /account/who_am_i 200 admin@example\\.com \\d+ms");
        assertThat(requestLines().get(1)).matches("GET /daily/ 200 pm@example\\.com \\d+ms");
        assertThat(requestLines().get(2)).matches("GET /daily\\?of_user=100003 401 - \\d+ms");
        assertThat(requestLines().get(3)).matches("GET /daily\\?access_token=\\*\\*\\*&of_user=100003 200 user@example\\.com \\d+ms");
        assertThat(requestLines().get(4)).matches("GET /account/who_am_i 200 user@example\\.com \\d+ms");
        assertThat(requestLines().get(5)).matches("POST /daily/add\\?request%5Bpassword%5D=\\*\\*\\*&project_id=1 400 user@example\\.com \\d+ms");
        assertThat(requestLines().get(6)).matches("GET /nothing/here 404 user@example\\.com \\d+ms");
        String basicAdmin = Base64.getEncoder().encodeToString("admin@example.com:admin-pass".getBytes(StandardCharsets.UTF_8));
        assertThat(out()).doesNotContain(token).doesNotContain(basicAdmin).doesNotContain("wrong-pass")
                .doesNotContain("hunter2").contains("requests (method, path, status, user, time)");
    }

    @Test
    void aPortInUseIsOneClearLineAndExitStatus2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> start("--port", Integer.toString(port)))
                    .isInstanceOfSatisfying(SimulatorMain.Refusal.class, r -> assertThat(r.exitStatus).isEqualTo(2));

            assertThat(err()).isEqualTo("harvest-simulator: port " + port + " is already in use; choose another with --port N"
                    + System.lineSeparator());
            assertThat(out()).isEmpty();
        }
    }

    @Test
    void aPortInUseEndsTheProcessWithStatus2AndNoStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, SimulatorMain.class.getName(), "--port", Integer.toString(port))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }

            assertThat(finished).as("the simulator gave up at once: %s", stderr).isTrue();
            assertThat(process.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr.strip()).isEqualTo("harvest-simulator: port " + port
                    + " is already in use; choose another with --port N");
        }
    }

    @Test
    void faultsAreASpecificationWithASeedAndTheBannerNamesThem() throws Exception {
        HarvestSimulator simulator = start("--port", "0", "--faults", "status-502=100%", "--faults-seed", "7",
                "--fault-stall", "10");

        assertThat(out()).contains("faults: status-502=100%, seed 7");
        assertThat(new Http(simulator.uri()).get("/daily").asUser().json().send().status).isEqualTo(502);
        assertThat(simulator.faults()).extracting(InjectedFault::fault).containsExactly(Fault.STATUS_502);
    }

    @Test
    void aFaultSpecificationItCannotReadIsAUsageError() {
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--faults", "lag=5%"}, out, err))
                .isInstanceOf(SimulatorMain.Refusal.class);
        assertThat(err()).contains("no fault 'lag'").contains("Usage:");
    }

    @Test
    void maintenanceAnswersEveryRequest503WithoutRetryAfter() throws Exception {
        HarvestSimulator simulator = start("--port", "0", "--maintenance");

        Response response = new Http(simulator.uri()).get("/account/who_am_i").asUser().json().send();

        assertThat(response.status).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNull();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--colour"}, out, err))
                .isInstanceOfSatisfying(SimulatorMain.Refusal.class, r -> assertThat(r.exitStatus).isEqualTo(2));
        assertThat(err()).startsWith("harvest-simulator: unknown option --colour").contains("Usage:");
    }

    @Test
    void aTickingClockFollowsTheSystemClockShiftedByAdvance() {
        SimulatorClock clock = SimulatorClock.ticking();
        long before = System.currentTimeMillis();

        clock.advance(java.time.Duration.ofHours(1));

        assertThat(clock.millis()).isBetween(before + 3_600_000L, System.currentTimeMillis() + 3_600_000L);
        clock.reset();
        assertThat(clock.millis()).isLessThanOrEqualTo(System.currentTimeMillis());
    }

    @Test
    void aFixedClockAndItsZoneViewsShareTheirTime() {
        SimulatorClock clock = SimulatorClock.fixedAt(Seed.START);
        SimulatorClock newYork = clock.withZone(java.time.ZoneId.of(Seed.ZONE_ID));

        clock.advance(java.time.Duration.ofMinutes(90));

        assertThat(newYork.instant()).isEqualTo(Seed.START.plusSeconds(5400));
        assertThat(java.time.LocalTime.now(newYork)).isEqualTo(java.time.LocalTime.of(11, 30));
        clock.reset();
        assertThat(newYork.instant()).isEqualTo(Seed.START);
    }
}
