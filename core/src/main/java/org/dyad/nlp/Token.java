package org.dyad.nlp;

/**
 * One token of a parsed sentence.
 *
 * @param index 0-based index in its sentence
 * @param word  surface form
 * @param lemma lemma (lower case for common words)
 * @param pos   Penn Treebank tag
 * @param ner   coarse NER label from CoreNLP ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *              {@code DATE}, ..., or {@code O})
 * @param begin character offset into the article text
 * @param end   end offset (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isPronoun() { return pos.startsWith("PRP"); }
    public String lower() { return word.toLowerCase(java.util.Locale.ROOT); }
}
