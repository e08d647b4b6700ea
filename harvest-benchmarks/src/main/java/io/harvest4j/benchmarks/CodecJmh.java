package io.harvest4j.benchmarks;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Response;
import io.harvest4j.extended.model.Project;
import io.harvest4j.timetracking.model.Daily;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one decode of the 500-entry daily and of the 1,000-project list, and one encode of a new
 * day entry, by the codec of each format (through the facade's reader, as a call decodes), and by
 * Jackson on the JSON as the reference. {@code java -jar harvest-benchmarks.jar jmh CodecJmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecJmh {

    /** The codec's format. */
    @Param({"xml", "json"})
    public String formatName;

    private Format format;

    private CodecBodies bodies;
    private JacksonReference jackson;
    private Response daily;
    private Response projects;
    private byte[] jsonDaily;
    private byte[] jsonProjects;
    private Object entry;

    /**
     * Makes the bodies with the simulator, once per fork.
     *
     * @throws Exception when the simulator cannot make them
     */
    @Setup
    public void setUp() throws Exception {
        format = formatName.equals("xml") ? Format.XML : Format.JSON;
        bodies = CodecBodies.make();
        jackson = new JacksonReference();
        daily = bodies.answer(bodies.daily.get(format));
        projects = bodies.answer(bodies.projects.get(format));
        jsonDaily = bodies.daily.get(Format.JSON);
        jsonProjects = bodies.projects.get(Format.JSON);
        entry = bodies.newEntries.get(0);
    }

    /** @return the daily of 500 entries, decoded by the codec */
    @Benchmark
    public Daily decodeDaily() {
        return bodies.decodeDaily(format, daily);
    }

    /** @return the 1,000 projects, decoded by the codec */
    @Benchmark
    public List<Project> decodeProjects() {
        return bodies.decodeProjects(format, projects);
    }

    /** @return one new day entry, encoded by the codec */
    @Benchmark
    public byte[] encodeEntry() {
        return bodies.codecs.get(format).encode(entry, bodies.newEntryShape);
    }

    /** @return the JSON daily, bound by Jackson (the same for both values of the parameter) */
    @Benchmark
    public Daily jacksonDecodeDaily() {
        return jackson.daily(jsonDaily);
    }

    /** @return the JSON projects, bound by Jackson */
    @Benchmark
    public Object jacksonDecodeProjects() {
        return jackson.projects(jsonProjects);
    }

    /** @return one new day entry, written by Jackson */
    @Benchmark
    public byte[] jacksonEncodeEntry() {
        return jackson.encode(bodies.newEntryShape.root(), entry);
    }
}
