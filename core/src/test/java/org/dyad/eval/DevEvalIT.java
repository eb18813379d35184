package org.dyad.eval;

import org.dyad.engine.Dyad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code dyad eval} on the shared dev gold (skipped when {@code ../shared} is absent) and
 * holds the coder to the figures it has reached, so a change that makes it worse fails the build.
 */
class DevEvalIT {
    static final Path GOLD = Path.of("../../shared/eval/dev/gold-dev.jsonl");

    @Test
    void coderKeepsItsDevFigures() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(GOLD), "shared dev gold not present: " + GOLD.toAbsolutePath());
        GoldEval.Report r = GoldEval.run(Dyad.shared(Dyad.Config.DEFAULT), GoldEval.read(GOLD));
        GoldEval.print(r, new PrintWriter(System.out, true));
        assertThat(r.all().f1()).as("dyad-root F1").isGreaterThanOrEqualTo(Floors.F1);
        assertThat(r.codebookRootHit()).as("codebook root hit").isGreaterThanOrEqualTo(Floors.CODEBOOK_ROOT);
        assertThat(r.codebookFullHit()).as("codebook full hit").isGreaterThanOrEqualTo(Floors.CODEBOOK_FULL);
    }

    /** The figures reached so far (raise them when the coder improves; never lower them silently). */
    static final class Floors {
        static final double F1 = 0.65;
        static final double CODEBOOK_ROOT = 0.76;
        static final double CODEBOOK_FULL = 0.54;
    }
}
