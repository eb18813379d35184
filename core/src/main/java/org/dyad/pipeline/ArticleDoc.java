package org.dyad.pipeline;

import org.dyad.actors.ActorMention;
import org.dyad.coding.EventDraft;
import org.dyad.geo.PlaceMention;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.nlp.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working document one article becomes inside the pipeline. Each stage fills its layers; the
 * document records which layers are present, the diagnostics and the time each stage took.
 * Not thread-safe: one document is processed by one thread.
 */
public final class ArticleDoc {
    private Article article;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Long> nanosByStage = new LinkedHashMap<>();

    /** Sentences (TOKENS layer). */
    public final List<Sentence> sentences = new ArrayList<>();
    /** Actor mentions per sentence, in text order (ACTORS layer). */
    public final List<List<ActorMention>> actors = new ArrayList<>();
    /** Place mentions per sentence (PLACES layer). */
    public final List<List<PlaceMention>> places = new ArrayList<>();
    /** Events (EVENTS layer and after). */
    public final List<EventDraft> events = new ArrayList<>();
    /** Stage-private state of the NLP stages (CoreNLP's own sentence maps), not for other stages. */
    public Object nlpScratch;
    /** Per sentence, why no event was coded (for --explain). */
    public final Map<Integer, List<String>> misses = new LinkedHashMap<>();

    public ArticleDoc(Article article) {
        this.article = article;
        layers.add(Layer.RAW);
    }

    public Article article() { return article; }

    /** Replaces the article (the text stage cleans markup); later offsets point into the new text. */
    public void replaceArticle(Article cleaned) { this.article = cleaned; }

    public String text() { return article.text(); }

    public boolean has(Layer layer) { return layers.contains(layer); }

    void add(Set<Layer> provided) { layers.addAll(provided); }

    public Set<Layer> layers() { return EnumSet.copyOf(layers); }

    public List<Diagnostic> diagnostics() { return diagnostics; }

    public void diagnose(Diagnostic.Severity severity, String stage, String message) {
        diagnostics.add(new Diagnostic(severity, article.origin() == null ? article.id() : article.origin(),
                stage, message));
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    void time(String stage, long nanos) { nanosByStage.merge(stage, nanos, Long::sum); }

    /**
     * Moves {@code nanos} of the running stage's time to a sub-step ({@code sutime} inside
     * {@code parse}), so benchmarks can break a stage down.
     */
    public void timeSubstep(String stage, String substep, long nanos) {
        nanosByStage.merge(substep, nanos, Long::sum);
        nanosByStage.merge(stage, -nanos, Long::sum);
    }

    public Map<String, Long> nanosByStage() { return nanosByStage; }

    public List<ActorMention> actorsIn(int sentence) {
        return sentence < actors.size() ? actors.get(sentence) : List.of();
    }

    public List<PlaceMention> placesIn(int sentence) {
        return sentence < places.size() ? places.get(sentence) : List.of();
    }
}
