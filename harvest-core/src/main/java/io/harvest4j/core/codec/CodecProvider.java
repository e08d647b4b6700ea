package io.harvest4j.core.codec;

import io.harvest4j.core.HarvestConfig;
import java.util.Optional;

/**
 * Makes {@link Codec}s; the service interface that codec modules provide
 * ({@code provides io.harvest4j.core.codec.CodecProvider with …} in module-info, and a
 * {@code META-INF/services} entry for the class path). A third party adds a format, or replaces
 * one, by shipping a provider: nothing in harvest4j changes.
 *
 * <p>A provider must be cheap to instantiate: {@link java.util.ServiceLoader} creates every
 * provider it finds, so the work (a {@code JAXBContext}, a {@code Jsonb}) belongs in
 * {@link #create}, where a failure is reported for this provider alone.
 */
public interface CodecProvider {

    /** @return a short name for messages and for choosing among providers ({@code "jaxb"}) */
    String name();

    /**
     * @param format the format the client was configured for
     * @param config the client's configuration
     * @return a codec for that format, or empty to pass
     */
    Optional<Codec> create(Format format, HarvestConfig config);
}
