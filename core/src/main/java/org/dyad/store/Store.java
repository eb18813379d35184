package org.dyad.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.EventRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The event database: one DuckDB file holding articles, sentences, events, mentions, actors,
 * locations and clusters (tables in {@link Schema}, documented in {@code docs/store.md}).
 *
 * <p>Writes come in batches of articles; each batch is one transaction that replaces the batch's
 * articles (and everything hanging off them) and re-clusters the cluster keys it touched, so the
 * database is consistent after every commit and a killed run loses at most the batch in flight.
 * Not thread-safe: one writer thread.
 */
public final class Store implements AutoCloseable {
    private final Path path;
    private final DuckDBConnection conn;
    private final boolean readOnly;
    private Consumer<String> warnings = w -> { };

    private Store(Path path, DuckDBConnection conn, boolean readOnly) {
        this.path = path;
        this.conn = conn;
        this.readOnly = readOnly;
    }

    /** Opens (creating it if needed) a store for writing. */
    public static Store open(Path path) {
        return open(path, false);
    }

    /** Opens an existing store for reading; several readers may share it, but not with a writer. */
    public static Store openReadOnly(Path path) {
        return open(path, true);
    }

    private static Store open(Path path, boolean readOnly) {
        Path abs = path.toAbsolutePath();
        if (readOnly && !Files.exists(abs)) {
            throw new StoreException("no database at " + path + ": create one with ./dyad ingest PATH... --db " + path);
        }
        if (Files.isDirectory(abs)) throw new StoreException(path + " is a directory, not a database file");
        try {
            if (!readOnly && abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + path + ": " + e.getMessage(), e);
        }
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, p);
        } catch (SQLException e) {
            throw new StoreException(openError(path, e), e);
        }
        Store s = new Store(path, c, readOnly);
        try {
            s.checkSchema();
            if (!readOnly) {
                try (Statement st = c.createStatement()) {
                    // fewer, larger checkpoints: a commit then only appends to the write-ahead log
                    st.execute("SET checkpoint_threshold = '256MB'");
                    for (String sql : Schema.temp()) st.execute(sql);
                }
            }
        } catch (SQLException e) {
            s.close();
            throw new StoreException(path + ": " + clean(e), e);
        } catch (StoreException e) {
            s.close();
            throw e;
        }
        return s;
    }

    static String openError(Path path, SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            String pid = m.replaceAll("(?s).*\\(PID (\\d+)\\).*", "$1");
            return "database " + path + " is in use by another process" + (pid.equals(m) ? "" : " (PID " + pid + ")")
                    + ": wait for it to finish, or use another --db";
        }
        if (m.contains("not a valid DuckDB database") || m.contains("The file is not a valid")) {
            return path + " is not a DuckDB database file";
        }
        return "cannot open database " + path + ": " + clean(e);
    }

    static String clean(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private void checkSchema() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (r.next()) tables.add(r.getString(1));
        }
        if (tables.isEmpty()) {
            if (readOnly) throw new StoreException(path + " is an empty database: ingest articles into it first");
            try (Statement st = conn.createStatement()) {
                conn.setAutoCommit(false);
                for (String sql : Schema.ddl()) st.execute(sql);
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
            return;
        }
        if (!tables.contains("meta")) {
            throw new StoreException(path + " is a DuckDB database but not a dyad store (no table meta)");
        }
        String version = null;
        try (Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (r.next()) version = r.getString(1);
        }
        if (!Integer.toString(Schema.VERSION).equals(version)) {
            throw new StoreException(path + " is a dyad store of schema version " + version + ", this dyad reads version "
                    + Schema.VERSION + ": re-ingest into a new --db");
        }
    }

    public Path path() { return path; }

    /** The JDBC connection, for queries. */
    public Connection connection() { return conn; }

    /** Where notes about odd input go (duplicate event ids); silent by default. */
    public void onWarning(Consumer<String> w) { this.warnings = w; }

    public long count(String table) {
        if (!Schema.TABLES.contains(table)) throw new IllegalArgumentException(table);
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(path + ": " + clean(e), e);
        }
    }

    /** The stored content hash of each of these article ids that is stored. */
    public Map<String, String> storedHashes(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM t_batch");
            try (DuckDBAppender ap = conn.createAppender("temp", "main", "t_batch")) {
                for (String id : new TreeSet<>(ids)) ap.beginRow().append(id).endRow();
            }
            try (ResultSet r = st.executeQuery("SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT article_id FROM t_batch)")) {
                while (r.next()) out.put(r.getString(1), r.getString(2));
            }
            st.execute("DELETE FROM t_batch");
        } catch (SQLException e) {
            throw new StoreException(path + ": " + clean(e), e);
        }
        return out;
    }

    /** What one write did. */
    public record WriteResult(int articles, int replaced, int events, int clusterKeys) {
    }

    /**
     * Stores a batch of articles in one transaction: each article replaces any stored article with
     * its id (and its sentences, events, mentions, actors and locations), then the cluster keys of the
     * old and new events are re-clustered. On failure nothing of the batch is stored.
     */
    public WriteResult write(List<Bundle> batch) {
        return write(batch, true);
    }

    /**
     * As {@link #write(List)}; {@code externalIds} says whether event ids come from outside (Parquet) and
     * must be checked against every stored event. dyad's own ids hash the article id, so they are only
     * checked within the batch.
     */
    public WriteResult write(List<Bundle> batch, boolean externalIds) {
        if (readOnly) throw new StoreException(path + " is open read-only");
        if (batch.isEmpty()) return new WriteResult(0, 0, 0, 0);
        Map<String, Bundle> byId = new LinkedHashMap<>();
        for (Bundle b : batch) {
            byId.remove(b.article().id());
            byId.put(b.article().id(), b);
        }
        List<Bundle> bundles = new ArrayList<>(byId.values());
        try {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("DELETE FROM t_batch");
                try (DuckDBAppender ap = conn.createAppender("temp", "main", "t_batch")) {
                    for (Bundle b : bundles) ap.beginRow().append(b.article().id()).endRow();
                }
                Set<String> keys = new TreeSet<>();
                int replaced;
                try (ResultSet r = st.executeQuery("SELECT count(*) FROM articles WHERE article_id IN (SELECT article_id FROM t_batch)")) {
                    r.next();
                    replaced = r.getInt(1);
                }
                if (replaced > 0) {
                    try (ResultSet r = st.executeQuery("SELECT DISTINCT cluster_key FROM events WHERE article_id IN (SELECT article_id FROM t_batch)")) {
                        while (r.next()) keys.add(r.getString(1));
                    }
                    for (String t : List.of("articles", "sentences", "events", "mentions", "actors", "locations")) {
                        st.execute("DELETE FROM " + t + " WHERE article_id IN (SELECT article_id FROM t_batch)");
                    }
                }
                bundles = renameCollisions(st, bundles, externalIds);
                for (Bundle b : bundles) for (StoredEvent e : b.events()) keys.add(e.clusterKey());
                Plan plan = recluster(st, keys, bundles);
                int events = append(bundles, plan.assigned());
                apply(st, plan);
                conn.commit();
                return new WriteResult(bundles.size(), replaced, events, keys.size());
            }
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException(path + ": storing a batch failed: "
                    + (e instanceof SQLException sq ? clean(sq) : e.toString()), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is gone; the next call reports it
            }
        }
    }

    /** Event ids must be unique in the store: a new event whose id another article already has gets a derived id. */
    private List<Bundle> renameCollisions(Statement st, List<Bundle> bundles, boolean external) throws SQLException {
        Map<String, String> owner = new HashMap<>();
        Set<String> dupInBatch = new HashSet<>();
        for (Bundle b : bundles) {
            for (StoredEvent e : b.events()) {
                String prev = owner.putIfAbsent(e.row().eventId(), b.article().id());
                if (prev != null && !prev.equals(b.article().id())) dupInBatch.add(e.row().eventId());
            }
        }
        Map<String, String> stored = new HashMap<>();
        if (external) {
            st.execute("DELETE FROM t_ids");
            try (DuckDBAppender ap = conn.createAppender("temp", "main", "t_ids")) {
                for (String id : owner.keySet()) ap.beginRow().append(id).endRow();
            }
            try (ResultSet r = st.executeQuery("SELECT event_id, article_id FROM events WHERE event_id IN (SELECT event_id FROM t_ids)")) {
                while (r.next()) stored.put(r.getString(1), r.getString(2));
            }
        }
        if (stored.isEmpty() && dupInBatch.isEmpty()) return bundles;
        List<Bundle> out = new ArrayList<>(bundles.size());
        for (Bundle b : bundles) {
            List<StoredEvent> evs = new ArrayList<>();
            boolean changed = false;
            for (StoredEvent e : b.events()) {
                String id = e.row().eventId();
                String other = stored.get(id);
                boolean clash = other != null || (dupInBatch.contains(id) && !owner.get(id).equals(b.article().id()));
                if (clash) {
                    String nid = ArticleRecord.hash(b.article().id(), id).substring(0, 16);
                    warnings.accept("article '" + b.article().id() + "': event id " + id + " already belongs to article '"
                            + (other != null ? other : owner.get(id)) + "': stored as " + nid);
                    evs.add(new StoredEvent(Rows.withEventId(e.row(), nid), e.locationStart(), e.locationEnd(), e.locationKind(), e.mentions()));
                    changed = true;
                } else {
                    evs.add(e);
                }
            }
            out.add(changed ? new Bundle(b.article(), b.sentences(), List.copyOf(evs), b.actors(), b.places()) : b);
        }
        return out;
    }

    private int append(List<Bundle> bundles, Map<String, String> clusterIds) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        int events = 0;
        try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (Bundle b : bundles) {
                ArticleRecord a = b.article();
                ap.beginRow();
                str(ap, a.id());
                date(ap, a.date());
                str(ap, a.publisher());
                str(ap, a.url());
                str(ap, a.title());
                str(ap, a.text());
                str(ap, a.contentHash());
                str(ap, a.origin());
                ap.append(now);
                ap.endRow();
            }
        }
        try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences")) {
            for (Bundle b : bundles) {
                for (Bundle.SentenceSpan s : b.sentences()) {
                    ap.beginRow().append(b.article().id()).append(s.index()).append(s.start()).append(s.end()).endRow();
                }
            }
        }
        try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
             DuckDBAppender mp = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (Bundle b : bundles) {
                for (StoredEvent e : b.events()) {
                    events++;
                    ap.beginRow();
                    for (Object v : e.row().values()) value(ap, v);
                    integer(ap, e.locationStart());
                    integer(ap, e.locationEnd());
                    str(ap, e.locationKind());
                    ap.append(Math.max(1, e.mentions().size()));
                    str(ap, e.clusterKey());
                    ap.append(StoredEvent.clusterHash(e.clusterKey()));
                    str(ap, e.placeKey());
                    date(ap, e.day());
                    str(ap, clusterIds.get(e.row().eventId()));
                    ap.endRow();
                    for (Mention m : e.mentions()) {
                        mp.beginRow().append(e.row().eventId()).append(b.article().id()).append(m.sentenceIndex());
                        str(mp, m.triggerText());
                        integer(mp, m.triggerStart());
                        integer(mp, m.triggerEnd());
                        mp.append(m.primary());
                        // the first mention's text is the event's sentence: not stored twice
                        str(mp, m.primary() ? null : m.sentence());
                        date(mp, e.day());
                        mp.endRow();
                    }
                }
            }
        }
        try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors")) {
            for (Bundle b : bundles) {
                for (Bundle.ActorSpan s : b.actors()) {
                    ap.beginRow().append(b.article().id()).append(s.sentenceIndex()).append(s.start()).append(s.end());
                    str(ap, s.text());
                    str(ap, s.code());
                    str(ap, s.country());
                    str(ap, s.role());
                    str(ap, s.kind());
                    ap.endRow();
                }
            }
        }
        try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "locations")) {
            for (Bundle b : bundles) {
                for (Bundle.PlaceSpan s : b.places()) {
                    ap.beginRow().append(b.article().id()).append(s.sentenceIndex());
                    integer(ap, s.start());
                    integer(ap, s.end());
                    str(ap, s.text());
                    str(ap, s.name());
                    str(ap, s.country());
                    dbl(ap, s.lat());
                    dbl(ap, s.lon());
                    str(ap, s.kind());
                    ap.endRow();
                }
            }
        }
        return events;
    }

    /** Re-clusters every cluster key in the store (the "everything at once" reference of the tests). */
    public void reclusterAll() {
        try {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("DELETE FROM clusters");
                st.execute("UPDATE events SET cluster_id = NULL");
                Set<String> keys = new TreeSet<>();
                try (ResultSet r = st.executeQuery("SELECT DISTINCT cluster_key FROM events")) {
                    while (r.next()) keys.add(r.getString(1));
                }
                apply(st, recluster(st, keys, List.of()));
            }
            conn.commit();
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // report the first failure
            }
            throw new StoreException(path + ": clustering failed: " + clean(e), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // reported by the next call
            }
        }
    }

    /** What re-clustering decided: the new events' cluster ids, and which temp tables hold work for {@link #apply}. */
    record Plan(Map<String, String> assigned, boolean reassign, boolean drop, boolean add, boolean addUndated,
                DayRange assignDays, DayRange dropDays) {
    }

    /** The days of the rows a statement touches, so that DuckDB can skip row groups of other days. */
    static final class DayRange {
        LocalDate min, max;
        boolean undated;

        void add(LocalDate d) {
            if (d == null) {
                undated = true;
                return;
            }
            if (min == null || d.isBefore(min)) min = d;
            if (max == null || d.isAfter(max)) max = d;
        }

        /** A condition on column {@code col} that holds for every touched row. */
        String sql(String col) {
            if (min == null) return col + " IS NULL";
            String range = col + " BETWEEN DATE '" + min + "' AND DATE '" + max + "'";
            return undated ? "(" + range + " OR " + col + " IS NULL)" : range;
        }
    }

    /**
     * Recomputes the clusters of these keys from all their stored events plus the batch's new events
     * (not yet appended). Fills t_assign (stored events that change cluster), t_drop (clusters to
     * remove) and t_new (clusters to write); unchanged clusters are left alone. Runs inside the
     * caller's transaction.
     */
    private Plan recluster(Statement st, Set<String> keys, List<Bundle> fresh) throws SQLException {
        Map<String, String> assigned = new HashMap<>();
        for (String t : List.of("t_keys", "t_assign", "t_drop", "t_new")) st.execute("DELETE FROM " + t);
        if (keys.isEmpty()) return new Plan(assigned, false, false, false, false, new DayRange(), new DayRange());
        try (DuckDBAppender ap = conn.createAppender("temp", "main", "t_keys")) {
            for (String k : keys) ap.beginRow().append(k).append(StoredEvent.clusterHash(k)).endRow();
        }
        Map<String, String> storedSig = new HashMap<>();
        Map<String, LocalDate> storedDay = new HashMap<>();
        try (ResultSet r = st.executeQuery("SELECT cluster_id, cluster_sig, day, cluster_key FROM clusters "
                + "WHERE cluster_hash IN (SELECT cluster_hash FROM t_keys)")) {
            while (r.next()) {
                if (!keys.contains(r.getString(4))) continue; // a hash collision
                storedSig.put(r.getString(1), r.getString(2));
                storedDay.put(r.getString(1), r.getObject(3, LocalDate.class));
            }
        }
        DayRange assignDays = new DayRange(), dropDays = new DayRange();
        boolean[] addUndated = {false};
        Map<String, List<Clusterer.Item>> freshByKey = new HashMap<>();
        for (Bundle b : fresh) {
            for (StoredEvent e : b.events()) freshByKey.computeIfAbsent(e.clusterKey(), k -> new ArrayList<>()).add(item(e));
        }
        String sql = "SELECT event_id, cluster_key, \"date\", date_precision, day, place_key, article_id, article_date, "
                + "sentence_index, publisher, url, num_mentions, historical, cluster_id FROM events "
                + "WHERE cluster_hash IN (SELECT cluster_hash FROM t_keys) ORDER BY cluster_key";
        int[] counts = new int[3];
        try (DuckDBAppender assign = conn.createAppender("temp", "main", "t_assign");
             DuckDBAppender drop = conn.createAppender("temp", "main", "t_drop");
             DuckDBAppender add = conn.createAppender("temp", "main", "t_new");
             ResultSet r = st.executeQuery(sql)) {
            Emitter em = new Emitter(assign, drop, add, storedSig, storedDay, assigned, counts, assignDays, dropDays, addUndated);
            List<Clusterer.Item> group = new ArrayList<>();
            String key = null;
            while (r.next()) {
                String k = r.getString(2);
                if (!keys.contains(k)) continue; // a hash collision
                if (key != null && !key.equals(k)) {
                    List<Clusterer.Item> f = freshByKey.remove(key);
                    if (f != null) group.addAll(f);
                    em.emit(group);
                    group.clear();
                }
                key = k;
                group.add(new Clusterer.Item(r.getString(1), k, r.getString(3), r.getString(4), r.getObject(5, LocalDate.class),
                        r.getString(6), r.getString(7), articleDay(r.getString(8)), r.getInt(9),
                        Clusterer.sourceKey(r.getString(10), r.getString(11), r.getString(7)), r.getInt(12),
                        r.getBoolean(13), r.getString(14), false));
            }
            if (key != null) {
                List<Clusterer.Item> f = freshByKey.remove(key);
                if (f != null) group.addAll(f);
                em.emit(group);
            }
            for (String k : new TreeSet<>(freshByKey.keySet())) em.emit(freshByKey.get(k));
            for (String gone : storedSig.keySet()) {
                drop.beginRow().append(gone).endRow();
                dropDays.add(storedDay.get(gone));
                counts[1]++;
            }
        }
        return new Plan(assigned, counts[0] > 0, counts[1] > 0, counts[2] > 0, addUndated[0], assignDays, dropDays);
    }

    /** After the new events are appended: moves stored events to their new clusters and rewrites the changed clusters. */
    private void apply(Statement st, Plan plan) throws SQLException {
        if (plan.reassign()) {
            st.execute("UPDATE events SET cluster_id = t_assign.cluster_id FROM t_assign WHERE events.event_id = t_assign.event_id AND "
                    + plan.assignDays().sql("events.day"));
        }
        if (plan.drop()) {
            st.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM t_drop) AND " + plan.dropDays().sql("day"));
        }
        if (plan.add()) {
            StringBuilder cols = new StringBuilder();
            for (String[] c : Schema.CLUSTER_COLUMNS) cols.append("n.").append(c[0]).append(", ");
            cols.append(Schema.eventRowColumns("e.")).append(", e.location_start, e.location_end, e.location_kind");
            // joining on the day too lets DuckDB skip row groups of other days (events arrive roughly in date order)
            st.execute("INSERT INTO clusters SELECT " + cols + " FROM t_new n JOIN events e ON e.event_id = n.event_id AND e.day = n.day");
            if (plan.addUndated()) {
                st.execute("INSERT INTO clusters SELECT " + cols + " FROM t_new n JOIN events e ON e.event_id = n.event_id "
                        + "WHERE n.day IS NULL AND e.day IS NULL");
            }
        }
    }

    /** Clusters one key's events at a time and records what changed. */
    private static final class Emitter {
        private final DuckDBAppender assign, drop, add;
        private final Map<String, String> storedSig, assigned;
        private final Map<String, LocalDate> storedDay;
        private final int[] counts;
        private final DayRange assignDays, dropDays;
        private final boolean[] addUndated;

        Emitter(DuckDBAppender assign, DuckDBAppender drop, DuckDBAppender add, Map<String, String> storedSig,
                Map<String, LocalDate> storedDay, Map<String, String> assigned, int[] counts, DayRange assignDays,
                DayRange dropDays, boolean[] addUndated) {
            this.assign = assign;
            this.drop = drop;
            this.add = add;
            this.storedSig = storedSig;
            this.storedDay = storedDay;
            this.assigned = assigned;
            this.counts = counts;
            this.assignDays = assignDays;
            this.dropDays = dropDays;
            this.addUndated = addUndated;
        }

        void emit(List<Clusterer.Item> group) throws SQLException {
            for (Clusterer.Cluster c : Clusterer.cluster(group)) {
                boolean anyFresh = false;
                for (Clusterer.Item it : c.members()) {
                    if (it.fresh()) {
                        assigned.put(it.eventId(), c.clusterId());
                        anyFresh = true;
                    } else if (!c.clusterId().equals(it.currentClusterId())) {
                        assign.beginRow().append(it.eventId()).append(c.clusterId()).endRow();
                        assignDays.add(it.day());
                        counts[0]++;
                    }
                }
                String old = storedSig.remove(c.clusterId());
                if (!anyFresh && c.signature().equals(old)) continue;
                if (old != null) {
                    drop.beginRow().append(c.clusterId()).endRow();
                    dropDays.add(storedDay.get(c.clusterId()));
                    counts[1]++;
                }
                Clusterer.Item rep = c.representative();
                if (rep.day() == null) addUndated[0] = true;
                add.beginRow().append(c.clusterId()).append(c.globalEventId()).append(c.clusterKey())
                        .append(StoredEvent.clusterHash(c.clusterKey())).append(c.numEvents()).append(c.numMentions()).append(c.numSources()).append(c.numArticles());
                date(add, c.dateFirst());
                date(add, c.dateLast());
                date(add, rep.day());
                str(add, c.placeKey());
                add.append(c.isRoot()).append(c.allHistorical()).append(c.signature()).append(rep.eventId()).endRow();
                counts[2]++;
            }
        }
    }

    static LocalDate articleDay(String articleDate) {
        return articleDate == null || articleDate.length() < 10 ? null : StoredEvent.day(articleDate.substring(0, 10), "day");
    }

    static Clusterer.Item item(StoredEvent e) {
        EventRow r = e.row();
        return new Clusterer.Item(r.eventId(), e.clusterKey(), r.date(), r.datePrecision(), e.day(), e.placeKey(), r.articleId(),
                articleDay(r.articleDate()), r.sentenceIndex(), Clusterer.sourceKey(r.publisher(), r.url(), r.articleId()),
                Math.max(1, e.mentions().size()), r.historical(), null, true);
    }

    static void str(DuckDBAppender ap, String v) throws SQLException {
        if (v == null) ap.appendNull();
        else ap.append(v);
    }

    static void integer(DuckDBAppender ap, Integer v) throws SQLException {
        if (v == null) ap.appendNull();
        else ap.append(v.intValue());
    }

    static void dbl(DuckDBAppender ap, Double v) throws SQLException {
        if (v == null) ap.appendNull();
        else ap.append(v.doubleValue());
    }

    static void date(DuckDBAppender ap, LocalDate v) throws SQLException {
        if (v == null) ap.appendNull();
        else ap.append(v);
    }

    static void value(DuckDBAppender ap, Object v) throws SQLException {
        if (v == null) ap.appendNull();
        else if (v instanceof String s) ap.append(s);
        else if (v instanceof Integer i) ap.append(i.intValue());
        else if (v instanceof Double d) ap.append(d.doubleValue());
        else if (v instanceof Boolean b) ap.append(b.booleanValue());
        else throw new IllegalArgumentException("unexpected column value " + v.getClass());
    }

    /** Runs a query and gives its rows as strings (tests, the benchmark). */
    public List<List<String>> rows(String sql, Object... params) {
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet r = ps.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(r.getString(i));
                    out.add(row);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(path + ": " + clean(e), e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + path + ": " + clean(e), e);
        }
    }
}
