package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.ArticleRejected;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenizes, splits sentences, tags, lemmatizes and runs one NER CRF (CoreNLP), with the article
 * date set so later SUTime runs resolve relative dates. Provides {@link Layer#TOKENS}.
 *
 * <p>The text is tokenized and split first; sentences are then tagged in chunks until the
 * tagging half of the article's {@link NlpBudget} is spent, and the sentences left over are
 * skipped with a warning. Sentences over {@link NlpProfile#maxTagTokens()} tokens are split but
 * not tagged (CoreNLP {@code pos.maxlen}, {@code ner.maxlen}).
 */
public final class TokensStage implements Stage {
    /** Sentences are tagged in chunks of about this many tokens; the time budget is checked between chunks. */
    static final int CHUNK_TOKENS = 400;

    private final NlpModels models;
    private final long budgetMillis;

    public TokensStage(NlpModels models) {
        this(models, NlpBudget.DEFAULT_MILLIS);
    }

    /** @param budgetMillis CPU time budget per article for tagging and parsing ({@link NlpBudget}); 0: none */
    public TokensStage(NlpModels models, long budgetMillis) {
        this.models = models;
        this.budgetMillis = budgetMillis;
    }

    @Override public String name() { return "nlp"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TOKENS); }

    @Override
    public String describe() {
        return "nlp(" + models.profile.tokenProperties().getProperty("annotators") + ", ner="
                + (models.profile.nerModel() == null ? "none" : models.profile.nerModel().replaceAll(".*/", "")) + ")";
    }

    /** A document of some of the article's sentences (their tokens, the article date) for an annotator to run on. */
    private static Annotation part(String text, List<CoreMap> sentences, ArticleDoc doc) {
        Annotation part = new Annotation(text);
        part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap cs : sentences) tokens.addAll(cs.get(CoreAnnotations.TokensAnnotation.class));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (doc.article().date() != null) part.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
        return part;
    }

    /** A proper-noun tag, or a capital letter on any word but the first. */
    static boolean mayHoldName(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel l = tokens.get(i);
            String tag = l.tag();
            if (tag != null && tag.startsWith("NNP")) return true;
            String w = l.word();
            if (i > 0 && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) return true;
        }
        return false;
    }

    @Override
    public void process(ArticleDoc doc) {
        String text = doc.text();
        NlpBudget budget = NlpBudget.start(budgetMillis);
        Annotation ann = new Annotation(text);
        if (doc.article().date() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
        }
        budget.attach(ann);
        models.split.annotate(ann);
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) coreSentences = List.of();
        int longest = 0, tooLong = 0;
        for (CoreMap cs : coreSentences) {
            int n = cs.get(CoreAnnotations.TokensAnnotation.class).size();
            longest = Math.max(longest, n);
            if (n > models.profile.maxTagTokens()) tooLong++;
        }
        if (tooLong > 0 && tooLong == coreSentences.size()) {
            throw new ArticleRejected("article '" + doc.article().id() + "' has no sentence that can be coded: "
                    + (tooLong == 1 ? "its one sentence has " + longest + " tokens"
                    : "its " + tooLong + " sentences have up to " + longest + " tokens")
                    + " (over " + models.profile.maxTagTokens() + ", the length cap): skipped");
        }
        // tag in chunks of sentences, so that the budget can be checked between them
        int tagged = 0;
        while (tagged < coreSentences.size()) {
            if (tagged > 0 && budget.taggingSpent()) break;
            int end = tagged, tokens = 0;
            while (end < coreSentences.size() && (end == tagged || tokens < CHUNK_TOKENS)) {
                tokens += coreSentences.get(end++).get(CoreAnnotations.TokensAnnotation.class).size();
            }
            List<CoreMap> chunk = coreSentences.subList(tagged, end);
            models.tagger.annotate(part(text, chunk, doc));
            if (models.ner != null) {
                long t0 = System.nanoTime();
                // the CRF finds people, organisations and places only in sentences with a proper noun or a
                // capitalised word after the first: the others (about one in eight in news) keep "O"
                List<CoreMap> named = new ArrayList<>(chunk.size());
                for (CoreMap cs : chunk) if (mayHoldName(cs.get(CoreAnnotations.TokensAnnotation.class))) named.add(cs);
                if (!named.isEmpty()) models.ner.annotate(part(text, named, doc));
                doc.timeSubstep(name(), "ner", System.nanoTime() - t0);
            }
            tagged = end;
        }
        if (tagged < coreSentences.size()) {
            doc.diagnose(Diagnostic.Severity.WARNING, name(), "article '" + doc.article().id() + "': NLP time budget ("
                    + budget.describe() + ", half of it for tagging) spent after " + tagged + " of " + coreSentences.size()
                    + " sentences: sentences " + tagged + "-" + (coreSentences.size() - 1) + " skipped, no events coded from them");
            coreSentences = new ArrayList<>(coreSentences.subList(0, tagged));
            ann.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
        }
        int i = 0;
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            // "Chinese security forces clamped/JJ down on protesters": a past verb the tagger misread (TagRepair)
            TagRepair.nounsReadAsVerbs(labels);
            TagRepair.finiteVerb(labels);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int k = 0; k < labels.size(); k++) {
                CoreLabel l = labels.get(k);
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                tokens.add(new Token(k, l.word(), lemma, l.tag() == null ? "X" : l.tag(),
                        l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
            }
            int b = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            doc.sentences.add(new Sentence(i++, b, e, text.substring(b, e), tokens, List.of(), List.of()));
            if (labels.size() > models.profile.maxTagTokens()) {
                doc.diagnose(Diagnostic.Severity.WARNING, name(), "sentence " + (i - 1) + " has " + labels.size()
                        + " tokens (over " + models.profile.maxTagTokens() + "): not tagged or parsed");
            }
        }
        doc.nlpScratch = ann;
    }
}
