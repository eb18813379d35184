package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs of part-of-speech tags that CoreNLP's tagger gets wrong in headline-like news sentences, where a past-tense
 * verb right after its subject is read as an adjective, a noun or an adverb and the sentence is left with no finite verb
 * at all: "Chinese security forces clamped/JJ down on protesters", "India sided/JJ with Russia", "Washington unfroze/RB
 * $6 billion", "Ankara leapt/NN to the defence of Baku", "Human Rights Watch documented/VBN abuses". The parser then has
 * no verb to hang the clause on and the coder no trigger. Also "A gunman shot/NN and killed/VBD a police officer": a
 * past form coordinated with a finite past verb is finite too.
 *
 * <p>A word is retagged VBD (and lemmatised as a verb) only when it follows a noun or a subject pronoun, is a past form
 * (Morphology gives it a verb lemma other than itself, and it is not a plural in -s), and the sentence has no finite
 * verb (VBD, VBZ, VBP, MD) before it or, for the coordinated case, is followed by "and" and a VBD. And the other way
 * round ({@link #nounsReadAsVerbs}): "An Israeli drone/VB struck a car".
 */
public final class TagRepair {
    private TagRepair() {
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> MISREAD = Set.of("JJ", "VBN", "NN", "RB");

    private static final Set<String> NOUN_PHRASE_BEFORE = Set.of("DT", "JJ", "NN", "NNP", "NNPS", "CD", "PRP$");

    /**
     * "An Israeli drone/VB struck a car", "A Ukrainian drone/VB attack", "Taliban insurgents/VBZ detonated a truck bomb": a
     * base-form verb right after a determiner, adjective or noun (no "to", modal or auxiliary before it can license it), or
     * a present-tense verb right before a past-tense one after a name or adjective, is a noun. Retags in place; returns
     * how many tokens were retagged.
     */
    public static int nounsReadAsVerbs(List<CoreLabel> labels) {
        int n = labels.size(), fixed = 0;
        for (int i = 1; i < n; i++) {
            CoreLabel l = labels.get(i);
            String t = l.tag(), prev = labels.get(i - 1).tag();
            if (t == null || prev == null || !l.word().chars().allMatch(Character::isLetter)) continue;
            String w = l.word().toLowerCase(Locale.ROOT);
            if (t.equals("VB") && NOUN_PHRASE_BEFORE.contains(prev) && !subjunctiveSubject(labels, i)) {
                l.setTag("NN");
                l.setLemma(Morphology.lemmaStatic(w, "NN"));
                fixed++;
            } else if ((t.equals("VBZ") || t.equals("VBP")) && (prev.equals("JJ") || prev.startsWith("NNP") || prev.equals("DT"))
                    && i + 1 < n && "VBD".equals(labels.get(i + 1).tag())) {
                l.setTag(w.endsWith("s") ? "NNS" : "NN");
                l.setLemma(Morphology.lemmaStatic(w, l.tag()));
                fixed++;
            }
        }
        return fixed;
    }

    /**
     * Whether the noun phrase before token {@code i} follows "that" or a verb, so that a base form after it is a mandative
     * subjunctive ("insisted that Laos withdraw", "demanded the government scrap the law"), not a noun.
     */
    private static boolean subjunctiveSubject(List<CoreLabel> labels, int i) {
        int k = i - 1;
        while (k >= 0 && labels.get(k).tag() != null && (NOUN_PHRASE_BEFORE.contains(labels.get(k).tag()) || labels.get(k).tag().equals("POS"))) k--;
        if (k < 0) return false;
        CoreLabel before = labels.get(k);
        return before.word().equalsIgnoreCase("that") || before.tag() != null && before.tag().startsWith("VB");
    }

    /** Retags in place; returns the index of the token retagged, or -1. */
    public static int finiteVerb(List<CoreLabel> labels) {
        int n = labels.size();
        boolean finite = false;
        for (CoreLabel l : labels) if (l.tag() != null && FINITE.contains(l.tag())) finite = true;
        for (int i = 1; i + 1 < n; i++) {
            CoreLabel l = labels.get(i);
            String prev = labels.get(i - 1).tag();
            if (l.tag() == null || prev == null || !MISREAD.contains(l.tag())) continue;
            if (!(prev.startsWith("NN") || prev.equals("PRP"))) continue;
            String w = l.word().toLowerCase(Locale.ROOT);
            if (w.endsWith("s") || !w.chars().allMatch(Character::isLetter)) continue;
            String lemma = Morphology.lemmaStatic(w, "VBD");
            if (lemma == null || lemma.equals(w)) continue;
            boolean coordinated = i + 2 < n && labels.get(i + 1).word().equalsIgnoreCase("and") && "VBD".equals(labels.get(i + 2).tag());
            if (finite && !coordinated) continue;
            l.setTag("VBD");
            l.setLemma(lemma);
            return i;
        }
        return -1;
    }
}
