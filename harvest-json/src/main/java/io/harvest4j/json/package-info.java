/**
 * The JSON codec's provider: {@link io.harvest4j.json.JsonbCodecProvider}, found by the core's
 * codec registry. Everything else of the codec is internal.
 */
package io.harvest4j.json;
