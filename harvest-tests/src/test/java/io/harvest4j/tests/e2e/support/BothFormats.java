package io.harvest4j.tests.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A test run once in XML and once in JSON: its first parameter is the {@link io.harvest4j.core.codec.Format}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("io.harvest4j.tests.e2e.support.SimulatorClients#formats")
public @interface BothFormats {
}
