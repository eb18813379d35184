package org.dyad.model;

import java.util.List;

/**
 * The flat form of an {@link Event}: one row, scalar columns. It is the column set of
 * {@code dyad export --format parquet}, of the Spark job's output and of the store's event table,
 * so that all three agree. Column names are snake_case; {@link #COLUMNS} gives them in order.
 */
public record EventRow(String eventId, String articleId, String articleDate, String publisher, String url,
                       int sentenceIndex, String sentence,
                       String sourceText, String sourceCode, String sourceCountry, String sourceRole, int sourceStart, int sourceEnd,
                       String targetText, String targetCode, String targetCountry, String targetRole, Integer targetStart, Integer targetEnd,
                       String cameo, String root, int quadClass, Double goldstein, String plover,
                       String triggerText, int triggerStart, int triggerEnd,
                       String date, String datePrecision, String dateBasis, String dateText, boolean historical,
                       String mode, String reportedBy,
                       String locationText, String locationName, String locationCountry, Double locationLat, Double locationLon,
                       String locationBasis, double confidence, String coderVersion) {

    /** Column names in order, with their SQL types (DuckDB / Spark SQL compatible). */
    public static final List<String[]> COLUMNS = List.of(
            new String[]{"event_id", "VARCHAR"}, new String[]{"article_id", "VARCHAR"}, new String[]{"article_date", "VARCHAR"},
            new String[]{"publisher", "VARCHAR"}, new String[]{"url", "VARCHAR"},
            new String[]{"sentence_index", "INTEGER"}, new String[]{"sentence", "VARCHAR"},
            new String[]{"source_text", "VARCHAR"}, new String[]{"source_code", "VARCHAR"}, new String[]{"source_country", "VARCHAR"},
            new String[]{"source_role", "VARCHAR"}, new String[]{"source_start", "INTEGER"}, new String[]{"source_end", "INTEGER"},
            new String[]{"target_text", "VARCHAR"}, new String[]{"target_code", "VARCHAR"}, new String[]{"target_country", "VARCHAR"},
            new String[]{"target_role", "VARCHAR"}, new String[]{"target_start", "INTEGER"}, new String[]{"target_end", "INTEGER"},
            new String[]{"cameo", "VARCHAR"}, new String[]{"root", "VARCHAR"}, new String[]{"quad_class", "INTEGER"},
            new String[]{"goldstein", "DOUBLE"}, new String[]{"plover", "VARCHAR"},
            new String[]{"trigger_text", "VARCHAR"}, new String[]{"trigger_start", "INTEGER"}, new String[]{"trigger_end", "INTEGER"},
            new String[]{"date", "VARCHAR"}, new String[]{"date_precision", "VARCHAR"}, new String[]{"date_basis", "VARCHAR"},
            new String[]{"date_text", "VARCHAR"}, new String[]{"historical", "BOOLEAN"},
            new String[]{"mode", "VARCHAR"}, new String[]{"reported_by", "VARCHAR"},
            new String[]{"location_text", "VARCHAR"}, new String[]{"location_name", "VARCHAR"}, new String[]{"location_country", "VARCHAR"},
            new String[]{"location_lat", "DOUBLE"}, new String[]{"location_lon", "DOUBLE"}, new String[]{"location_basis", "VARCHAR"},
            new String[]{"confidence", "DOUBLE"}, new String[]{"coder_version", "VARCHAR"});

    public static EventRow of(Event e, Article a) {
        ActorRef s = e.source(), t = e.target();
        Location l = e.location();
        return new EventRow(e.eventId(), e.articleId(), a == null || a.date() == null ? null : a.date().toString(),
                e.publisher(), a == null ? null : a.url(), e.sentenceIndex(), e.sentence(),
                s.text(), s.code(), s.country(), s.role(), s.start(), s.end(),
                t == null ? null : t.text(), t == null ? null : t.code(), t == null ? null : t.country(), t == null ? null : t.role(),
                t == null ? null : t.start(), t == null ? null : t.end(),
                e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(),
                e.trigger().text(), e.trigger().start(), e.trigger().end(),
                e.date(), e.datePrecision(), e.dateBasis(), e.dateText(), e.historical(), e.mode().json(), e.reportedBy(),
                l == null ? null : l.text(), l == null ? null : l.name(), l == null ? null : l.country(),
                l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.basis(),
                e.confidence(), e.coderVersion());
    }

    /** The values in {@link #COLUMNS} order. */
    public Object[] values() {
        return new Object[]{eventId, articleId, articleDate, publisher, url, sentenceIndex, sentence,
                sourceText, sourceCode, sourceCountry, sourceRole, sourceStart, sourceEnd,
                targetText, targetCode, targetCountry, targetRole, targetStart, targetEnd,
                cameo, root, quadClass, goldstein, plover, triggerText, triggerStart, triggerEnd,
                date, datePrecision, dateBasis, dateText, historical, mode, reportedBy,
                locationText, locationName, locationCountry, locationLat, locationLon, locationBasis, confidence, coderVersion};
    }
}
