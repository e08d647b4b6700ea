/**
 * The XML codec's public face: {@link io.harvest4j.xml.JaxbCodecProvider}, the
 * {@link io.harvest4j.core.codec.CodecProvider} named {@code "jaxb"} that serves
 * {@link io.harvest4j.core.codec.Format#XML}. Applications rarely name it: putting this module on
 * the module path or the class path is enough for the codec registry to find it.
 */
package io.harvest4j.xml;
