package org.dyad.store;

import org.dyad.model.EventRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Events and articles in Parquet, as the Spark job writes them: an events Parquet with
 * {@link EventRow#COLUMNS} and an articles Parquet with {@code article_id, article_date, publisher,
 * url, title, text, content_hash}. A path is a {@code .parquet} file or a directory holding Parquet
 * files (Spark's {@code part-*.parquet}, in any sub-directories); each file is recognised by its
 * columns. Read through DuckDB's {@code read_parquet}, article by article in id order.
 */
public final class ParquetInput implements AutoCloseable {
    /** One article and its events. */
    public record Item(ArticleRecord article, List<Bundle.EventInput> events) {
    }

    static final List<String> ARTICLE_COLUMNS = List.of("article_id", "article_date", "publisher", "url", "title", "text", "content_hash");

    private final Path path;
    private final Connection conn;
    private final List<Path> eventFiles;
    private final List<Path> articleFiles;

    private ParquetInput(Path path, Connection conn, List<Path> eventFiles, List<Path> articleFiles) {
        this.path = path;
        this.conn = conn;
        this.eventFiles = eventFiles;
        this.articleFiles = articleFiles;
    }

    /** True for a {@code .parquet} file or a directory with Parquet files in it. */
    public static boolean isParquet(Path p) {
        if (Files.isRegularFile(p)) return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        if (!Files.isDirectory(p)) return false;
        return !parquetFiles(p).isEmpty();
    }

    static List<Path> parquetFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && !n.startsWith("_") && n.toLowerCase(Locale.ROOT).endsWith(".parquet");
            }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
    }

    public static ParquetInput open(Path p) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(p)) {
            files.addAll(parquetFiles(p));
        } else {
            files.add(p);
            // an events file may have its articles beside it: articles.parquet or articles/
            Path dir = p.toAbsolutePath().getParent();
            if (dir != null && !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("articles")) {
                Path af = dir.resolve("articles.parquet"), ad = dir.resolve("articles");
                if (Files.isRegularFile(af)) files.add(af);
                if (Files.isDirectory(ad)) files.addAll(parquetFiles(ad));
            }
        }
        Connection c;
        try {
            Properties props = new Properties();
            props.setProperty("jdbc_stream_results", "true");
            c = DriverManager.getConnection("jdbc:duckdb:", props);
        } catch (SQLException e) {
            throw new StoreException("cannot start DuckDB to read " + p + ": " + Store.clean(e), e);
        }
        List<Path> events = new ArrayList<>(), articles = new ArrayList<>();
        try {
            for (Path f : new LinkedHashSet<>(files)) {
                Set<String> cols = columns(c, f);
                if (cols.contains("event_id")) {
                    List<String> missing = new ArrayList<>();
                    for (String[] col : EventRow.COLUMNS) if (!cols.contains(col[0])) missing.add(col[0]);
                    if (!missing.isEmpty()) {
                        throw new StoreException(f + ": an events Parquet file must have the EventRow columns; missing " + missing);
                    }
                    events.add(f);
                } else if (cols.contains("article_id") && (cols.contains("text") || cols.contains("content_hash"))) {
                    articles.add(f);
                } else if (cols.equals(Set.of("article_id", "origin", "reason"))) {
                    // the Spark job's failed/ output: the reasons were reported by the job; nothing to store
                    continue;
                } else {
                    throw new StoreException(f + ": neither an events Parquet file (columns event_id, article_id, ...) "
                            + "nor an articles Parquet file (article_id, article_date, publisher, url, title, text, content_hash); it has " + cols);
                }
            }
            if (events.isEmpty() && articles.isEmpty()) throw new StoreException(p + ": no Parquet files");
            return new ParquetInput(p, c, events, articles);
        } catch (StoreException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // report e
            }
            throw e;
        }
    }

    private static Set<String> columns(Connection c, Path f) {
        Set<String> out = new LinkedHashSet<>();
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + lit(f.toString()) + ")")) {
            while (r.next()) out.add(r.getString(1).toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new StoreException(f + ": cannot read as Parquet: " + Store.clean(e), e);
        }
        return out;
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String list(List<Path> files) {
        StringBuilder b = new StringBuilder("[");
        for (Path f : files) {
            if (b.length() > 1) b.append(", ");
            b.append(lit(f.toString()));
        }
        return b.append("]").toString();
    }

    private void views() throws SQLException {
        try (Statement st = conn.createStatement()) {
            if (eventFiles.isEmpty()) {
                StringBuilder cols = new StringBuilder();
                for (String[] col : EventRow.COLUMNS) {
                    if (cols.length() > 0) cols.append(", ");
                    cols.append("CAST(NULL AS ").append(col[1]).append(") AS ").append(Schema.quote(col[0]));
                }
                st.execute("CREATE OR REPLACE VIEW ev AS SELECT " + cols + " WHERE false");
            } else {
                st.execute("CREATE OR REPLACE VIEW ev AS SELECT * FROM read_parquet(" + list(eventFiles) + ", union_by_name = true)");
            }
            if (articleFiles.isEmpty()) {
                st.execute("CREATE OR REPLACE VIEW ar AS SELECT NULL::VARCHAR article_id, NULL::VARCHAR article_date, NULL::VARCHAR publisher, "
                        + "NULL::VARCHAR url, NULL::VARCHAR title, NULL::VARCHAR text, NULL::VARCHAR content_hash WHERE false");
            } else {
                Set<String> have = new LinkedHashSet<>();
                for (Path f : articleFiles) have.addAll(columns(conn, f));
                StringBuilder sel = new StringBuilder();
                for (String col : ARTICLE_COLUMNS) {
                    if (sel.length() > 0) sel.append(", ");
                    sel.append(have.contains(col) ? "CAST(" + col + " AS VARCHAR)" : "NULL::VARCHAR").append(" AS ").append(col);
                }
                st.execute("CREATE OR REPLACE VIEW ar AS SELECT " + sel + " FROM read_parquet(" + list(articleFiles) + ", union_by_name = true)");
            }
        }
    }

    /** How many articles (with or without events) the input has. */
    public long articleCount() {
        try {
            views();
            try (Statement st = conn.createStatement();
                 ResultSet r = st.executeQuery("SELECT count(*) FROM (SELECT article_id FROM ar UNION SELECT article_id FROM ev)")) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(path + ": " + Store.clean(e), e);
        }
    }

    /** Articles in id order, each with its events. */
    public Iterator<Item> items() {
        try {
            views();
            Connection c2 = ((org.duckdb.DuckDBConnection) conn).duplicate();
            Statement sa = conn.createStatement();
            ResultSet ra = sa.executeQuery("WITH ids AS (SELECT article_id FROM ar WHERE article_id IS NOT NULL "
                    + "UNION SELECT article_id FROM ev WHERE article_id IS NOT NULL), "
                    + "a AS (SELECT * FROM ar QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY content_hash NULLS LAST, text NULLS LAST) = 1), "
                    + "e1 AS (SELECT article_id, min(CAST(article_date AS VARCHAR)) article_date, min(publisher) publisher, min(url) url FROM ev GROUP BY article_id) "
                    + "SELECT ids.article_id, coalesce(a.article_date, e1.article_date), coalesce(a.publisher, e1.publisher), "
                    + "coalesce(a.url, e1.url), a.title, a.text, a.content_hash, a.article_id IS NOT NULL "
                    + "FROM ids LEFT JOIN a ON a.article_id = ids.article_id LEFT JOIN e1 ON e1.article_id = ids.article_id "
                    + "ORDER BY ids.article_id");
            StringBuilder cols = new StringBuilder();
            for (String[] col : EventRow.COLUMNS) {
                if (cols.length() > 0) cols.append(", ");
                cols.append("CAST(").append(Schema.quote(col[0])).append(" AS ").append(col[1]).append(")");
            }
            Statement se = c2.createStatement();
            ResultSet re = se.executeQuery("SELECT " + cols + " FROM ev WHERE article_id IS NOT NULL "
                    + "ORDER BY article_id, sentence_index, trigger_start, event_id");
            return new Merge(ra, re, c2);
        } catch (SQLException e) {
            throw new StoreException(path + ": " + Store.clean(e), e);
        }
    }

    private final class Merge implements Iterator<Item> {
        private final ResultSet ra, re;
        private final Connection c2;
        private boolean aNext, eNext;
        private EventRow pending;

        Merge(ResultSet ra, ResultSet re, Connection c2) throws SQLException {
            this.ra = ra;
            this.re = re;
            this.c2 = c2;
            aNext = ra.next();
            eNext = re.next();
            if (eNext) pending = row(re);
        }

        @Override
        public boolean hasNext() {
            if (!aNext) {
                try {
                    c2.close();
                } catch (SQLException ignored) {
                    // finished anyway
                }
            }
            return aNext;
        }

        @Override
        public Item next() {
            if (!aNext) throw new NoSuchElementException();
            try {
                String id = ra.getString(1);
                List<Bundle.EventInput> evs = new ArrayList<>();
                // both queries sort by article_id in DuckDB, so events of this article come next
                while (pending != null && pending.articleId().equals(id)) {
                    evs.add(new Bundle.EventInput(pending));
                    advance();
                }
                String rawDate = ra.getString(2);
                LocalDate date = rawDate == null || rawDate.length() < 10 ? null : StoredEvent.day(rawDate.substring(0, 10), "day");
                String publisher = ra.getString(3), url = ra.getString(4), title = ra.getString(5), text = ra.getString(6);
                String hash = ra.getString(7);
                boolean hasArticle = ra.getBoolean(8);
                if (hash == null || hash.isBlank()) {
                    if (hasArticle && text != null) {
                        hash = ArticleRecord.hash(date == null ? null : date.toString(), publisher, url, title, text);
                    } else {
                        List<String> parts = new ArrayList<>();
                        for (Bundle.EventInput e : evs) for (Object v : e.row().values()) parts.add(String.valueOf(v));
                        hash = ArticleRecord.hash(parts.toArray(new String[0]));
                    }
                }
                aNext = ra.next();
                return new Item(new ArticleRecord(id, date, publisher, url, title, text, hash, "parquet:" + path), evs);
            } catch (SQLException e) {
                throw new StoreException(path + ": " + Store.clean(e), e);
            }
        }

        private void advance() throws SQLException {
            eNext = re.next();
            pending = eNext ? row(re) : null;
        }
    }

    static EventRow row(ResultSet r) throws SQLException {
        return new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getInt(6), r.getString(7),
                r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getInt(12), r.getInt(13),
                r.getString(14), r.getString(15), r.getString(16), r.getString(17), intOrNull(r, 18), intOrNull(r, 19),
                r.getString(20), r.getString(21), r.getInt(22), dblOrNull(r, 23), r.getString(24),
                r.getString(25), r.getInt(26), r.getInt(27),
                r.getString(28), r.getString(29), r.getString(30), r.getString(31), r.getBoolean(32),
                r.getString(33), r.getString(34),
                r.getString(35), r.getString(36), r.getString(37), dblOrNull(r, 38), dblOrNull(r, 39),
                r.getString(40), r.getDouble(41), r.getString(42));
    }

    static Integer intOrNull(ResultSet r, int i) throws SQLException {
        int v = r.getInt(i);
        return r.wasNull() ? null : v;
    }

    static Double dblOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // nothing to report at the end of a read
        }
    }
}
