package io.harvest4j.tests.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test run in XML and JSON as each of the three seeded users: its parameters are the
 * {@link io.harvest4j.core.codec.Format} and the {@link Role}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0} as {1}")
@MethodSource("io.harvest4j.tests.e2e.support.SimulatorClients#formatsAndRoles")
public @interface EachFormatAndRole {
}
