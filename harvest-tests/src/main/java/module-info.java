/**
 * The harvest4j test kit: the Harvest simulator, a real HTTP server on loopback that speaks the
 * Harvest classic (v1) API in XML and JSON, usable standalone ({@code SimulatorMain}) and as a
 * JUnit 5 extension ({@code HarvestSimulatorExtension}).
 *
 * <p>The simulator is independent of the client on purpose: it reads and writes XML with the JDK's
 * StAX and JSON with JSON-P, never with the client's codecs or models, so a mapping mistake in the
 * client cannot hide by being made twice.
 */
module io.harvest4j.tests {
    requires jdk.httpserver;
    requires java.xml;
    requires jakarta.json;
    requires org.junit.jupiter.api;
    // not used by the code here: the module's tests are compiled patched into it, and
    // ModulePathTest compiles a consumer module with javax.tools (absent at run time: static)
    requires static java.compiler;

    // the demo (io.harvest4j.tests.demo) drives the simulator with the client; the simulator's own
    // packages use none of these (SimulatorIndependenceTest checks it)
    requires io.harvest4j.auth;
    requires io.harvest4j.extended;
    requires io.harvest4j.timetracking;

    exports io.harvest4j.tests.simulator;
}
