package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.actors.ActorMention;
import org.dyad.geo.PlaceMention;
import org.dyad.model.Event;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.store.Bundle;
import org.dyad.store.Queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pieces of an article text a page lights up: actors (with their codes), triggers (with the
 * events they triggered), dates (temporal expressions) and places, each with character offsets into
 * the text the events refer to. One JSON object per span:
 * {@code {"kind": "actor"|"media"|"trigger"|"date"|"place", "start", "end", "text", ...}}.
 */
final class Spans {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String text;
    private final List<ObjectNode> spans = new ArrayList<>();
    private final Map<String, ObjectNode> triggers = new HashMap<>();
    private final Map<String, ObjectNode> seen = new HashMap<>();

    private Spans(String text) {
        this.text = text == null ? "" : text;
    }

    /** The spans of an article the coder has just coded. */
    static ArrayNode of(ArticleDoc doc, List<Event> events) {
        Spans s = new Spans(doc.text());
        for (List<ActorMention> ms : doc.actors) {
            for (ActorMention m : ms) s.actor(m.begin(), m.end(), m.code(), m.country(), m.role(), kind(m.kind()));
        }
        for (Event e : events) s.trigger(e.trigger().start(), e.trigger().end(), e.cameo(), e.eventId());
        for (Sentence sen : doc.sentences) {
            for (Timex t : sen.timexes()) {
                ObjectNode n = s.add("date", t.begin(), t.end());
                if (n != null) {
                    n.put("value", t.value());
                    n.put("type", t.type());
                }
            }
        }
        for (List<PlaceMention> ps : doc.places) {
            for (PlaceMention p : ps) {
                var pl = p.place();
                s.place(p.begin(), p.end(), pl == null ? null : pl.name(), pl == null ? null : pl.iso3(),
                        pl == null ? null : pl.lat(), pl == null ? null : pl.lon(), pl == null ? null : pl.kind());
            }
        }
        return s.json();
    }

    /**
     * The spans of a stored article. The store keeps actor, place and trigger spans; temporal
     * expressions are not stored, so a date span is the event's {@code date_text} found in its
     * sentence.
     */
    static ArrayNode of(Queries.StoredArticle a) {
        Spans s = new Spans(a.article().text());
        for (Bundle.ActorSpan m : a.actors()) s.actor(m.start(), m.end(), m.code(), m.country(), m.role(), m.kind());
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Queries.StoredArticleEvent e : a.events()) byId.put(e.event().eventId(), e.event());
        for (Queries.MentionSpan m : a.mentions()) {
            Event e = byId.get(m.eventId());
            if (m.trigger() != null && e != null) s.trigger(m.trigger().start(), m.trigger().end(), e.cameo(), e.eventId());
        }
        Map<Integer, Bundle.SentenceSpan> sentences = new HashMap<>();
        for (Bundle.SentenceSpan sp : a.sentences()) sentences.put(sp.index(), sp);
        for (Event e : byId.values()) {
            Bundle.SentenceSpan sp = sentences.get(e.sentenceIndex());
            if (e.dateText() == null || e.dateText().isBlank() || sp == null || sp.end() > s.text.length()) continue;
            int at = s.text.substring(sp.start(), sp.end()).indexOf(e.dateText());
            if (at < 0) continue;
            ObjectNode n = s.add("date", sp.start() + at, sp.start() + at + e.dateText().length());
            if (n != null) n.put("value", e.date());
        }
        for (Bundle.PlaceSpan p : a.places()) {
            if (p.start() != null && p.end() != null) s.place(p.start(), p.end(), p.name(), p.country(), p.lat(), p.lon(), p.kind());
        }
        return s.json();
    }

    private static String kind(ActorMention.Kind k) {
        return k == null ? null : k.name().toLowerCase(Locale.ROOT);
    }

    private void actor(int start, int end, String code, String country, String role, String actorKind) {
        // a media outlet or "sources" is who reports, never an actor: shown apart
        boolean media = code == null || "media".equals(actorKind);
        ObjectNode n = add(media ? "media" : "actor", start, end);
        if (n == null) return;
        if (!media) {
            n.put("code", code);
            n.put("country", country);
            n.put("role", role);
        }
        n.put("actor_kind", actorKind);
    }

    private void trigger(int start, int end, String cameo, String eventId) {
        String key = start + ":" + end;
        ObjectNode n = triggers.get(key);
        if (n == null) {
            n = add("trigger", start, end);
            if (n == null) return;
            n.putArray("cameo");
            n.putArray("event_ids");
            triggers.put(key, n);
        }
        ArrayNode codes = (ArrayNode) n.get("cameo");
        boolean has = false;
        for (var c : codes) has |= c.asText().equals(cameo);
        if (!has) codes.add(cameo);
        ((ArrayNode) n.get("event_ids")).add(eventId);
    }

    private void place(int start, int end, String name, String country, Double lat, Double lon, String placeKind) {
        ObjectNode n = add("place", start, end);
        if (n == null) return;
        n.put("name", name);
        n.put("country", country);
        n.put("lat", lat);
        n.put("lon", lon);
        n.put("place_kind", placeKind);
    }

    /** A new span, or null when its offsets do not fit the text or the same span is already there. */
    private ObjectNode add(String kind, int start, int end) {
        if (start < 0 || end <= start || end > text.length()) return null;
        if (seen.containsKey(kind + ":" + start + ":" + end)) return null;
        ObjectNode n = F.objectNode();
        n.put("kind", kind);
        n.put("start", start);
        n.put("end", end);
        n.put("text", text.substring(start, end));
        spans.add(n);
        seen.put(kind + ":" + start + ":" + end, n);
        return n;
    }

    private ArrayNode json() {
        List<ObjectNode> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((ObjectNode n) -> n.get("start").asInt())
                .thenComparing(n -> -n.get("end").asInt())
                .thenComparing(n -> n.get("kind").asText()));
        ArrayNode a = F.arrayNode();
        sorted.forEach(a::add);
        return a;
    }

    /** The sentence spans, {@code [{"index", "start", "end"}]}. */
    static ArrayNode sentences(List<Bundle.SentenceSpan> sentences) {
        ArrayNode a = F.arrayNode();
        for (Bundle.SentenceSpan s : sentences) a.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end());
        return a;
    }

    static ArrayNode sentences(ArticleDoc doc) {
        List<Bundle.SentenceSpan> out = new ArrayList<>();
        for (Sentence s : doc.sentences) out.add(new Bundle.SentenceSpan(s.index(), s.begin(), s.end()));
        return sentences(out);
    }
}
