package io.harvest4j.extended;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The codecs of harvest-xml and harvest-json, found as an application finds them
 * ({@code ServiceLoader}), so this module need not read either.
 */
final class RealCodecs {

    private RealCodecs() {
    }

    /** @return the codec of that format */
    static Codec of(Format format) {
        return CodecRegistry.discovering(List.of())
                .codecFor(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build());
    }

    /** @return the body the codec writes for the value, as text */
    static String encode(Format format, Object value, WireShape shape) {
        return new String(of(format).encode(value, shape), StandardCharsets.UTF_8);
    }
}
