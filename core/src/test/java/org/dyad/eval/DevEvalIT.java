package org.dyad.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code dyad eval} on the shared dev gold (skipped when {@code ../shared} is absent) and
 * holds the coder to the figures it has reached, so a change that makes it worse fails the build.
 * The figures reached so far: raise them when the coder improves; never lower them silently.
 */
class DevEvalIT {
    static final Path GOLD = Path.of("../../shared/eval/dev/gold-dev.jsonl");

    @Test
    void coderKeepsItsDevFigures() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(GOLD), "shared dev gold not present: " + GOLD.toAbsolutePath());
        EvalFloors.hold(GOLD, 0.71, 0.80, 0.57);
    }
}
