package org.dyad.coding;

import org.dyad.actors.ActorMention;
import org.dyad.model.Location;
import org.dyad.model.Mode;

import java.util.ArrayList;
import java.util.List;

/**
 * An event while the pipeline works on it: the coder creates it, the date, place and dedup stages
 * complete it, and {@link org.dyad.pipeline.ArticleDoc#events()} turns it into the output record.
 */
public final class EventDraft {
    public final int sentence;
    public final int triggerToken;
    public final int triggerEnd;
    public final ActorMention source;
    public final ActorMention target;
    public String code;
    public Mode mode = Mode.ASSERTED;
    public String reportedBy;
    public int clauseHead;
    public double confidence;
    public final List<String> trace = new ArrayList<>();

    // filled by the date stage
    public String date;
    public String datePrecision;
    public String dateBasis = "unknown";
    public String dateText;
    public boolean historical;

    // filled by the location stage
    public Location location;

    /** Other sentences reporting the same event in this article (filled by dedup). */
    public final List<Integer> alsoInSentences = new ArrayList<>();

    public EventDraft(int sentence, int triggerToken, int triggerEnd, ActorMention source, ActorMention target,
                      String code) {
        this.sentence = sentence;
        this.triggerToken = triggerToken;
        this.triggerEnd = triggerEnd;
        this.source = source;
        this.target = target;
        this.code = code;
        this.clauseHead = triggerToken;
    }

    /** The same event with a target it lacked (the target of the act it asks for, promises or threatens). */
    public EventDraft withTarget(ActorMention newTarget) {
        EventDraft d = new EventDraft(sentence, triggerToken, triggerEnd, source, newTarget, code);
        d.mode = mode;
        d.reportedBy = reportedBy;
        d.clauseHead = clauseHead;
        d.confidence = confidence;
        d.trace.addAll(trace);
        return d;
    }

    public String targetCode() { return target == null ? "---" : target.code(); }

    @Override
    public String toString() {
        return source.code() + "->" + targetCode() + " " + code + " @" + sentence + ":" + triggerToken + " " + mode;
    }
}
