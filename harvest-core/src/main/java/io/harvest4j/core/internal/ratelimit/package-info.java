/**
 * The answer of {@code GET /account/rate_limit_status} as the throttle governor reads it, for the
 * core's own use (the public model is harvest-extended's {@code RateLimitStatus}; core cannot
 * depend on it). Not exported; opened so that any codec can bind the fields, as the models of the
 * facades are. The annotation serves the XML codec only.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package io.harvest4j.core.internal.ratelimit;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
