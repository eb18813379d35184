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

    /** Verbs of an attribution tail (", the ministry said."), by lemma. */
    private static final Set<String> TAIL_VERBS = Set.of("say", "tell", "report", "announce", "add", "state", "confirm", "write");

    /** The last comma of the sentence, or -1. */
    static int tailComma(CoreMap cs) {
        List<edu.stanford.nlp.ling.CoreLabel> toks = cs.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = toks.size() - 1; i >= 0; i--) if (toks.get(i).word().equals(",")) return i;
        return -1;
    }

    /**
     * For "MAIN CLAUSE, SPEAKER said [on Tuesday | in a statement]." the token order "SPEAKER said ... that MAIN CLAUSE ."
     * as original indices (the comma left out, -1 for the "that" put in), else null: the tail after the last comma starts with a noun phrase, holds a
     * verb of saying after it and no other verb, and the main clause before the comma has a verb of its own.
     */
    static int[] tailFirst(CoreMap cs) {
        List<edu.stanford.nlp.ling.CoreLabel> toks = cs.get(CoreAnnotations.TokensAnnotation.class);
        if (toks == null) return null;
        int n = toks.size();
        int end = n > 0 && (toks.get(n - 1).word().equals(".") || toks.get(n - 1).word().equals("!")) ? n - 1 : n;
        int c = tailComma(cs);
        if (c < 3 || end - c - 1 < 2 || end - c - 1 > 16) return null;
        String first = toks.get(c + 1).tag();
        if (first == null || !(first.startsWith("NN") || first.equals("DT") || first.startsWith("JJ") || first.equals("PRP$")
                || first.equals("CD") || first.equals("PRP"))) return null;
        int speech = -1, verbs = 0;
        for (int i = c + 1; i < end; i++) {
            String tag = toks.get(i).tag();
            if (tag == null) return null;
            if (tag.startsWith("VB") || tag.equals("MD")) {
                verbs++;
                String lemma = toks.get(i).lemma() == null ? toks.get(i).word().toLowerCase(Locale.ROOT) : toks.get(i).lemma().toLowerCase(Locale.ROOT);
                if (TAIL_VERBS.contains(lemma) && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) speech = i;
            }
            if (toks.get(i).word().equals("\"") || toks.get(i).word().equals("''") || toks.get(i).word().equals("``")) return null;
        }
        // (an auxiliary before it is fine: ", officials have said"; nothing else verbal: ", which the ministry said")
        if (speech < 0 || verbs > 2 || speech == c + 1) return null;
        boolean mainVerb = false;
        for (int i = 0; i < c; i++) if (toks.get(i).tag() != null && toks.get(i).tag().startsWith("VB")) mainVerb = true;
        if (!mainVerb) return null;
        // (with "that" between, -1: "sources said on Thursday that Romania has asked": the date stays the tail's)
        int[] order = new int[n];
        int k = 0;
        for (int i = c + 1; i < end; i++) order[k++] = i;
        order[k++] = -1;
        for (int i = 0; i < c; i++) order[k++] = i;
        for (int i = end; i < n; i++) order[k++] = i;
        return order;
    }

    /** A copy of the sentence with its tokens in {@code order}, indexed anew from 1. */
    static CoreMap reordered(CoreMap cs, int[] order) {
        List<edu.stanford.nlp.ling.CoreLabel> toks = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<edu.stanford.nlp.ling.CoreLabel> out = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            edu.stanford.nlp.ling.CoreLabel t;
            if (order[i] < 0) {
                t = new edu.stanford.nlp.ling.CoreLabel();
                t.setWord("that");
                t.setValue("that");
                t.setOriginalText("that");
                t.setTag("IN");
                t.setLemma("that");
            } else {
                t = new edu.stanford.nlp.ling.CoreLabel(toks.get(order[i]));
            }
            t.setIndex(i + 1);
            out.add(t);
        }
        CoreMap r = new edu.stanford.nlp.util.ArrayCoreMap();
        r.set(CoreAnnotations.TokensAnnotation.class, out);
        return r;
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
            // "China eased quarantine rules in Shanghai, the city's health commission said.": the greedy parser tends to make
            // the object the subject of the tail's "said"; parsed as "the city's health commission said China eased ...",
            // with the indices mapped back, the main clause keeps its own object
            int[] order = tailFirst(cs);
            CoreMap toRun = order == null ? cs : reordered(cs, order);
            // the parser's own graph, converted only to enhanced++ (the annotator would build five graphs)
            GrammaticalStructure gs = models.parse(toRun);
            long te = System.nanoTime();
            var typed = gs.typedDependenciesEnhancedPlusPlus();
            doc.timeSubstep(name(), "enhance", System.nanoTime() - te);
            int root = -1;
            for (TypedDependency td : typed) {
                int gov = td.gov().index() - 1;
                int dep = td.dep().index() - 1;
                if (order != null) {
                    // (the inserted "that" has no token of its own: its arcs are dropped)
                    if (gov >= 0 && (gov >= order.length || order[gov] < 0)) continue;
                    gov = gov < 0 ? -1 : order[gov];
                    dep = dep < 0 || dep >= order.length ? -1 : order[dep];
                }
                if (dep < 0 || dep >= old.size() || gov >= old.size()) continue;
                if (gov < 0) root = dep;
                deps.add(new Dep(gov < 0 ? -1 : gov, dep, gov < 0 ? "root" : td.reln().toString()));
            }
            if (order != null && root >= 0) deps.add(new Dep(root, tailComma(cs), "punct"));
            doc.sentences.set(i, new Sentence(old.index(), old.begin(), old.end(), old.text(), old.tokens(),
                    ParseRepair.repair(old.tokens(), deps), old.timexes()));
        }
    }
}
