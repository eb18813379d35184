package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite: each odd input runs through the real CLI ({@code dyad code}) between two
 * good articles. For each: the message names the file (and line, or article id), the good
 * articles are still coded, stdout stays valid JSON Lines, and the exit status is 1 when an
 * article or line could not be coded, 0 when dyad repaired the input and coded all of it (with
 * a warning). Inputs are generated here, in a temporary directory; the time of each run is printed
 * as {@code RELIABILITY|...} lines (README, "Reliability").
 */
class BadInputTest {
    @TempDir Path dir;

    static final String EVENTFUL = "Russia accused Ukraine of shelling civilians in Donetsk on Monday.";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> FIGURES = new ArrayList<>();

    /** Loads the coder first, so that the time of each case is the time of its batch. */
    @org.junit.jupiter.api.BeforeAll
    static void loadTheCoder() {
        org.dyad.engine.Dyad.shared(org.dyad.engine.Dyad.Config.DEFAULT)
                .code(org.dyad.model.Article.of("warm-up", java.time.LocalDate.of(2021, 12, 6), EVENTFUL));
    }

    /** Runs {@code code good-1.txt BAD good-2.jsonl} and checks what every case must satisfy. */
    private CliTest.Run batch(String name, Path bad, String... options) throws Exception {
        Path good1 = Files.writeString(dir.resolve("good-1.txt"), "date 2021-12-06 " + EVENTFUL);
        Path good2 = Files.writeString(dir.resolve("good-2.jsonl"),
                "{\"id\":\"good-2\",\"date\":\"2021-12-06\",\"text\":\"Iran condemned Israel over the strike.\"}\n");
        List<String> args = new ArrayList<>(List.of("code"));
        args.addAll(List.of(options));
        args.addAll(List.of(good1.toString(), bad.toString(), good2.toString()));
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        double secs = (System.nanoTime() - t0) / 1e9;
        String first = r.err().lines().filter(l -> l.contains(bad.getFileName().toString())).findFirst().orElse("");
        FIGURES.add(String.format(Locale.ROOT, "RELIABILITY|bad-input|%s|%d|%.2f|%s", name, r.rc(), secs,
                first.replace(dir.toString() + "/", "")));
        validJsonLines(r.out());
        assertThat(r.out()).as(name + ": the good articles are still coded\n" + r.err())
                .contains("\"article_id\":\"good-1.txt\"").contains("\"article_id\":\"good-2\"");
        assertThat(r.err()).as(name).doesNotContain("Exception\n").doesNotContain("\tat ");
        return r;
    }

    static void validJsonLines(String out) throws Exception {
        for (String l : out.split("\n")) {
            if (l.isEmpty()) continue;
            JsonNode n = JSON.readTree(l);
            assertThat(n.isObject()).isTrue();
            assertThat(n.hasNonNull("article_id")).isTrue();
            assertThat(n.hasNonNull("event_id")).isTrue();
        }
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private Path file(String name, String content, Charset cs) throws Exception {
        return file(name, content.getBytes(cs));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) b.writeBytes(p);
        return b.toByteArray();
    }

    private static void coded(CliTest.Run r, String articleId) {
        assertThat(r.out()).as(articleId + " is coded\n" + r.err()).contains("\"article_id\":\"" + articleId + "\"");
    }

    // ---- empty, binary, encodings ----

    @Test
    void emptyAndBlankFiles() throws Exception {
        Path empty = file("empty.txt", new byte[0]);
        CliTest.Run r = batch("empty file", empty);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": error: empty file");
        Path blank = file("blank.txt", "date 2021-12-06 \n\n   \t\n", StandardCharsets.UTF_8);
        r = batch("blank file (dateline only)", blank);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(blank + ": error: article 'blank.txt' has no text");
    }

    @Test
    void binaryFiles() throws Exception {
        byte[] elf = new byte[4096];
        new Random(7).nextBytes(elf);
        elf[0] = 0x7f; elf[1] = 'E'; elf[2] = 'L'; elf[3] = 'F';
        Path bin = file("program.txt", elf);
        CliTest.Run r = batch("binary (random bytes)", bin);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(bin + ": error: binary file");
        Path zip = file("dump.jsonl", concat(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, elf));
        r = batch("binary with a .jsonl name (zip)", zip);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(zip + ": error: binary file");
    }

    @Test
    void invalidUtf8IsReplacedAndTheLineNamed() throws Exception {
        byte[] good = ("date 2021-12-06 Caf\u00e9 owners in Kyiv said so.\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, EVENTFUL.getBytes(StandardCharsets.UTF_8), new byte[]{' ', (byte) 0xC3, '(', ' ', (byte) 0xFF, '\n'});
        Path f = file("mixed.txt", bad);
        CliTest.Run r = batch("invalid UTF-8 (2 bad sequences in UTF-8 text)", f);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ": warning: 2 invalid UTF-8 byte sequence(s), the first on line 2: replaced with U+FFFD");
        coded(r, "mixed.txt");
    }

    @Test
    void latin1TextIsReadAsWindows1252() throws Exception {
        Path f = file("latin1.txt", "date 2021-12-06 " + EVENTFUL + " Caf\u00e9 owners and the \u00abmayor\u00bb said so.",
                Charset.forName("windows-1252"));
        CliTest.Run r = batch("Windows-1252 / Latin-1 text", f);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ": warning: 3 invalid UTF-8 byte sequence(s), the first on line 1 and no valid multi-byte character: read as Windows-1252");
        coded(r, "latin1.txt");
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws Exception {
        String text = "date 2021-12-06 " + EVENTFUL + "\r\nOfficials in Kyiv said so.\r\n";
        Path le = file("utf16le.txt", text, StandardCharsets.UTF_16LE);
        Files.write(le, concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, Files.readAllBytes(le)));
        CliTest.Run r = batch("UTF-16LE with BOM, CRLF", le);
        assertThat(r.rc()).isZero();
        coded(r, "utf16le.txt");
        Path be = file("utf16be.jsonl", "{\"id\":\"u16be\",\"date\":\"2021-12-06\",\"text\":\"" + EVENTFUL + "\"}\n", StandardCharsets.UTF_16);
        r = batch("UTF-16BE JSON Lines with BOM", be);
        assertThat(r.rc()).isZero();
        coded(r, "u16be");
        Path nobom = file("utf16-nobom.txt", text, StandardCharsets.UTF_16LE);
        r = batch("UTF-16LE without BOM", nobom);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(nobom + ": warning: no byte-order mark, but the NUL bytes say UTF-16LE");
        coded(r, "utf16-nobom.txt");
    }

    @Test
    void utf8BomAndCrlf() throws Exception {
        Path f = file("bom-crlf.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("date 2021-12-06 " + EVENTFUL + "\r\nOfficials said so.\r\n\r\nKyiv denied it.\r\n").getBytes(StandardCharsets.UTF_8)));
        CliTest.Run r = batch("UTF-8 BOM and CRLF", f);
        assertThat(r.rc()).isZero();
        coded(r, "bom-crlf.txt");
        assertThat(r.out()).doesNotContain("\\r");
        assertThat(r.err()).doesNotContain("bom-crlf.txt:1: warning");
        Path crlf = Path.of("src/test/resources/inputs/crlf.txt");
        r = batch("CRLF fixture (inputs/crlf.txt)", crlf);
        assertThat(r.rc()).isZero();
        coded(r, "crlf.txt");
    }

    // ---- markup, languages, datelines ----

    @Test
    void htmlMarkupIsRemoved() throws Exception {
        CliTest.Run r = batch("HTML markup (inputs/html.txt)", Path.of("src/test/resources/inputs/html.txt"));
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains("html.txt: info: HTML markup removed");
        coded(r, "html.txt");
        assertThat(r.out()).doesNotContain("<p>").doesNotContain("&rsquo;").doesNotContain("not article text");
    }

    @Test
    void nonEnglishArticlesAreSkippedWithAMessage() throws Exception {
        CliTest.Run r = batch("French (inputs/french.txt)", Path.of("src/test/resources/inputs/french.txt"));
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains("french.txt: error: article 'french.txt' does not look like English");
        assertThat(r.out()).doesNotContain("french.txt");
        Path lines = file("world.jsonl", String.join("\n",
                "{\"id\":\"ru-1\",\"date\":\"2021-12-06\",\"text\":\"Россия обвинила Украину в обстреле.\"}",
                "{\"id\":\"zh-1\",\"date\":\"2021-12-06\",\"text\":\"俄罗斯指责乌克兰炮击平民。\"}",
                "{\"id\":\"ar-1\",\"date\":\"2021-12-06\",\"text\":\"اتهمت روسيا أوكرانيا بقصف المدنيين في دونيتسك يوم الاثنين.\"}",
                "{\"id\":\"de-1\",\"date\":\"2021-12-06\",\"text\":\"Russland hat der Ukraine am Montag vorgeworfen, die Zivilisten in Donezk mit der Artillerie beschossen zu haben, und die Regierung in Kiew wies das zurück.\"}",
                "{\"id\":\"en-1\",\"date\":\"2021-12-06\",\"text\":\"" + EVENTFUL + "\"}") + "\n", StandardCharsets.UTF_8);
        r = batch("Russian, Chinese, Arabic, German lines", lines);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(lines + ":1: error: article 'ru-1' is written mostly in Cyrillic script")
                .contains(lines + ":2: error: article 'zh-1' is written mostly in Han script")
                .contains(lines + ":3: error: article 'ar-1' is written mostly in Arabic script")
                .contains(lines + ":4: error: article 'de-1' does not look like English");
        coded(r, "en-1");
        assertThat(r.out()).doesNotContain("\"ru-1\"").doesNotContain("\"zh-1\"").doesNotContain("\"ar-1\"").doesNotContain("\"de-1\"");
    }

    @Test
    void invalidFutureAndMissingDatelines() throws Exception {
        Path bad = file("feb30.txt", "date 2023-02-30 " + EVENTFUL, StandardCharsets.UTF_8);
        CliTest.Run r = batch("invalid dateline 2023-02-30", bad);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(bad + ":1: warning: dateline '2023-02-30' is not a date (YYYY-MM-DD): coding without one");
        coded(r, "feb30.txt");
        Path future = file("future.txt", "date 2999-01-01 " + EVENTFUL, StandardCharsets.UTF_8);
        r = batch("future dateline 2999-01-01", future);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(future + ": warning: article 'future.txt' is dated 2999-01-01, in the future");
        coded(r, "future.txt");
        Path words = file("palms.txt", "Date palms were burned when " + EVENTFUL, StandardCharsets.UTF_8);
        r = batch("text starting with 'Date ' (not a dateline)", words);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(words + ":1: warning: no dateline").doesNotContain("is not a date");
        Path jl = file("dates.jsonl", "{\"id\":\"d1\",\"date\":\"12/06/2021\",\"text\":\"" + EVENTFUL + "\"}\n", StandardCharsets.UTF_8);
        r = batch("JSON date 12/06/2021", jl);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(jl + ":1: warning: article 'd1': date '12/06/2021' is not YYYY-MM-DD or YYYYMMDD");
        coded(r, "d1");
    }

    // ---- JSON Lines ----

    @Test
    void malformedAndTruncatedJsonLines() throws Exception {
        CliTest.Run r = batch("malformed JSON line (inputs/bad.jsonl)", Path.of("src/test/resources/inputs/bad.jsonl"));
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains("bad.jsonl:2: error: malformed JSON at column");
        coded(r, "bad-001");
        coded(r, "bad-003");
        String ok = "{\"id\":\"t1\",\"date\":\"2021-12-06\",\"text\":\"" + EVENTFUL + "\"}";
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 5000; i++) deep.append('[');
        Path f = file("many.jsonl", String.join("\n",
                ok,
                ok.substring(0, 40),                                     // 2: truncated mid-string
                "{\"id\":\"t3\",\"text\":\"Two on a line.\"}" + ok.replace("t1", "t3b"), // 3: newline lost
                "[1, 2, 3]",                                              // 4: not an object
                "{\"date\":\"2021-12-06\",\"text\":\"No id.\"}",             // 5: no id
                "{\"id\":\"t6\",\"date\":\"2021-12-06\"}",                   // 6: no text
                "{\"id\":\"t7\",\"text\":{\"p\":\"an object\"}}",            // 7: text not a string
                deep.toString(),                                          // 8: 5,000 levels deep
                "",
                "   ",
                "\uFEFF" + ok.replace("t1", "t11"),                         // 11: a BOM from cat a.jsonl b.jsonl
                ok.replace("t1", "t12").substring(0, ok.length() - 3)) // 12: truncated last line, no newline
                , StandardCharsets.UTF_8);
        r = batch("malformed, truncated, odd JSON lines", f);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err())
                .contains(f + ":2: error: malformed JSON at column")
                .contains(f + ":3: error: malformed JSON at column")
                .contains(f + ":4: error: expected a JSON object")
                .contains(f + ":5: error: article has no \"id\"")
                .contains(f + ":6: error: article 't6' has no \"text\"")
                .contains(f + ":7: error: article 't7' has no text")
                .contains(f + ":8: error: malformed JSON")
                .contains(f + ":12: error: malformed JSON at column");
        coded(r, "t1");
        coded(r, "t11");
        assertThat(r.err()).doesNotContain(f + ":9:").doesNotContain(f + ":10:").doesNotContain(f + ":11:");
    }

    @Test
    void missingFileAndDirectoryWithBadFiles() throws Exception {
        CliTest.Run r = batch("missing file", dir.resolve("nope.txt"));
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(dir.resolve("nope.txt") + ": error: no such file");
        Path sub = Files.createDirectories(dir.resolve("folder"));
        Files.write(sub.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(sub.resolve("b-good.txt"), "date 2021-12-06 " + EVENTFUL);
        Files.write(sub.resolve("c-bin.txt"), new byte[]{0, 1, 2, 3, 0, 0});
        r = batch("directory with empty, good and binary files", sub);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(sub.resolve("a-empty.txt") + ": error: empty file")
                .contains(sub.resolve("c-bin.txt") + ": error: binary file");
        coded(r, "b-good.txt");
    }

    // ---- size and cost ----

    @Test
    void fiftyMegabyteTextDump() throws Exception {
        String prose = String.join("\n\n", Files.readAllLines(Path.of("src/test/resources/inputs/articles.jsonl")).stream()
                .map(l -> { try { return JSON.readTree(l).get("text").asText(); } catch (Exception e) { throw new IllegalStateException(e); } })
                .toList());
        StringBuilder b = new StringBuilder(52_500_000).append("date 2023-03-02 ");
        while (b.length() < 50 << 20) b.append(prose).append("\n\n");
        Path f = file("dump-50mb.txt", b.toString(), StandardCharsets.UTF_8);
        b.setLength(0);
        // the budget is lowered to keep the suite short; the default (10 s of CPU) is timed in the README
        CliTest.Run r = batch("50 MB text file (one article), --nlp-budget 2", f, "--nlp-budget", "2");
        assertThat(Files.size(f)).isGreaterThanOrEqualTo(50L << 20);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ": warning: article 'dump-50mb.txt' has ").contains("characters: only the first 200000 are coded");
        coded(r, "dump-50mb.txt");
    }

    @Test
    void fiftyMegabyteJsonLines() throws Exception {
        // 25,000 lines of ~2 KB: German articles (skipped as not English), ten English ones, one broken line
        String german = "Russland hat der Ukraine am Montag vorgeworfen, die Zivilisten in Donezk mit der Artillerie beschossen zu haben, "
                + "und die Regierung in Kiew wies das zurück. ";
        String body = german.repeat(2000 / german.length() + 1);
        StringBuilder b = new StringBuilder(52_500_000);
        int n = 0, english = 0;
        while (b.length() < 50 << 20) {
            n++;
            if (n == 12_345) b.append("{\"id\":\"x").append(n).append("\",\"text\":\"cut here\n");
            else if (n % 2500 == 0 && ++english > 0) b.append("{\"id\":\"en-").append(n).append("\",\"date\":\"2021-12-06\",\"text\":\"").append(EVENTFUL).append("\"}\n");
            else b.append("{\"id\":\"de-").append(n).append("\",\"date\":\"2021-12-06\",\"text\":\"").append(body).append("\"}\n");
        }
        Path f = file("dump-50mb.jsonl", b.toString(), StandardCharsets.UTF_8);
        b.setLength(0);
        CliTest.Run r = batch("50 MB JSON Lines (" + n + " lines)", f);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(f + ":12345: error: malformed JSON")
                .contains(f + ":1: error: article 'de-1' does not look like English")
                .contains(f + ":2: error: article 'de-2' does not look like English");
        for (int i = 2500; i <= n; i += 2500) coded(r, "en-" + i);
        assertThat(english).isGreaterThanOrEqualTo(9);
        assertThat(r.err()).contains("dyad: " + (n + 1) + " article(s)")
                .contains(" " + (n - english) + " failed");
    }

    @Test
    void twoHundredThousandCharactersOfTags() throws Exception {
        Path open = file("unclosed-tags.txt", "date 2021-12-06 " + EVENTFUL + " " + "<b ".repeat(66_000), StandardCharsets.UTF_8);
        CliTest.Run r = batch("200,000 characters of unclosed tags '<b <b <b ...'", open);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(open + ": error: article 'unclosed-tags.txt' does not look like English");
        Path nested = file("nested-divs.txt", "date 2021-12-06 " + "<div>".repeat(30_000) + EVENTFUL, StandardCharsets.UTF_8);
        r = batch("30,000 nested <div> tags around a sentence", nested);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(nested + ": info: HTML markup removed");
        coded(r, "nested-divs.txt");
    }

    @Test
    void aJsonLineWithThirtyMegabytesOfText() throws Exception {
        String text = (EVENTFUL + " ").repeat(30_000_000 / (EVENTFUL.length() + 1) + 1);
        Path f = file("huge-line.jsonl", "{\"id\":\"huge\",\"date\":\"2021-12-06\",\"text\":\"" + text + "\"}\n", StandardCharsets.UTF_8);
        CliTest.Run r = batch("one JSON line with 30 MB of text, --nlp-budget 2", f, "--nlp-budget", "2");
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ":1: warning: article 'huge' has ").contains("characters: only the first 200000 are coded");
        coded(r, "huge");
    }

    @Test
    void oneSentenceOfAHundredThousandCharacters() throws Exception {
        Random rnd = new Random(11);
        String[] words = "the minister said that russia and ukraine would meet in geneva to discuss a ceasefire while officials urged restraint".split(" ");
        StringBuilder b = new StringBuilder("date 2023-01-05 ");
        while (b.length() < 100_016) b.append(words[rnd.nextInt(words.length)]).append(' ');
        b.setLength(100_016);
        Path f = file("sentence-100k.txt", b.append('.').toString(), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        CliTest.Run r = batch("one sentence of 100,000 characters", f);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(60);
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains(f + ": error: article 'sentence-100k.txt' has no sentence that can be coded: its one sentence has ")
                .contains("(over 250, the length cap): skipped");
        Path word = file("word-100k.txt", "date 2023-01-05 " + EVENTFUL + "\n\n" + "x".repeat(100_000) + ".", StandardCharsets.UTF_8);
        r = batch("one word of 100,000 characters after a good sentence", word);
        assertThat(r.rc()).isZero();
        coded(r, "word-100k.txt");
    }

    @Test
    void sentenceOfTwoThousandWordsAmongGoodOnes() throws Exception {
        Random rnd = new Random(12);
        String[] words = "officials said the talks in geneva would go on and the ceasefire would hold".split(" ");
        StringBuilder longOne = new StringBuilder();
        for (int i = 0; i < 2000; i++) longOne.append(words[rnd.nextInt(words.length)]).append(i % 50 == 49 ? ", " : " ");
        Path f = file("words-2000.txt", "date 2023-01-05 " + EVENTFUL + "\n\n" + longOne.toString().strip() + ".\n\nKyiv denied it.",
                StandardCharsets.UTF_8);
        CliTest.Run r = batch("a 2,000-word sentence among good ones", f);
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ": warning: sentence 1 has ").contains("tokens (over 250): not tagged or parsed");
        coded(r, "words-2000.txt");
    }

    @Test
    void timeBudgetBoundsAPathologicalArticle() throws Exception {
        StringBuilder b = new StringBuilder("date 2021-12-06 ");
        String[] pairs = {"Russia", "Ukraine", "France", "Iran", "China", "Japan", "Israel", "Egypt"};
        for (int i = 0; i < 4000; i++) {
            b.append(pairs[i % 8]).append(" accused ").append(pairs[(i + 3) % 8]).append(" of shelling civilians near the border on Monday, ")
                    .append("officials in the capital said in a statement. ");
            if (i % 5 == 4) b.append("\n\n");
        }
        Path f = file("budget.txt", b.toString(), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        CliTest.Run r = batch("4,000 event sentences, --nlp-budget 1", f, "--nlp-budget", "1");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertThat(r.rc()).isZero();
        assertThat(r.err()).contains(f + ": warning: article 'budget.txt': NLP time budget (1 s of ");
        coded(r, "budget.txt");
        assertThat(secs).as("seconds for the batch").isLessThan(120);
    }

    // ---- the store: a bad batch loses nothing already stored ----

    @Test
    void badInputsDuringIngestLoseNothingAlreadyStored() throws Exception {
        Path db = dir.resolve("events.duckdb");
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("good-1.txt"), "date 2021-12-06 " + EVENTFUL);
        Files.writeString(first.resolve("good-2.jsonl"), "{\"id\":\"good-2\",\"date\":\"2021-12-06\",\"text\":\"Iran condemned Israel over the strike.\"}\n");
        CliTest.Run in = CliTest.run("ingest", first.toString(), "--db", db.toString(), "--quiet");
        assertThat(in.rc()).as(in.err()).isZero();
        List<String> before;
        try (org.dyad.store.Store s = org.dyad.store.Store.openReadOnly(db)) {
            before = org.dyad.store.Events.snapshot(s);
        }
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("a-empty.txt"), new byte[0]);
        Files.write(bad.resolve("b-binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0});
        Files.copy(Path.of("src/test/resources/inputs/bad.jsonl"), bad.resolve("c-bad.jsonl"));
        Files.copy(Path.of("src/test/resources/inputs/french.txt"), bad.resolve("d-french.txt"));
        Files.writeString(bad.resolve("e-sentence.txt"), "date 2023-01-05 " + "the minister said that ".repeat(5_000) + ".");
        Files.writeString(bad.resolve("f-truncated.jsonl"), "{\"id\":\"good-2\",\"date\":\"2021-12-06\",\"text\":\"Iran cond");
        Files.writeString(bad.resolve("g-new.txt"), "date 2021-12-07 " + EVENTFUL);
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("ingest", bad.toString(), "--db", db.toString());
        FIGURES.add(String.format(Locale.ROOT, "RELIABILITY|bad-input|ingest of 7 bad files into a database holding 2 articles|%d|%.2f|%s",
                r.rc(), (System.nanoTime() - t0) / 1e9, r.err().lines().filter(l -> l.startsWith("dyad ingest:")).findFirst().orElse("").replace(dir + "/", "")));
        assertThat(r.rc()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(bad.resolve("a-empty.txt") + ": error: empty file")
                .contains(bad.resolve("b-binary.txt") + ": error: binary file")
                .contains(bad.resolve("c-bad.jsonl") + ":2: error: malformed JSON")
                .contains("d-french.txt: error: article 'd-french.txt' does not look like English")
                .contains("e-sentence.txt: error: article 'e-sentence.txt' has no sentence that can be coded")
                .contains(bad.resolve("f-truncated.jsonl") + ":1: error: malformed JSON");
        try (org.dyad.store.Store s = org.dyad.store.Store.openReadOnly(db)) {
            List<String> ids = s.rows("SELECT article_id FROM articles ORDER BY article_id").stream().map(row -> row.get(0)).toList();
            assertThat(ids).containsExactly("bad-001", "bad-003", "g-new.txt", "good-1.txt", "good-2");
            List<String> after = org.dyad.store.Events.snapshot(s);
            // every row stored before is still there, except clusters, which the new article may have joined
            // (so an event's cluster id, its last column, may now name the joined cluster)
            List<String> afterWithoutCluster = after.stream().map(BadInputTest::withoutLastColumn).toList();
            String table = "";
            int kept = 0;
            for (String row : before) {
                if (row.startsWith("== ")) table = row;
                else if (table.equals("== events")) {
                    assertThat(afterWithoutCluster).as("still stored in " + table + ": " + row).contains(withoutLastColumn(row));
                    kept++;
                } else if (!table.equals("== clusters")) {
                    assertThat(after).as("still stored in " + table + ": " + row).contains(row);
                    kept++;
                }
            }
            assertThat(kept).isGreaterThan(5);
        }
    }

    @AfterAll
    static void printFigures() {
        FIGURES.forEach(System.out::println);
    }

    /** A snapshot row "[a, b, ..., z]" without its last column. */
    static String withoutLastColumn(String row) {
        int cut = row.lastIndexOf(", ");
        return cut < 0 ? row : row.substring(0, cut) + "]";
    }
}
