package org.dyad.coding;

import org.dyad.engine.Dyad;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes every pattern's own example sentence and checks that the pattern's code (or, for a
 * 4-digit code, its 3-digit parent) comes out. Prints the examples that fail, by file:line, so a
 * pattern author sees what to fix. The bar is a share, not all: some examples need actors the
 * dictionaries do not know yet.
 */
class PatternExamplesIT {
    @Test
    void patternsCodeTheirOwnExamples() {
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        List<String> failed = new ArrayList<>();
        Map<String, int[]> byRoot = new TreeMap<>();
        int ok = 0, n = 0;
        for (Pattern p : dyad.patterns().all()) {
            n++;
            List<Event> es = dyad.code(Article.of("ex", LocalDate.of(2023, 6, 15), p.example())).events();
            // its code, or a code its content or mode refined it to ("urged X to release" 020 -> 0253), as the trace shows
            boolean hit = es.stream().anyMatch(e -> e.cameo().equals(p.code())
                    || (p.code().length() == 4 && e.cameo().equals(p.code().substring(0, 3)))
                    || (e.cameo().startsWith(p.code().substring(0, 2)) && e.trace().contains("pattern " + p)));
            int[] c = byRoot.computeIfAbsent(p.code().substring(0, 2), k -> new int[2]);
            c[1]++;
            if (hit) {
                ok++;
                c[0]++;
            } else {
                failed.add(p.where() + " " + p.code() + ": " + p.example() + "  => "
                        + es.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "---" : e.target().code()) + ":" + e.cameo()).toList());
            }
        }
        System.out.printf("pattern examples coded as their pattern: %d of %d (%.0f%%)%n", ok, n, 100.0 * ok / n);
        byRoot.forEach((r, c) -> System.out.printf("  root %s: %d/%d%n", r, c[0], c[1]));
        failed.stream().limit(400).forEach(f -> System.out.println("  MISS " + f));
        assertThat((double) ok / n).as("share of pattern examples coded as their own pattern").isGreaterThanOrEqualTo(0.9);
    }
}
