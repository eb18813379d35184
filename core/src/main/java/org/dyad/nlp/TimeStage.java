package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.coding.EventDraft;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs SUTime, normalised against the article date, on the sentences that produced events and hold a
 * temporal word — the only ones whose dates matter. Provides {@link Layer#TIMEX}.
 */
public final class TimeStage implements Stage {
    private final NlpModels models;

    public TimeStage(NlpModels models) {
        this.models = models;
    }

    @Override public String name() { return "sutime"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.EVENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TIMEX); }

    @Override
    public String describe() { return "sutime(sentences with events and a temporal word)"; }

    @Override
    public void process(ArticleDoc doc) {
        if (!(doc.nlpScratch instanceof Annotation full) || doc.article().date() == null) return;
        List<CoreMap> all = full.get(CoreAnnotations.SentencesAnnotation.class);
        if (all == null) return;
        Set<Integer> wanted = new TreeSet<>();
        for (EventDraft e : doc.events) {
            if (e.sentence < all.size() && ParseStage.hasTemporalWord(doc.sentences.get(e.sentence))) wanted.add(e.sentence);
        }
        if (wanted.isEmpty()) return;
        List<CoreMap> part = new ArrayList<>();
        for (int i : wanted) part.add(all.get(i));
        Annotation a = new Annotation(full.get(CoreAnnotations.TextAnnotation.class));
        a.set(CoreAnnotations.SentencesAnnotation.class, part);
        a.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
        models.sutime.annotate(a);
        for (int i : wanted) {
            CoreMap cs = all.get(i);
            Sentence old = doc.sentences.get(i);
            List<Timex> timexes = new ArrayList<>();
            List<CoreMap> tx = cs.get(TimeAnnotations.TimexAnnotations.class);
            if (tx != null) {
                for (CoreMap t : tx) {
                    edu.stanford.nlp.time.Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                    int b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    int first = -1, last = -1;
                    for (Token tok : old.tokens()) {
                        if (tok.begin() >= b && tok.end() <= e) {
                            if (first < 0) first = tok.index();
                            last = tok.index() + 1;
                        }
                    }
                    if (first < 0 || timex == null) continue;
                    String value = timex.value();
                    String type = timex.timexType();
                    // "from March 3 to March 5" comes back as a duration; its range gives the start date
                    if ("DURATION".equals(type)) {
                        try {
                            var range = timex.getRange();
                            if (range != null && range.first() != null && range.second() != null && !range.first().equals(range.second())) {
                                var c = range.first();
                                value = String.format("%04d-%02d-%02d", c.get(java.util.Calendar.YEAR),
                                        c.get(java.util.Calendar.MONTH) + 1, c.get(java.util.Calendar.DAY_OF_MONTH));
                                type = "DATE";
                            }
                        } catch (RuntimeException ignored) {
                            // a duration without a range ("for two weeks") keeps its value
                        }
                    }
                    timexes.add(new Timex(first, last, doc.text().substring(b, e), value, timex.altVal(), type, b, e));
                }
            }
            doc.sentences.set(i, new Sentence(old.index(), old.begin(), old.end(), old.text(), old.tokens(), old.deps(), timexes));
        }
    }
}
