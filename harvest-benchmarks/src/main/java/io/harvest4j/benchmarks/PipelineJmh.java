package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.simulator.Seed;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the client's pipeline alone — encode, headers, governor, Basic signing, the transport seat,
 * status mapping, decoding — over a transport that answers who_am_i from memory, blocking
 * ({@code execute()}) and asynchronous ({@code executeAsync().join()}); {@code decodeOnly} is the
 * codec's part of it. {@code java -jar harvest-benchmarks.jar jmh PipelineJmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineJmh {

    /** The client's format. */
    @Param({"xml", "json"})
    public String formatName;

    private Format format;

    private HarvestClient client;
    private HarvestRequest<WhoAmI> whoAmI;
    private Response canned;

    /**
     * Builds the client over a transport that answers the simulator's who_am_i body.
     *
     * @throws Exception when the simulator cannot make the body
     */
    @Setup
    public void setUp() throws Exception {
        format = formatName.equals("xml") ? Format.XML : Format.JSON;
        CodecBodies bodies = CodecBodies.make();
        byte[] body = bodies.whoAmI.get(format);
        Headers headers = Headers.builder().add("Content-Type", format.mediaType()).build();
        Transport memory = new Transport() {
            @Override
            public CompletableFuture<Response> sendAsync(Request request) {
                return CompletableFuture.completedFuture(send(request));
            }

            @Override
            public Response send(Request request) {
                return new Response(request, 200, headers, body);
            }
        };
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(format)
                .throttle(1_000_000, Duration.ofSeconds(1)).build();
        client = Harvest.builder().config(config).transport(memory)
                .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build();
        whoAmI = new Account(client).whoAmI();
        canned = bodies.answer(body);
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return who_am_i through {@code execute()} */
    @Benchmark
    public WhoAmI execute() {
        return whoAmI.execute();
    }

    /** @return who_am_i through {@code executeAsync().join()} */
    @Benchmark
    public WhoAmI executeAsync() {
        return whoAmI.executeAsync().join();
    }

    /** @return who_am_i decoded by the call's reader alone */
    @Benchmark
    public WhoAmI decodeOnly() {
        return whoAmI.call().reader().read(canned, client.codec());
    }
}
