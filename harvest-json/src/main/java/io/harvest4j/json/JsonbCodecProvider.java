package io.harvest4j.json;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.Format;
import io.harvest4j.json.internal.JsonbCodec;
import java.util.Optional;

/**
 * Provides the {@code application/json} codec, named {@value #NAME}: Jakarta JSON Binding (Yasson)
 * for writing, Jakarta JSON Processing (Parsson) for reading, underscored names
 * ({@code created_at}), root wrappers and lenient reading of the service's quirks.
 *
 * <p>Passes (answers empty) for every format but {@link Format#JSON}. Cheap to instantiate: the
 * JSON machinery is built in {@link #create}, so a missing Parsson or Yasson fails this provider
 * alone, with a message that says which jar to add, and never the {@link java.util.ServiceLoader}
 * lookup of the other codecs.
 *
 * <p>What the codec asks of model classes (the convention of harvest4j's models):
 * <ul>
 *   <li>a no-argument constructor (private is fine), non-final instance fields named by the Java
 *       property ({@code createdAt} is {@code created_at} on the wire); methods are ignored;</li>
 *   <li>on the module path, the model's package {@code opens} to {@code io.harvest4j.json} and
 *       {@code org.eclipse.yasson}.</li>
 * </ul>
 */
public final class JsonbCodecProvider implements CodecProvider {

    /** The provider's name, for {@code HarvestConfig.Builder#codecProvider(String)}. */
    public static final String NAME = "jsonb";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JsonbCodecProvider() {
        // nothing to do: the work is in create
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * @param format the configured format
     * @param config the client's configuration (unused: the codec has no settings)
     * @return a new JSON codec for {@link Format#JSON}, empty for any other format
     * @throws io.harvest4j.core.ConfigurationException when Parsson or Yasson is missing
     */
    @Override
    public Optional<Codec> create(Format format, HarvestConfig config) {
        if (!Format.JSON.equals(format)) {
            return Optional.empty();
        }
        return Optional.of(JsonbCodec.create());
    }

    @Override
    public String toString() {
        return "JsonbCodecProvider{" + NAME + ", " + Format.JSON + "}";
    }
}
