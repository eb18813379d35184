package org.dyad.pipeline;

import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {
    record FakeStage(String name, Set<Layer> requires, Set<Layer> provides, boolean fail) implements Stage {
        @Override
        public void process(ArticleDoc doc) {
            if (fail) throw new IllegalStateException("boom on " + doc.article().id());
        }
    }

    @Test
    void buildRefusesAStageWhoseInputsNoEarlierStageProvides() {
        assertThatThrownBy(() -> Pipeline.builder()
                .add(new FakeStage("coding", Set.of(Layer.DEPENDENCIES), Set.of(Layer.EVENTS), false))
                .build())
                .hasMessageContaining("stage 'coding' requires layer DEPENDENCIES");
    }

    @Test
    void aFailingStageBecomesADiagnosticAndDependentsAreSkipped() {
        Pipeline p = Pipeline.builder()
                .add(new FakeStage("nlp", Set.of(Layer.RAW), Set.of(Layer.TOKENS), true))
                .add(new FakeStage("actors", Set.of(Layer.TOKENS), Set.of(Layer.ACTORS), false))
                .build();
        ArticleDoc doc = p.process(Article.of("a1", LocalDate.of(2021, 1, 1), "text"));
        assertThat(doc.failed()).isTrue();
        assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.stage()).isEqualTo("nlp");
            assertThat(d.message()).contains("boom on a1");
        });
        assertThat(doc.has(Layer.ACTORS)).isFalse();
        assertThat(doc.nanosByStage()).containsOnlyKeys("nlp");
    }

    @Test
    void toStringDescribesTheChain() {
        Pipeline p = Pipeline.builder()
                .add(new FakeStage("nlp", Set.of(Layer.RAW), Set.of(Layer.TOKENS), false))
                .add(new FakeStage("actors", Set.of(Layer.TOKENS), Set.of(Layer.ACTORS), false))
                .build();
        assertThat(p.toString()).isEqualTo("nlp -> actors");
    }
}
