package io.harvest4j.json;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.testing.CodecProperties;

/** The JSON codec, as its provider makes it, keeps the properties of every codec against hostile input. */
class JsonbCodecPropertiesTest extends CodecProperties {

    @Override
    protected Codec codec() {
        return JsonFixtures.CODEC;
    }
}
