package org.dyad.store;

import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The store's read side: clusters, mentions and the timeline, selected by a {@link Filter}. */
public final class Queries {
    private Queries() {
    }

    /** A cluster (one real-world event) with its first evidence as an {@link Event}. */
    public record ClusterRow(String clusterId, long globalEventId, int numEvents, int numMentions, int numSources,
                             int numArticles, LocalDate dateFirst, LocalDate dateLast, boolean isRoot, LocalDate day,
                             Event event, String url, String locationKind, String dateAdded) {
    }

    /** One mention of a cluster: an article sentence reporting it. */
    public record MentionRow(ClusterRow cluster, Event event, int sentenceIndex, String sentence, Span trigger,
                             boolean primary, String articleDate) {
    }

    /** One period of a timeline: clusters per quad class and the Goldstein sum and mean. */
    public record Period(LocalDate start, int[] quad, int total, double goldsteinSum, Double goldsteinMean) {
    }

    static final String EVENT_COLS = Schema.eventRowColumns("e.") + ", e.location_start, e.location_end, e.location_kind";

    static final String CLUSTER_COLS = "c.cluster_id AS c_cluster_id, c.global_event_id AS c_global_event_id, "
            + "c.num_events AS c_num_events, c.num_mentions AS c_num_mentions, c.num_sources AS c_num_sources, "
            + "c.num_articles AS c_num_articles, c.date_first AS c_date_first, c.date_last AS c_date_last, "
            + "c.is_root AS c_is_root, c.day AS c_day";

    /** Streams the selected clusters, in date order; {@code limit <= 0} for all. Returns how many. */
    public static long clusters(Connection conn, Filter f, long limit, boolean dateAdded, Consumer<ClusterRow> out) {
        return clusters(conn, f, limit, 0, dateAdded, out);
    }

    /** The same, after skipping the first {@code offset} clusters (pages of the web API). */
    public static long clusters(Connection conn, Filter f, long limit, long offset, boolean dateAdded, Consumer<ClusterRow> out) {
        Filter.Where w = f.where();
        String added = dateAdded ? ", (SELECT strftime(min(a.ingested_at), '%Y%m%d%H%M%S') FROM events x JOIN articles a "
                + "ON a.article_id = x.article_id WHERE x.cluster_id = c.cluster_id) AS c_date_added" : "";
        String sql = "SELECT " + CLUSTER_COLS + added + ", " + Schema.eventRowColumns("c.") + ", c.location_start, c.location_end, "
                + "c.location_kind FROM clusters c WHERE " + w.sql() + " ORDER BY c.day NULLS LAST, c.cluster_id"
                + (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
        long n = 0;
        try (PreparedStatement ps = prepare(conn, sql, w.params()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.accept(cluster(r, dateAdded));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Store.clean(e), e);
        }
        return n;
    }

    /** A stored article with what a page needs to show it: text, spans of sentences, actors and places, its events and their mentions. */
    public record StoredArticle(ArticleRecord article, List<Bundle.SentenceSpan> sentences, List<Bundle.ActorSpan> actors,
                                List<Bundle.PlaceSpan> places, List<StoredArticleEvent> events, List<MentionSpan> mentions) {
    }

    /** An event of a stored article, with the cluster (real-world event) it belongs to. */
    public record StoredArticleEvent(Event event, String clusterId) {
    }

    /** A mention of one of the article's events in one of its sentences; trigger null when the input gave none. */
    public record MentionSpan(String eventId, int sentenceIndex, Span trigger, boolean primary) {
    }

    /** The stored article with this id, or null when there is none. */
    public static StoredArticle article(Connection conn, String id) {
        try {
            ArticleRecord a = null;
            try (PreparedStatement ps = prepare(conn, "SELECT article_id, \"date\", publisher, url, title, text, content_hash, origin "
                    + "FROM articles WHERE article_id = ?", List.of(id)); ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    a = new ArticleRecord(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8));
                }
            }
            if (a == null) return null;
            List<Bundle.SentenceSpan> sentences = new ArrayList<>();
            try (PreparedStatement ps = prepare(conn, "SELECT sentence_index, start, \"end\" FROM sentences WHERE article_id = ? "
                    + "ORDER BY sentence_index", List.of(id)); ResultSet r = ps.executeQuery()) {
                while (r.next()) sentences.add(new Bundle.SentenceSpan(r.getInt(1), r.getInt(2), r.getInt(3)));
            }
            List<Bundle.ActorSpan> actors = new ArrayList<>();
            try (PreparedStatement ps = prepare(conn, "SELECT sentence_index, start, \"end\", text, code, country, role, kind "
                    + "FROM actors WHERE article_id = ? ORDER BY start, \"end\"", List.of(id)); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    actors.add(new Bundle.ActorSpan(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8)));
                }
            }
            List<Bundle.PlaceSpan> places = new ArrayList<>();
            try (PreparedStatement ps = prepare(conn, "SELECT sentence_index, start, \"end\", text, name, country, lat, lon, kind "
                    + "FROM locations WHERE article_id = ? ORDER BY sentence_index, start NULLS LAST", List.of(id));
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    places.add(new Bundle.PlaceSpan(r.getInt(1), (Integer) r.getObject(2), (Integer) r.getObject(3), r.getString(4),
                            r.getString(5), r.getString(6), (Double) r.getObject(7), (Double) r.getObject(8), r.getString(9)));
                }
            }
            List<StoredArticleEvent> events = new ArrayList<>();
            try (PreparedStatement ps = prepare(conn, "SELECT " + EVENT_COLS + ", e.cluster_id AS e_cluster_id FROM events e "
                    + "WHERE e.article_id = ? ORDER BY e.sentence_index, e.trigger_start, e.event_id", List.of(id));
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) events.add(new StoredArticleEvent(event(r), r.getString("e_cluster_id")));
            }
            List<MentionSpan> mentions = new ArrayList<>();
            try (PreparedStatement ps = prepare(conn, "SELECT event_id, sentence_index, trigger_text, trigger_start, trigger_end, "
                    + "is_primary FROM mentions WHERE article_id = ? ORDER BY sentence_index, trigger_start NULLS LAST, event_id",
                    List.of(id)); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Integer ts = (Integer) r.getObject(4);
                    Span trig = ts == null ? null : new Span(r.getString(3), ts, r.getInt(5));
                    mentions.add(new MentionSpan(r.getString(1), r.getInt(2), trig, r.getBoolean(6)));
                }
            }
            return new StoredArticle(a, sentences, actors, places, events, mentions);
        } catch (SQLException e) {
            throw new StoreException("reading article '" + id + "' failed: " + Store.clean(e), e);
        }
    }

    /** How many clusters the filter selects. */
    public static long countClusters(Connection conn, Filter f) {
        Filter.Where w = f.where();
        try (PreparedStatement ps = prepare(conn, "SELECT count(*) FROM clusters c WHERE " + w.sql(), w.params());
             ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Store.clean(e), e);
        }
    }

    /**
     * Streams every mention of the selected clusters. Returns how many. The clusters are selected
     * first; their events are then read with a day range, so DuckDB skips row groups of other days.
     */
    public static long mentions(Connection conn, Filter f, long limit, Consumer<MentionRow> out) {
        Filter.Where w = f.where();
        List<String> ids = new ArrayList<>();
        LocalDate min = null, max = null;
        boolean undated = false;
        try (PreparedStatement ps = prepare(conn, "SELECT c.cluster_id, c.date_first, c.date_last FROM clusters c WHERE " + w.sql()
                + " LIMIT 5001", w.params()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
                LocalDate a = r.getObject(2, LocalDate.class), b = r.getObject(3, LocalDate.class);
                if (a == null || b == null) undated = true;
                else {
                    if (min == null || a.isBefore(min)) min = a;
                    if (max == null || b.isAfter(max)) max = b;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Store.clean(e), e);
        }
        if (ids.isEmpty()) return 0;
        String where;
        List<Object> params;
        if (ids.size() <= 5000) {
            StringBuilder b = new StringBuilder("c.cluster_id IN (");
            for (int i = 0; i < ids.size(); i++) b.append(i == 0 ? "" : ", ").append(Filter.inline("?", List.of(ids.get(i))));
            b.append(")");
            if (!undated && min != null) {
                b.append(" AND e.day BETWEEN DATE '").append(min).append("' AND DATE '").append(max).append("'")
                        .append(" AND m.day BETWEEN DATE '").append(min).append("' AND DATE '").append(max).append("'");
            }
            where = b.toString();
            params = List.of();
        } else {
            where = w.sql();
            params = w.params();
        }
        String sql = "SELECT " + CLUSTER_COLS + ", " + EVENT_COLS + ", m.sentence_index AS m_sentence_index, "
                + "m.trigger_text AS m_trigger_text, m.trigger_start AS m_trigger_start, m.trigger_end AS m_trigger_end, "
                + "m.is_primary AS m_primary, CASE WHEN m.is_primary THEN e.sentence ELSE m.sentence END AS m_sentence "
                + "FROM clusters c JOIN events e ON e.cluster_id = c.cluster_id JOIN mentions m ON m.event_id = e.event_id "
                + "WHERE " + where + " ORDER BY c.day NULLS LAST, c.cluster_id, e.article_date NULLS LAST, m.article_id, "
                + "m.sentence_index, m.trigger_start NULLS LAST" + (limit > 0 ? " LIMIT " + limit : "");
        long n = 0;
        try (PreparedStatement ps = prepare(conn, sql, params); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ClusterRow c = cluster(r, false);
                int ts = r.getInt("m_trigger_start");
                Span trig = r.wasNull() ? null : new Span(r.getString("m_trigger_text"), ts, r.getInt("m_trigger_end"));
                out.accept(new MentionRow(c, c.event(), r.getInt("m_sentence_index"), r.getString("m_sentence"), trig,
                        r.getBoolean("m_primary"), r.getString("article_date")));
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Store.clean(e), e);
        }
        return n;
    }

    /**
     * Clusters per period (day, week, month or year) by quad class, with the Goldstein sum and mean;
     * periods without clusters are listed with zeros. A cluster counts only in periods at least as
     * long as its date's precision (a month-precision date is not put on the 1st of the month).
     */
    public static List<Period> timeline(Connection conn, Filter f, String by) {
        String unit = switch (by) {
            case "day", "week", "month", "year" -> by;
            default -> throw new IllegalArgumentException("--by must be day, week, month or year, not '" + by + "'");
        };
        String precisions = switch (unit) {
            case "day", "week" -> "'day'";
            case "month" -> "'day', 'month'";
            default -> "'day', 'month', 'year'";
        };
        Filter.Where w = f.where();
        String sql = "SELECT CAST(date_trunc('" + unit + "', c.day) AS DATE) AS p, "
                + "count(*) FILTER (WHERE c.quad_class = 1), count(*) FILTER (WHERE c.quad_class = 2), "
                + "count(*) FILTER (WHERE c.quad_class = 3), count(*) FILTER (WHERE c.quad_class = 4), count(*), "
                + "coalesce(sum(c.goldstein), 0), avg(c.goldstein) "
                + "FROM clusters c WHERE " + w.sql() + " AND c.day IS NOT NULL AND c.date_precision IN (" + precisions + ") "
                + "GROUP BY 1 ORDER BY 1";
        Map<LocalDate, Period> got = new TreeMap<>();
        try (PreparedStatement ps = prepare(conn, sql, w.params()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                LocalDate p = r.getObject(1, LocalDate.class);
                double mean = r.getDouble(8);
                Double m = r.wasNull() ? null : mean;
                got.put(p, new Period(p, new int[]{r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)}, r.getInt(6), r.getDouble(7), m));
            }
        } catch (SQLException e) {
            throw new StoreException("timeline query failed: " + Store.clean(e), e);
        }
        LocalDate first = f.from() != null ? trunc(f.from(), unit) : got.isEmpty() ? null : ((TreeMap<LocalDate, Period>) got).firstKey();
        LocalDate last = f.to() != null ? trunc(f.to(), unit) : got.isEmpty() ? null : ((TreeMap<LocalDate, Period>) got).lastKey();
        List<Period> out = new ArrayList<>();
        if (first == null || last == null) return out;
        ChronoUnit step = switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        if (step.between(first, last) > 100_000) throw new IllegalArgumentException("the timeline would have over 100,000 periods: narrow --from/--to or use a longer --by");
        for (LocalDate p = first; !p.isAfter(last); p = p.plus(1, step)) {
            out.add(got.getOrDefault(p, new Period(p, new int[4], 0, 0, null)));
        }
        return out;
    }

    static LocalDate trunc(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d;
            case "week" -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }

    static PreparedStatement prepare(Connection conn, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        return ps;
    }

    static ClusterRow cluster(ResultSet r, boolean dateAdded) throws SQLException {
        return new ClusterRow(r.getString("c_cluster_id"), r.getLong("c_global_event_id"), r.getInt("c_num_events"),
                r.getInt("c_num_mentions"), r.getInt("c_num_sources"), r.getInt("c_num_articles"),
                r.getObject("c_date_first", LocalDate.class), r.getObject("c_date_last", LocalDate.class),
                r.getBoolean("c_is_root"), r.getObject("c_day", LocalDate.class), event(r), r.getString("url"),
                r.getString("location_kind"), dateAdded ? r.getString("c_date_added") : null);
    }

    /** The {@code dyad code} event of a row holding the EventRow columns (and location_start, location_end). */
    static Event event(ResultSet r) throws SQLException {
        ActorRef src = new ActorRef(r.getString("source_text"), r.getString("source_code"), r.getString("source_country"),
                r.getString("source_role"), r.getInt("source_start"), r.getInt("source_end"), null);
        ActorRef tgt = null;
        if (r.getString("target_code") != null) {
            tgt = new ActorRef(r.getString("target_text"), r.getString("target_code"), r.getString("target_country"),
                    r.getString("target_role"), r.getInt("target_start"), r.getInt("target_end"), null);
        }
        Location loc = null;
        if (r.getString("location_name") != null || r.getString("location_text") != null) {
            int ls = r.getInt("location_start");
            boolean noStart = r.wasNull();
            int le = r.getInt("location_end");
            loc = new Location(r.getString("location_text"), r.getString("location_name"), r.getString("location_country"),
                    r.getDouble("location_lat"), r.getDouble("location_lon"), r.getString("location_basis"),
                    noStart ? -1 : ls, noStart ? -1 : le);
        }
        double g = r.getDouble("goldstein");
        Double gold = r.wasNull() ? null : g;
        String mode = r.getString("mode");
        return new Event(r.getString("article_id"), r.getString("event_id"), r.getInt("sentence_index"), r.getString("sentence"),
                src, tgt, r.getString("cameo"), r.getString("root"), r.getInt("quad_class"), gold, r.getString("plover"),
                new Span(r.getString("trigger_text"), r.getInt("trigger_start"), r.getInt("trigger_end")),
                r.getString("date"), r.getString("date_precision"), r.getString("date_basis"), r.getString("date_text"),
                r.getBoolean("historical"), mode == null ? Mode.ASSERTED : Mode.parse(mode), r.getString("reported_by"),
                loc, r.getDouble("confidence"), r.getString("publisher"), r.getString("coder_version"), List.of());
    }
}
