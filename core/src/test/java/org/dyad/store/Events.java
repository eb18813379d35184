package org.dyad.store;

import org.dyad.model.ActorRef;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.model.Span;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds events and articles directly, without the coder, for store tests. */
public final class Events {
    private Events() {
    }

    static final String VERSION = "dyad test; dictionaries test-1";

    static ActorRef actor(String code, int start) {
        String country = code.length() >= 3 ? code.substring(0, 3) : null;
        String role = code.length() > 3 ? code.substring(3) : null;
        return new ActorRef(code, code, country, role, start, start + code.length(), "test");
    }

    static int quad(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    /** An event in sentence {@code s} of an article; place null for none; the date has day precision. */
    static Event event(String articleId, String publisher, int s, String src, String tgt, String cameo, String date,
                       String place, Mode mode) {
        int base = s * 100;
        String root = cameo.substring(0, 2);
        Location loc = place == null ? null : new Location(place, place, src.substring(0, 3), 10.0, 20.0, "sentence", base + 60, base + 60 + place.length());
        String sentence = src + " did " + cameo + " to " + tgt + (place == null ? "" : " in " + place) + " (" + s + ").";
        String id = ArticleRecord.hash(articleId, Integer.toString(s), src, tgt, cameo, date).substring(0, 16);
        return new Event(articleId, id, s, sentence, actor(src, base), tgt == null ? null : actor(tgt, base + 20), cameo, root,
                quad(root), -2.0, null, new Span("did", base + 10, base + 13), date,
                date == null ? null : date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year",
                date == null ? "unknown" : "explicit", date, false, mode, null, loc, 0.8, publisher, VERSION, List.of());
    }

    static Event event(String articleId, String publisher, int s, String src, String tgt, String cameo, String date) {
        return event(articleId, publisher, s, src, tgt, cameo, date, null, Mode.ASSERTED);
    }

    /** An article whose text holds each event's sentence, so sentence spans can be found. */
    static Bundle bundle(String id, String publisher, String date, Event... events) {
        StringBuilder text = new StringBuilder();
        for (Event e : events) text.append(e.sentence()).append(' ');
        Article a = new Article(id, date == null ? null : LocalDate.parse(date), text.toString().strip(), "https://" +
                (publisher == null ? "example.org" : publisher.toLowerCase().replace(' ', '-') + ".example") + "/" + id,
                publisher, "title " + id, id);
        return Bundle.ofEvents(a, List.of(events), PlaceKinds.none());
    }

    /** Every data table, sorted, without ingested_at: equal snapshots mean equal databases. */
    public static List<String> snapshot(Store s) {
        List<String> out = new ArrayList<>();
        for (String t : Schema.TABLES) {
            String cols = t.equals("articles") ? "* EXCLUDE (ingested_at)" : "*";
            out.add("== " + t);
            for (List<String> row : s.rows("SELECT " + cols + " FROM " + t + " ORDER BY ALL")) out.add(String.join("\t", String.valueOf(row)));
        }
        return out;
    }

    static Store open(Path dir, String name) {
        return Store.open(dir.resolve(name));
    }
}
