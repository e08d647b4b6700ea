package io.harvest4j.tests.e2e.codec;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.Format;
import java.util.Optional;

/**
 * The {@link TreeJsonCodec}'s provider, registered in the tests' {@code META-INF/services}. Well
 * behaved for a provider that serves a format harvest4j already serves: it passes unless the
 * configuration names it, so it never displaces the standard JSON codec by accident.
 */
public final class TreeJsonCodecProvider implements CodecProvider {

    /** The name a configuration uses to choose this provider. */
    public static final String NAME = "tree-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Codec> create(Format format, HarvestConfig config) {
        boolean chosen = config.codecProvider().map(NAME::equals).orElse(false);
        return chosen && format.equals(Format.JSON) ? Optional.of(new TreeJsonCodec()) : Optional.empty();
    }
}
