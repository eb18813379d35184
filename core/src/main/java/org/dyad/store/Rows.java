package org.dyad.store;

import org.dyad.model.EventRow;

/** Small helpers over {@link EventRow}. */
final class Rows {
    private Rows() {
    }

    static EventRow withEventId(EventRow r, String id) {
        return new EventRow(id, r.articleId(), r.articleDate(), r.publisher(), r.url(), r.sentenceIndex(), r.sentence(),
                r.sourceText(), r.sourceCode(), r.sourceCountry(), r.sourceRole(), r.sourceStart(), r.sourceEnd(),
                r.targetText(), r.targetCode(), r.targetCountry(), r.targetRole(), r.targetStart(), r.targetEnd(),
                r.cameo(), r.root(), r.quadClass(), r.goldstein(), r.plover(), r.triggerText(), r.triggerStart(), r.triggerEnd(),
                r.date(), r.datePrecision(), r.dateBasis(), r.dateText(), r.historical(), r.mode(), r.reportedBy(),
                r.locationText(), r.locationName(), r.locationCountry(), r.locationLat(), r.locationLon(), r.locationBasis(),
                r.confidence(), r.coderVersion());
    }
}
