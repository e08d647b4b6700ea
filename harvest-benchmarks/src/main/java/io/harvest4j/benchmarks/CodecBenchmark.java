package io.harvest4j.benchmarks;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Response;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * {@code codec}: how fast each codec decodes and encodes realistic bodies, with Jackson (databind)
 * binding the same JSON to the same models as the reference point. Decoding: a daily of 500 day
 * entries and a list of 1,000 projects, as the simulator writes them, each read by the facade's own
 * reader (so with the shape and checks of a real call). Encoding: the request bodies a client
 * sends, 500 new day entries and 1,000 project fields, one body each. Every figure is the median
 * over interleaved rounds, in MB/s (of the body read or written) and objects/s (entries or
 * projects). Last line: {@code codec: xml decode=…MB/s json decode=…MB/s jackson=…MB/s} (the daily),
 * then the encode figures.
 */
final class CodecBenchmark implements Benchmark {

    @Override
    public String name() {
        return "codec";
    }

    @Override
    public String description() {
        return "decode/encode MB/s and objects/s of the XML and JSON codecs, Jackson as reference [--rounds 15]";
    }

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions read = new BenchmarkOptions(options);
        int rounds = read.integer("--rounds", 15);
        read.done();
        CodecBodies bodies = CodecBodies.make();
        JacksonReference jackson = new JacksonReference();
        Map<String, Task> tasks = new LinkedHashMap<>();
        for (Format format : List.of(Format.XML, Format.JSON)) {
            String f = format == Format.XML ? "xml" : "json";
            Response daily = bodies.answer(bodies.daily.get(format));
            Response projects = bodies.answer(bodies.projects.get(format));
            tasks.put(f + " decode daily", new Task(bodies.daily.get(format).length, CodecBodies.ENTRIES,
                    () -> bodies.decodeDaily(format, daily).dayEntries().size()));
            tasks.put(f + " decode projects", new Task(bodies.projects.get(format).length, 0,
                    () -> bodies.decodeProjects(format, projects).size()));
            Codec codec = bodies.codecs.get(format);
            tasks.put(f + " encode entries", encoding(codec, bodies.newEntries, bodies.newEntryShape));
            tasks.put(f + " encode projects", encoding(codec, bodies.projectFields, bodies.projectFieldsShape));
        }
        byte[] jsonDaily = bodies.daily.get(Format.JSON);
        byte[] jsonProjects = bodies.projects.get(Format.JSON);
        tasks.put("jackson decode daily", new Task(jsonDaily.length, CodecBodies.ENTRIES,
                () -> jackson.daily(jsonDaily).dayEntries().size()));
        tasks.put("jackson decode projects", new Task(jsonProjects.length, 0, () -> jackson.projects(jsonProjects).size()));
        tasks.put("jackson encode entries", jacksonEncoding(jackson, bodies.newEntries, bodies.newEntryShape.root()));
        tasks.put("jackson encode projects", jacksonEncoding(jackson, bodies.projectFields, bodies.projectFieldsShape.root()));

        int projectCount = tasks.get("json decode projects").run();
        for (Map.Entry<String, Task> task : tasks.entrySet()) {
            int objects = task.getValue().run();
            if (task.getKey().contains("decode projects")) {
                if (objects != projectCount) {
                    throw new IllegalStateException(task.getKey() + " read " + objects + " projects, not " + projectCount);
                }
                task.getValue().objects = objects;
            } else if (objects != task.getValue().objects) {
                throw new IllegalStateException(task.getKey() + " counted " + objects + ", not " + task.getValue().objects);
            }
        }
        out.printf(Locale.ROOT, "codec: daily of %d entries (xml %d bytes, json %d bytes), %d projects (xml %d bytes, json %d bytes);"
                        + " %d rounds after 3 of warm-up%n", CodecBodies.ENTRIES, bodies.daily.get(Format.XML).length,
                jsonDaily.length, projectCount, bodies.projects.get(Format.XML).length, jsonProjects.length, rounds);
        List<String> names = new ArrayList<>(tasks.keySet());
        for (int round = -3; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + Math.max(round, 0)) % names.size());
                double nanos = tasks.get(name).time();
                if (round >= 0) {
                    tasks.get(name).nanos.add(nanos);
                }
            }
        }
        for (Map.Entry<String, Task> task : tasks.entrySet()) {
            Task t = task.getValue();
            out.printf(Locale.ROOT, "  %-24s %8.2f ms  %7.1f MB/s  %9.0f objects/s%n", task.getKey(), t.medianMillis(),
                    t.megabytesPerSecond(), t.objectsPerSecond());
        }
        String line = String.format(Locale.ROOT, "codec: xml decode=%.1fMB/s json decode=%.1fMB/s jackson=%.1fMB/s"
                        + " (daily of %d; %.0f/%.0f/%.0f entries/s); encode xml=%.1fMB/s json=%.1fMB/s jackson=%.1fMB/s (new entries)",
                tasks.get("xml decode daily").megabytesPerSecond(), tasks.get("json decode daily").megabytesPerSecond(),
                tasks.get("jackson decode daily").megabytesPerSecond(), CodecBodies.ENTRIES,
                tasks.get("xml decode daily").objectsPerSecond(), tasks.get("json decode daily").objectsPerSecond(),
                tasks.get("jackson decode daily").objectsPerSecond(),
                tasks.get("xml encode entries").megabytesPerSecond(), tasks.get("json encode entries").megabytesPerSecond(),
                tasks.get("jackson encode entries").megabytesPerSecond());
        out.println(line);
        return line;
    }

    private static Task encoding(Codec codec, List<Object> values, WireShape shape) {
        long bytes = 0;
        for (Object value : values) {
            bytes += codec.encode(value, shape).length;
        }
        return new Task(bytes, values.size(), () -> {
            int n = 0;
            for (Object value : values) {
                if (codec.encode(value, shape).length > 0) {
                    n++;
                }
            }
            return n;
        });
    }

    private static Task jacksonEncoding(JacksonReference jackson, List<Object> values, String root) {
        long bytes = 0;
        for (Object value : values) {
            bytes += jackson.encode(root, value).length;
        }
        return new Task(bytes, values.size(), () -> {
            int n = 0;
            for (Object value : values) {
                if (jackson.encode(root, value).length > 0) {
                    n++;
                }
            }
            return n;
        });
    }

    /** One measured piece of work: so many bytes and objects per run. */
    private static final class Task {
        final long bytes;
        int objects;
        final IntSupplier work;
        final List<Double> nanos = new ArrayList<>();

        Task(long bytes, int objects, IntSupplier work) {
            this.bytes = bytes;
            this.objects = objects;
            this.work = work;
        }

        int run() {
            return work.getAsInt();
        }

        /** @return the mean time of one run, over runs of at least 50 ms together */
        double time() {
            int runs = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                if (work.getAsInt() < 0) {
                    throw new IllegalStateException();
                }
                runs++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 50_000_000L);
            return elapsed / (double) runs;
        }

        double medianMillis() {
            return OverheadBenchmark.median(nanos) / 1e6;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / (OverheadBenchmark.median(nanos) / 1e9);
        }

        double objectsPerSecond() {
            return objects / (OverheadBenchmark.median(nanos) / 1e9);
        }
    }
}
