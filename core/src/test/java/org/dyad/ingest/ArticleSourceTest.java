package org.dyad.ingest;

import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSourceTest {
    @TempDir Path dir;

    private List<Article> read(List<Diagnostic> diags, Path... paths) {
        List<String> ps = new ArrayList<>();
        for (Path p : paths) ps.add(p.toString());
        return ArticleSource.readAll(ps, diags);
    }

    @Test
    void datelineWithFirstSentenceOnTheSameLine() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), " date 2021-12-06 Russia accused NATO of escalation.\nSecond line.");
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, f);
        assertThat(d).isEmpty();
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a.txt");
            assertThat(a.date()).isEqualTo(LocalDate.of(2021, 12, 6));
            assertThat(a.text()).isEqualTo("Russia accused NATO of escalation.\nSecond line.");
        });
    }

    @Test
    void noDatelineIsAWarningAndTheArticleIsStillRead() throws Exception {
        Path f = Files.writeString(dir.resolve("b.txt"), "Russia accused NATO of escalation.");
        List<Diagnostic> d = new ArrayList<>();
        assertThat(read(d, f)).singleElement().satisfies(a -> assertThat(a.date()).isNull());
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(x.where()).isEqualTo(f + ":1");
        });
    }

    @Test
    void jsonLinesWithMixedDatesAndAMalformedLine() throws Exception {
        Path f = Files.writeString(dir.resolve("c.jsonl"), String.join("\n",
                "{\"id\":\"x1\",\"date\":\"2023-03-02\",\"text\":\"One.\",\"source\":\"Wire\"}",
                "{\"id\":\"x2\",\"date\":\"20230415\",\"text\":\"Two.\"",
                "{\"id\":\"x3\",\"date\":\"\",\"text\":\"Three.\",\"url\":\"http://example.org/3\"}",
                "{\"id\":\"x4\",\"date\":\"20230415\",\"text\":\"Four.\"}"));
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, f);
        assertThat(as).extracting(Article::id).containsExactly("x1", "x3", "x4");
        assertThat(as.get(0).publisher()).isEqualTo("Wire");
        assertThat(as.get(1).date()).isNull();
        assertThat(as.get(2).date()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(x.where()).isEqualTo(f + ":2");
            assertThat(x.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void emptyBinaryAndMissingFilesAreErrorsNamingTheFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path bin = Files.write(dir.resolve("x.bin"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0});
        Path missing = dir.resolve("nope.txt");
        Path good = Files.writeString(dir.resolve("z.txt"), "date 2020-01-01 Text.");
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, empty, bin, missing, good);
        assertThat(as).extracting(Article::id).containsExactly("z.txt");
        assertThat(d).extracting(Diagnostic::where).containsExactly(empty.toString(), bin.toString(), missing.toString());
        assertThat(d).allMatch(x -> x.severity() == Diagnostic.Severity.ERROR);
        assertThat(d.get(1).message()).contains("binary");
    }

    @Test
    void crlfBomAndInvalidUtf8() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "date 2020-01-01 A.\r\nB.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Path f = Files.write(dir.resolve("crlf.txt"), all);
        Path bad = Files.write(dir.resolve("latin1.txt"), "date 2020-01-01 Caf\u00e9 news.".getBytes(StandardCharsets.ISO_8859_1));
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, f, bad);
        assertThat(as.get(0).text()).isEqualTo("A.\nB.\n");
        assertThat(as.get(0).date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(as.get(1).text()).contains("\uFFFD");
        assertThat(d).singleElement().satisfies(x -> assertThat(x.message()).contains("invalid UTF-8"));
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "date 2020-01-02 B.");
        Files.writeString(dir.resolve("a.txt"), "date 2020-01-01 A.");
        List<Diagnostic> d = new ArrayList<>();
        assertThat(read(d, dir)).extracting(Article::id).containsExactly("a.txt", "b.txt");
    }
}
