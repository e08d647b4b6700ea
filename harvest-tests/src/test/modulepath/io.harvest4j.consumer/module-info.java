/**
 * A consumer of harvest4j on the module path, as an application would be: it requires the facades
 * and the authenticator, and nothing of the codecs (they are found as services).
 */
module io.harvest4j.consumer {
    requires io.harvest4j.extended;
    requires io.harvest4j.timetracking;
    requires io.harvest4j.auth;
    requires com.google.guice;
}
