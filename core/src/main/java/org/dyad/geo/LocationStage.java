package org.dyad.geo;

import org.dyad.actors.ActorMention;
import org.dyad.coding.EventDraft;
import org.dyad.model.Location;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places events: the place attached to the event's clause ("in Stockholm", "near Kharkiv") wins
 * over a place elsewhere in the sentence, which wins over the article's dateline city, then the city
 * the lead sentence is set in (basis {@code article}). Ambiguous
 * names are settled by the event's actors' countries, then by population. Provides
 * {@link Layer#PLACES} and {@link Layer#EVENT_LOCATIONS}.
 */
public final class LocationStage implements Stage {
    private static final Set<String> PLACE_PREPS = Set.of("in", "near", "at", "outside", "around", "inside", "from", "into", "across", "over");
    /** A place elsewhere in the sentence counts only after these ("in Stockholm", not "around Ukraine"). */
    private static final Set<String> SENTENCE_PREPS = Set.of("in", "near", "at", "outside");
    private final Gazetteer gazetteer;

    public LocationStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override public String name() { return "places"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.EVENTS, Layer.ACTORS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.PLACES, Layer.EVENT_LOCATIONS); }

    @Override
    public void process(ArticleDoc doc) {
        for (Sentence s : doc.sentences) doc.places.add(findPlaces(doc, s));
        PlaceMention dateline = datelinePlace(doc);
        PlaceMention lead = dateline == null ? leadPlace(doc) : null;
        Set<String> leadActors = new HashSet<>();
        for (EventDraft e : doc.events) {
            if (e.sentence == 0) {
                leadActors.add(e.source.code());
                if (e.target != null) leadActors.add(e.target.code());
            }
        }
        for (EventDraft e : doc.events) {
            Sentence s = doc.sentences.get(e.sentence);
            List<PlaceMention> ps = doc.placesIn(e.sentence);
            Set<String> ctx = new HashSet<>();
            if (e.source.country() != null) ctx.add(e.source.country());
            if (e.target != null && e.target.country() != null) ctx.add(e.target.country());
            PlaceMention chosen = null;
            String basis = null;
            for (PlaceMention p : ps) {
                if (attachedTo(s, p, e)) {
                    chosen = p;
                    basis = "clause";
                    break;
                }
            }
            if (chosen == null && e.code.startsWith("042") && e.target != null) {
                // a visit happens where the visitor goes: "travel to Beijing"
                for (PlaceMention p : ps) {
                    if (p.first() >= e.target.first() && p.last() <= e.target.last()) {
                        chosen = p;
                        basis = "clause";
                        break;
                    }
                }
            }
            if (chosen == null) {
                for (PlaceMention p : ps) {
                    if (p.first() > 0 && SENTENCE_PREPS.contains(s.token(p.first() - 1).lower()) && !isActor(doc, p)) {
                        chosen = p;
                        basis = "sentence";
                        break;
                    }
                }
            }
            if (chosen == null && dateline != null) {
                chosen = dateline;
                basis = "dateline";
            }
            if (chosen == null && lead != null && !e.historical && e.mode == org.dyad.model.Mode.ASSERTED && leadActors.contains(e.source.code())
                    && e.target != null && leadActors.contains(e.target.code())) {
                chosen = lead;
                basis = "article";
            }
            if (chosen == null) continue;
            Place pl = gazetteer.resolve(chosen.text(), ctx);
            if (pl == null) pl = chosen.place();
            e.location = new Location(chosen.text(), pl.name(), pl.iso3(), pl.lat(), pl.lon(), basis,
                    chosen.begin(), chosen.end());
            e.trace.add("location " + pl.name() + " (" + pl.iso3() + ", " + basis + ") from '" + chosen.text() + "'");
        }
    }

    private static boolean isActor(ArticleDoc doc, PlaceMention p) {
        for (ActorMention m : doc.actorsIn(p.sentence())) {
            if (m.first() <= p.first() && m.last() >= p.last() && m.last() - m.first() > p.last() - p.first()) return true;
        }
        return false;
    }

    private static boolean attachedTo(Sentence s, PlaceMention p, EventDraft e) {
        if (p.first() == 0 || !PLACE_PREPS.contains(s.token(p.first() - 1).lower())) return false;
        for (int i = p.first(); i < p.last(); i++) {
            for (Dep d : s.parents(i)) {
                if ((d.gov() == e.clauseHead || d.gov() == e.triggerToken) && (d.rel().startsWith("obl") || d.rel().startsWith("nmod"))) return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is part of a date or time SUTime found ("in March 1989": March, Cambridgeshire, is no place). */
    private static boolean inTimex(Sentence s, int i) {
        for (org.dyad.nlp.Timex t : s.timexes()) if (i >= t.startToken() && i < t.endToken() && !"DURATION".equals(t.type())) return true;
        return false;
    }

    private List<PlaceMention> findPlaces(ArticleDoc doc, Sentence s) {
        List<PlaceMention> out = new ArrayList<>();
        if (gazetteer.isEmpty()) return out;
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            int found = -1;
            Place place = null;
            if (Character.isUpperCase(toks.get(i).word().charAt(0)) && !toks.get(i).ner().equals("PERSON") && !inTimex(s, i)) {
                for (int len = Math.min(gazetteer.maxTokens(), toks.size() - i); len >= 1 && found < 0; len--) {
                    String surf = doc.text().substring(toks.get(i).begin(), toks.get(i + len - 1).end()).replaceAll("\\s+", " ");
                    List<Place> c = gazetteer.find(surf);
                    if (!c.isEmpty()) {
                        found = len;
                        place = c.get(0);
                    }
                }
            }
            if (found > 0) {
                int b = toks.get(i).begin(), e = toks.get(i + found - 1).end();
                out.add(new PlaceMention(s.index(), i, i + found, doc.text().substring(b, e), b, e, place));
                i += found;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Without a dateline city, the place the lead sentence puts its story in ("... had an argument at a
     * meeting in Stockholm ...") places later events between the same actors as the lead's, which
     * retell the lead story ("Lavrov and Blinken argued on December 1").
     */
    private static PlaceMention leadPlace(ArticleDoc doc) {
        if (doc.sentences.isEmpty()) return null;
        Sentence s = doc.sentences.get(0);
        for (PlaceMention p : doc.placesIn(0)) {
            if (p.first() > 0 && (s.token(p.first() - 1).lower().equals("in") || s.token(p.first() - 1).lower().equals("at"))
                    && !isActor(doc, p) && !"country".equals(p.place().kind())) return p;
        }
        return null;
    }

    /** "KYIV, Ukraine —" or "STOCKHOLM (Wire) -" at the very start of the text. */
    private PlaceMention datelinePlace(ArticleDoc doc) {
        if (doc.sentences.isEmpty() || gazetteer.isEmpty()) return null;
        Sentence s = doc.sentences.get(0);
        List<Token> toks = s.tokens();
        int k = 0;
        while (k < toks.size() && k < 5 && !toks.get(k).word().equals(",") && !toks.get(k).word().equals("-")
                && !toks.get(k).word().equals("—") && !toks.get(k).word().equals("(")) k++;
        if (k == 0 || k >= toks.size() || k >= 5) return null;
        String surf = doc.text().substring(toks.get(0).begin(), toks.get(k - 1).end());
        if (!surf.equals(surf.toUpperCase())) return null;
        for (String cand : new String[]{surf, titleCase(surf)}) {
            List<Place> c = gazetteer.find(cand);
            if (!c.isEmpty()) return new PlaceMention(0, 0, k, surf, toks.get(0).begin(), toks.get(k - 1).end(), c.get(0));
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : s.toLowerCase().toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
