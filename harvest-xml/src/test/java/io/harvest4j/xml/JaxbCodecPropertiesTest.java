package io.harvest4j.xml;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.CodecProperties;

/** The XML codec, as its provider makes it, keeps the properties of every codec against hostile input. */
class JaxbCodecPropertiesTest extends CodecProperties {

    private static final Codec CODEC = new JaxbCodecProvider()
            .create(Format.XML, HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.XML).build())
            .orElseThrow();

    @Override
    protected Codec codec() {
        return CODEC;
    }
}
