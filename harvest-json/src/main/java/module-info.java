/**
 * The {@code application/json} codec of harvest4j, on Jakarta JSON Binding (Yasson) and Jakarta
 * JSON Processing (Parsson).
 *
 * <p>Found by {@code io.harvest4j.core.codec.CodecRegistry} through {@link java.util.ServiceLoader}
 * under the name {@code "jsonb"}. The model packages it reads and writes must be open to this
 * module (it creates and fills model objects through their private no-argument constructors and
 * fields) and to {@code org.eclipse.yasson} (which reads their fields when writing):
 * <pre>{@code opens com.example.model to io.harvest4j.json, org.eclipse.yasson;}</pre>
 *
 * <p>Yasson and Parsson are run-time dependencies only: this module names the Jakarta APIs, and the
 * implementations are found through their {@code provides} clauses (or {@code META-INF/services} on
 * the class path).
 */
module io.harvest4j.json {
    requires io.harvest4j.core;
    requires jakarta.json;
    requires jakarta.json.bind;

    exports io.harvest4j.json;

    provides io.harvest4j.core.codec.CodecProvider with io.harvest4j.json.JsonbCodecProvider;
}
