package org.dyad.engine;

import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorStage;
import org.dyad.coding.CameoOntology;
import org.dyad.coding.EventCoder;
import org.dyad.coding.PatternSet;
import org.dyad.dates.DateStage;
import org.dyad.dedup.DedupStage;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.LocationStage;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.nlp.NlpBudget;
import org.dyad.nlp.NlpModels;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.TokensStage;
import org.dyad.nlp.TimeStage;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Pipeline;
import org.dyad.text.TextStage;
import org.dyad.util.DataFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event coder as one object: the pipeline ingest → nlp → actors → parse → coding → dates →
 * places → dedup, built from a small description ({@link Config}) and shared by all threads.
 * Models and dictionaries are loaded once per JVM and configuration.
 *
 * <pre>{@code
 * Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
 * Dyad.Result r = dyad.code(Article.of("a1", LocalDate.parse("2021-12-06"), text));
 * r.events().forEach(System.out::println);
 * }</pre>
 */
public final class Dyad {
    /** Version of the code; the dictionary version is appended in {@link #coderVersion()}. */
    public static final String VERSION = "0.1.0";

    /**
     * What to build; serialisable so a Spark executor can build its own copy.
     *
     * @param profile         NLP profile name ({@code default})
     * @param actorsFile      a user actors file that adds or overrides entries, or null
     * @param nlpBudgetMillis CPU time budget per article for tagging and parsing, 0 for none
     *                        ({@link NlpBudget}; default {@value NlpBudget#DEFAULT_MILLIS})
     */
    public record Config(String profile, String actorsFile, long nlpBudgetMillis) implements java.io.Serializable {
        public static final Config DEFAULT = new Config("default", null);

        /** The default NLP budget. */
        public Config(String profile, String actorsFile) {
            this(profile, actorsFile, NlpBudget.DEFAULT_MILLIS);
        }
    }

    /** The coded result of one article. */
    public record Result(ArticleDoc doc, List<Event> events) {
    }

    private static final Map<Config, Dyad> SHARED = new ConcurrentHashMap<>();

    private final Pipeline pipeline;
    private final EventAssembler assembler;
    private final String coderVersion;
    private final PatternSet patterns;

    private Dyad(Config config) {
        NlpProfile profile = switch (config.profile()) {
            case "default" -> NlpProfile.DEFAULT;
            default -> throw new IllegalArgumentException("unknown profile '" + config.profile() + "' (known: default)");
        };
        CameoOntology ontology = CameoOntology.standard();
        this.patterns = PatternSet.standard();
        ActorDictionary actors = config.actorsFile() == null ? ActorDictionary.standard()
                : ActorDictionary.load(Path.of(config.actorsFile()));
        Gazetteer gazetteer = Gazetteer.standard();
        this.coderVersion = "dyad " + VERSION + "; dictionaries " + DataFile.text("dyad/VERSION");
        EventCoder coder = new EventCoder(patterns, coderVersion);
        NlpModels models = NlpModels.get(profile);
        this.pipeline = Pipeline.builder()
                .add(new TextStage())
                .add(new TokensStage(models, config.nlpBudgetMillis()))
                .add(new ActorStage(actors, gazetteer, patterns::isAttributionVerb))
                .add(new ParseStage(models, coder::mayHoldEvent))
                .add(coder)
                .add(new TimeStage(models))
                .add(new DateStage())
                .add(new LocationStage(gazetteer))
                .add(new DedupStage())
                .build();
        this.assembler = new EventAssembler(ontology, coderVersion);
    }

    /** The one instance for this configuration in this JVM. */
    public static Dyad shared(Config config) {
        return SHARED.computeIfAbsent(config, Dyad::new);
    }

    public Result code(Article article) {
        ArticleDoc doc = pipeline.process(article);
        List<Event> events;
        try {
            events = doc.failed() && doc.events.isEmpty() ? List.of() : assembler.events(doc);
        } catch (RuntimeException | StackOverflowError e) {
            doc.diagnose(org.dyad.model.Diagnostic.Severity.ERROR, "assemble", "article '" + article.id()
                    + "': events could not be assembled: " + e);
            events = List.of();
        }
        return new Result(doc, events);
    }

    public Pipeline pipeline() { return pipeline; }

    public String coderVersion() { return coderVersion; }

    public PatternSet patterns() { return patterns; }
}
