package org.dyad.store;

import org.dyad.actors.ActorMention;
import org.dyad.coding.EventDraft;
import org.dyad.geo.PlaceMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventRow;
import org.dyad.model.Location;
import org.dyad.nlp.Sentence;
import org.dyad.pipeline.ArticleDoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the store keeps about one article, ready to write in one go: the article, its
 * sentences, its events (deduplicated within the article, each with its mentions), and the actor and
 * place mentions a page needs to highlight the text.
 */
public record Bundle(ArticleRecord article, List<SentenceSpan> sentences, List<StoredEvent> events,
                     List<ActorSpan> actors, List<PlaceSpan> places) {

    /** A sentence's character span in the article text (table {@code sentences}). */
    public record SentenceSpan(int index, int start, int end) {
    }

    /** An actor mention (table {@code actors}); kind is the coder's mention kind, or null when derived from events. */
    public record ActorSpan(int sentenceIndex, int start, int end, String text, String code, String country, String role,
                            String kind) {
    }

    /** A place mention (table {@code locations}); start/end are null when the input did not give them. */
    public record PlaceSpan(int sentenceIndex, Integer start, Integer end, String text, String name, String country,
                            Double lat, Double lon, String kind) {
    }

    /** An event as it comes from the coder or a Parquet file, before the within-article dedup. */
    public record EventInput(EventRow row, Integer locationStart, Integer locationEnd, List<Integer> alsoInSentences) {
        public EventInput(EventRow row) {
            this(row, null, null, List.of());
        }
    }

    /**
     * From the coder: the document gives sentences, all actor and place mentions, the dedup stage's
     * extra sentences, and the text they point into.
     */
    public static Bundle ofCoded(Article a, ArticleDoc doc, List<Event> events, PlaceKinds kinds) {
        List<SentenceSpan> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences) sentences.add(new SentenceSpan(s.index(), s.begin(), s.end()));
        List<ActorSpan> actors = new ArrayList<>();
        for (List<ActorMention> ms : doc.actors) {
            for (ActorMention m : ms) {
                actors.add(new ActorSpan(m.sentence(), m.begin(), m.end(), m.text(), m.code(), m.country(), m.role(),
                        m.kind() == null ? null : m.kind().name().toLowerCase()));
            }
        }
        List<PlaceSpan> places = new ArrayList<>();
        for (List<PlaceMention> ps : doc.places) {
            for (PlaceMention p : ps) {
                var pl = p.place();
                places.add(new PlaceSpan(p.sentence(), p.begin(), p.end(), p.text(), pl == null ? null : pl.name(),
                        pl == null ? null : pl.iso3(), pl == null ? null : pl.lat(), pl == null ? null : pl.lon(),
                        pl == null ? null : pl.kind()));
            }
        }
        List<EventInput> inputs = new ArrayList<>();
        boolean aligned = doc.events.size() == events.size();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Location l = e.location();
            List<Integer> also = List.of();
            if (aligned) {
                EventDraft d = doc.events.get(i);
                if (d.sentence == e.sentenceIndex()) also = List.copyOf(d.alsoInSentences);
            }
            inputs.add(new EventInput(EventRow.of(e, a), l == null || l.start() < 0 ? null : l.start(),
                    l == null || l.end() < 0 ? null : l.end(), also));
        }
        // the text every offset points into is the pipeline's (the text stage removes markup); the content
        // hash stays the one of the article as read, so that the same input is recognised next time
        ArticleRecord read = ArticleRecord.of(a);
        ArticleRecord stored = new ArticleRecord(read.id(), read.date(), read.publisher(), read.url(), read.title(),
                doc.article().text(), read.contentHash(), read.origin());
        return build(stored, sentences, inputs, actors, places, kinds);
    }

    /** From events alone (tests, the web page): sentences, actors and places are derived from the events. */
    public static Bundle ofEvents(Article a, List<Event> events, PlaceKinds kinds) {
        List<EventInput> inputs = new ArrayList<>();
        for (Event e : events) {
            Location l = e.location();
            inputs.add(new EventInput(EventRow.of(e, a), l == null || l.start() < 0 ? null : l.start(),
                    l == null || l.end() < 0 ? null : l.end(), List.of()));
        }
        return derived(ArticleRecord.of(a), inputs, kinds);
    }

    /** From event rows (Parquet): sentences, actors and places are derived from the rows. */
    public static Bundle derived(ArticleRecord a, List<EventInput> inputs, PlaceKinds kinds) {
        List<SentenceSpan> sentences = new ArrayList<>();
        List<ActorSpan> actors = new ArrayList<>();
        List<PlaceSpan> places = new ArrayList<>();
        Set<Integer> seenSentences = new HashSet<>();
        Set<String> seenSpans = new HashSet<>();
        List<EventInput> sorted = new ArrayList<>(inputs);
        sorted.sort(INPUT_ORDER);
        for (EventInput in : sorted) {
            EventRow r = in.row();
            if (a.text() != null && r.sentence() != null && seenSentences.add(r.sentenceIndex())) {
                int at = a.text().indexOf(r.sentence());
                if (at >= 0) sentences.add(new SentenceSpan(r.sentenceIndex(), at, at + r.sentence().length()));
                else seenSentences.remove(r.sentenceIndex());
            }
            if (r.sourceCode() != null && seenSpans.add("a" + r.sourceStart() + ":" + r.sourceEnd() + ":" + r.sourceCode())) {
                actors.add(new ActorSpan(r.sentenceIndex(), r.sourceStart(), r.sourceEnd(), r.sourceText(), r.sourceCode(),
                        r.sourceCountry(), r.sourceRole(), null));
            }
            if (r.targetCode() != null && r.targetStart() != null
                    && seenSpans.add("a" + r.targetStart() + ":" + r.targetEnd() + ":" + r.targetCode())) {
                actors.add(new ActorSpan(r.sentenceIndex(), r.targetStart(), r.targetEnd(), r.targetText(), r.targetCode(),
                        r.targetCountry(), r.targetRole(), null));
            }
            if (r.locationName() != null && seenSpans.add("p" + in.locationStart() + ":" + r.locationName() + ":" + r.sentenceIndex())) {
                places.add(new PlaceSpan(r.sentenceIndex(), in.locationStart(), in.locationEnd(), r.locationText(),
                        r.locationName(), r.locationCountry(), r.locationLat(), r.locationLon(),
                        kinds.kind(r.locationName(), r.locationCountry())));
            }
        }
        sentences.sort(Comparator.comparingInt(SentenceSpan::index));
        return build(a, sentences, inputs, actors, places, kinds);
    }

    static final Comparator<EventInput> INPUT_ORDER = Comparator.comparingInt((EventInput i) -> i.row().sentenceIndex())
            .thenComparingInt(i -> i.row().triggerStart())
            .thenComparing(i -> Objects.toString(i.row().eventId(), ""));

    /**
     * Within-article dedup: events with the same source, target, CAMEO code, date and mode are one
     * event (the first in text order) whose mentions are every sentence reporting it.
     */
    public static Bundle build(ArticleRecord a, List<SentenceSpan> sentences, List<EventInput> inputs,
                               List<ActorSpan> actors, List<PlaceSpan> places, PlaceKinds kinds) {
        List<EventInput> sorted = new ArrayList<>(inputs);
        sorted.sort(INPUT_ORDER);
        Map<String, List<EventInput>> groups = new LinkedHashMap<>();
        for (EventInput in : sorted) {
            EventRow r = in.row();
            String key = r.sourceCode() + "|" + r.targetCode() + "|" + r.cameo() + "|" + r.date() + "|" + r.mode();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(in);
        }
        List<StoredEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<EventInput> g : groups.values()) {
            EventInput first = g.get(0);
            EventRow row = first.row();
            if (row.eventId() == null || !ids.add(row.eventId())) {
                // an id seen twice in one article (bad input): give this event a stable new id
                String id = ArticleRecord.hash(a.id(), row.eventId(), Integer.toString(row.sentenceIndex()),
                        Integer.toString(row.triggerStart()), row.sourceCode(), row.targetCode(), row.cameo()).substring(0, 16);
                row = Rows.withEventId(row, id);
                ids.add(id);
            }
            List<Mention> mentions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<Integer, String> texts = sentenceTexts(a, sentences);
            Set<Integer> sentencesWithTrigger = new HashSet<>();
            for (EventInput in : g) {
                EventRow r = in.row();
                if (seen.add(r.sentenceIndex() + ":" + r.triggerStart())) {
                    mentions.add(new Mention(r.sentenceIndex(), r.triggerText(), r.triggerStart(), r.triggerEnd(), in == first,
                            r.sentence() != null ? r.sentence() : texts.get(r.sentenceIndex())));
                    sentencesWithTrigger.add(r.sentenceIndex());
                }
            }
            for (EventInput in : g) {
                for (int s : in.alsoInSentences()) {
                    if (!sentencesWithTrigger.contains(s) && seen.add(s + ":-")) {
                        mentions.add(new Mention(s, null, null, null, false, texts.get(s)));
                    }
                }
            }
            mentions.sort(Comparator.comparing((Mention m) -> !m.primary()).thenComparingInt(Mention::sentenceIndex)
                    .thenComparing(m -> m.triggerStart() == null ? Integer.MAX_VALUE : m.triggerStart()));
            String kind = kinds.kind(row.locationName(), row.locationCountry());
            events.add(new StoredEvent(row, first.locationStart(), first.locationEnd(), kind, List.copyOf(mentions)));
        }
        return new Bundle(a, List.copyOf(sentences), List.copyOf(events), List.copyOf(actors), List.copyOf(places));
    }

    private static Map<Integer, String> sentenceTexts(ArticleRecord a, List<SentenceSpan> sentences) {
        Map<Integer, String> m = new java.util.HashMap<>();
        if (a.text() == null) return m;
        for (SentenceSpan s : sentences) {
            if (s.start() >= 0 && s.end() <= a.text().length() && s.start() <= s.end()) m.put(s.index(), a.text().substring(s.start(), s.end()));
        }
        return m;
    }
}
