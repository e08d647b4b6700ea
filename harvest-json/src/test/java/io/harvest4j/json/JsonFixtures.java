package io.harvest4j.json;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import java.nio.charset.StandardCharsets;

/** What the codec tests share: the codec, a configuration, and bodies written with single quotes. */
final class JsonFixtures {

    static final HarvestConfig CONFIG = HarvestConfig.builder()
            .baseUri("http://127.0.0.1:1")
            .format(Format.JSON)
            .build();

    static final Codec CODEC = new JsonbCodecProvider().create(Format.JSON, CONFIG).orElseThrow();

    private JsonFixtures() {
    }

    /**
     * @param singleQuoted JSON with {@code '} for {@code "}, to keep the tests readable
     * @return its UTF-8 bytes
     */
    static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param body bytes
     * @return them as text
     */
    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
