package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator must not share code with the client it judges: a mapping mistake must not be able
 * to hide by being made twice. No source of the simulator names a package of the client.
 */
class SimulatorIndependenceTest {

    private static final Pattern CLIENT_PACKAGE = Pattern.compile(
            "\\bio\\.harvest4j\\.(core|xml|json|auth|timetracking|extended)\\b|\\bjakarta\\.xml\\.bind\\b|\\bjakarta\\.json\\.bind\\b");

    @Test
    void noSimulatorSourceUsesTheClientOrItsBindingLibraries() throws IOException {
        Path simulator = Paths.get("src", "main", "java", "io", "harvest4j", "tests", "simulator");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(simulator)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }

        assertThat(sources).hasSizeGreaterThan(5);
        List<String> offenders = sources.stream()
                .filter(source -> CLIENT_PACKAGE.matcher(read(source)).find())
                .map(Path::toString)
                .collect(Collectors.toList());
        assertThat(offenders).isEmpty();
    }

    private static String read(Path source) {
        try {
            return new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
