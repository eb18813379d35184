package org.dyad.spark;

import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-article step without Spark: failures become rows, never exceptions. */
class ArticleCoderTest {
    @Test
    void anInputThatCouldNotBeReadPassesThroughAsAFailure() {
        Coded c = ArticleCoder.code(null, Input.failed(null, "x.jsonl@12", "ingest: malformed JSON: oops"));
        assertThat(c.article()).isNull();
        assertThat(c.events()).isEmpty();
        assertThat(c.failed().getString(1)).isEqualTo("x.jsonl@12");
        assertThat(c.failed().getString(2)).isEqualTo("ingest: malformed JSON: oops");
    }

    @Test
    void anExceptionWhileCodingFailsTheArticleNotTheCaller() {
        // no pipeline at all: coding throws, the article becomes a failure row
        Input in = Input.of(new Article("a1", LocalDate.of(2021, 12, 6), "Russia accused NATO.", null, null, null, "f.txt"));
        Coded c = ArticleCoder.code(null, in);
        assertThat(c.article()).isNull();
        assertThat(c.events()).isEmpty();
        assertThat(c.failed().getString(0)).isEqualTo("a1");
        assertThat(c.failed().getString(2)).startsWith("coding failed: java.lang.NullPointerException");
    }

    @Test
    void inputsKeepEveryArticleField() {
        Article a = new Article("a2", LocalDate.of(2020, 2, 29), "Text.", "http://example.org/a2", "Wire", "Title", "f.jsonl@0");
        assertThat(Input.of(a).article()).isEqualTo(a);
        assertThat(ArticleCoder.articleRow(a, "h").toSeq().mkString("|"))
                .isEqualTo("a2|2020-02-29|Wire|http://example.org/a2|Title|Text.|h");
    }

    @Test
    void contentHashIsTheStoresHashOfDatePublisherUrlTitleAndText() {
        Article a = new Article("a2", LocalDate.of(2020, 2, 29), "Text.", null, "Wire", null, "f.jsonl@0");
        // by hand: marker 0 for null, else marker 1, UTF-8 length, ':' and the bytes
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (String p : new String[]{"2020-02-29", "Wire", null, null, "Text."}) {
            if (p == null) b.write(0);
            else b.writeBytes(("\u0001" + p.length() + ":" + p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String expected;
        try {
            expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b.toByteArray()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        assertThat(ArticleCoder.contentHash(a)).isEqualTo(expected).hasSize(64);
        assertThat(ArticleCoder.contentHash(new Article("a2", null, "Text.", null, "Wire", null, "x")))
                .isNotEqualTo(expected);
    }

    @Test
    void inputKindsByName() {
        assertThat(Inputs.kindOf("a/B.JSONL")).isEqualTo(Inputs.Kind.JSONL);
        assertThat(Inputs.kindOf("x.ndjson")).isEqualTo(Inputs.Kind.JSONL);
        assertThat(Inputs.kindOf("part-0.snappy.parquet")).isEqualTo(Inputs.Kind.PARQUET);
        assertThat(Inputs.kindOf("2021-12-06-osce.txt")).isEqualTo(Inputs.Kind.TEXT);
        assertThat(Inputs.display("file:/tmp/a%20b/c.txt")).isEqualTo("/tmp/a b/c.txt");
        assertThat(Inputs.display("hdfs://nn:8020/x/c.txt")).isEqualTo("hdfs://nn:8020/x/c.txt");
    }

    @Test
    void outputFilesDependOnRowCountsOnly() {
        assertThat(SparkJob.files(0, 1000)).isEqualTo(1);
        assertThat(SparkJob.files(1000, 1000)).isEqualTo(1);
        assertThat(SparkJob.files(1001, 1000)).isEqualTo(2);
    }
}
