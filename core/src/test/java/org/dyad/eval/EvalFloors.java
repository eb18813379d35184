package org.dyad.eval;

import org.dyad.engine.Dyad;

import java.io.PrintWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores the shared coder on a gold file, prints the report, and holds it to the figures it has reached. */
final class EvalFloors {
    private EvalFloors() {
    }

    static void hold(Path gold, double f1, double codebookRoot, double codebookFull) throws Exception {
        GoldEval.Report r = GoldEval.run(Dyad.shared(Dyad.Config.DEFAULT), GoldEval.read(gold));
        GoldEval.print(r, new PrintWriter(System.out, true));
        assertThat(r.all().f1()).as("dyad-root F1").isGreaterThanOrEqualTo(f1);
        assertThat(r.codebookRootHit()).as("codebook root hit").isGreaterThanOrEqualTo(codebookRoot);
        assertThat(r.codebookFullHit()).as("codebook full hit").isGreaterThanOrEqualTo(codebookFull);
    }
}
