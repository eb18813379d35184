package org.dyad.pipeline;

/**
 * Thrown by a stage that decides an article cannot be coded (not English, no text). The pipeline
 * reports the message as the article's error diagnostic, as is, and skips the later stages.
 */
public class ArticleRejected extends RuntimeException {
    public ArticleRejected(String message) {
        super(message, null, false, false);
    }
}
