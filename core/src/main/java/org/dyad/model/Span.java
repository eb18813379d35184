package org.dyad.model;

/** A piece of article text: {@code start}/{@code end} are character offsets into the article text. */
public record Span(String text, int start, int end) {
}
