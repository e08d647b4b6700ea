/**
 * The test classes of the XML codec that the shared models ({@code io.harvest4j.core.testing}) do
 * not cover: a class outside the model convention ({@link io.harvest4j.xml.testmodel.Gadget}) and
 * one JAXB cannot bind ({@link io.harvest4j.xml.testmodel.Unbindable}, with the field access of
 * the convention).
 */
@XmlAccessorType(XmlAccessType.FIELD)
package io.harvest4j.xml.testmodel;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

