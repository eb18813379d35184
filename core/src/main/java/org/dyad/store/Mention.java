package org.dyad.store;

/**
 * One sentence of an article that reports a stored event (table {@code mentions}). The first mention
 * of an event is its own sentence and trigger ({@code primary}); the others are further sentences
 * of the same article reporting the same dyad, code, date and mode. Their trigger is null when the
 * coder only recorded the sentence. {@code sentence} is the sentence's text (null when unknown).
 */
public record Mention(int sentenceIndex, String triggerText, Integer triggerStart, Integer triggerEnd, boolean primary,
                      String sentence) {
}
