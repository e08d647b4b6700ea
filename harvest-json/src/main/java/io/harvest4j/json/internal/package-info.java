/**
 * The JSON codec's machinery, not exported: the codec, the guarded document reader, the lenient
 * binder that fills model objects from JSON-P trees, the envelope rules of {@code WireShape} and
 * the Yasson configuration used for writing.
 */
package io.harvest4j.json.internal;
