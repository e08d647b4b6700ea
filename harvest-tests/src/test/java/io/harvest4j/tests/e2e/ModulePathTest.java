package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the library works as named modules: a small consumer module ({@code src/test/modulepath})
 * is compiled against the built modules and launched with {@code java -p … -m}, in a JVM of its
 * own, without {@code jdk.unsupported} tricks or surefire's class-path help. It asks who_am_i of
 * the simulator in XML and JSON, through the builder and through Guice, and reads the admin's and
 * another user's timesheets with the executable requests ({@code execute()}, {@code executeAsync()},
 * {@code timeout(…)}). A second consumer has no Guice, Guava or JAXB jar on its path at all. Both
 * compile with {@code -Xlint:all -Werror}: the models' XML-binding annotations carry no values, so
 * an application without the XML binding API gets no warning from them.
 */
class ModulePathTest {

    /** The artifacts an application of the XML and JSON codecs, Basic auth and Guice puts on its module path. */
    private static final Pattern NEEDED = Pattern.compile(
            ".*(/harvest-(core|xml|json|auth|timetracking|extended)/target/classes/?$"
                    + "|/(harvest-(core|xml|json|auth|timetracking|extended)|guice|jakarta\\.inject-api|aopalliance|guava|failureaccess|jakarta\\.xml\\.bind-api|jaxb-runtime"
                    + "|jaxb-core|txw2|istack-commons-runtime|jakarta\\.activation-api|angus-activation|woodstox-core|stax2-api"
                    + "|jakarta\\.json\\.bind-api|yasson|jakarta\\.json-api|parsson)-[0-9][^/]*(?<!-tests)\\.jar$).*");

    /** What an application of the JSON codec, Basic auth and Time Tracking alone puts on its module path. */
    private static final Pattern WITHOUT_GUICE_OR_XML = Pattern.compile(
            ".*(/harvest-(core|json|auth|timetracking)/target/classes/?$"
                    + "|/(harvest-(core|json|auth|timetracking)|jakarta\\.inject-api"
                    + "|jakarta\\.json\\.bind-api|yasson|jakarta\\.json-api|parsson)-[0-9][^/]*(?<!-tests)\\.jar$).*");

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @TempDir
    Path work;

    @Test
    void aConsumerModuleAsksWhoAmIOnTheModulePath() throws Exception {
        String modulePath = modulePath(NEEDED);
        String output = launch("io.harvest4j.consumer", "io.harvest4j.consumer.WhoAmIApp", modulePath,
                SIMULATOR.uri().toString(), Long.toString(Seed.USER_ID), Seed.TODAY.toString());

        assertThat(output)
                .contains("module: io.harvest4j.consumer, core: io.harvest4j.core")
                .contains("application/xml builder: admin@example.com admin=true")
                .contains("application/xml guice: admin@example.com admin=true")
                .contains("application/json builder: admin@example.com admin=true")
                .contains("application/json guice: admin@example.com admin=true")
                .contains("application/xml daily: " + Seed.TODAY + " projects=4; of user " + Seed.USER_ID + ": " + Seed.TODAY
                        + " entries=0")
                .contains("application/json daily: " + Seed.TODAY + " projects=4; of user " + Seed.USER_ID + ": "
                        + Seed.TODAY + " entries=0");
    }

    @Test
    void aConsumerWithoutGuiceOrJaxbCompilesWithoutAWarningAndRunsOnTheModulePath() throws Exception {
        String modulePath = modulePath(WITHOUT_GUICE_OR_XML);
        assertThat(modulePath).doesNotContain("guice", "guava", "aopalliance", "jaxb", "jakarta.xml.bind", "harvest-xml");

        String output = launch("io.harvest4j.plainconsumer", "io.harvest4j.plainconsumer.DailyApp", modulePath,
                SIMULATOR.uri().toString());

        assertThat(output).contains("daily: " + Seed.TODAY + " projects=3").contains("guice: false, jaxb: false");
    }

    /** Compiles the consumer module of that name and runs its main class as a real {@code java -p … -m}. */
    private String launch(String module, String mainClass, String modulePath, String... args) throws Exception {
        Path classes = compileConsumer(module, modulePath);
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--module-path");
        command.add(classes + File.pathSeparator + modulePath);
        command.add("--module");
        command.add(module + "/" + mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the consumer finished: %s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private Path compileConsumer(String module, String modulePath) throws IOException {
        Path sources = Paths.get("src", "test", "modulepath", module);
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        Path classes = work.resolve(module);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "11", "--module-path", modulePath,
                "-d", classes.toString(), "-Xlint:all", "-Xlint:-requires-automatic", "-Werror"));
        arguments.addAll(files);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
        assertThat(status).as("javac of the consumer: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** The module path of the built modules and their dependencies, taken from the test JVM's own paths. */
    private static String modulePath(Pattern needed) {
        Set<String> entries = new LinkedHashSet<>();
        // surefire launches through a manifest-only jar and names the real class path in its own property
        for (String property : new String[] {"surefire.test.class.path", "jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(Pattern.quote(File.pathSeparator))) {
                String normalized = entry.replace(File.separatorChar, '/');
                if (!entry.isEmpty() && needed.matcher(normalized).matches()) {
                    entries.add(entry);
                }
            }
        }
        assertThat(entries).as("the built modules are on the test's paths").anyMatch(e -> e.contains("harvest-core"));
        return String.join(File.pathSeparator, entries);
    }
}
