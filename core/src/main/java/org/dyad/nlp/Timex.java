package org.dyad.nlp;

/**
 * A temporal expression found by SUTime.
 *
 * @param startToken first token index (inclusive)
 * @param endToken   last token index (exclusive)
 * @param text       the expression as written
 * @param value      TIMEX3 value normalised against the article date ({@code 2021-12-01},
 *                   {@code 2021-W50}, {@code 2014}, {@code PRESENT_REF}), or null
 * @param altValue   SUTime's unresolved alternative ({@code THIS P1D INTERSECT XXXX-12-01}), or null
 * @param type       TIMEX3 type: DATE, TIME, DURATION, SET
 */
public record Timex(int startToken, int endToken, String text, String value, String altValue, String type,
                    int begin, int end) {
}
