/**
 * The core of harvest4j: the transport on {@code java.net.http}, the immutable request and
 * response, the SPIs ({@code Transport}, {@code Codec}/{@code CodecProvider}, {@code Authenticator},
 * {@code RetryPolicy}, {@code RateLimiter}), the error hierarchy, the configuration, and the two
 * front doors that compose a client: {@code Harvest.builder()} and the Guice {@code HarvestModule}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.harvest4j.core {
    requires transitive java.net.http;
    // only io.harvest4j.core.inject uses Guice: an application that wants HarvestModule requires
    // com.google.guice itself; one that calls Harvest.builder() runs without it
    requires static com.google.guice;
    requires transitive jakarta.inject;
    requires static jakarta.xml.bind;

    exports io.harvest4j.core;
    exports io.harvest4j.core.codec;
    exports io.harvest4j.core.http;
    exports io.harvest4j.core.spi;
    exports io.harvest4j.core.inject;
    exports io.harvest4j.core.bind;
    // the argument checks, in one wording for every module of harvest4j, and the codecs' item budget
    // of a streamed answer; not part of the API
    exports io.harvest4j.core.internal to io.harvest4j.auth, io.harvest4j.timetracking, io.harvest4j.extended,
            io.harvest4j.xml, io.harvest4j.json;

    // Guice reaches the module's package-private providers reflectively on a real module-path launch
    opens io.harvest4j.core.inject to com.google.guice;
    // JAXB instantiates the adapters it finds through package-info annotations
    opens io.harvest4j.core.bind to jakarta.xml.bind, org.glassfish.jaxb.runtime, org.glassfish.jaxb.core;
    // the throttle governor reads GET /account/rate_limit_status with the client's codec, whatever
    // it is: any codec binds the fields, as it does the facades' models (not exported: not API)
    opens io.harvest4j.core.internal.ratelimit;

    uses io.harvest4j.core.codec.CodecProvider;
}
