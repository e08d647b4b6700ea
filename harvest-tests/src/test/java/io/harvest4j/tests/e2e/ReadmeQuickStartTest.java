package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start is a whole program; it is compiled here exactly as the README shows
 * it, against the built modules, with every lint warning an error — so the first code a newcomer
 * copies compiles.
 */
class ReadmeQuickStartTest {

    private static final Pattern QUICK_START = Pattern.compile(
            "## Quick start\\n.*?```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void theQuickStartCompilesAsWritten() throws Exception {
        String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = QUICK_START.matcher(readme);
        assertThat(block.find()).as("README.md has a java block under '## Quick start'").isTrue();
        String program = block.group(1);
        assertThat(program).contains("public final class QuickStart");

        Path source = work.resolve("QuickStart.java");
        Files.writeString(source, program, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "11", "-Xlint:all", "-Xlint:-options", "-Werror",
                "-classpath", classPath(), "-d", work.toString(), source.toString()));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));

        assertThat(status).as("javac of the README's quick start: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(work.resolve("QuickStart.class")).exists();
    }

    /** The test's own class path (surefire names the real one in a property of its own). */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path", "");
        return path.isEmpty() ? System.getProperty("java.class.path") : path.replace(File.pathSeparator + File.pathSeparator,
                File.pathSeparator);
    }
}
