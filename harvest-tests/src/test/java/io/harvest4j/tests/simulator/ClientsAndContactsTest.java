package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /clients} and {@code /contacts} as raw HTTP, in both formats. */
class ClientsAndContactsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aClientInXmlHasTheDocumentedElementsTypesAndNils() {
        Response response = http.get("/clients/" + Seed.ACME_ID).asAdmin().xml().send();

        assertThat(response.status).isEqualTo(200);
        XmlNode client = response.xml();
        assertThat(client.name).isEqualTo("client");
        assertThat(client.childNames()).containsExactly("id", "name", "active", "currency", "currency-symbol", "details",
                "highrise-id", "cache-version", "default-invoice-timeframe", "last-invoice-kind", "created-at",
                "updated-at");
        assertThat(client.child("id").attribute("type")).isEqualTo("integer");
        assertThat(client.text("name")).isEqualTo("Acme & Sons");
        assertThat(client.child("active").attribute("type")).isEqualTo("boolean");
        assertThat(client.child("highrise-id").attribute("type")).isEqualTo("integer");
        assertThat(client.child("last-invoice-kind").isNil()).isTrue();
        assertThat(client.child("created-at").attribute("type")).isEqualTo("datetime");
        assertThat(client.text("created-at")).isEqualTo("2017-01-18T15:00:00Z");
    }

    @Test
    void aClientInJsonIsWrappedUnderscoredAndTyped() {
        Response response = http.get("/clients/" + Seed.UMBRELLA_ID).asAdmin().json().send();

        var client = response.json().getJsonObject("client");
        assertThat(client.getJsonNumber("id").longValue()).isEqualTo(Seed.UMBRELLA_ID);
        assertThat(client.getBoolean("active")).isTrue();
        assertThat(client.getString("currency_symbol")).isEqualTo("\u00a3");
        assertThat(client.getJsonNumber("cache_version").longValue()).isZero();
        assertThat(client.isNull("details")).isTrue();
        assertThat(client.getString("updated_at")).isEqualTo("2017-01-18T15:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void createTakesTheDocumentedFieldsAndIgnoresReadOnlyOrUnknownOnes(Wire wire) {
        Response created = wire.send(http.post("/clients").asAdmin(), "client", "name", "Company LLC",
                "highrise_id", 110011, "currency", "Euro - EUR", "currency_symbol", "\u20ac", "details", "1 Main St.",
                "id", 5, "cache_version", 99, "created_at", "2001-01-01T00:00:00Z", "favourite_colour", "blue").send();

        assertThat(created.status).isEqualTo(201);
        long id = Wire.idOf(created.header("Location"));
        assertThat(id).isNotEqualTo(5);
        Map<String, String> client = wire.one(wire.accept(http.get("/clients/" + id).asAdmin()).send(), "client");
        assertThat(client).containsEntry("name", "Company LLC").containsEntry("highrise_id", "110011")
                .containsEntry("currency", "Euro - EUR").containsEntry("details", "1 Main St.")
                .containsEntry("cache_version", "0").containsEntry("created_at", "2017-01-18T15:00:00Z")
                .containsEntry("active", "true").doesNotContainKey("favourite_colour");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aClientNeedsANameNoOtherClientHas(Wire wire) {
        Response blank = wire.send(http.post("/clients").asAdmin(), "client", "details", "x").send();
        Response taken = wire.send(http.post("/clients").asAdmin(), "client", "name", "ACME & SONS").send();
        Response renamed = wire.send(http.put("/clients/" + Seed.GLOBEX_ID).asAdmin(), "client", "name", "Acme & Sons").send();

        assertThat(blank.status).isEqualTo(400);
        assertThat(blank.header("Hint")).isEqualTo("name can't be blank");
        assertThat(taken.status).isEqualTo(400);
        assertThat(taken.header("Hint")).startsWith("Name has already been taken");
        assertThat(renamed.status).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anUpdateChangesWhatItSendsBumpsTheCacheVersionAndLeavesActiveToTheToggle(Wire wire) {
        SIMULATOR.clock().advance(java.time.Duration.ofMinutes(5));
        Response updated = wire.send(http.put("/clients/" + Seed.ACME_ID).asAdmin(), "client",
                "details", "New address", "active", false).send();

        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/clients/" + Seed.ACME_ID);
        assertThat(updated.body).isEmpty();
        Map<String, String> client = wire.one(wire.accept(http.get("/clients/" + Seed.ACME_ID).asAdmin()).send(), "client");
        assertThat(client).containsEntry("details", "New address").containsEntry("name", "Acme & Sons")
                .containsEntry("active", "true").containsEntry("cache_version", "1")
                .containsEntry("updated_at", "2017-01-18T15:05:00Z");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aClientWithActiveProjectsIsNotArchivedAndOneWithProjectsIsNotDeleted(Wire wire) {
        Response toggle = wire.accept(http.post("/clients/" + Seed.ACME_ID + "/toggle").asAdmin()).send();
        Response delete = wire.accept(http.delete("/clients/" + Seed.GLOBEX_ID).asAdmin()).send();

        assertThat(toggle.status).isEqualTo(400);
        assertThat(toggle.header("Hint")).startsWith("Client " + Seed.ACME_ID + " has active projects");
        assertThat(delete.status).isEqualTo(400);
        assertThat(delete.header("Hint")).startsWith("Client " + Seed.GLOBEX_ID + " has projects");
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.ACME_ID).orElseThrow().isActive()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void anArchivedClientIsActivatedAgainAndOneWithoutProjectsIsDeletedWithItsContacts(Wire wire) {
        Response activate = wire.accept(http.post("/clients/" + Seed.INITECH_ID + "/toggle").asAdmin()).send();
        Response contact = wire.send(http.post("/contacts").asAdmin(), "contact",
                "client_id", Seed.UMBRELLA_ID, "first_name", "Al", "last_name", "Bert").send();
        Response delete = wire.accept(http.delete("/clients/" + Seed.UMBRELLA_ID).asAdmin()).send();

        assertThat(activate.status).isEqualTo(200);
        assertThat(SIMULATOR.state().find(Resource.CLIENTS, Seed.INITECH_ID).orElseThrow().isActive()).isTrue();
        assertThat(delete.status).isEqualTo(200);
        assertThat(delete.body).isEmpty();
        assertThat(wire.accept(http.get("/clients/" + Seed.UMBRELLA_ID).asAdmin()).send().status).isEqualTo(404);
        assertThat(SIMULATOR.state().find(Resource.CONTACTS, Wire.idOf(contact.header("Location")))).isEmpty();
    }

    @Test
    void aContactInXmlHasTheDocumentedElements() {
        XmlNode contact = http.get("/contacts/" + Seed.JANE_CONTACT_ID).asAdmin().xml().send().xml();

        assertThat(contact.name).isEqualTo("contact");
        assertThat(contact.childNames()).containsExactly("id", "client-id", "title", "first-name", "last-name", "email",
                "phone-office", "phone-mobile", "fax", "created-at", "updated-at");
        assertThat(contact.child("client-id").attribute("type")).isEqualTo("integer");
        assertThat(contact.text("title")).isEqualTo("President");
        assertThat(contact.child("fax").isNil()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void contactsAreListedForTheAccountAndForOneClient(Wire wire) {
        List<Long> all = wire.ids(wire.accept(http.get("/contacts").asAdmin()).send(), "contacts", "contact");
        List<Long> acme = wire.ids(wire.accept(http.get("/clients/" + Seed.ACME_ID + "/contacts").asAdmin()).send(),
                "contacts", "contact");

        assertThat(all).containsExactly(Seed.JANE_CONTACT_ID, Seed.JOHN_CONTACT_ID, Seed.MARIE_CONTACT_ID);
        assertThat(acme).containsExactly(Seed.JANE_CONTACT_ID, Seed.JOHN_CONTACT_ID);
        assertThat(wire.accept(http.get("/clients/999/contacts").asAdmin()).send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aContactIsCreatedUpdatedAndDeleted(Wire wire) {
        Response created = wire.send(http.post("/contacts").asAdmin(), "contact", "client_id", Seed.GLOBEX_ID,
                "first_name", "Jean", "last_name", "Valjean", "email", "jean@globex.example", "title", "Mayor").send();
        assertThat(created.status).isEqualTo(201);
        assertThat(created.header("Location")).matches("/contacts/[0-9]+");
        long id = Wire.idOf(created.header("Location"));

        Response updated = wire.send(http.put("/contacts/" + id).asAdmin(), "contact", "phone_mobile", "555.1").send();
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.header("Location")).isEqualTo("/contacts/" + id);
        Map<String, String> contact = wire.one(wire.accept(http.get("/contacts/" + id).asAdmin()).send(), "contact");
        assertThat(contact).containsEntry("client_id", Long.toString(Seed.GLOBEX_ID)).containsEntry("title", "Mayor")
                .containsEntry("phone_mobile", "555.1").containsEntry("last_name", "Valjean");

        assertThat(wire.accept(http.delete("/contacts/" + id).asAdmin()).send().status).isEqualTo(200);
        assertThat(wire.accept(http.get("/contacts/" + id).asAdmin()).send().status).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aContactNeedsAnExistingClientAndBothNames(Wire wire) {
        Response noClient = wire.send(http.post("/contacts").asAdmin(), "contact", "first_name", "A", "last_name", "B").send();
        Response unknownClient = wire.send(http.post("/contacts").asAdmin(), "contact", "client_id", 999,
                "first_name", "A", "last_name", "B").send();
        Response noLastName = wire.send(http.post("/contacts").asAdmin(), "contact", "client_id", Seed.ACME_ID,
                "first_name", "A").send();

        assertThat(noClient.status).isEqualTo(400);
        assertThat(noClient.header("Hint")).isEqualTo("client-id can't be blank");
        assertThat(unknownClient.header("Hint")).isEqualTo("No client 999");
        assertThat(noLastName.header("Hint")).isEqualTo("last-name can't be blank");
    }

    @Test
    void bracketedFormParametersStandForTheWrappedBody() {
        Response form = http.post("/clients").asAdmin().json().body(Http.FORM, "client%5Bname%5D=Form+Co&client[details]=x").send();
        Response query = http.post("/clients?client%5Bname%5D=Query+Co").asAdmin().json().send();

        assertThat(form.status).isEqualTo(201);
        assertThat(query.status).isEqualTo(201);
        assertThat(SIMULATOR.state().all(Resource.CLIENTS)).extracting(ClientSnapshot::name)
                .contains("Form Co", "Query Co");
    }
}
