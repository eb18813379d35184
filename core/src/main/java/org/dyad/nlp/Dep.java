package org.dyad.nlp;

/**
 * A typed dependency (Universal Dependencies, enhanced++): {@code rel(gov, dep)}.
 * Token indices are 0-based; {@code gov == -1} marks the root.
 */
public record Dep(int gov, int dep, String rel) {
    /** The relation without its preposition: {@code obl:with} gives {@code obl}. */
    public String baseRel() {
        int i = rel.indexOf(':');
        if (i < 0) return rel;
        String head = rel.substring(0, i);
        // keep the UD subtypes that change meaning
        if (rel.startsWith("nsubj:pass") || rel.startsWith("compound:prt") || rel.startsWith("obl:agent")
                || rel.startsWith("nmod:poss") || rel.startsWith("obl:tmod") || rel.startsWith("nmod:tmod")
                || rel.startsWith("aux:pass") || rel.startsWith("csubj:pass")) {
            return rel.substring(0, rel.indexOf(':', i + 1) < 0 ? rel.length() : rel.indexOf(':', i + 1));
        }
        return head;
    }
}
