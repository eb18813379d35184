package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
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
 * <p>Sentences are parsed in text order until the article's {@link NlpBudget} (started by
 * {@link TokensStage}) is spent; the candidate sentences left over are not parsed, with a warning.
 */
public final class ParseStage implements Stage {
    /**
     * Words without which SUTime finds no date worth having in a sentence. Words that only ever come
     * with one of these ("last week", "three days ago", "next month") or that give nothing the date
     * stage can use ("now", "recently", "earlier", "for two years") are left out: SUTime is the third
     * most expensive stage, and it runs only where it can change a date.
     */
    private static final Set<String> TEMPORAL_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tomorrow", "tonight", "week", "month", "year", "ago", "weekend", "morning",
            "evening", "night", "afternoon", "day", "decade", "century", "spring", "summer", "autumn", "fall",
            "winter", "midnight", "noon", "overnight");

    private final NlpModels models;
    private final BiPredicate<ArticleDoc, Sentence> selector;

    public ParseStage(NlpModels models, BiPredicate<ArticleDoc, Sentence> selector) {
        this.models = models;
        this.selector = selector;
    }

    @Override public String name() { return "parse"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.ACTORS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.DEPENDENCIES); }

    @Override
    public String describe() { return "parse(depparse UD enhanced++, sentences that can hold an event)"; }

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
        }
        if (toParse.isEmpty()) return;
        NlpBudget budget = NlpBudget.of(full);
        for (int k = 0; k < toParse.size(); k++) {
            if (k > 0 && budget.spent()) {
                doc.diagnose(Diagnostic.Severity.WARNING, name(), "article '" + doc.article().id() + "': NLP time budget ("
                        + budget.describe() + ") spent after parsing " + k + " of " + toParse.size()
                        + " candidate sentences: the other " + (toParse.size() - k) + " (sentence " + idx.get(k)
                        + " onwards) not parsed, no events coded from them");
                break;
            }
            int i = idx.get(k);
            CoreMap cs = toParse.get(k);
            Sentence old = doc.sentences.get(i);
            List<Dep> deps = new ArrayList<>();
            // the parser's own graph, converted only to enhanced++ (the annotator would build five graphs)
            GrammaticalStructure gs = models.parse(cs);
            long te = System.nanoTime();
            var typed = gs.typedDependenciesEnhancedPlusPlus();
            doc.timeSubstep(name(), "enhance", System.nanoTime() - te);
            for (TypedDependency td : typed) {
                int gov = td.gov().index() - 1;
                int dep = td.dep().index() - 1;
                if (dep < 0 || dep >= old.size() || gov >= old.size()) continue;
                deps.add(new Dep(gov < 0 ? -1 : gov, dep, gov < 0 ? "root" : td.reln().toString()));
            }
            doc.sentences.set(i, new Sentence(old.index(), old.begin(), old.end(), old.text(), old.tokens(),
                    ParseRepair.repair(old.tokens(), deps), old.timexes()));
        }
    }
}
