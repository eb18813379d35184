package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the whole pipeline through the CLI: random and mutated articles (text files and JSON
 * Lines, broken encodings, markup, odd characters, broken JSON), from a fixed seed, in batches
 * of {@code dyad code DIR}. For every batch: no exception escapes (no stack trace, no failed
 * stage, exit status 0 or 1), every output line is a valid JSON object, every article the reader
 * found is counted as coded (none silently dropped), and every event points into its sentence.
 *
 * <p>{@code -Ddyad.fuzz.cases=N} (default 2000) and {@code -Ddyad.fuzz.seed=S} choose the run; the
 * figures are printed as a {@code RELIABILITY|fuzz|...} line.
 */
class FuzzTest {
    /** Kept when the test fails, so that the failing batch can be replayed with ./dyad code. */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

    static final long SEED = Long.getLong("dyad.fuzz.seed", 20261128L);
    static final int CASES = Integer.getInteger("dyad.fuzz.cases", 2000);
    static final int BATCH = 150;
    static final ObjectMapper JSON = new ObjectMapper();
    /** severity, the message's first words (without ids, numbers or quotes), stage */
    static final Pattern DIAGNOSTIC = Pattern.compile(": (error|warning|info): (?:article '[^']*'[: ]*)?(?:\\d+ )?([A-Za-z -]{3,40}).*\\[(\\w+)\\]$");
    static final Pattern SUMMARY = Pattern.compile("dyad: (\\d+) article\\(s\\), (\\d+) event\\(s\\), (\\d+) failed");

    static final String[] INSERTS = {"<p>", "</p>", "<b>", "<script>var a='<p>x</p>';</script>", "<!-- c -->", "&amp;", "&nbsp;",
            "&#8217;", "&bogus;", "<", ">", "&", "\u00A0", "\u200B", "\u200D", "\u202E", "\uFEFF", "\u0301", "\uD83D\uDE00",
            "\uD83C\uDDFA\uD83C\uDDE6", "\t", "\r", "\r\n", "\n\n", "\f", "\u000B", "\u2028", "\"", "'", "\u201C", "\u201D", "(", ")",
            "[", "]", "{", "}", "\\", "/", "...", "\u2026", "--", "\u2014", "U.S.", "Mr.", "No.", "3.5", "1,000", "-", "e.g.",
            "https://example.org/a?b=c&d=e", "a@b.org", "#hashtag", "@user", "date 2021-13-45 ", "2021-12-06", "1 January 2022",
            "yesterday", "next week", "Russia", "Ukraine", "NATO", "the United Nations", "Mr. Putin", "said", "accused",
            "condemned", "met", "attacked", "not", "will", "would", "if", "Президент", "北京", "القاهرة", "Zoë", "ΑΒΓ", "\u0000",
            "\u0007", "\u001B[31m", "x".repeat(300), "very ".repeat(60), ";;;;", "?!?!", "\u00AD", "I.", "A.B.C.D."};

    record Case(String name, byte[] bytes) {
    }

    @Test
    void randomAndMutatedArticlesThroughTheWholePipeline() throws Exception {
        List<String> sentences = seedSentences();
        Random r = new Random(SEED);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> messages = new java.util.TreeMap<>();
        // load the coder first, so that the rate is the coding rate
        org.dyad.engine.Dyad.shared(org.dyad.engine.Dyad.Config.DEFAULT)
                .code(org.dyad.model.Article.of("warm-up", java.time.LocalDate.of(2021, 12, 6), "Russia accused Ukraine."));
        long t0 = System.nanoTime(), cpu0 = processCpuNanos();
        int done = 0, articles = 0, events = 0, errors = 0, batches = 0;
        while (done < CASES) {
            Path batch = Files.createDirectories(dir.resolve("batch-" + batches));
            int n = Math.min(BATCH, CASES - done);
            for (int i = 0; i < n; i++) {
                Case c = generate(r, sentences, done + i, kinds);
                Files.write(batch.resolve(c.name()), c.bytes());
            }
            boolean explain = batches % 2 == 1;
            CliTest.Run run = explain ? CliTest.run("code", "--explain", batch.toString()) : CliTest.run("code", batch.toString());
            String where = "batch " + batches + " (seed " + SEED + ", cases " + done + ".." + (done + n - 1) + ", files kept in " + batch + ")";
            assertThat(run.rc()).as(where + "\n" + tail(run.err())).isIn(0, 1);
            assertThat(run.err()).as(where).doesNotContain("\tat ").doesNotContain("Exception:")
                    .doesNotContain("stage failed").doesNotContain("coding failed").doesNotContain("could not be");
            Set<String> ids = new TreeSet<>();
            List<Diagnostic> readerSays = new ArrayList<>();
            var read0 = ArticleSource.readAll(List.of(batch.toString()), readerSays);
            read0.forEach(a -> ids.add(a.id()));
            int read = read0.size();
            Matcher m = SUMMARY.matcher(run.err());
            assertThat(m.find()).as(where + ": summary line\n" + tail(run.err())).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(where + ": every article read is counted as coded").isEqualTo(read);
            int lines = 0;
            for (String line : run.out().split("\n")) {
                if (line.isEmpty()) continue;
                lines++;
                JsonNode e = JSON.readTree(line);
                assertThat(e.isObject()).as(where + ": " + line).isTrue();
                assertThat(ids).as(where + ": article of " + line).contains(e.get("article_id").asText());
                if (e.has("no_event")) continue;
                checkEvent(e, where);
            }
            for (String l : run.err().split("\n")) {
                Matcher d = DIAGNOSTIC.matcher(l);
                if (d.find()) messages.merge(d.group(1) + " [" + d.group(3) + "] " + d.group(2), 1, Integer::sum);
            }
            articles += read;
            events += Integer.parseInt(m.group(2));
            errors += Integer.parseInt(m.group(3));
            assertThat(lines).isGreaterThanOrEqualTo(Integer.parseInt(m.group(2)));
            done += n;
            batches++;
            try (var files = Files.list(batch)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(batch);
        }
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (processCpuNanos() - cpu0) / 1e9;
        String kindList = kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
        System.out.printf(Locale.ROOT, "RELIABILITY|fuzz|seed %d|%d cases|%d articles read|%d events|%d errors reported|%.1f s|%.1f cases/s|%.1f s CPU|%s%n",
                SEED, done, articles, events, errors, secs, done / secs, cpu, kindList);
        messages.forEach((k, v) -> System.out.printf(Locale.ROOT, "RELIABILITY|fuzz-diagnostic|%d|%s%n", v, k));
        assertThat(events).as("the fuzz corpus still codes events").isPositive();
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    static void checkEvent(JsonNode e, String where) {
        String s = e.get("sentence").asText();
        assertThat(e.get("event_id").asText()).as(where).isNotBlank();
        assertThat(e.get("cameo").asText()).as(where).matches("\\d{2,4}");
        assertThat(e.get("source").get("code").asText()).as(where).isNotBlank();
        JsonNode trig = e.get("trigger");
        int tb = trig.get("start").asInt(), te = trig.get("end").asInt();
        assertThat(tb).as(where + ": trigger offsets of " + e).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(te);
        assertThat(s).as(where + ": sentence holds the trigger text").contains(trig.get("text").asText());
    }

    static String tail(String s) {
        return s.length() < 4000 ? s : "..." + s.substring(s.length() - 4000);
    }

    /** Sentences of the bench corpus and the test inputs: the material mutations start from. */
    static List<String> seedSentences() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = FuzzTest.class.getClassLoader().getResourceAsStream("dyad/bench/corpus.jsonl")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank()) continue;
                for (String s : JSON.readTree(l).get("text").asText().split("(?<=[.!?\"])\\s+")) {
                    if (s.length() > 20) out.add(s);
                }
            }
        }
        return out;
    }

    static Case generate(Random r, List<String> sentences, int n, Map<String, Integer> kinds) {
        int k = r.nextInt(100);
        String kind;
        byte[] bytes;
        String ext = ".txt";
        if (k < 35) {
            kind = "mutated text";
            bytes = (dateline(r) + mutate(r, pick(r, sentences, 1 + r.nextInt(2)))).getBytes(charset(r));
        } else if (k < 55) {
            kind = "JSON Lines";
            ext = ".jsonl";
            bytes = jsonLines(r, sentences, n).getBytes(StandardCharsets.UTF_8);
        } else if (k < 63) {
            kind = "random words";
            bytes = (dateline(r) + randomWords(r)).getBytes(StandardCharsets.UTF_8);
        } else if (k < 71) {
            kind = "random Unicode";
            bytes = (dateline(r) + randomUnicode(r)).getBytes(StandardCharsets.UTF_8);
        } else if (k < 76) {
            kind = "random bytes";
            bytes = new byte[r.nextInt(3000)];
            r.nextBytes(bytes);
            if (r.nextBoolean()) for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) bytes[i] = ' ';
        } else if (k < 86) {
            kind = "HTML";
            bytes = (dateline(r) + html(r, pick(r, sentences, 1 + r.nextInt(2)))).getBytes(StandardCharsets.UTF_8);
        } else if (k < 93) {
            kind = "byte mutations";
            bytes = (dateline(r) + pick(r, sentences, 1 + r.nextInt(3))).getBytes(StandardCharsets.UTF_8);
            for (int i = 0, m = 1 + r.nextInt(6); i < m && bytes.length > 0; i++) bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        } else {
            kind = "stress";
            bytes = (dateline(r) + stress(r, sentences)).getBytes(StandardCharsets.UTF_8);
        }
        kinds.merge(kind, 1, Integer::sum);
        return new Case(String.format(Locale.ROOT, "case-%05d%s", n, ext), bytes);
    }

    static Charset charset(Random r) {
        int k = r.nextInt(20);
        return k == 0 ? StandardCharsets.UTF_16 : k == 1 ? StandardCharsets.UTF_16LE : k == 2 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    static String dateline(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "";
            case 1 -> "date 2023-02-30 ";
            case 2 -> "date 2999-01-01 ";
            case 3 -> "date 19990101 ";
            case 4 -> "DATE 2021-12-06\n";
            default -> String.format(Locale.ROOT, "date %04d-%02d-%02d ", 1990 + r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    static String pick(Random r, List<String> sentences, int n) {
        StringBuilder b = new StringBuilder();
        int start = r.nextInt(sentences.size());
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(r.nextInt(4) == 0 ? "\n\n" : " ");
            b.append(sentences.get((start + i) % sentences.size()));
        }
        return b.toString();
    }

    static String mutate(Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0, m = 1 + r.nextInt(5); i < m; i++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(8)) {
                case 0, 1, 2 -> b.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 3 -> { // delete a range
                    int end = Math.min(b.length(), at + r.nextInt(40));
                    b.delete(at, end);
                }
                case 4 -> { // duplicate a range
                    int end = Math.min(b.length(), at + r.nextInt(80));
                    b.insert(end, b.substring(at, end));
                }
                case 5 -> b.setLength(at); // truncate
                case 6 -> { // case
                    String t = r.nextBoolean() ? b.toString().toUpperCase(Locale.ROOT) : b.toString().toLowerCase(Locale.ROOT);
                    b.setLength(0);
                    b.append(t);
                }
                default -> { // strip punctuation or spaces
                    String t = r.nextBoolean() ? b.toString().replaceAll("\\p{Punct}", "") : b.toString().replace(' ', '\u00A0');
                    b.setLength(0);
                    b.append(t);
                }
            }
        }
        return b.toString();
    }

    static String jsonLines(Random r, List<String> sentences, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, m = 1 + r.nextInt(4); i < m; i++) {
            ObjectNode o = JSON.createObjectNode();
            if (r.nextInt(15) != 0) o.put("id", "j" + n + "-" + i + (r.nextInt(10) == 0 ? " \u00e9\u4e2d\"\\" : ""));
            switch (r.nextInt(6)) {
                case 0 -> o.put("date", "20211206");
                case 1 -> o.put("date", "");
                case 2 -> o.put("date", r.nextBoolean() ? "not a date" : "2021-02-29");
                case 3 -> o.put("date", 20211206);
                default -> o.put("date", "2021-12-06");
            }
            switch (r.nextInt(12)) {
                case 0 -> o.putNull("text");
                case 1 -> o.put("text", 42);
                case 2 -> o.putObject("text").put("a", "b");
                case 3 -> { }
                default -> o.put("text", mutate(r, pick(r, sentences, 1 + r.nextInt(2))));
            }
            if (r.nextBoolean()) o.put("source", "Wire " + r.nextInt(5));
            if (r.nextInt(4) == 0) o.put("url", "https://example.org/" + n);
            String line = o.toString();
            switch (r.nextInt(10)) {
                case 0 -> line = line.substring(0, r.nextInt(line.length())); // truncated
                case 1 -> line = line.replaceFirst("\"", ""); // broken quote
                case 2 -> line = line + line; // two on a line
                case 3 -> line = "[" + line + "]";
                default -> { }
            }
            b.append(line).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
            if (r.nextInt(8) == 0) b.append(r.nextBoolean() ? "\n" : "   \n");
        }
        return b.toString();
    }

    static String randomWords(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, m = 5 + r.nextInt(120); i < m; i++) {
            int len = 1 + r.nextInt(12);
            for (int c = 0; c < len; c++) b.append((char) ('a' + r.nextInt(26)));
            b.append(r.nextInt(12) == 0 ? ". " : r.nextInt(15) == 0 ? ", " : " ");
        }
        return b.toString();
    }

    static String randomUnicode(Random r) {
        StringBuilder b = new StringBuilder();
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x600, 0x6FF}, {0x900, 0x97F},
                {0x4E00, 0x9FFF}, {0x1F300, 0x1F6FF}, {0x2000, 0x206F}, {0x300, 0x36F}};
        for (int i = 0, m = 5 + r.nextInt(400); i < m; i++) {
            int[] range = ranges[r.nextInt(ranges.length)];
            b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
            if (r.nextInt(5) == 0) b.append(' ');
            if (r.nextInt(8) == 0) b.append(" the ");
        }
        return b.toString();
    }

    static String html(Random r, String text) {
        String[] tags = {"p", "div", "span", "a href=\"x\"", "b", "i", "li", "td", "h1", "br/", "img src=x", "table", "script", "style"};
        StringBuilder b = new StringBuilder("<html><body>");
        for (String w : text.split(" ")) {
            if (r.nextInt(6) == 0) {
                String t = tags[r.nextInt(tags.length)];
                b.append('<').append(t).append('>');
                if (r.nextBoolean()) b.append("</").append(t.split(" ")[0].replace("/", "")).append('>');
            }
            b.append(r.nextInt(20) == 0 ? w.replace("'", "&#39;").replace("\"", "&quot;") : w).append(' ');
        }
        if (r.nextBoolean()) b.append("</body></html>");
        return b.toString();
    }

    static String stress(Random r, List<String> sentences) {
        String s = sentences.get(r.nextInt(sentences.size()));
        return switch (r.nextInt(7)) {
            case 0 -> (s + " ").repeat(10 + r.nextInt(40));                    // the same sentence many times
            case 1 -> s.replace(". ", " ").replace(".", "") + " and " + s;       // run-on
            case 2 -> "(".repeat(200) + s + ")".repeat(200);                     // deep brackets
            case 3 -> s.replace(" ", "");                                        // no spaces
            case 4 -> "\"" + s + "\" " + "said " + "\"" + s + "\"";             // quotes
            case 5 -> "1234567890 ".repeat(100 + r.nextInt(300));                // numbers only
            default -> String.join(", ", java.util.Collections.nCopies(60 + r.nextInt(200), "Russia")) + " accused Ukraine.";
        };
    }
}
