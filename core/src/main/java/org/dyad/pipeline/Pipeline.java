package org.dyad.pipeline;

import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked chain of {@link Stage}s. {@link Builder#build()} refuses a chain in which a stage
 * requires a layer no earlier stage provides. {@link #process(Article)} never throws on bad text:
 * a stage that fails adds an error diagnostic and the stages that depend on its layers are skipped.
 * Thread-safe when its stages are; one pipeline serves all threads.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() { return new Builder(); }

    public List<Stage> stages() { return stages; }

    public ArticleDoc process(Article article) {
        ArticleDoc doc = new ArticleDoc(article);
        for (Stage stage : stages) {
            if (!doc.layers().containsAll(stage.requires())) {
                continue; // an earlier stage failed; its diagnostic says why
            }
            long t0 = System.nanoTime();
            try {
                stage.process(doc);
                doc.add(stage.provides());
            } catch (ArticleRejected e) {
                doc.diagnose(Diagnostic.Severity.ERROR, stage.name(), e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                doc.diagnose(Diagnostic.Severity.ERROR, stage.name(),
                        "stage failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            } finally {
                doc.time(stage.name(), System.nanoTime() - t0);
            }
        }
        return doc;
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        String l = i < 0 ? s : s.substring(0, i);
        return l.length() > 300 ? l.substring(0, 300) + "..." : l;
    }

    @Override
    public String toString() {
        return stages.stream().map(Stage::describe).collect(Collectors.joining(" -> "));
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Layer> have = EnumSet.of(Layer.RAW);
            for (Stage s : stages) {
                for (Layer l : s.requires()) {
                    if (!have.contains(l)) {
                        throw new IllegalStateException("stage '" + s.name() + "' requires layer " + l
                                + " but no earlier stage provides it; stages: "
                                + stages.stream().map(Stage::name).collect(Collectors.joining(", ")));
                    }
                }
                have.addAll(s.provides());
            }
            return new Pipeline(stages);
        }
    }
}
