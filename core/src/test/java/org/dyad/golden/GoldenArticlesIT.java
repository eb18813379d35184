package org.dyad.golden;

import org.dyad.engine.Dyad;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden articles: each {@code golden/<id>.txt} is coded and the whole result, one line per event
 * ({@code sentence, source, target, code, date, precision, mode, location, reported_by}), is
 * compared with {@code golden/<id>.events.tsv}. When the coder changes on purpose, regenerate with
 * {@code mvn verify -Dgolden.update=true} and review the diff like code. A differing result is
 * written to {@code target/golden-actual/}.
 */
class GoldenArticlesIT {
    static final Path DIR = Path.of("src/test/resources/golden");

    static List<String> render(List<Event> events) {
        List<String> lines = new ArrayList<>();
        lines.add("sentence\tsource\ttarget\tcameo\tdate\tprecision\tmode\tlocation\treported_by\ttrigger");
        for (Event e : events) {
            lines.add(String.join("\t", Integer.toString(e.sentenceIndex()), e.source().code() + " (" + e.source().text() + ")",
                    e.target() == null ? "---" : e.target().code() + " (" + e.target().text() + ")", e.cameo(),
                    String.valueOf(e.date()), String.valueOf(e.datePrecision()), e.mode().json(),
                    e.location() == null ? "" : e.location().name() + "/" + e.location().country(),
                    e.reportedBy() == null ? "" : e.reportedBy(), e.trigger().text()).replace("\n", " "));
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> goldenArticles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        boolean update = Boolean.getBoolean("golden.update");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Diagnostic> diags = new ArrayList<>();
            List<Article> as = ArticleSource.readAll(List.of(f.toString()), diags);
            assertThat(as).hasSize(1);
            List<String> actual = render(Dyad.shared(Dyad.Config.DEFAULT).code(as.get(0)).events());
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Path expectedFile = DIR.resolve(id + ".events.tsv");
            if (update || !Files.exists(expectedFile)) {
                Files.write(expectedFile, actual, StandardCharsets.UTF_8);
                if (!update) throw new AssertionError("no " + expectedFile + " yet: written from this run; review it and commit");
                return;
            }
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path out = Path.of("target/golden-actual");
                Files.createDirectories(out);
                Files.write(out.resolve(id + ".events.tsv"), actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("events of " + id + " (actual in target/golden-actual/; -Dgolden.update=true to accept)")
                    .containsExactlyElementsOf(expected);
        }));
    }
}
