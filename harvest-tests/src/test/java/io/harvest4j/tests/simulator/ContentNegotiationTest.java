package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContentNegotiationTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aMissingAcceptIs406() {
        Response response = http.get("/daily").asUser().send();

        assertThat(response.status).isEqualTo(406);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body).contains("application/xml").contains("application/json");
    }

    @Test
    void anAcceptNamingNeitherFormatIs406() {
        assertThat(http.get("/daily").asUser().header("Accept", "text/html").send().status).isEqualTo(406);
    }

    @Test
    void theFirstFormatNamedWinsAndWildcardsPickXml() {
        Response list = http.get("/daily").asUser().header("Accept", "text/html, application/json;q=0.9, application/xml").send();
        Response any = http.get("/daily").asUser().header("Accept", "*/*").send();
        Response textXml = http.get("/daily").asUser().header("Accept", "text/xml").send();

        assertThat(list.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(any.header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
        assertThat(any.body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(textXml.header("Content-Type")).startsWith("application/xml");
    }

    @Test
    void aBodyWithoutASupportedContentTypeIs415() {
        Response plain = http.post("/daily/add").asUser().xml().body("text/plain", "project_id=300001").send();
        Response none = http.post("/daily/add").asUser().xml().body(null, "project_id=300001").send();

        assertThat(plain.status).isEqualTo(415);
        assertThat(plain.xml().text("message")).contains("Content-Type");
        assertThat(none.status).isEqualTo(415);
    }

    @Test
    void anEmptyBodyIsNoBodyWhateverItsType() {
        Response response = http.post("/daily/add?project_id=300001&task_id=400001&hours=1").asUser().json()
                .body("text/csv", "").send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aGetWithABodyIs400() {
        Response response = http.get("/daily").asUser().json().body(Http.JSON, "{}").send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).contains("GET");
    }

    @Test
    void aTrailingSlashIsIgnored() {
        assertThat(http.get("/account/who_am_i/").asUser().json().send().status).isEqualTo(200);
        assertThat(http.get("/daily/").asUser().json().send().status).isEqualTo(200);
    }

    @Test
    void anUnknownRouteOrMethodIs404() {
        Response unknown = http.get("/nothing/here").asUser().json().send();
        Response wrongMethod = http.get("/daily/add").asUser().json().send();

        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.json().getString("message")).contains("No route matches [GET] /nothing/here");
        assertThat(wrongMethod.status).isEqualTo(404);
    }

    @Test
    void malformedBodiesAre400() {
        Response xml = http.post("/daily/add").asUser().xml().body(Http.XML, "<request><notes>").send();
        Response json = http.post("/daily/add").asUser().json().body(Http.JSON, "{\"notes\":").send();
        Response array = http.post("/daily/add").asUser().json().body(Http.JSON, "[1]").send();

        assertThat(xml.status).isEqualTo(400);
        assertThat(xml.header("Hint")).startsWith("Malformed XML");
        assertThat(json.status).isEqualTo(400);
        assertThat(array.status).isEqualTo(400);
    }

    @Test
    void xmlWithADoctypeOrExternalEntityIsRefusedWithoutReadingAnything() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE request [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<request><notes>&xxe;</notes><project_id>300001</project_id><task_id>400001</task_id><hours>1</hours></request>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<request><notes>&lol2;</notes></request>";

        Response external = http.post("/daily/add").asUser().xml().body(Http.XML, xxe).send();
        Response bomb = http.post("/daily/add").asUser().xml().body(Http.XML, laughs).send();

        assertThat(external.status).isEqualTo(400);
        assertThat(external.body).doesNotContain("root:");
        assertThat(bomb.status).isEqualTo(400);
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }
}
