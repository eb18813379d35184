package org.dyad.nlp;

/**
 * A typed dependency (Universal Dependencies, enhanced++): {@code rel(gov, dep)}.
 * Token indices are 0-based; {@code gov == -1} marks the root.
 */
public record Dep(int gov, int dep, String rel) {
}
