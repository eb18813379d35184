package org.dyad.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

/**
 * Runs {@code dyad eval} on the project's own challenge sets (src/test/resources/eval, each written for dyad without
 * sight of the coder) and holds the coder to the figures it has reached there (raise them when the coder
 * improves; never lower them silently).
 */
class ChallengeEvalIT {

    @ParameterizedTest(name = "{0}: F1 >= {1}, codebook root >= {2}, full >= {3}")
    @CsvSource({
            "challenge.jsonl,  0.72, 0.84, 0.66",
            "challenge2.jsonl, 0.69, 0.81, 0.58",
            "challenge3.jsonl, 0.75, 0.82, 0.65",
            "challenge4.jsonl, 0.63, 0.80, 0.61",
            "challenge5.jsonl, 0.73, 0.80, 0.60",
            "challenge6.jsonl, 0.71, 0.81, 0.66",
            "challenge7.jsonl, 0.66, 0.77, 0.59",
    })
    void coderKeepsItsChallengeFigures(String file, double f1, double codebookRoot, double codebookFull) throws Exception {
        EvalFloors.hold(Path.of("src/test/resources/eval").resolve(file), f1, codebookRoot, codebookFull);
    }
}
