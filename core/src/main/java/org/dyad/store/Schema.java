package org.dyad.store;

import org.dyad.model.EventRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's tables. {@code events} has exactly {@link EventRow#COLUMNS} first, then what the store
 * derives; documented column by column in {@code docs/store.md}.
 */
public final class Schema {
    private Schema() {
    }

    /** Bump when a table changes; a store of another version is refused with a message. */
    public static final int VERSION = 2;

    /** Columns of {@code events} after the EventRow columns. */
    public static final List<String[]> EVENT_EXTRA = List.of(
            new String[]{"location_start", "INTEGER"}, new String[]{"location_end", "INTEGER"},
            new String[]{"location_kind", "VARCHAR"}, new String[]{"num_mentions", "INTEGER"},
            new String[]{"cluster_key", "VARCHAR"}, new String[]{"cluster_hash", "BIGINT"}, new String[]{"place_key", "VARCHAR"},
            new String[]{"day", "DATE"}, new String[]{"cluster_id", "VARCHAR"});

    /**
     * Columns of {@code clusters} before the representative event's columns (EventRow.COLUMNS, then
     * location_start, location_end, location_kind): a cluster row carries its first evidence, so
     * queries read one table.
     */
    public static final List<String[]> CLUSTER_COLUMNS = List.of(
            new String[]{"cluster_id", "VARCHAR"}, new String[]{"global_event_id", "BIGINT"},
            new String[]{"cluster_key", "VARCHAR"}, new String[]{"cluster_hash", "BIGINT"}, new String[]{"num_events", "INTEGER"},
            new String[]{"num_mentions", "INTEGER"}, new String[]{"num_sources", "INTEGER"},
            new String[]{"num_articles", "INTEGER"}, new String[]{"date_first", "DATE"}, new String[]{"date_last", "DATE"},
            new String[]{"day", "DATE"}, new String[]{"place_key", "VARCHAR"}, new String[]{"is_root", "BOOLEAN"},
            new String[]{"all_historical", "BOOLEAN"}, new String[]{"cluster_sig", "VARCHAR"});

    /** The representative event's columns in {@code clusters}, after {@link #CLUSTER_COLUMNS}. */
    static List<String[]> clusterEventColumns() {
        List<String[]> l = new ArrayList<>(EventRow.COLUMNS);
        l.add(new String[]{"location_start", "INTEGER"});
        l.add(new String[]{"location_end", "INTEGER"});
        l.add(new String[]{"location_kind", "VARCHAR"});
        return l;
    }

    /** The data tables, in the order a snapshot or a test compares them. */
    public static final List<String> TABLES = List.of("articles", "sentences", "events", "mentions", "actors", "locations", "clusters");

    static List<String> ddl() {
        List<String> s = new ArrayList<>();
        s.add("CREATE TABLE meta(key VARCHAR, value VARCHAR)");
        s.add("CREATE TABLE articles(article_id VARCHAR, date DATE, publisher VARCHAR, url VARCHAR, title VARCHAR, "
                + "text VARCHAR, content_hash VARCHAR, origin VARCHAR, ingested_at TIMESTAMP)");
        s.add("CREATE TABLE sentences(article_id VARCHAR, sentence_index INTEGER, start INTEGER, \"end\" INTEGER)");
        List<String[]> ev = new ArrayList<>(EventRow.COLUMNS);
        ev.addAll(EVENT_EXTRA);
        s.add("CREATE TABLE events(" + columns(ev) + ")");
        s.add("CREATE TABLE mentions(event_id VARCHAR, article_id VARCHAR, sentence_index INTEGER, trigger_text VARCHAR, "
                + "trigger_start INTEGER, trigger_end INTEGER, is_primary BOOLEAN, sentence VARCHAR, day DATE)");
        s.add("CREATE TABLE actors(article_id VARCHAR, sentence_index INTEGER, start INTEGER, \"end\" INTEGER, text VARCHAR, "
                + "code VARCHAR, country VARCHAR, role VARCHAR, kind VARCHAR)");
        s.add("CREATE TABLE locations(article_id VARCHAR, sentence_index INTEGER, start INTEGER, \"end\" INTEGER, text VARCHAR, "
                + "name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR)");
        List<String[]> cl = new ArrayList<>(CLUSTER_COLUMNS);
        cl.addAll(clusterEventColumns());
        s.add("CREATE TABLE clusters(" + columns(cl) + ")");
        s.add("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "'), ('created_by', 'dyad " + org.dyad.engine.Dyad.VERSION + "')");
        return s;
    }

    /** Session-local scratch tables of one write. */
    static List<String> temp() {
        return List.of(
                "CREATE TEMP TABLE IF NOT EXISTS t_batch(article_id VARCHAR)",
                "CREATE TEMP TABLE IF NOT EXISTS t_ids(event_id VARCHAR)",
                "CREATE TEMP TABLE IF NOT EXISTS t_keys(cluster_key VARCHAR, cluster_hash BIGINT)",
                "CREATE TEMP TABLE IF NOT EXISTS t_assign(event_id VARCHAR, cluster_id VARCHAR)",
                "CREATE TEMP TABLE IF NOT EXISTS t_drop(cluster_id VARCHAR)",
                "CREATE TEMP TABLE IF NOT EXISTS t_new(" + columns(CLUSTER_COLUMNS) + ", event_id VARCHAR)");
    }

    static String columns(List<String[]> cols) {
        StringBuilder b = new StringBuilder();
        for (String[] c : cols) {
            if (b.length() > 0) b.append(", ");
            b.append(quote(c[0])).append(' ').append(c[1]);
        }
        return b.toString();
    }

    static String quote(String name) {
        return name.equals("end") || name.equals("date") || name.equals("mode") ? "\"" + name + "\"" : name;
    }

    /** The events columns of {@link EventRow#COLUMNS}, comma-separated, quoted where needed, with a prefix. */
    public static String eventRowColumns(String prefix) {
        StringBuilder b = new StringBuilder();
        for (String[] c : EventRow.COLUMNS) {
            if (b.length() > 0) b.append(", ");
            b.append(prefix).append(quote(c[0]));
        }
        return b.toString();
    }
}
