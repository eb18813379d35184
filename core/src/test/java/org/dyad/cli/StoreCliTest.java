package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.EventRow;
import org.dyad.store.Events;
import org.dyad.store.GdeltExport;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.CliTest.run;

/**
 * ingest → query → timeline → export through the command line, with the real coder on obviously
 * codable sentences. Assertions are about the store (dedup, counts, formats), not pattern coverage.
 */
class StoreCliTest {
    @TempDir Path dir;

    static final String NEWS = String.join("\n",
            "{\"id\":\"r1\",\"date\":\"2021-12-06\",\"source\":\"Reuters\",\"url\":\"https://reuters.example/r1\",\"title\":\"Accusations\",\"text\":\"Russia accused Ukraine of shelling civilians. France condemned Iran.\"}",
            "{\"id\":\"a1\",\"date\":\"2021-12-06\",\"source\":\"AP\",\"url\":\"https://ap.example/a1\",\"text\":\"Russia accused Ukraine of shelling civilians.\"}",
            "{\"id\":\"b1\",\"date\":\"2021-12-07\",\"source\":\"BBC\",\"url\":\"https://bbc.example/b1\",\"text\":\"Russia accused Ukraine of shelling civilians.\"}") + "\n";

    static List<String> snapshot(Path db) {
        try (Store s = Store.openReadOnly(db)) {
            return Events.snapshot(s);
        }
    }

    static List<JsonNode> jsonl(String out) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> l = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) l.add(m.readTree(line));
        return l;
    }

    static JsonNode rusUkr(List<JsonNode> clusters) {
        return clusters.stream().filter(n -> n.get("source").get("code").asText().equals("RUS")
                && n.get("target").get("code").asText().equals("UKR") && n.get("root").asText().equals("11")).findFirst().orElseThrow();
    }

    @Test
    void ingestTwiceQueryTimelineExport() throws Exception {
        Path news = Files.writeString(dir.resolve("news.jsonl"), NEWS);
        String db = dir.resolve("t.duckdb").toString();
        CliTest.Run in = run("ingest", news.toString(), "--db", db);
        assertThat(in.rc()).as(in.err()).isZero();
        assertThat(in.err()).contains("3 stored").doesNotContain("\r");
        List<String> first = snapshot(Path.of(db));

        CliTest.Run again = run("ingest", news.toString(), "--db", db);
        assertThat(again.rc()).isZero();
        assertThat(again.err()).contains("0 stored").contains("3 unchanged");
        assertThat(snapshot(Path.of(db))).isEqualTo(first);

        // the same accusation from three publishers is one real-world event
        List<JsonNode> clusters = jsonl(run("query", "--db", db, "--format", "jsonl").out());
        JsonNode c = rusUkr(clusters);
        assertThat(c.get("num_articles").asInt()).isEqualTo(3);
        assertThat(c.get("num_sources").asInt()).isEqualTo(3);
        assertThat(c.get("num_mentions").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(c.get("event_id").asText()).isNotEmpty();
        assertThat(c.get("coder_version").asText()).startsWith("dyad ");
        assertThat(c.get("date_first").asText()).isEqualTo("2021-12-06");

        CliTest.Run table = run("query", "--db", db, "--actor", "UKR");
        assertThat(table.rc()).isZero();
        assertThat(table.out()).contains("RUS -> UKR").doesNotContain("FRA -> IRN");
        CliTest.Run mentions = run("query", "--db", db, "--mentions", "--format", "tsv", "--dyad", "RUS:UKR", "--root", "11");
        assertThat(mentions.out().strip().split("\n")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(mentions.out()).contains("\tReuters\t").contains("\tAP\t").contains("\tBBC\t");
        assertThat(run("query", "--db", db, "--publisher", "bbc", "--format", "tsv").out()).contains("RUS\tUKR");
        assertThat(run("query", "--db", db, "--text", "shelling civilians", "--format", "jsonl").out()).contains("\"UKR\"");
        assertThat(run("query", "--db", db, "--from", "2022-01-01", "--format", "jsonl").out()).isEmpty();

        CliTest.Run tl = run("timeline", "--db", db, "--dyad", "RUS:UKR", "--by", "day", "--format", "csv",
                "--chart", dir.resolve("t.svg").toString());
        assertThat(tl.rc()).as(tl.err()).isZero();
        assertThat(tl.out()).startsWith("period,verbal_coop,material_coop,verbal_conflict,material_conflict,clusters,goldstein_sum,goldstein_mean");
        assertThat(tl.out()).contains("2021-12-06,");
        assertThat(Files.readString(dir.resolve("t.svg"))).startsWith("<svg").contains("</svg>");
        assertThat(run("timeline", "--db", db, "--by", "week", "--chart", dir.resolve("t.png").toString()).rc()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("t.png"))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        CliTest.Run gdelt = run("export", "--db", db, "--format", "gdelt");
        assertThat(gdelt.rc()).isZero();
        String[] lines = gdelt.out().strip().split("\n");
        assertThat(lines).hasSize(clusters.size());
        for (String l : lines) assertThat(l.split("\t", -1)).hasSize(61);
        String row = java.util.Arrays.stream(lines).filter(l -> l.contains("\tRUS\tRUSSIA\t")).findFirst().orElseThrow();
        String[] v = row.split("\t", -1);
        assertThat(v[1]).isEqualTo("20211206");
        assertThat(v[2]).isEqualTo("202112");
        assertThat(v[4]).isEqualTo("2021.9205");
        assertThat(v[28]).isEqualTo("11");
        assertThat(v[33]).isEqualTo("3");
        assertThat(v[32]).isEqualTo("3");
        assertThat(v[59]).matches("\\d{14}");
        assertThat(GdeltExport.COLUMNS).hasSize(61);

        Path parquet = dir.resolve("events.parquet");
        assertThat(run("export", "--db", db, "--format", "parquet", "--events", "-o", parquet.toString()).rc()).isZero();
        List<String> cols = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
            while (r.next()) cols.add(r.getString(1));
        }
        List<String> expected = new ArrayList<>(EventRow.COLUMNS.stream().map(x -> x[0]).toList());
        expected.addAll(List.of("num_mentions", "num_sources", "num_articles", "cluster_id"));
        assertThat(cols).isEqualTo(expected);

        // what the store exports, ingest reads back (as it reads the Spark job's output)
        String db2 = dir.resolve("from-parquet.duckdb").toString();
        CliTest.Run back = run("ingest", parquet.toString(), "--db", db2);
        assertThat(back.rc()).as(back.err()).isZero();
        JsonNode c2 = rusUkr(jsonl(run("query", "--db", db2, "--format", "jsonl").out()));
        assertThat(c2.get("num_articles").asInt()).isEqualTo(3);
        assertThat(c2.get("num_sources").asInt()).isEqualTo(3);
        assertThat(c2.get("cluster_id").asText()).isEqualTo(c.get("cluster_id").asText());
    }

    @Test
    void newContentUnderTheSameIdReplacesItsEvents() throws Exception {
        String db = dir.resolve("t.duckdb").toString();
        Path v1 = Files.writeString(dir.resolve("x.txt"), "date 2021-12-06 Russia accused Ukraine of shelling civilians.");
        assertThat(run("ingest", v1.toString(), "--db", db).rc()).isZero();
        assertThat(run("query", "--db", db, "--format", "tsv").out()).contains("RUS\tUKR");
        Files.writeString(v1, "date 2021-12-06 France condemned Iran.");
        CliTest.Run r = run("ingest", v1.toString(), "--db", db);
        assertThat(r.err()).contains("1 stored (1 replaced)");
        String out = run("query", "--db", db, "--format", "tsv").out();
        assertThat(out).contains("FRA\tIRN").doesNotContain("RUS\tUKR");
    }

    @Test
    void storedOffsetsPointIntoTheStoredTextEvenForHtml() throws Exception {
        Path html = Files.writeString(dir.resolve("h.jsonl"), "{\"id\":\"h1\",\"date\":\"2021-12-06\",\"text\":"
                + "\"<html><body><p>Russia <b>accused</b> Ukraine of shelling civilians in the east.</p><p>France condemned Iran.</p></body></html>\"}\n");
        String db = dir.resolve("h.duckdb").toString();
        CliTest.Run r = run("ingest", html.toString(), "--db", db);
        assertThat(r.rc()).as(r.err()).isZero();
        try (Store s = Store.openReadOnly(Path.of(db))) {
            assertThat(s.rows("SELECT text LIKE '%<p>%' FROM articles")).containsExactly(List.of("false"));
            List<List<String>> bad = s.rows("SELECT e.event_id FROM events e JOIN articles a USING (article_id) WHERE "
                    + "substr(a.text, e.source_start + 1, e.source_end - e.source_start) <> e.source_text "
                    + "OR substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger_text");
            assertThat(bad).isEmpty();
            assertThat(s.rows("SELECT count(*) FROM sentences s JOIN articles a USING (article_id) "
                    + "WHERE s.\"end\" > length(a.text)")).containsExactly(List.of("0"));
            assertThat(s.count("events")).isPositive();
        }
        assertThat(run("ingest", html.toString(), "--db", db).err()).contains("1 unchanged");
    }

    @Test
    void badUsageExitsTwoAndFailuresOneWithAMessage() throws Exception {
        String db = dir.resolve("none.duckdb").toString();
        assertThat(run("query", "--db", db, "--root", "25").rc()).isEqualTo(2);
        assertThat(run("query", "--db", db, "--dyad", "USA").rc()).isEqualTo(2);
        assertThat(run("query", "--db", db, "--format", "xml").rc()).isEqualTo(2);
        assertThat(run("query", "--db", db, "--from", "yesterday").rc()).isEqualTo(2);
        assertThat(run("query", "--db", db, "--mode", "maybe").rc()).isEqualTo(2);
        assertThat(run("query", "--db", db, "--historical", "sometimes").rc()).isEqualTo(2);
        assertThat(run("timeline", "--db", db, "--by", "hour").rc()).isEqualTo(2);
        assertThat(run("timeline", "--db", db, "--chart", "x.pdf").rc()).isEqualTo(2);
        assertThat(run("export", "--db", db, "--format", "csv").rc()).isEqualTo(2);
        assertThat(run("export", "--db", db, "--format", "parquet").rc()).isEqualTo(2);
        assertThat(run("ingest", "--batch-size", "0", "x.txt").rc()).isEqualTo(2);
        assertThat(run("ingest").rc()).isEqualTo(2);

        CliTest.Run missing = run("query", "--db", db);
        assertThat(missing.rc()).isEqualTo(1);
        assertThat(missing.err()).contains("no database at").contains("none.duckdb").doesNotContain("Exception");

        Path notDb = Files.writeString(dir.resolve("notes.duckdb"), "not a database");
        CliTest.Run bad = run("ingest", "--db", notDb.toString(), dir.resolve("nothing.txt").toString());
        assertThat(bad.rc()).isEqualTo(1);
        assertThat(bad.err()).contains("notes.duckdb").doesNotContain("\tat ");

        Path good = Files.writeString(dir.resolve("good.txt"), "date 2021-12-06 France condemned Iran.");
        CliTest.Run partly = run("ingest", good.toString(), dir.resolve("missing.txt").toString(), "--db", dir.resolve("p.duckdb").toString());
        assertThat(partly.rc()).isEqualTo(1);
        assertThat(partly.err()).contains("missing.txt: error: no such file").contains("1 stored");
    }

    @Test
    void progressBarOnlyWhenAsked() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "date 2021-12-06 France condemned Iran.");
        CliTest.Run r = run("ingest", good.toString(), "--db", dir.resolve("a.duckdb").toString(), "--progress");
        assertThat(r.err()).contains("\r[").contains("articles/s").contains("ETA");
        CliTest.Run q = run("ingest", good.toString(), "--db", dir.resolve("b.duckdb").toString(), "--quiet");
        assertThat(q.err()).isEmpty();
    }
}
