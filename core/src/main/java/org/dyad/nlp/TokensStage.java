package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenizes, splits sentences, tags, lemmatizes and runs one NER CRF (CoreNLP), with the article
 * date set so later SUTime runs resolve relative dates. Provides {@link Layer#TOKENS}.
 */
public final class TokensStage implements Stage {
    private final NlpModels models;

    public TokensStage(NlpModels models) {
        this.models = models;
    }

    @Override public String name() { return "nlp"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TEXT); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TOKENS); }

    @Override
    public String describe() {
        return "nlp(" + models.profile.tokenProperties().getProperty("annotators") + ", ner="
                + (models.profile.nerModel() == null ? "none" : models.profile.nerModel().replaceAll(".*/", "")) + ")";
    }

    @Override
    public void process(ArticleDoc doc) {
        String text = doc.text();
        Annotation ann = new Annotation(text);
        if (doc.article().date() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
        }
        models.tokens.annotate(ann);
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) coreSentences = List.of();
        int i = 0;
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
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
