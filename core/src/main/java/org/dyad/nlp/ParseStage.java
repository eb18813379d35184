package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Dependency-parses (UD enhanced++) and runs SUTime on the sentences that can hold an event, as
 * decided by a selector (the coder's: an actor and a trigger candidate). Other sentences keep
 * their tokens only. Provides {@link Layer#DEPENDENCIES} and {@link Layer#TIMEX}.
 *
 * <p>Sentences are parsed in chunks, in text order, until the article's {@link NlpBudget} is spent;
 * the candidate sentences left over are not parsed, with a warning.
 */
public final class ParseStage implements Stage {
    private static final Set<String> TEMPORAL_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tomorrow", "tonight", "week", "weeks", "month", "months", "year", "years",
            "ago", "weekend", "morning", "evening", "night", "afternoon", "day", "days", "decade", "century",
            "earlier", "later", "last", "next", "recently", "now", "currently", "spring", "summer", "autumn",
            "fall", "winter", "midnight", "noon", "hours", "hour");

    /** Sentences parsed per call; the time budget is checked between calls. */
    static final int CHUNK_SENTENCES = 8;

    private final NlpModels models;
    private final BiPredicate<ArticleDoc, Sentence> selector;

    /** The time budget is set by {@link TokensStage}, which starts the article's clock. */
    public ParseStage(NlpModels models, BiPredicate<ArticleDoc, Sentence> selector) {
        this.models = models;
        this.selector = selector;
    }

    @Override public String name() { return "parse"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.ACTORS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.DEPENDENCIES, Layer.TIMEX); }

    @Override
    public String describe() { return "parse(depparse UD enhanced++ + SUTime, event sentences only)"; }

    static boolean hasTemporalWord(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (TEMPORAL_WORDS.contains(w)) return true;
            if (w.length() == 4 && Character.isDigit(w.charAt(0)) && w.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(w);
                if (y >= 1900 && y <= 2100) return true;
            }
        }
        return false;
    }

    @Override
    public void process(ArticleDoc doc) {
        if (!(doc.nlpScratch instanceof Annotation full)) return;
        List<CoreMap> all = full.get(CoreAnnotations.SentencesAnnotation.class);
        if (all == null) return;
        List<CoreMap> toParse = new ArrayList<>();
        Set<CoreMap> toTime = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < doc.sentences.size() && i < all.size(); i++) {
            Sentence s = doc.sentences.get(i);
            if (!selector.test(doc, s)) continue;
            if (s.size() > models.profile.maxParseTokens()) {
                doc.diagnose(Diagnostic.Severity.WARNING, name(), "sentence " + i + " has " + s.size()
                        + " tokens (over " + models.profile.maxParseTokens() + "): not parsed, no events coded from it");
                continue;
            }
            toParse.add(all.get(i));
            idx.add(i);
            if (hasTemporalWord(s)) toTime.add(all.get(i));
        }
        if (toParse.isEmpty()) return;
        // parse (and time) in chunks of sentences, checking the article's budget between them
        NlpBudget budget = NlpBudget.of(full);
        String text = full.get(CoreAnnotations.TextAnnotation.class);
        int parsed = 0;
        while (parsed < toParse.size()) {
            if (parsed > 0 && budget.spent()) break;
            int end = Math.min(toParse.size(), parsed + CHUNK_SENTENCES);
            List<CoreMap> chunk = new ArrayList<>(toParse.subList(parsed, end));
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.SentencesAnnotation.class, chunk);
            models.parser.annotate(part);
            List<CoreMap> timeChunk = new ArrayList<>();
            for (CoreMap cs : chunk) if (toTime.contains(cs)) timeChunk.add(cs);
            if (!timeChunk.isEmpty() && doc.article().date() != null) {
                Annotation timePart = new Annotation(text);
                timePart.set(CoreAnnotations.SentencesAnnotation.class, timeChunk);
                timePart.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
                long t0 = System.nanoTime();
                models.sutime.annotate(timePart);
                doc.timeSubstep(name(), "sutime", System.nanoTime() - t0);
            }
            parsed = end;
        }
        if (parsed < toParse.size()) {
            doc.diagnose(Diagnostic.Severity.WARNING, name(), "article '" + doc.article().id() + "': NLP time budget ("
                    + budget.describe() + ") spent after parsing " + parsed + " of " + toParse.size()
                    + " candidate sentences: the other " + (toParse.size() - parsed) + " (sentence " + idx.get(parsed)
                    + " onwards) not parsed, no events coded from them");
        }
        for (int k = 0; k < parsed; k++) {
            int i = idx.get(k);
            CoreMap cs = toParse.get(k);
            Sentence old = doc.sentences.get(i);
            List<Dep> deps = new ArrayList<>();
            SemanticGraph g = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                for (var root : g.getRoots()) deps.add(new Dep(-1, root.index() - 1, "root"));
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dep(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            List<org.dyad.nlp.Timex> timexes = new ArrayList<>();
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
                            if (range != null && range.first() != null && range.second() != null
                                    && !range.first().equals(range.second())) {
                                var c = range.first();
                                value = String.format("%04d-%02d-%02d", c.get(java.util.Calendar.YEAR),
                                        c.get(java.util.Calendar.MONTH) + 1, c.get(java.util.Calendar.DAY_OF_MONTH));
                                type = "DATE";
                            }
                        } catch (RuntimeException ignored) {
                            // a duration without a range ("for two weeks") keeps its value
                        }
                    }
                    timexes.add(new org.dyad.nlp.Timex(first, last, doc.text().substring(b, e), value,
                            timex.altVal(), type, b, e));
                }
            }
            doc.sentences.set(i, new Sentence(old.index(), old.begin(), old.end(), old.text(), old.tokens(), deps,
                    timexes));
        }
    }
}
