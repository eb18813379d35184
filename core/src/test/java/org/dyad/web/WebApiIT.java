package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.cli.Main;
import org.dyad.engine.Dyad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.web.WebServerTest.assertError;

/**
 * {@code POST /api/code} with the real coder, on a server on a random port, called with a real
 * HTTP client: the events are those of {@code dyad code}, the spans point into the text returned.
 */
class WebApiIT {
    static final Path EXAMPLE = Path.of("../examples/2024-03-14-geneva-ceasefire-talks.txt");
    static WebServer server;
    static WebFixtures.Client http;
    static JsonNode example;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, null, WebServer.Options.DEFAULT_MAX_BODY),
                () -> Dyad.shared(Dyad.Config.DEFAULT), System.err);
        http = new WebFixtures.Client(server.url());
        WebFixtures.Resp r = http.post("/api/code?explain=true&id=" + EXAMPLE.getFileName(), "text/plain", Files.readString(EXAMPLE));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        example = r.json();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theEventsAreThoseOfDyadCode() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("code", "--explain", EXAMPLE.toString())).as(err.toString()).isZero();
        List<JsonNode> cli = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode n = WebFixtures.read(line);
            if (!n.has("no_event")) cli.add(n);
        }
        List<JsonNode> api = new ArrayList<>();
        example.get("events").forEach(api::add);
        assertThat(api).isNotEmpty();
        assertThat(api).isEqualTo(cli);
        assertThat(example.get("article_id").asText()).isEqualTo(EXAMPLE.getFileName().toString());
        assertThat(example.get("date").asText()).isEqualTo("2024-03-14");
        assertThat(example.get("coder_version").asText()).startsWith("dyad ");
    }

    @Test
    void jsonAndPlainTextGiveTheSameEvents() throws Exception {
        String text = Files.readString(EXAMPLE).replaceFirst("^date 2024-03-14 ", "");
        ObjectNode body = WebFixtures.JSON.createObjectNode();
        body.put("id", EXAMPLE.getFileName().toString());
        body.put("date", "2024-03-14");
        body.put("text", text);
        JsonNode r = http.post("/api/code", "application/json", body.toString()).json();
        List<JsonNode> withoutExplain = new ArrayList<>();
        example.get("events").forEach(e -> withoutExplain.add(((ObjectNode) e.deepCopy()).without("explain")));
        List<JsonNode> got = new ArrayList<>();
        r.get("events").forEach(got::add);
        assertThat(got).isEqualTo(withoutExplain);
        assertThat(r.has("no_event")).isFalse();
    }

    @Test
    void spansPointIntoTheTextReturnedAndCoverEveryEvent() {
        String text = example.get("text").asText();
        assertThat(text).startsWith("Armenian Foreign Minister");
        Set<String> kinds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode s : example.get("spans")) {
            kinds.add(s.get("kind").asText());
            int a = s.get("start").asInt(), b = s.get("end").asInt();
            assertThat(text.substring(a, b)).isEqualTo(s.get("text").asText());
            keys.add(s.get("kind").asText() + ":" + a + ":" + b);
        }
        assertThat(kinds).contains("actor", "trigger", "date", "place");
        for (JsonNode e : example.get("events")) {
            assertThat(keys).contains(key("actor", e.get("source")), key("trigger", e.get("trigger")));
            if (!e.get("target").isNull()) assertThat(keys).contains(key("actor", e.get("target")));
            assertThat(e.get("explain")).isNotEmpty();
        }
        JsonNode actor = WebServerTest.spans(example, "actor").get(0);
        assertThat(actor.get("code").asText()).isEqualTo("ARMGOV");
        JsonNode date = WebServerTest.spans(example, "date").get(0);
        assertThat(date.get("text").asText()).isEqualTo("Tuesday");
        assertThat(date.get("value").asText()).isEqualTo("2024-03-12");
        assertThat(example.get("sentences").size()).isGreaterThan(10);
        assertThat(example.get("no_event")).isNotEmpty();
    }

    @Test
    void markupIsRemovedAndEscapedTextComesBackAsText() {
        String html = "<p>Russia accused Ukraine on Monday of shelling the city, and said the report showed "
                + "&lt;script&gt;alert(1)&lt;/script&gt; on its website.</p><p>Ukraine rejected the charge.</p>";
        JsonNode r = http.post("/api/code?date=2024-03-14&id=html-1", "text/plain", html).json();
        String text = r.get("text").asText();
        assertThat(text).doesNotContain("<p>").contains("<script>alert(1)</script>");
        for (JsonNode s : r.get("spans")) {
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
        assertThat(r.get("events")).isNotEmpty();
        assertThat(r.get("diagnostics").toString()).contains("HTML markup removed");
    }

    @Test
    void anArticleThatIsNotEnglishIs422() {
        String fr = "Le ministre des Affaires étrangères a rencontré son homologue à Genève mardi pour des pourparlers "
                + "sur le cessez-le-feu le long de la frontière, ont indiqué les autorités suisses dans un communiqué.";
        assertError(http.post("/api/code?date=2024-03-14", "text/plain", fr), 422, "does not look like English");
    }

    private static String key(String kind, JsonNode span) {
        return kind + ":" + span.get("start").asInt() + ":" + span.get("end").asInt();
    }
}
