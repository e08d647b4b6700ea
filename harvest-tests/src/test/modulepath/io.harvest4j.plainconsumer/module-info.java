/**
 * A consumer of harvest4j without Guice, as most applications are: the builder, Basic
 * authentication, the Time Tracking facade and the JSON codec (found as a service). Its module path
 * holds no Guice, Guava or JAXB jar at all.
 */
module io.harvest4j.plainconsumer {
    requires io.harvest4j.timetracking;
    requires io.harvest4j.auth;
}
