package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Call;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.extended.Projects;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies the codec figures are taken on, as the simulator writes them (it shares no code with
 * the codecs): a daily of {@value #ENTRIES} entries and a list of {@value #PROJECTS} projects, in XML
 * and JSON; the codecs of both formats; the calls the facades declare for them, whose readers decode
 * exactly as a real call does; and the request bodies a client encodes (new day entries, project
 * fields), with their shapes.
 */
final class CodecBodies {

    static final int ENTRIES = 500;
    static final int PROJECTS = 1000;
    static final List<Format> FORMATS = List.of(Format.XML, Format.JSON);

    final Map<Format, Codec> codecs = new HashMap<>();
    final Map<Format, byte[]> daily = new HashMap<>();
    final Map<Format, byte[]> projects = new HashMap<>();
    final Map<Format, byte[]> whoAmI = new HashMap<>();
    final Call<Daily> dailyCall;
    final Call<List<Project>> projectsCall;
    final List<Object> newEntries = new ArrayList<>();
    final WireShape newEntryShape;
    final List<Object> projectFields = new ArrayList<>();
    final WireShape projectFieldsShape;
    private final URI base = URI.create("http://127.0.0.1:9");

    private CodecBodies(HarvestSimulator simulator) throws Exception {
        List<HarvestClient> clients = new ArrayList<>();
        for (Format format : FORMATS) {
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                    .throttle(1_000_000, Duration.ofSeconds(1)).build();
            HarvestClient client = Harvest.builder().config(config)
                    .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build();
            clients.add(client);
            codecs.put(format, client.codec());
        }
        HarvestClient json = clients.get(FORMATS.indexOf(Format.JSON));
        TimeTracking time = new TimeTracking(json);
        Projects projectsFacade = new Projects(json);
        for (int i = 0; i < ENTRIES; i++) {
            NewDayEntry entry = NewDayEntry.withHours(new BigDecimal(i % 8 + ".25")).projectId(Seed.WEBSITE_ID)
                    .taskId(i % 2 == 0 ? Seed.DESIGN_ID : Seed.DEVELOPMENT_ID)
                    .notes("entry " + i + ": reviewed the design with the client & wrote the notes (€ budget)").build();
            newEntries.add(entry);
            time.add(entry).execute();
        }
        for (int i = 0; i < PROJECTS; i++) {
            ProjectFields fields = ProjectFields.builder().name("Project " + i + " for Acme & Sons").clientId(Seed.ACME_ID)
                    .code("P" + i).notes("a project of the benchmark, number " + i).budget(new BigDecimal(100 + i)).build();
            projectFields.add(fields);
            projectsFacade.create(fields).execute();
        }
        Call<?> add = time.add((NewDayEntry) newEntries.get(0)).call();
        newEntryShape = add.bodyShape().orElseThrow();
        Call<?> create = projectsFacade.create((ProjectFields) projectFields.get(0)).call();
        projectFieldsShape = create.bodyShape().orElseThrow();
        dailyCall = time.daily().call();
        projectsCall = projectsFacade.list().call();
        HttpClient http = HttpClient.newHttpClient();
        for (Format format : FORMATS) {
            daily.put(format, get(http, simulator.uri("/daily"), format));
            projects.put(format, get(http, simulator.uri("/projects"), format));
            whoAmI.put(format, get(http, simulator.uri("/account/who_am_i"), format));
        }
        for (HarvestClient client : clients) {
            client.close();
        }
    }

    /**
     * @return the bodies, made by a simulator that runs only as long as this takes
     * @throws Exception when the simulator cannot make them
     */
    static CodecBodies make() throws Exception {
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().maxProjects(PROJECTS + 100)
                .recordingAtMost(1).build().start()) {
            return new CodecBodies(simulator);
        }
    }

    private static byte[] get(HttpClient http, URI uri, Format format) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", format.mediaType())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Seed.ADMIN_EMAIL + ":" + Seed.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** @return an answer of 200 with the body, as a reader sees one */
    Response answer(byte[] body) {
        return new Response(Request.builder(HttpMethod.GET, base).build(), 200, Headers.empty(), body);
    }

    /**
     * @param format the format
     * @param response an answer holding the daily
     * @return the daily as the facade's reader decodes it
     */
    Daily decodeDaily(Format format, Response response) {
        return dailyCall.reader().read(response, codecs.get(format));
    }

    /**
     * @param format the format
     * @param response an answer holding the projects
     * @return the projects as the facade's reader decodes them
     */
    List<Project> decodeProjects(Format format, Response response) {
        return projectsCall.reader().read(response, codecs.get(format));
    }
}
