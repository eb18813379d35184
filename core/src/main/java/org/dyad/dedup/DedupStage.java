package org.dyad.dedup;

import org.dyad.coding.EventDraft;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collapses an article's repeated reports of one event: the same source, target, CAMEO code, date
 * and mode reported in several sentences is one event (the first mention), the others kept as
 * evidence in {@link EventDraft#alsoInSentences}. Provides {@link Layer#DEDUPLICATED}.
 */
public final class DedupStage implements Stage {
    @Override public String name() { return "dedup"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.EVENT_DATES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.DEDUPLICATED); }

    @Override
    public void process(ArticleDoc doc) {
        Map<String, EventDraft> first = new LinkedHashMap<>();
        List<EventDraft> keep = new ArrayList<>();
        for (EventDraft e : doc.events) {
            String key = e.source.code() + "|" + e.targetCode() + "|" + e.code + "|" + Objects.toString(e.date) + "|" + e.mode;
            EventDraft prev = first.putIfAbsent(key, e);
            if (prev == null) {
                keep.add(e);
            } else {
                if (prev.sentence != e.sentence && !prev.alsoInSentences.contains(e.sentence)) prev.alsoInSentences.add(e.sentence);
                prev.confidence = Math.max(prev.confidence, e.confidence);
                if (prev.location == null) prev.location = e.location;
            }
        }
        doc.events.clear();
        doc.events.addAll(keep);
    }
}
