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
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "date 2020-01-01 Caf\u00e9 news.".getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = "date 2020-01-01 Caf\u00e9 news.\nBad: ".getBytes(StandardCharsets.UTF_8);
        Path mixed = Files.write(dir.resolve("mixed.txt"), utf8);
        Files.write(mixed, new byte[]{(byte) 0xFF}, java.nio.file.StandardOpenOption.APPEND);
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, f, latin1, mixed);
        assertThat(as.get(0).text()).isEqualTo("A.\nB.\n");
        assertThat(as.get(0).date()).isEqualTo(LocalDate.of(2020, 1, 1));
        // no valid multi-byte UTF-8 at all: a single-byte encoding, read as Windows-1252
        assertThat(as.get(1).text()).isEqualTo("Caf\u00e9 news.");
        // valid UTF-8 with a stray byte: the byte is replaced
        assertThat(as.get(2).text()).startsWith("Caf\u00e9 news.\nBad: ").contains("\uFFFD");
        assertThat(d).extracting(Diagnostic::message).containsExactly(
                "1 invalid UTF-8 byte sequence(s), the first on line 1 and no valid multi-byte character: read as Windows-1252",
                "1 invalid UTF-8 byte sequence(s), the first on line 2: replaced with U+FFFD (was the file saved in another encoding?)");
    }

    @Test
    void utf16WithoutByteOrderMarkAndNonRegularFiles() throws Exception {
        Path le = Files.write(dir.resolve("le.txt"), "date 2020-01-01 Text.\r\nMore.".getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.txt"), "date 2020-01-01 Text.".getBytes(StandardCharsets.UTF_16BE));
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, le, be, Path.of("/dev/null"));
        assertThat(as).extracting(Article::text).containsExactly("Text.\nMore.", "Text.");
        assertThat(d).extracting(Diagnostic::message).containsExactly(
                "no byte-order mark, but the NUL bytes say UTF-16LE: read as UTF-16LE",
                "no byte-order mark, but the NUL bytes say UTF-16BE: read as UTF-16BE",
                "not a regular file (device, pipe or socket): use - to read standard input");
    }

    @Test
    void aDatelineNeedsADigitAndLongArticlesAreCutWholeCharacters() throws Exception {
        Path palms = Files.writeString(dir.resolve("palms.txt"), "Date palms grow in Basra.");
        String emoji = "\uD83D\uDE00";
        Path big = Files.writeString(dir.resolve("big.txt"), "date 2020-01-01 " + "a".repeat(ArticleSource.MAX_ARTICLE_CHARS - 1) + emoji + "tail");
        List<Diagnostic> d = new ArrayList<>();
        List<Article> as = read(d, palms, big);
        assertThat(as.get(0).text()).isEqualTo("Date palms grow in Basra.");
        assertThat(as.get(1).text()).hasSize(ArticleSource.MAX_ARTICLE_CHARS - 1).doesNotContain("\uD83D");
        assertThat(d.get(1).message()).contains("only the first 200000 are coded");
    }

    @Test
    void jsonLinesWithTwoObjectsOnALineOrAByteOrderMarkInTheMiddle() throws Exception {
        Path f = Files.writeString(dir.resolve("j.jsonl"), "{\"id\":\"a\",\"text\":\"A.\"}{\"id\":\"b\",\"text\":\"B.\"}\n"
                + "\uFEFF{\"id\":\"c\",\"text\":\"C.\"}\n");
        List<Diagnostic> d = new ArrayList<>();
        assertThat(read(d, f)).extracting(Article::id).containsExactly("c");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.where()).isEqualTo(f + ":1");
            assertThat(x.message()).isEqualTo("malformed JSON at column 23: a second value follows the object (two articles on one line?)");
        });
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
