package io.harvest4j.tests.e2e.codec;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.testing.CodecConformanceTest;

/**
 * A third party's codec, on the class path and knowing nothing of harvest-json, passes the contract
 * every codec of harvest4j passes.
 */
class TreeJsonCodecConformanceTest extends CodecConformanceTest {

    private static final Codec CODEC = new TreeJsonCodec();

    @Override
    protected Codec codec() {
        return CODEC;
    }
}
