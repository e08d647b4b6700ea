package io.harvest4j.json;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.testing.CodecConformanceTest;

/** The JSON codec, as its provider makes it, passes the contract of every codec. */
class JsonbCodecConformanceTest extends CodecConformanceTest {

    @Override
    protected Codec codec() {
        return JsonFixtures.CODEC;
    }
}
