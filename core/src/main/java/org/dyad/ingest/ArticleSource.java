package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads articles from paths: plain-text articles (optional dateline {@code date YYYY-MM-DD} on the
 * first line, possibly followed by the first sentence), JSON Lines ({@code id, date, text} plus
 * optional {@code url, source, title}), directories (recursively, in name order) and {@code -} for
 * standard input. Bad input never stops the stream: each problem becomes a {@link Diagnostic}
 * naming the file and line, and reading goes on.
 */
public final class ArticleSource {
    /** {@code date} and a word starting with a digit: "Date palms ..." is text, not a dateline. */
    /** A dateline: {@code date 2021-12-06} at the start of a text, maybe followed by the first sentence on the same line. */
    public static final Pattern DATELINE = Pattern.compile("^\\s*date\\s+(\\d\\S*)[ \\t]*", Pattern.CASE_INSENSITIVE);
    /** JSON lines may hold long texts: they are cut to {@link #MAX_ARTICLE_CHARS} with a warning, not refused. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build())
            .build())
            // two objects on one line (a lost newline) must not silently drop the second
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Articles over this size are cut, with a warning (a dump is not an article). */
    public static final int MAX_ARTICLE_CHARS = 200_000;
    /** Files over this size are refused with a message (split them); a 50 MB dump is read. */
    public static final long MAX_FILE_BYTES = 512L << 20;

    private final Consumer<Article> articles;
    private final Consumer<Diagnostic> diagnostics;
    private final InputStream stdin;

    public ArticleSource(Consumer<Article> articles, Consumer<Diagnostic> diagnostics, InputStream stdin) {
        this.articles = articles;
        this.diagnostics = diagnostics;
        this.stdin = stdin;
    }

    public void read(List<String> paths) {
        for (String p : paths) {
            if (p.equals("-")) {
                try {
                    readBytes("<stdin>", "stdin", stdin.readAllBytes(), null);
                } catch (IOException e) {
                    diagnostics.accept(Diagnostic.error("<stdin>", "ingest", "cannot read standard input: " + e.getMessage()));
                }
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(this::readFile);
                } catch (IOException | java.io.UncheckedIOException e) {
                    diagnostics.accept(Diagnostic.error(p, "ingest", "cannot list directory: " + e.getMessage()));
                }
            } else {
                readFile(path);
            }
        }
    }

    private void readFile(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            diagnostics.accept(Diagnostic.error(name, "ingest", "no such file"));
            return;
        }
        if (!Files.isReadable(path)) {
            diagnostics.accept(Diagnostic.error(name, "ingest", "file is not readable (permission denied)"));
            return;
        }
        try {
            if (!Files.isRegularFile(path)) {
                diagnostics.accept(Diagnostic.error(name, "ingest", "not a regular file (device, pipe or socket): use - to read standard input"));
                return;
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                diagnostics.accept(Diagnostic.error(name, "ingest", "file has " + (size >> 20) + " MB, over the "
                        + (MAX_FILE_BYTES >> 20) + " MB a file may have: split it (JSON Lines split at any line)"));
                return;
            }
            byte[] bytes = Files.readAllBytes(path);
            readBytes(name, path.getFileName().toString(), bytes, name.toLowerCase(Locale.ROOT));
        } catch (IOException | OutOfMemoryError e) {
            diagnostics.accept(Diagnostic.error(name, "ingest", "cannot read: " + e.getMessage()));
        }
    }

    private void readBytes(String where, String idFromName, byte[] bytes, String lowerName) {
        parse(where, idFromName, bytes, lowerName, articles, diagnostics);
    }

    /**
     * Parses the content of one file, as {@code read} does for each file: a text article (id
     * {@code idFromName}, optional dateline) or JSON Lines when {@code lowerName} ends in
     * {@code .jsonl}, {@code .ndjson} or {@code .json} (by content when {@code lowerName} is null).
     * Used by the Spark job for each file of a directory.
     *
     * @param where file name for messages
     */
    public static void parse(String where, String idFromName, byte[] bytes, String lowerName,
                             Consumer<Article> articles, Consumer<Diagnostic> diagnostics) {
        if (bytes.length == 0) {
            diagnostics.accept(Diagnostic.error(where, "ingest", "empty file: no article to code"));
            return;
        }
        Decoded d = decode(bytes);
        if (d == null) {
            diagnostics.accept(Diagnostic.error(where, "ingest", "binary file (NUL bytes or control characters): not a text article"));
            return;
        }
        if (d.warning != null) diagnostics.accept(Diagnostic.warning(where, "ingest", d.warning));
        String text = d.text;
        boolean jsonl = lowerName != null ? (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson") || lowerName.endsWith(".json"))
                : text.stripLeading().startsWith("{");
        if (jsonl) readJsonLines(where, text, articles, diagnostics);
        else readText(where, idFromName, text, articles, diagnostics);
    }

    private record Decoded(String text, String warning) {
    }

    /**
     * UTF-8 (BOM optional) or UTF-16 (with a BOM, or recognised by its NUL bytes, with a warning).
     * Invalid UTF-8 in a file with no valid multi-byte character is read as Windows-1252 (the usual
     * "Latin-1" of scraped pages); otherwise each invalid sequence is replaced with U+FFFD. Both
     * give a warning naming the first line concerned. Binary gives null. Line ends become LF.
     */
    static Decoded decode(byte[] b) {
        Charset cs = StandardCharsets.UTF_8;
        int off = 0;
        String warning = null;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) off = 3;
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) { cs = StandardCharsets.UTF_16BE; off = 2; }
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) { cs = StandardCharsets.UTF_16LE; off = 2; }
        if (cs == StandardCharsets.UTF_8) {
            int nul = 0, nulOdd = 0, ctrl = 0, n = Math.min(b.length, 8192);
            for (int i = off; i < n; i++) {
                int c = b[i] & 0xFF;
                if (c == 0) {
                    nul++;
                    if (i % 2 == 1) nulOdd++;
                } else if (c < 9 || (c > 13 && c < 32 && c != 27)) ctrl++;
            }
            int len = n - off;
            if (nul > len / 4 && ctrl <= len / 20 && (nulOdd > nul * 9 / 10 || nulOdd < nul / 10)) {
                // ASCII-range text in UTF-16 without a byte-order mark: every other byte is NUL
                cs = nulOdd > nul / 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                warning = "no byte-order mark, but the NUL bytes say " + cs.name() + ": read as " + cs.name();
            } else if (nul > 0 || ctrl > len / 20) {
                return null;
            }
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
        } catch (CharacterCodingException e) {
            Replaced r = replacing(b, off, cs);
            String first = r.count + " invalid " + cs.name() + " byte sequence(s), the first on line " + r.firstLine;
            if (cs == StandardCharsets.UTF_8 && !r.validMultibyte) {
                text = new String(b, off, b.length - off, Charset.forName("windows-1252"));
                warning = first + " and no valid multi-byte character: read as Windows-1252";
            } else {
                text = r.text;
                warning = first + ": replaced with U+FFFD (was the file saved in another encoding?)";
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(text, warning);
    }

    private record Replaced(String text, int count, int firstLine, boolean validMultibyte) {
    }

    /** Decodes replacing malformed input, counting the sequences and finding the line of the first. */
    private static Replaced replacing(byte[] b, int off, Charset cs) {
        var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, b.length - off);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, (int) ((b.length - off) * (double) dec.maxCharsPerByte()) + 16));
        int count = 0, firstAt = -1;
        boolean multibyte = false;
        while (true) {
            int before = out.position();
            var res = dec.decode(in, out, true);
            for (int i = before; i < out.position() && !multibyte; i++) if (out.get(i) > 0x7F) multibyte = true;
            if (res.isError()) {
                if (firstAt < 0) firstAt = in.position();
                count++;
                out.put('\uFFFD');
                in.position(in.position() + res.length());
            } else if (res.isUnderflow()) {
                break;
            } else {
                break; // overflow cannot happen: the buffer holds the worst case
            }
        }
        dec.flush(out);
        out.flip();
        int line = 1;
        for (int i = off; i < firstAt && i < b.length; i++) if (b[i] == '\n') line++;
        return new Replaced(out.toString(), count, line, multibyte);
    }

    private static void readText(String where, String id, String text, Consumer<Article> articles,
                                 Consumer<Diagnostic> diagnostics) {
        LocalDate date = null;
        Matcher m = DATELINE.matcher(text);
        if (m.find()) {
            String raw = m.group(1);
            date = parseDate(raw);
            if (date == null) {
                diagnostics.accept(Diagnostic.warning(where + ":1", "ingest", "dateline '" + raw + "' is not a date (YYYY-MM-DD): coding without one"));
            }
            text = text.substring(m.end());
        } else {
            diagnostics.accept(Diagnostic.warning(where + ":1", "ingest", "no dateline ('date YYYY-MM-DD' on the first line): relative dates stay unresolved"));
        }
        Article a = checked(where, new Article(id, date, text, null, null, null, where), diagnostics);
        if (a != null) articles.accept(a);
    }

    /** The article as it is coded (over-long text cut), or null when it has no text; problems go to diagnostics. */
    private static Article checked(String where, Article a, Consumer<Diagnostic> diagnostics) {
        String t = a.text();
        if (t.isBlank()) {
            diagnostics.accept(Diagnostic.error(where, "ingest", "article '" + a.id() + "' has no text"));
            return null;
        }
        if (t.length() > MAX_ARTICLE_CHARS) {
            diagnostics.accept(Diagnostic.warning(where, "ingest", "article '" + a.id() + "' has " + t.length()
                    + " characters: only the first " + MAX_ARTICLE_CHARS + " are coded"));
            int cut = Character.isLowSurrogate(t.charAt(MAX_ARTICLE_CHARS)) ? MAX_ARTICLE_CHARS - 1 : MAX_ARTICLE_CHARS;
            a = new Article(a.id(), a.date(), t.substring(0, cut), a.url(), a.publisher(), a.title(), a.origin());
        }
        if (a.date() != null && a.date().isAfter(LocalDate.now().plusDays(2))) {
            diagnostics.accept(Diagnostic.warning(where, "ingest", "article '" + a.id() + "' is dated " + a.date() + ", in the future"));
        }
        return a;
    }

    private static void readJsonLines(String where, String text, Consumer<Article> articles, Consumer<Diagnostic> diagnostics) {
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.equals("\uFEFF")) continue;
                Article a = parseJsonLine(where + ":" + n, line, diagnostics);
                if (a != null) articles.accept(a);
            }
        } catch (IOException e) {
            diagnostics.accept(Diagnostic.error(where, "ingest", "cannot read: " + e.getMessage()));
        }
    }

    /**
     * One non-blank line of JSON Lines: the article, or null with an error diagnostic (malformed
     * JSON, no id, no text). Used by the Spark job, which splits large JSON Lines files by line.
     *
     * @param at file:line (or another position) for messages and {@link Article#origin()}
     */
    public static Article parseJsonLine(String at, String line, Consumer<Diagnostic> diagnostics) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1); // files joined with cat
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            diagnostics.accept(Diagnostic.error(at, "ingest", "malformed JSON"
                    + (loc == null || loc.getColumnNr() < 1 ? "" : " at column " + loc.getColumnNr())
                    + ": " + (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "a second value follows the object (two articles on one line?)"
                    : firstLine(e.getOriginalMessage()))));
            return null;
        }
        if (node == null || !node.isObject()) {
            diagnostics.accept(Diagnostic.error(at, "ingest", "expected a JSON object {\"id\",\"date\",\"text\"}"));
            return null;
        }
        return fromFields(at, str(node, "id"), str(node, "date"), str(node, "text"), str(node, "url"),
                str(node, "source"), str(node, "title"), diagnostics);
    }

    /**
     * An article from the fields of a JSON line (or a Parquet row), with the same checks: id and
     * text required, date {@code YYYY-MM-DD}, {@code YYYYMMDD} or empty. Null, with an error
     * diagnostic, when the article cannot be coded.
     */
    public static Article fromFields(String at, String id, String rawDate, String body, String url, String publisher,
                                     String title, Consumer<Diagnostic> diagnostics) {
        if (id == null || id.isBlank()) {
            diagnostics.accept(Diagnostic.error(at, "ingest", "article has no \"id\""));
            return null;
        }
        if (body == null) {
            diagnostics.accept(Diagnostic.error(at, "ingest", "article '" + id + "' has no \"text\""));
            return null;
        }
        LocalDate date = rawDate == null || rawDate.isBlank() ? null : parseDate(rawDate.trim());
        if (rawDate != null && !rawDate.isBlank() && date == null) {
            diagnostics.accept(Diagnostic.warning(at, "ingest", "article '" + id + "': date '" + rawDate + "' is not YYYY-MM-DD or YYYYMMDD: coding without one"));
        }
        body = body.replace("\r\n", "\n");
        return checked(at, new Article(id, date, body, url, publisher, title, at), diagnostics);
    }

    private static String firstLine(String m) {
        if (m == null) return "";
        int i = m.indexOf('\n');
        String l = i < 0 ? m : m.substring(0, i);
        return l.length() > 200 ? l.substring(0, 200) + "..." : l;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** {@code YYYY-MM-DD} or {@code YYYYMMDD}; null otherwise. */
    public static LocalDate parseDate(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{8}")) return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Reads everything into a list (tests, small inputs). */
    public static List<Article> readAll(List<String> paths, List<Diagnostic> diags) {
        List<Article> out = new ArrayList<>();
        new ArticleSource(out::add, diags::add, new ByteArrayInputStream(new byte[0])).read(paths);
        return out;
    }
}
