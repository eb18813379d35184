package org.dyad.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Events.event;

/** The Spark job's output (events and articles Parquet, in part files) is stored like coded articles. */
class ParquetIngestTest {
    @TempDir Path dir;

    record Art(String id, String date, String publisher, String text, List<Event> events) {
    }

    static Art art(String id, String date, String publisher, Event... es) {
        StringBuilder text = new StringBuilder();
        for (Event e : es) text.append(e.sentence()).append(' ');
        return new Art(id, date, publisher, text.toString().strip(), List.of(es));
    }

    /** Writes a Spark-like output directory: events/part-*.parquet, articles/part-*.parquet, _SUCCESS. */
    static Path sparkOutput(Path out, List<Art> arts, boolean withArticles) throws Exception {
        Files.createDirectories(out.resolve("events"));
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve("events").resolve(".part-00000.parquet.crc"), "crc");
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement()) {
            StringBuilder cols = new StringBuilder();
            for (String[] col : EventRow.COLUMNS) cols.append(cols.length() == 0 ? "" : ", ").append('"').append(col[0]).append("\" ").append(col[1]);
            st.execute("CREATE TABLE ev(" + cols + ", part INTEGER)");
            st.execute("CREATE TABLE ar(article_id VARCHAR, article_date VARCHAR, publisher VARCHAR, url VARCHAR, title VARCHAR, text VARCHAR, content_hash VARCHAR)");
            int part = 0;
            try (DuckDBAppender ev = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ev");
                 DuckDBAppender ar = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ar")) {
                for (Art a : arts) {
                    Article article = new Article(a.id(), LocalDate.parse(a.date()), a.text(), "https://x.example/" + a.id(), a.publisher(), "T " + a.id(), a.id());
                    for (Event e : a.events()) {
                        ev.beginRow();
                        for (Object v : EventRow.of(e, article).values()) Store.value(ev, v);
                        ev.append(part++ % 2).endRow();
                    }
                    ar.beginRow().append(a.id()).append(a.date()).append(a.publisher()).append(article.url()).append(article.title())
                            .append(a.text()).append(ArticleRecord.contentHash(article)).endRow();
                }
            }
            for (int p = 0; p < 2; p++) {
                st.execute("COPY (SELECT * EXCLUDE (part) FROM ev WHERE part = " + p + ") TO '" + out.resolve("events/part-0000" + p + ".parquet") + "' (FORMAT parquet)");
            }
            if (withArticles) st.execute("COPY ar TO '" + out.resolve("articles/part-00000.parquet") + "' (FORMAT parquet)");
            // the job's failed/ output sits beside them and is not data to store
            Files.createDirectories(out.resolve("failed"));
            st.execute("COPY (SELECT 'bad1' AS article_id, 'in/bad.txt' AS origin, 'empty file' AS reason) TO '"
                    + out.resolve("failed/part-00000.parquet") + "' (FORMAT parquet)");
        }
        return out;
    }

    static Ingest.Summary ingest(Store s, Path p) {
        return new Ingest(s, new Ingest.Options(1, 8, false, false, false, null), new PrintWriter(new StringWriter()))
                .run(List.of(p.toString()), new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void sparkOutputIsStoredAndAgainIsUnchanged() throws Exception {
        List<Art> arts = new ArrayList<>();
        arts.add(art("s1", "2021-12-06", "Reuters", event("s1", "Reuters", 0, "RUS", "UKR", "112", "2021-12-05"),
                event("s1", "Reuters", 1, "FRA", "IRN", "111", "2021-12-06")));
        arts.add(art("s2", "2021-12-06", "AP", event("s2", "AP", 0, "RUS", "UKR", "112", "2021-12-05")));
        arts.add(art("s3", "2021-12-07", "BBC", event("s3", "BBC", 0, "RUS", "UKR", "112", "2021-12-06")));
        Path out = sparkOutput(dir.resolve("out"), arts, true);
        try (Store s = Store.open(dir.resolve("p.duckdb"))) {
            Ingest.Summary sum = ingest(s, out);
            assertThat(sum.stored()).isEqualTo(3);
            assertThat(sum.failed()).isZero();
            assertThat(s.count("events")).isEqualTo(4);
            assertThat(s.rows("SELECT title, publisher, text IS NOT NULL, origin LIKE 'parquet:%' FROM articles WHERE article_id = 's1'"))
                    .containsExactly(List.of("T s1", "Reuters", "true", "true"));
            assertThat(s.rows("SELECT num_articles, num_sources FROM clusters WHERE cluster_key = 'RUS|UKR|11|asserted'"))
                    .containsExactly(List.of("3", "3"));
            assertThat(s.rows("SELECT count(*) FROM sentences WHERE article_id = 's1'")).containsExactly(List.of("2"));
            List<String> snap = Events.snapshot(s);
            Ingest.Summary again = ingest(s, out);
            assertThat(again.stored()).isZero();
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(Events.snapshot(s)).isEqualTo(snap);
        }
    }

    @Test
    void eventsWithoutArticlesAndASingleFile() throws Exception {
        List<Art> arts = List.of(art("e1", "2022-01-02", "AFP", event("e1", "AFP", 0, "CHN", "TWN", "190", "2022-01-01")));
        Path out = sparkOutput(dir.resolve("out"), arts, false);
        try (Store s = Store.open(dir.resolve("p.duckdb"))) {
            Ingest.Summary sum = ingest(s, out.resolve("events/part-00000.parquet"));
            assertThat(sum.stored()).isEqualTo(1);
            assertThat(s.rows("SELECT article_id, CAST(date AS VARCHAR), publisher, text IS NULL FROM articles"))
                    .containsExactly(List.of("e1", "2022-01-02", "AFP", "true"));
            assertThat(ingest(s, out.resolve("events/part-00000.parquet")).skipped()).isEqualTo(1);
        }
    }

    @Test
    void aParquetFileWithoutTheEventRowColumnsIsRefusedByName() throws Exception {
        Path bad = dir.resolve("bad.parquet");
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 'x' AS event_id, 'a' AS article_id) TO '" + bad + "' (FORMAT parquet)");
        }
        try (Store s = Store.open(dir.resolve("p.duckdb"))) {
            assertThatThrownBy(() -> ingest(s, bad)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("bad.parquet").hasMessageContaining("missing").hasMessageContaining("sentence_index");
        }
    }
}
