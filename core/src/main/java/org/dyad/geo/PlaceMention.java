package org.dyad.geo;

/**
 * A place name found in a sentence and resolved against the gazetteer.
 *
 * @param sentence sentence index
 * @param first    first token (inclusive)
 * @param last     last token (exclusive)
 * @param text     surface text
 * @param begin    character offset
 * @param end      end offset
 * @param place    the chosen gazetteer entry
 */
public record PlaceMention(int sentence, int first, int last, String text, int begin, int end, Place place) {
}
