package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.coding.CameoOntology;
import org.dyad.model.ActorRef;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.model.Span;
import org.dyad.store.ArticleRecord;
import org.dyad.store.Bundle;
import org.dyad.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small event store built without the coder, and a real HTTP client, for the web tests. */
final class WebFixtures {
    private WebFixtures() {
    }

    static final String VERSION = "dyad test; dictionaries test-1";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One sentence of a synthetic article and the event coded from it. Offsets are found in the
     * sentence, so the spans are right by construction.
     */
    record S(String sentence, String src, String srcCode, String tgt, String tgtCode, String trigger, String cameo,
             String dateText, String date, String place, String placeCountry) {
    }

    static S s(String sentence, String src, String srcCode, String trigger, String tgt, String tgtCode, String cameo,
               String dateText, String date) {
        return new S(sentence, src, srcCode, tgt, tgtCode, trigger, cameo, dateText, date, null, null);
    }

    /** An article whose sentences are the given ones, one event each. */
    static Bundle article(String id, String articleDate, String publisher, S... sentences) {
        return article(id, articleDate, publisher, "", sentences);
    }

    /** The same, with a first paragraph that codes no event. */
    static Bundle article(String id, String articleDate, String publisher, String lead, S... sentences) {
        StringBuilder text = new StringBuilder(lead);
        List<Event> events = new ArrayList<>();
        int index = lead.isEmpty() ? 0 : 1;
        for (S x : sentences) {
            if (text.length() > 0) text.append(' ');
            int base = text.length();
            text.append(x.sentence());
            events.add(event(id, publisher, index++, base, x));
        }
        Article a = new Article(id, LocalDate.parse(articleDate), text.toString(), "https://news.example/" + id, publisher,
                "Title of " + id, id);
        return Bundle.ofEvents(a, events, (name, country) -> null);
    }

    static Event event(String articleId, String publisher, int index, int base, S x) {
        CameoOntology.Code c = CameoOntology.standard().expect(x.cameo());
        ActorRef src = actor(x.sentence(), base, x.src(), x.srcCode());
        ActorRef tgt = x.tgt() == null ? null : actor(x.sentence(), base, x.tgt(), x.tgtCode());
        int t = at(x.sentence(), x.trigger());
        Location loc = null;
        if (x.place() != null) {
            int p = at(x.sentence(), x.place());
            loc = new Location(x.place(), x.place(), x.placeCountry(), 50.0, 36.2, "sentence", base + p, base + p + x.place().length());
        }
        String precision = x.date() == null ? null : x.date().length() == 10 ? "day" : x.date().length() == 7 ? "month" : "year";
        String eventId = ArticleRecord.hash(articleId, Integer.toString(index), x.srcCode(), x.tgtCode(), x.cameo()).substring(0, 16);
        return new Event(articleId, eventId, index, x.sentence(), src, tgt, x.cameo(), c.root(), c.quadClass(), c.goldstein(),
                c.plover(), new Span(x.trigger(), base + t, base + t + x.trigger().length()), x.date(), precision,
                x.date() == null ? "unknown" : "explicit", x.dateText(), false, Mode.ASSERTED, null, loc, 0.8, publisher,
                VERSION, List.of());
    }

    private static ActorRef actor(String sentence, int base, String text, String code) {
        int i = at(sentence, text);
        String country = code.length() >= 3 ? code.substring(0, 3) : null;
        String role = code.length() > 3 ? code.substring(3) : null;
        return new ActorRef(text, code, country, role, base + i, base + i + text.length(), "test");
    }

    private static int at(String sentence, String part) {
        int i = sentence.indexOf(part);
        if (i < 0) throw new IllegalArgumentException("'" + part + "' is not in '" + sentence + "'");
        return i;
    }

    /**
     * The store of the web tests: Russia and Ukraine over five months (both directions, all four
     * quad classes), a France–Germany meeting, and an article whose text holds markup-like text.
     */
    static Path store(Path dir) {
        Path db = dir.resolve("web.duckdb");
        List<Bundle> b = new ArrayList<>();
        b.add(article("rus-ukr-jan", "2024-01-15", "Wire One",
                s("Russia accused Ukraine of provocations on Monday.", "Russia", "RUS", "accused", "Ukraine", "UKR", "112", "Monday", "2024-01-15"),
                s("Ukraine rejected the Russian demand on Tuesday.", "Ukraine", "UKR", "rejected", "Russian", "RUS", "120", "Tuesday", "2024-01-16")));
        b.add(article("rus-ukr-feb", "2024-02-10", "Wire Two",
                new S("Russian forces shelled Kharkiv on Saturday.", "Russian forces", "RUSMIL", "Kharkiv", "UKR", "shelled", "190",
                        "Saturday", "2024-02-10", "Kharkiv", "UKR")));
        b.add(article("rus-ukr-apr", "2024-04-03", "Wire One",
                s("Russia and Ukraine exchanged prisoners on Wednesday.", "Russia", "RUS", "exchanged", "Ukraine", "UKR", "0841", "Wednesday", "2024-04-03"),
                s("Ukraine praised Russia for the exchange on Wednesday.", "Ukraine", "UKR", "praised", "Russia", "RUS", "051", "Wednesday", "2024-04-03")));
        b.add(article("rus-ukr-may", "2024-05-20", "Wire Two",
                s("Russia threatened Ukraine with new strikes on Monday.", "Russia", "RUS", "threatened", "Ukraine", "UKR", "138", "Monday", "2024-05-20")));
        b.add(article("fra-deu", "2024-03-05", "Wire Three",
                s("France met Germany in Paris on Tuesday.", "France", "FRA", "met", "Germany", "DEU", "040", "Tuesday", "2024-03-05")));
        b.add(article("markup", "2024-03-06", "Wire Three",
                "The page showed <script>alert('x')</script> & <b>bold</b> text to readers.",
                s("France praised Germany on Wednesday.", "France", "FRA", "praised", "Germany", "DEU", "051", "Wednesday", "2024-03-06")));
        try (Store st = Store.open(db)) {
            st.write(b);
        }
        return db;
    }

    /** A real HTTP client on the server under test. */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;

        Client(String base) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        Resp get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Resp post(String path, String contentType, String body) {
            return post(path, contentType, HttpRequest.BodyPublishers.ofString(body));
        }

        Resp post(String path, String contentType, HttpRequest.BodyPublisher body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(body).timeout(Duration.ofMinutes(3));
            if (contentType != null) b.header("Content-Type", contentType);
            return send(b);
        }

        Resp send(HttpRequest.Builder b) {
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Resp(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Resp(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static InputStream resource(String path) {
        return WebFixtures.class.getClassLoader().getResourceAsStream(path);
    }
}
