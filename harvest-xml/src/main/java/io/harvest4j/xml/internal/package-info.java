/**
 * The workings of the XML codec, not exported: the codec itself, the hardened StAX input, the
 * reader that turns Rails XML into what JAXB expects, the writer that spells names for the wire,
 * and the little the codec learns about each model class.
 */
package io.harvest4j.xml.internal;
