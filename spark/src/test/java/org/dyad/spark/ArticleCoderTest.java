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
        assertThat(ArticleCoder.articleRow(a).toSeq().mkString("|"))
                .isEqualTo("a2|2020-02-29|Wire|http://example.org/a2|Title|Text.|" + ArticleCoder.sha256("Text."));
        assertThat(ArticleCoder.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
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
