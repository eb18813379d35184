package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.engine.Dyad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API on a real server (random port, 127.0.0.1) called with a real HTTP client, on a store
 * built without the coder: store endpoints, paging, errors, limits, the page's files. The coder is
 * never loaded here ({@link WebApiIT} codes real articles).
 */
class WebServerTest {
    @TempDir static Path dir;
    static WebServer server;
    static WebServer noDb;
    static WebFixtures.Client http;
    static final long LIMIT = 20_000;

    static final Supplier<Dyad> NO_CODER = () -> {
        throw new AssertionError("this test must not load the coder");
    };

    @BeforeAll
    static void start() {
        Path db = WebFixtures.store(dir);
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, db, LIMIT), NO_CODER, System.err);
        noDb = WebServer.start(new WebServer.Options("127.0.0.1", 0, dir.resolve("missing.duckdb"), LIMIT), NO_CODER, System.err);
        http = new WebFixtures.Client(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (noDb != null) noDb.close();
    }

    @Test
    void listensOnLoopbackOnTheGivenPort() {
        assertThat(server.url()).startsWith("http://127.0.0.1:").endsWith(server.port() + "/");
        assertThat(server.port()).isPositive();
        JsonNode s = http.get("/api/status").json();
        assertThat(s.get("db_available").asBoolean()).isTrue();
        assertThat(s.get("coder_ready").asBoolean()).isFalse();
        assertThat(s.get("max_body_bytes").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void eventsArePagedAndThePagesCoverEveryEventOnce() {
        JsonNode all = http.get("/api/events?limit=1000").json();
        long total = all.get("total").asLong();
        assertThat(total).isEqualTo(8);
        assertThat(all.get("events")).hasSize(8);
        List<String> paged = new ArrayList<>();
        for (int off = 0; off < total; off += 4) {
            WebFixtures.Resp r = http.get("/api/events?limit=4&offset=" + off);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/json");
            JsonNode page = r.json();
            assertThat(page.get("total").asLong()).isEqualTo(total);
            assertThat(page.get("offset").asInt()).isEqualTo(off);
            assertThat(page.get("events").size()).isLessThanOrEqualTo(4);
            page.get("events").forEach(e -> paged.add(e.get("cluster_id").asText()));
        }
        List<String> once = new ArrayList<>();
        all.get("events").forEach(e -> once.add(e.get("cluster_id").asText()));
        assertThat(paged).isEqualTo(once);
        assertThat(http.get("/api/events?offset=100").json().get("events")).isEmpty();
    }

    @Test
    void eventsHaveTheFieldsOfDyadCodePlusTheClusterCounts() {
        JsonNode e = http.get("/api/events?dyad=RUSMIL:UKR").json().get("events").get(0);
        assertThat(e.get("cameo").asText()).isEqualTo("190");
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUSMIL");
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("shelled");
        assertThat(e.get("location").get("name").asText()).isEqualTo("Kharkiv");
        assertThat(e.get("article_id").asText()).isEqualTo("rus-ukr-feb");
        for (String f : List.of("event_id", "sentence", "quad_class", "goldstein", "date", "mode", "coder_version",
                "cluster_id", "num_mentions", "num_sources", "num_articles")) {
            assertThat(e.has(f)).as(f).isTrue();
        }
    }

    @Test
    void theFiltersOfDyadQueryWork() {
        assertThat(http.get("/api/events?actor=FRA").json().get("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/events?country=DEU&code=04").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/events?dyad=UKR:RUS").json().get("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/events?quad=4").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/events?from=2024-04&to=2024-05").json().get("total").asInt()).isEqualTo(3);
        assertThat(http.get("/api/events?text=prisoners").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/events?publisher=wire%20two").json().get("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/events?root=5").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aDyadTimelinePerMonthCountsQuadClassesAndGoldsteinInBothDirections() {
        JsonNode t = http.get("/api/timeline?dyad=RUS:UKR&by=month").json();
        assertThat(t.get("both").asBoolean()).isFalse();
        List<String> starts = new ArrayList<>();
        t.get("periods").forEach(p -> starts.add(p.get("start").asText()));
        // RUS→UKR: January, February, April, May; March is listed with zeros
        assertThat(starts).containsExactly("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01");
        JsonNode jan = t.get("periods").get(0);
        assertThat(jan.get("quad").toString()).isEqualTo("[0,0,1,0]");
        assertThat(t.get("periods").get(2).get("total").asInt()).isZero();
        assertThat(t.get("periods").get(2).get("goldstein_mean").isNull()).isTrue();

        JsonNode both = http.get("/api/timeline?dyad=RUS:UKR&by=month&both=true").json();
        assertThat(both.get("both").asBoolean()).isTrue();
        JsonNode jan2 = both.get("periods").get(0);
        // the January rejection by Ukraine (120, verbal conflict) counts too
        assertThat(jan2.get("quad").toString()).isEqualTo("[0,0,2,0]");
        assertThat(jan2.get("total").asInt()).isEqualTo(2);
        assertThat(jan2.get("goldstein_sum").asDouble()).isEqualTo(-2.0 + -4.0);
        assertThat(jan2.get("goldstein_mean").asDouble()).isEqualTo(-3.0);
        JsonNode apr = both.get("periods").get(3);
        assertThat(apr.get("start").asText()).isEqualTo("2024-04-01");
        assertThat(apr.get("quad").toString()).isEqualTo("[1,1,0,0]");

        JsonNode days = http.get("/api/timeline?dyad=RUS:UKR&by=day&from=2024-01-14&to=2024-01-16").json();
        assertThat(days.get("periods")).hasSize(3);
        assertThat(http.get("/api/timeline?by=year").json().get("periods")).hasSize(1);
    }

    @Test
    void aStoredArticleComesWithItsTextSpansAndEvents() {
        JsonNode a = http.get("/api/articles/rus-ukr-jan").json();
        String text = a.get("text").asText();
        assertThat(text).startsWith("Russia accused Ukraine");
        assertThat(a.get("date").asText()).isEqualTo("2024-01-15");
        assertThat(a.get("publisher").asText()).isEqualTo("Wire One");
        assertThat(a.get("events")).hasSize(2);
        assertThat(a.get("sentences")).hasSize(2);
        Set<String> kinds = new HashSet<>();
        for (JsonNode s : a.get("spans")) {
            kinds.add(s.get("kind").asText());
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
        assertThat(kinds).containsExactlyInAnyOrder("actor", "trigger", "date");
        JsonNode trig = spans(a, "trigger").get(0);
        assertThat(trig.get("text").asText()).isEqualTo("accused");
        assertThat(trig.get("cameo").toString()).isEqualTo("[\"112\"]");
        assertThat(trig.get("event_ids").get(0).asText()).isEqualTo(a.get("events").get(0).get("event_id").asText());
        assertThat(spans(a, "date").get(0).get("text").asText()).isEqualTo("Monday");
        assertThat(spans(a, "actor").get(0).get("code").asText()).isEqualTo("RUS");

        JsonNode place = spans(http.get("/api/articles/rus-ukr-feb").json(), "place").get(0);
        assertThat(place.get("text").asText()).isEqualTo("Kharkiv");
    }

    @Test
    void articleTextIsReturnedAsDataNotMarkup() {
        JsonNode a = http.get("/api/articles/markup").json();
        assertThat(a.get("text").asText()).contains("<script>alert('x')</script> & <b>bold</b>");
        // the answer is JSON, never HTML: a browser will not run it
        assertThat(http.get("/api/articles/markup").contentType()).startsWith("application/json");
    }

    @Test
    void badParametersAre400WithAMessage() {
        assertError(http.get("/api/events?quad=7"), 400, "quad must be 1..4");
        assertError(http.get("/api/events?quad=x"), 400, "quad must be 1..4");
        assertError(http.get("/api/events?root=99"), 400, "root must be a CAMEO root");
        assertError(http.get("/api/events?dyad=USA"), 400, "dyad must be SOURCE:TARGET");
        assertError(http.get("/api/events?from=yesterday"), 400, "from must be a date");
        assertError(http.get("/api/events?actr=RUS"), 400, "unknown parameter 'actr'");
        assertError(http.get("/api/events?limit=5000"), 400, "limit must be");
        assertError(http.get("/api/events?actor=A&actor=B"), 400, "more than once");
        assertError(http.get("/api/timeline?by=decade"), 400, "by must be day, week, month or year");
        assertError(http.get("/api/timeline?both=maybe"), 400, "both must be true or false");
    }

    @Test
    void unknownThingsAre404And405() {
        assertError(http.get("/api/articles/nope"), 404, "no article 'nope'");
        assertError(http.get("/api/nothing"), 404, "no such page or endpoint");
        assertError(http.get("/nothing.html"), 404, "no such page or endpoint");
        assertError(http.get("/api/code"), 405, "GET is not allowed");
        assertError(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/events")).DELETE()), 405, "not allowed");
    }

    @Test
    void badRequestBodiesAre400BeforeAnyCoding() {
        assertError(http.post("/api/code", "application/json", "{\"id\": \"a\", \"text\": "), 400, "malformed JSON at line 1");
        assertError(http.post("/api/code", "application/json", "[1, 2]"), 400, "expected a JSON object");
        assertError(http.post("/api/code", "application/json", "{\"id\": \"a\"}"), 400, "no \"text\"");
        assertError(http.post("/api/code", "application/json", "{\"text\": 42}"), 400, "\"text\" must be a string");
        assertError(http.post("/api/code", "application/json", "{\"text\": \"Hello.\", \"date\": \"14 March\"}"), 400,
                "date must be YYYY-MM-DD");
        assertError(http.post("/api/code", "application/json", ""), 400, "empty request body");
        assertError(http.post("/api/code", "text/plain", "   \n"), 400, "no text");
        assertError(http.post("/api/code?date=2024-13-45", "text/plain", "Some text."), 400, "date must be YYYY-MM-DD");
        assertError(http.post("/api/code?lang=fr", "text/plain", "Some text."), 400, "unknown parameter 'lang'");
    }

    @Test
    void bodiesOverTheLimitAre413() {
        byte[] big = "a".repeat((int) LIMIT + 1).getBytes(StandardCharsets.UTF_8);
        assertError(http.post("/api/code", "text/plain", new String(big, StandardCharsets.UTF_8)), 413, "over " + LIMIT + " bytes");
        // without a Content-Length (chunked), the limit holds while reading
        WebFixtures.Resp chunked = http.post("/api/code", "text/plain",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertError(chunked, 413, "over " + LIMIT + " bytes");
    }

    @Test
    void withoutADatabaseTheStoreEndpointsSay503() {
        WebFixtures.Client c = new WebFixtures.Client(noDb.url());
        assertError(c.get("/api/events"), 503, "no event database at");
        assertError(c.get("/api/timeline"), 503, "dyad ingest");
        assertError(c.get("/api/articles/x"), 503, "no event database");
        assertThat(c.get("/api/status").json().get("db_available").asBoolean()).isFalse();
    }

    @Test
    void thePageIsServedWithItsOwnFilesOnlyAndAStrictContentSecurityPolicy() {
        WebFixtures.Resp page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"app.js\"").contains("href=\"app.css\"");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        for (String f : List.of("/app.js", "/app.css", "/favicon.svg", "/index.html")) {
            WebFixtures.Resp r = http.get(f);
            assertThat(r.status()).as(f).isEqualTo(200);
            // nothing is fetched from elsewhere at run time: no src/href/url()/import to another host
            assertThat(r.body()).as(f).doesNotContainPattern("(src|href)\\s*=\\s*[\"']?(https?:)?//")
                    .doesNotContainPattern("url\\(\\s*[\"']?(https?:)?//").doesNotContainPattern("@import");
        }
        assertThat(http.get("/app.js").body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write");
    }

    @Test
    void theOpenApiDescriptionCoversEveryEndpoint() {
        WebFixtures.Resp r = http.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode spec = r.json();
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.get("info").get("version").asText()).isEqualTo(Dyad.VERSION);
        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/code", "/api/events", "/api/timeline", "/api/articles/{id}",
                "/api/status", "/api/cameo", "/api/openapi.json");
        assertThat(spec.get("paths").get("/api/code").has("post")).isTrue();
        List<String> eventParams = new ArrayList<>();
        spec.get("paths").get("/api/events").get("get").get("parameters").forEach(p -> eventParams.add(p.get("name").asText()));
        assertThat(eventParams).containsAll(StoreApi.FILTERS).contains("limit", "offset");
    }

    @Test
    void cameoNamesAreServedForTheLabels() {
        JsonNode c = http.get("/api/cameo").json();
        assertThat(c.get("112").asText()).isNotBlank();
        assertThat(c.get("040").asText()).isNotBlank();
    }

    static List<JsonNode> spans(JsonNode article, String kind) {
        List<JsonNode> out = new ArrayList<>();
        article.get("spans").forEach(s -> {
            if (s.get("kind").asText().equals(kind)) out.add(s);
        });
        return out;
    }

    /** Every error is JSON {"error", "status"} with a message and no stack trace. */
    static void assertError(WebFixtures.Resp r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("error").asText()).contains(message);
        assertThat(r.body()).doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("at io.javalin")
                .doesNotContain("Exception:");
    }
}
