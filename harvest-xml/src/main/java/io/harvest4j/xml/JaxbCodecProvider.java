package io.harvest4j.xml;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.Format;
import io.harvest4j.xml.internal.JaxbXmlCodec;
import java.util.Objects;
import java.util.Optional;

/**
 * Provides the {@code application/xml} codec on Jakarta XML Binding: the provider named
 * {@value #NAME}. It passes (answers empty) for every other format.
 *
 * <p>Cheap to instantiate, as {@link java.util.ServiceLoader} requires: nothing of JAXB is touched
 * until {@link #create} is asked for XML. {@code create} then checks that a JAXB implementation is
 * present, so a broken setup (no {@code jaxb-runtime} on the path) is reported for this provider
 * alone, when the client is built, rather than on the first call.
 *
 * <p>The codec it makes reads the Rails XML of the Harvest v1 API through a hardened StAX parser
 * (Woodstox's; no DTD, no external entity, no entity expansion, bounded nesting), binds it to the codec-neutral models of the
 * facade modules, and writes request bodies in the naming each operation's
 * {@link io.harvest4j.core.codec.WireShape} declares.
 */
public final class JaxbCodecProvider implements CodecProvider {

    /** The provider's name, for {@link HarvestConfig#codecProvider()}. */
    public static final String NAME = "jaxb";

    /** Creates the provider; called by {@link java.util.ServiceLoader} or by hand. */
    public JaxbCodecProvider() {
        // nothing to prepare: the work is in create
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * @param format the format the client was configured for
     * @param config the client's configuration (the XML codec takes nothing from it)
     * @return the XML codec for {@link Format#XML}, empty for any other format
     * @throws io.harvest4j.core.ConfigurationException when no Jakarta XML Binding implementation
     *     can be found
     */
    @Override
    public Optional<Codec> create(Format format, HarvestConfig config) {
        Objects.requireNonNull(format, "format");
        if (!Format.XML.equals(format)) {
            return Optional.empty();
        }
        return Optional.of(JaxbXmlCodec.create());
    }

    @Override
    public String toString() {
        return "JaxbCodecProvider[" + NAME + ", " + Format.XML + "]";
    }
}
