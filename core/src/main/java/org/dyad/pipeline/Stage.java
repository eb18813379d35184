package org.dyad.pipeline;

import java.util.Set;

/**
 * One step of the pipeline over an {@link ArticleDoc}. A stage reads only the layers it
 * {@link #requires() requires} and adds the layers it {@link #provides() provides}. It must not
 * throw on bad text: it adds a {@link org.dyad.model.Diagnostic} to the document instead. Stages
 * are shared across threads: {@link #process} must be thread-safe.
 */
public interface Stage {
    /** Short lower-case name used in configuration, diagnostics and timings ({@code nlp}, {@code actors}). */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void process(ArticleDoc doc);

    /** A one-line description of the configuration, logged and shown by {@code bench}. */
    default String describe() {
        return name();
    }
}
