/**
 * The {@code application/xml} codec of harvest4j, on Jakarta XML Binding.
 *
 * <p>Reads and writes the Rails XML of the Harvest v1 API ({@code created-at} and
 * {@code created_at}, {@code nil="true"}, {@code type=} hints, RFC-822 dates) into the
 * codec-neutral models of the facade modules, through a hardened StAX parser (Woodstox's,
 * module {@code com.ctc.wstx}): no DTD, no external entity, no entity expansion, elements nested at
 * most 64 deep. Found by {@link java.util.ServiceLoader} as the
 * {@code "jaxb"} {@link io.harvest4j.core.codec.CodecProvider}.
 *
 * <p>Model packages bound by this codec {@code opens} themselves to {@code jakarta.xml.bind}
 * (and to {@code org.glassfish.jaxb.runtime} and {@code org.glassfish.jaxb.core} for the types
 * JAXB finds by itself); this module needs nothing from them. The JAXB runtime
 * ({@code org.glassfish.jaxb.runtime}, a dependency of this artifact) is not required by name:
 * the module system resolves it by service binding, through the API's
 * {@code uses jakarta.xml.bind.JAXBContextFactory}.
 */
module io.harvest4j.xml {
    requires transitive io.harvest4j.core;
    requires jakarta.xml.bind;
    requires java.xml;
    requires com.ctc.wstx;

    exports io.harvest4j.xml;

    // only to check, when a codec is made, that a JAXB implementation is there
    uses jakarta.xml.bind.JAXBContextFactory;

    provides io.harvest4j.core.codec.CodecProvider with io.harvest4j.xml.JaxbCodecProvider;
}
