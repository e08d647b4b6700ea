/**
 * Jakarta XML Bind adapters for the {@code java.time} types of the models. Loaded only by the XML
 * codec; core depends on the annotations statically.
 */
package io.harvest4j.core.bind;
