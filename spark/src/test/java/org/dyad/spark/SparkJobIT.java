package org.dyad.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.engine.Dyad;
import org.dyad.engine.Runner;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.dyad.model.EventRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Spark job with {@code local[2]} on the project's own articles (the bench corpus, the
 * golden text articles, a few of them as Parquet, and some bad inputs) and checks that its events
 * are those that {@code dyad code} gives on the same input ({@link Runner}, the CLI's code path),
 * that bad inputs fail alone with the CLI's reasons, and that a second run writes the same rows.
 */
class SparkJobIT {
    /** Enough articles to spread over two cores, few enough to stay within ~3 minutes on two. */
    static final int MAX_CORPUS_ARTICLES = 200;

    @TempDir static Path dir;
    static SparkSession spark;
    static Path corpus, texts, badJsonl, parquetSrc, parquet;
    static SparkJob.Summary first;
    static List<String> inputs;

    @BeforeAll
    static void runTheJob() throws IOException {
        spark = SparkJob.session("local[2]");
        corpus = dir.resolve("corpus.jsonl");
        try (InputStream in = SparkJobIT.class.getClassLoader().getResourceAsStream("dyad/bench/corpus.jsonl")) {
            assertThat(in).as("the bench corpus dyad/bench/corpus.jsonl is on the class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).limit(MAX_CORPUS_ARTICLES).toList();
            Files.write(corpus, lines);
        }
        // the golden articles as a directory of text files, with a subdirectory, a hidden file
        // (skipped by both), an empty and a binary file (failures)
        texts = Files.createDirectories(dir.resolve("texts"));
        Path golden = Path.of("..", "core", "src", "test", "resources", "golden");
        try (Stream<Path> s = Files.list(golden)) {
            List<Path> txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(txt).hasSizeGreaterThan(3);
            Files.createDirectories(texts.resolve("more"));
            for (int i = 0; i < txt.size(); i++) {
                Path to = i % 3 == 0 ? texts.resolve("more") : texts;
                Files.copy(txt.get(i), to.resolve(txt.get(i).getFileName()));
            }
        }
        // scraped HTML (coded after the text stage strips it) and a French article (skipped: failed)
        Path inputsDir = Path.of("..", "core", "src", "test", "resources", "inputs");
        Files.copy(inputsDir.resolve("html.txt"), texts.resolve("html.txt"));
        Files.copy(inputsDir.resolve("french.txt"), texts.resolve("more").resolve("french.txt"));
        Files.writeString(texts.resolve(".hidden.txt"), "date 2021-01-01 Russia accused Ukraine of shelling the town.");
        Files.write(texts.resolve("empty.txt"), new byte[0]);
        Files.write(texts.resolve("more").resolve("blob.bin"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0});
        // bad JSON Lines: a good line, a malformed one, one without text
        badJsonl = dir.resolve("bad.jsonl");
        Files.writeString(badJsonl, String.join("\n",
                "{\"id\":\"ok-1\",\"date\":\"2022-02-24\",\"text\":\"Russia attacked Ukraine on Thursday. Ukraine condemned Russia.\"}",
                "{\"id\":\"broken\",\"date\":\"2022-02-24\",\"text\":\"no closing brace\"",
                "",
                "{\"id\":\"no-text\",\"date\":\"2022-02-24\"}") + "\n");
        // a few corpus articles under new ids, as JSON Lines (for dyad code) and as Parquet with a
        // DATE column (for the job)
        parquetSrc = dir.resolve("pq.jsonl");
        Files.write(parquetSrc, Files.readAllLines(corpus).stream().limit(6)
                .map(l -> l.replaceFirst("\"id\":\\s*\"", "\"id\": \"pq-")).toList());
        parquet = dir.resolve("pq.parquet");
        spark.read().json(parquetSrc.toString())
                .selectExpr("id", "to_date(date) AS date", "text", "source", "title")
                .coalesce(1).write().parquet(parquet.toString());

        inputs = List.of(corpus.toString(), texts.toString(), badJsonl.toString(), parquet.toString());
        long t0 = System.nanoTime();
        first = SparkJob.run(spark, inputs, dir.resolve("out1").toString(), null, 0);
        System.err.printf("SparkJobIT: local[2] coded %d articles in %.1f s (session and models included)%n",
                first.articles(), (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** What {@code dyad code} gives on the same inputs (the Parquet articles from their JSON Lines). */
    record Expected(List<List<Object>> events, List<Diagnostic> errors, int articles, List<String> codedIds) {
    }

    static Expected expected;

    static synchronized Expected expected() {
        if (expected != null) return expected;
        List<List<Object>> events = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<String> codedIds = new ArrayList<>();
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        long t0 = System.nanoTime();
        Runner.Summary s = new Runner(dyad, 2).run(
                List.of(corpus.toString(), texts.toString(), badJsonl.toString(), parquetSrc.toString()),
                new ByteArrayInputStream(new byte[0]),
                (doc, evs) -> {
                    // the articles the job lists as coded: all but those that failed without events
                    if (!doc.failed() || !evs.isEmpty()) codedIds.add(doc.article().id());
                    for (Event e : evs) events.add(Arrays.asList(EventRow.of(e, doc.article()).values()));
                },
                d -> {
                    if (d.severity() == Diagnostic.Severity.ERROR) errors.add(d);
                }, null);
        expected = new Expected(sorted(events), errors, s.articles(), codedIds.stream().sorted().toList());
        System.err.printf("SparkJobIT: dyad code (Runner, 2 threads) coded %d articles in %.1f s%n",
                s.articles(), (System.nanoTime() - t0) / 1e9);
        return expected;
    }

    static List<List<Object>> rows(Path p) {
        return sorted(spark.read().parquet(p.toString()).collectAsList().stream()
                .map(r -> Arrays.asList(rowValues(r))).collect(Collectors.toList()));
    }

    static Object[] rowValues(Row r) {
        Object[] v = new Object[r.length()];
        for (int i = 0; i < v.length; i++) v[i] = r.get(i);
        return v;
    }

    static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    @Test
    void eventsHaveExactlyTheExportColumnsInOrder() {
        Dataset<Row> ev = spark.read().parquet(dir.resolve("out1/events").toString());
        List<String> names = Arrays.stream(ev.schema().fields()).map(StructField::name).toList();
        assertThat(names).containsExactlyElementsOf(EventRow.COLUMNS.stream().map(c -> c[0]).toList());
        for (String[] c : EventRow.COLUMNS) {
            assertThat(ev.schema().apply(c[0]).dataType()).as(c[0]).isEqualTo(Schemas.sparkType(c[1]));
        }
        assertThat(spark.read().parquet(dir.resolve("out1/articles").toString()).schema().fieldNames())
                .containsExactly("article_id", "article_date", "publisher", "url", "title", "text", "content_hash");
        assertThat(spark.read().parquet(dir.resolve("out1/failed").toString()).schema().fieldNames())
                .containsExactly("article_id", "origin", "reason");
    }

    @Test
    void eventsEqualThoseOfDyadCodeOnTheSameInput() {
        Expected e = expected();
        List<List<Object>> actual = rows(dir.resolve("out1/events"));
        assertThat(e.events()).as("dyad code finds events in the corpus").hasSizeGreaterThan(10);
        assertThat(actual).hasSameSizeAs(e.events());
        assertThat(actual).containsExactlyElementsOf(e.events());
        assertThat(first.events()).isEqualTo(actual.size());
        // every article of the corpus, the text directory and the Parquet file was coded
        assertThat(e.articles()).isGreaterThan(100);
        assertThat(spark.read().parquet(dir.resolve("out1/articles").toString()).select("article_id").collectAsList()
                .stream().map(r -> r.getString(0)).sorted().toList()).containsExactlyElementsOf(e.codedIds());
        assertThat(first.articles()).isEqualTo(e.codedIds().size());
    }

    @Test
    void badInputsFailAloneWithTheReasonsDyadCodeGives() throws IOException {
        Expected e = expected();
        List<Row> failed = spark.read().parquet(dir.resolve("out1/failed").toString()).collectAsList();
        assertThat(failed.stream().map(r -> r.getString(2)).sorted().toList())
                .containsExactlyElementsOf(e.errors().stream().map(d -> d.stage() + ": " + d.message()).sorted().toList());
        assertThat(failed).hasSize(5);
        assertThat(first.failed()).isEqualTo(5);
        // text files are named as dyad code names them; JSON lines by file and byte offset
        List<String> origins = failed.stream().map(r -> r.getString(1)).sorted().toList();
        String bad = Files.readString(badJsonl);
        assertThat(origins).containsExactlyInAnyOrder(
                badJsonl + "@" + bad.indexOf("{\"id\":\"broken\""),
                badJsonl + "@" + bad.indexOf("{\"id\":\"no-text\""),
                texts.resolve("empty.txt").toString(),
                texts.resolve("more").resolve("french.txt").toString(),
                texts.resolve("more").resolve("blob.bin").toString());
        // the good line of the same file was coded
        List<Row> articles = spark.read().parquet(dir.resolve("out1/articles").toString())
                .where("article_id = 'ok-1'").collectAsList();
        assertThat(articles).singleElement().satisfies(r -> {
            assertThat(r.getString(1)).isEqualTo("2022-02-24");
            assertThat(r.getString(6)).isEqualTo(ArticleCoder.contentHash(
                    org.dyad.model.Article.of("ok-1", java.time.LocalDate.of(2022, 2, 24), r.getString(5)))).hasSize(64);
        });
    }

    @Test
    void eventOffsetsPointIntoTheArticleTextOfTheArticlesOutput() {
        List<Row> joined = spark.read().parquet(dir.resolve("out1/events").toString()).alias("e")
                .join(spark.read().parquet(dir.resolve("out1/articles").toString()).alias("a"), "article_id")
                .selectExpr("e.source_text", "substring(a.text, e.source_start + 1, e.source_end - e.source_start)",
                        "e.trigger_text", "substring(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)", "article_id")
                .collectAsList();
        assertThat(joined).hasSize((int) first.events());
        assertThat(joined).allSatisfy(r -> {
            assertThat(r.getString(1)).as("source of an event in " + r.getString(4)).isEqualTo(r.getString(0));
            assertThat(r.getString(3)).as("trigger of an event in " + r.getString(4)).isEqualTo(r.getString(2));
        });
        // the HTML article is stored as the clean text its offsets point into
        List<Row> html = spark.read().parquet(dir.resolve("out1/articles").toString()).where("article_id = 'html.txt'").collectAsList();
        assertThat(html).singleElement().satisfies(r -> assertThat(r.getString(5)).doesNotContain("<p>", "&mdash;").contains("Stoltenberg"));
    }

    @Test
    void parquetInputKeepsDatesAndPublishers() {
        List<Row> pq = spark.read().parquet(dir.resolve("out1/articles").toString())
                .where("article_id LIKE 'pq-%'").collectAsList();
        assertThat(pq).hasSize(6).allSatisfy(r -> assertThat(r.getString(1)).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(pq).anySatisfy(r -> assertThat(r.getString(2)).isNotBlank());
    }

    @Test
    void reRunningWritesTheSameRowsInTheSameFiles() {
        // the smaller inputs twice more, coded in 1 and in 5 partitions: the same rows in the same files
        List<String> small = List.of(texts.toString(), badJsonl.toString(), parquet.toString());
        long t0 = System.nanoTime();
        SparkJob.Summary a1 = SparkJob.run(spark, small, dir.resolve("small1").toString(), null, 1);
        SparkJob.Summary a2 = SparkJob.run(spark, small, dir.resolve("small2").toString(), null, 5);
        System.err.printf("SparkJobIT: two runs on %d inputs in %.1f s%n", a1.inputs(), (System.nanoTime() - t0) / 1e9);
        assertThat(a2).usingRecursiveComparison().ignoringFields("seconds").isEqualTo(a1);
        assertThat(a1.events()).isPositive();
        for (String out : List.of("events", "articles", "failed")) {
            Path a = dir.resolve("small1").resolve(out), b = dir.resolve("small2").resolve(out);
            assertThat(rows(b)).as(out).containsExactlyElementsOf(rows(a));
            List<Path> fa = parts(a), fb = parts(b);
            assertThat(fb).hasSameSizeAs(fa);
            for (int i = 0; i < fa.size(); i++) {
                assertThat(spark.read().parquet(fb.get(i).toString()).collectAsList())
                        .as(out + " file " + i).containsExactlyElementsOf(spark.read().parquet(fa.get(i).toString()).collectAsList());
            }
        }
        // and they are the rows of the same articles in the full run
        List<String> ids = rows(dir.resolve("small1/articles")).stream().map(r -> (String) r.get(0)).toList();
        assertThat(rows(dir.resolve("small1/events"))).containsExactlyElementsOf(rows(dir.resolve("out1/events")).stream()
                .filter(r -> ids.contains((String) r.get(1))).toList());
    }

    static List<Path> parts(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void allTypesAreSparkSqlTypes() {
        assertThat(Schemas.EVENTS.fields()).allSatisfy(f -> assertThat(f.dataType()).isIn(
                DataTypes.StringType, DataTypes.IntegerType, DataTypes.DoubleType, DataTypes.BooleanType));
    }
}
