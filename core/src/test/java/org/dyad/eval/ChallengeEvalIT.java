package org.dyad.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * Runs {@code dyad eval} on the project's own challenge set (src/test/resources/eval, written for dyad without
 * sight of the coder) and holds the coder to the figures it has reached there (raise them when the coder
 * improves; never lower them silently).
 */
class ChallengeEvalIT {
    static final Path GOLD = Path.of("src/test/resources/eval/challenge.jsonl");
    static final Path GOLD2 = Path.of("src/test/resources/eval/challenge2.jsonl");
    static final Path GOLD3 = Path.of("src/test/resources/eval/challenge3.jsonl");
    static final Path GOLD4 = Path.of("src/test/resources/eval/challenge4.jsonl");

    @Test
    void coderKeepsItsChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD, 0.67, 0.79, 0.61);
    }

    @Test
    void coderKeepsItsSecondChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD2, 0.66, 0.78, 0.54);
    }

    @Test
    void coderKeepsItsThirdChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD3, 0.70, 0.78, 0.60);
    }

    @Test
    void coderKeepsItsFourthChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD4, 0.59, 0.75, 0.57);
    }
}
