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
    static final Path GOLD5 = Path.of("src/test/resources/eval/challenge5.jsonl");

    @Test
    void coderKeepsItsChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD, 0.70, 0.82, 0.64);
    }

    @Test
    void coderKeepsItsSecondChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD2, 0.68, 0.80, 0.57);
    }

    @Test
    void coderKeepsItsThirdChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD3, 0.73, 0.81, 0.64);
    }

    @Test
    void coderKeepsItsFourthChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD4, 0.61, 0.78, 0.61);
    }

    @Test
    void coderKeepsItsFifthChallengeFigures() throws Exception {
        EvalFloors.hold(GOLD5, 0.70, 0.78, 0.59);
    }
}
