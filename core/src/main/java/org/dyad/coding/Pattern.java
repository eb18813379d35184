package org.dyad.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of a pattern file: a trigger in a grammatical frame that means a CAMEO event.
 * See {@code docs/patterns.md} for the file format.
 *
 * @param code        CAMEO code
 * @param kind        verb, noun or phrase
 * @param triggers    alternatives; for verbs and nouns each alternative is {@code [lemma]} or, for
 *                    nouns with compounds, {@code [compound..., head]}; for phrases the lemma sequence
 * @param particles   per alternative, the required particle or null (verbs)
 * @param src         roles that hold the source
 * @param tgt         roles that hold the target; empty when {@code tgt=none}
 * @param objLemmas   required direct-object lemmas, or empty
 * @param xcompLemmas required open-complement lemmas, or empty
 * @param subjLemmas  required subject head lemmas ("troops pulled out of", "jets struck"), or empty
 * @param attach      for noun triggers: the relations by which the noun must hang on its verb ("during a visit to"), or empty
 * @param preps       required prepositions, or empty
 * @param light       allowed light verbs for noun triggers, or empty for any
 * @param recip       symmetric event
 * @param example     the example sentence the pattern is meant to catch
 * @param file        pattern file name
 * @param line        line number in the file
 */
public record Pattern(String code, Kind kind, List<List<String>> triggers, List<String> particles,
                      List<String> src, List<String> tgt, Set<String> objLemmas, Set<String> xcompLemmas,
                      Set<String> subjLemmas, Set<String> attach, Set<String> preps, Set<String> light, boolean recip, String example, String file, int line,
                      String source) {

    public enum Kind { VERB, NOUN, PHRASE }

    /** How specific the pattern is; the most specific matching pattern wins. */
    public int specificity() {
        int s = 0;
        if (particles.stream().anyMatch(p -> p != null)) s += 3;
        if (!objLemmas.isEmpty()) s += 3;
        if (!subjLemmas.isEmpty()) s += 3;
        if (!attach.isEmpty()) s += 2;
        if (!xcompLemmas.isEmpty()) s += xcompLemmas.contains("*") ? 1 : 3;
        if (!preps.isEmpty()) s += 2;
        if (!light.isEmpty()) s += 1;
        int maxLen = triggers.stream().mapToInt(List::size).max().orElse(1);
        s += 2 * (maxLen - 1);
        if (kind == Kind.PHRASE) s += 2;
        if (code.length() == 4) s += 1;
        return s;
    }

    /** {@code file:line}, for traces and lint messages. */
    public String where() { return file + ":" + line; }

    public boolean targetOptional() { return tgt.isEmpty(); }

    /**
     * True when an event of this pattern can be coded with no target: the pattern says so ({@code tgt=none}),
     * or it is a verbal event (02-14) whose addressee may go unnamed ("Egypt warned that ..."). Statements
     * (01x) need a target, and material acts (15-20) a real one ("attacked the proposal" is no attack).
     */
    public boolean mayLackTarget() {
        return targetOptional() || (code.compareTo("15") < 0 && !code.startsWith("01"));
    }

    @Override
    public String toString() { return where() + " [" + source + "]"; }
}
