package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.engine.Dyad;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Event;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the coder on human-coded sentences by the rule in {@code shared/eval/README.md}:
 * dyad–root P/R/F1 (actors agree on their first three letters, roots agree), full-code recall,
 * codebook root/full hit, and clean no-event sentences; plus per-root figures.
 */
public final class GoldEval {
    /** A gold record. */
    public record Gold(String id, String text, String date, String codebookCode, List<String[]> events, boolean ploverGsr) {
    }

    /** Counts for one root (or overall). */
    public static final class Counts {
        public int tp, fp, fn, exact, gold, codebookN, codebookRoot, codebookFull;

        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** The figures of one run. */
    public record Report(Counts all, Map<String, Counts> byRoot, int cleanN, int cleanOk, int sentences, double seconds) {
        public double codebookRootHit() { return all.codebookN == 0 ? 0 : (double) all.codebookRoot / all.codebookN; }
        public double codebookFullHit() { return all.codebookN == 0 ? 0 : (double) all.codebookFull / all.codebookN; }
        public double fullCodeRecall() { return all.gold == 0 ? 0 : (double) all.exact / all.gold; }
        public double clean() { return cleanN == 0 ? 0 : (double) cleanOk / cleanN; }
    }

    public static List<Gold> read(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode j;
            try {
                j = m.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + ":" + n + ": malformed JSON: " + e.getMessage(), e);
            }
            List<String[]> evs = new ArrayList<>();
            for (JsonNode e : j.path("events")) evs.add(new String[]{e.path("source").asText(""), e.path("target").asText(""), e.path("code").asText("")});
            boolean gsr = false;
            for (JsonNode o : j.path("origin")) if (o.asText().contains("PLOVER")) gsr = true;
            out.add(new Gold(j.path("id").asText("line" + n), j.path("text").asText(""), j.path("date").asText(""),
                    j.path("codebook_code").asText(""), evs, gsr));
        }
        return out;
    }

    static boolean actorMatches(String gold, String pred) {
        if (gold == null || gold.isEmpty() || gold.startsWith("---")) return true;
        if (pred == null) return false;
        String g = gold.length() >= 3 ? gold.substring(0, 3) : gold;
        return pred.startsWith(g);
    }

    public static Report run(Dyad dyad, List<Gold> gold) {
        long t0 = System.nanoTime();
        Counts all = new Counts();
        Map<String, Counts> byRoot = new TreeMap<>();
        int cleanN = 0, cleanOk = 0;
        for (Gold g : gold) {
            LocalDate d = g.date().isEmpty() ? LocalDate.of(2020, 1, 1) : ArticleSource.parseDate(g.date().replace("-", "").length() == 8 ? g.date() : "2020-01-01");
            if (d == null) d = LocalDate.of(2020, 1, 1);
            List<Event> pred = dyad.code(Article.of(g.id(), d, g.text())).events();
            if (!g.codebookCode().isEmpty()) {
                String cb = g.codebookCode();
                Counts rc = byRoot.computeIfAbsent(cb.substring(0, 2), k -> new Counts());
                all.codebookN++;
                rc.codebookN++;
                if (pred.stream().anyMatch(e -> e.root().equals(cb.substring(0, 2)))) { all.codebookRoot++; rc.codebookRoot++; }
                if (pred.stream().anyMatch(e -> e.cameo().equals(cb))) { all.codebookFull++; rc.codebookFull++; }
            }
            if (g.ploverGsr() && g.events().isEmpty()) {
                cleanN++;
                if (pred.isEmpty()) cleanOk++;
            }
            if (g.events().isEmpty()) continue;
            boolean[] used = new boolean[pred.size()];
            List<String[]> unmatched = new ArrayList<>();
            // exact-code matches first, then root matches
            List<String[]> golds = new ArrayList<>(g.events());
            boolean[] gdone = new boolean[golds.size()];
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < golds.size(); i++) {
                    if (gdone[i]) continue;
                    String[] ge = golds.get(i);
                    String groot = ge[2].length() >= 2 ? ge[2].substring(0, 2) : ge[2];
                    for (int k = 0; k < pred.size(); k++) {
                        if (used[k]) continue;
                        Event p = pred.get(k);
                        boolean ok = actorMatches(ge[0], p.source().code()) && actorMatches(ge[1], p.target() == null ? null : p.target().code())
                                && p.root().equals(groot) && (pass == 1 || p.cameo().equals(ge[2]));
                        if (ok) {
                            used[k] = true;
                            gdone[i] = true;
                            Counts rc = byRoot.computeIfAbsent(groot, x -> new Counts());
                            all.tp++; rc.tp++;
                            if (p.cameo().equals(ge[2])) { all.exact++; rc.exact++; }
                            break;
                        }
                    }
                }
            }
            for (int i = 0; i < golds.size(); i++) {
                String groot = golds.get(i)[2].length() >= 2 ? golds.get(i)[2].substring(0, 2) : golds.get(i)[2];
                Counts rc = byRoot.computeIfAbsent(groot, x -> new Counts());
                all.gold++; rc.gold++;
                if (!gdone[i]) { all.fn++; rc.fn++; unmatched.add(golds.get(i)); }
            }
            for (int k = 0; k < pred.size(); k++) {
                if (!used[k]) {
                    Counts rc = byRoot.computeIfAbsent(pred.get(k).root(), x -> new Counts());
                    all.fp++; rc.fp++;
                }
            }
        }
        return new Report(all, byRoot, cleanN, cleanOk, gold.size(), (System.nanoTime() - t0) / 1e9);
    }

    public static void print(Report r, PrintWriter out) {
        Counts a = r.all();
        out.printf("sentences: %d (%.1f s)%n", r.sentences(), r.seconds());
        out.printf("dyad-root  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)%n", a.precision(), a.recall(), a.f1(), a.tp, a.fp, a.fn);
        out.printf("full-code recall      %.3f  (%d of %d gold events)%n", r.fullCodeRecall(), a.exact, a.gold);
        out.printf("codebook root hit     %.3f  (%d of %d)%n", r.codebookRootHit(), a.codebookRoot, a.codebookN);
        out.printf("codebook full hit     %.3f  (%d of %d)%n", r.codebookFullHit(), a.codebookFull, a.codebookN);
        out.printf("clean no-event        %.3f  (%d of %d)%n", r.clean(), r.cleanOk(), r.cleanN());
        out.println();
        out.println("root  gold  tp  fp  fn    P     R     F1   cb-root  cb-full");
        for (var e : r.byRoot().entrySet()) {
            Counts c = e.getValue();
            out.printf("%-4s %5d %3d %3d %3d  %.2f  %.2f  %.2f   %3d/%-3d  %3d/%-3d%n", e.getKey(), c.gold, c.tp, c.fp, c.fn,
                    c.precision(), c.recall(), c.f1(), c.codebookRoot, c.codebookN, c.codebookFull, c.codebookN);
        }
        out.println();
        out.println("worst roots by F1 (with gold events):");
        r.byRoot().entrySet().stream().filter(e -> e.getValue().gold > 0)
                .sorted(Comparator.comparingDouble(e -> e.getValue().f1())).limit(5)
                .forEach(e -> out.printf("  %s  F1 %.2f  (gold %d, fp %d, fn %d)%n", e.getKey(), e.getValue().f1(), e.getValue().gold,
                        e.getValue().fp, e.getValue().fn));
        out.flush();
    }
}
