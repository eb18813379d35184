package org.dyad.pipeline;

/**
 * The annotation layers of an {@link ArticleDoc}. Each {@link Stage} declares the layers it needs
 * and the layers it adds; {@link Pipeline.Builder#build()} checks the chain before any text is read.
 */
public enum Layer {
    /** The article as read (set by ingest). */
    RAW,
    /** Clean English text: markup removed, language checked. */
    TEXT,
    /** Sentences, tokens, POS, lemmas, coarse NER. */
    TOKENS,
    /** Temporal expressions (SUTime). */
    TIMEX,
    /** Dependency parses (only for sentences that may hold an event). */
    DEPENDENCIES,
    /** Actor mentions with CAMEO codes. */
    ACTORS,
    /** Place mentions resolved against the gazetteer. */
    PLACES,
    /** Coded events (drafts). */
    EVENTS,
    /** Event dates resolved. */
    EVENT_DATES,
    /** Event locations resolved. */
    EVENT_LOCATIONS,
    /** Within-article duplicates collapsed. */
    DEDUPLICATED
}
