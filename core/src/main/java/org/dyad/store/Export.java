package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code dyad export --format parquet}: EventRow columns plus the cluster counts, written by DuckDB. */
public final class Export {
    private Export() {
    }

    /** The columns after {@link org.dyad.model.EventRow#COLUMNS} in an exported Parquet file. */
    public static final String CLUSTER_COUNTS = "num_mentions, num_sources, num_articles, cluster_id";

    /**
     * Writes one row per cluster (its first evidence), or with {@code perEvent} one row per stored
     * event with its cluster's counts. Returns the number of rows.
     */
    public static long parquet(Connection conn, Filter f, boolean perEvent, Path out) {
        Filter.Where w = f.where();
        String sql = perEvent
                ? "SELECT " + Schema.eventRowColumns("e.") + ", c.num_mentions, c.num_sources, c.num_articles, c.cluster_id "
                + "FROM clusters c JOIN events e ON e.cluster_id = c.cluster_id WHERE " + w.sql()
                + " ORDER BY c.day NULLS LAST, c.cluster_id, e.event_id"
                : "SELECT " + Schema.eventRowColumns("c.") + ", c.num_mentions, c.num_sources, c.num_articles, c.cluster_id "
                + "FROM clusters c WHERE " + w.sql() + " ORDER BY c.day NULLS LAST, c.cluster_id";
        String copy = "COPY (" + Filter.inline(sql, w.params()) + ") TO " + ParquetInput.lit(out.toAbsolutePath().toString())
                + " (FORMAT parquet, COMPRESSION zstd)";
        try (Statement st = conn.createStatement()) {
            boolean rs = st.execute(copy);
            if (rs) {
                try (ResultSet r = st.getResultSet()) {
                    if (r.next()) return r.getLong(1);
                }
            }
            return Math.max(0, st.getUpdateCount());
        } catch (SQLException e) {
            throw new StoreException("cannot write " + out + ": " + Store.clean(e), e);
        }
    }
}
