package org.dyad.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.dyad.engine.Dyad;
import org.dyad.output.EventWriter;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the full pipeline and, in the same run, the tokenizer+tagger floor: sentences/s,
 * articles/s, per-stage time, start-up to the first event, peak heap and peak RSS.
 */
public final class Bench {
    /** The figures of one timed pass over the corpus. */
    public record Pass(double seconds, double sentencesPerSecond, double articlesPerSecond, double floorSentencesPerSecond,
                       Map<String, Double> stageShare) {
    }

    /** The figures of one bench run: each pass, and their medians. */
    public record Figures(int articles, int sentences, int parsed, int events, List<Pass> passes, double startupSeconds,
                          long peakHeapMb, long peakRssMb, int threads) {
        public double sentencesPerSecond() { return median(passes.stream().mapToDouble(Pass::sentencesPerSecond).toArray()); }
        public double articlesPerSecond() { return median(passes.stream().mapToDouble(Pass::articlesPerSecond).toArray()); }
        public double floorSentencesPerSecond() { return median(passes.stream().mapToDouble(Pass::floorSentencesPerSecond).toArray()); }
        public double seconds() { return median(passes.stream().mapToDouble(Pass::seconds).toArray()); }

        /** The stage shares of the median pass. */
        public Map<String, Double> stageShare() {
            List<Pass> sorted = new ArrayList<>(passes);
            sorted.sort(java.util.Comparator.comparingDouble(Pass::sentencesPerSecond));
            return sorted.get(sorted.size() / 2).stageShare();
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    public static List<Article> corpus(Path path, List<Diagnostic> diags) throws IOException {
        if (path != null) return ArticleSource.readAll(List.of(path.toString()), diags);
        try (InputStream in = Bench.class.getClassLoader().getResourceAsStream("dyad/bench/corpus.jsonl")) {
            if (in == null) throw new IOException("the bench corpus dyad/bench/corpus.jsonl is missing from the class path");
            byte[] b = in.readAllBytes();
            List<Article> out = new ArrayList<>();
            new ArticleSource(out::add, diags::add, new ByteArrayInputStream(b)).read(List.of("-"));
            return out;
        }
    }

    /**
     * Loads the pipeline, codes one article (start-up to the first event, from JVM start), warms up
     * on a few more, then makes {@code passes} timed passes over the corpus, each followed by the
     * tokenizer+tagger floor on the same texts and threads.
     */
    public static Figures run(List<Article> articles, int threads, int passes, long jvmStartNanos, PrintWriter log) throws Exception {
        long t0 = System.nanoTime();
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        // start-up to the first event: load + code the first article
        dyad.code(articles.get(0));
        double startup = (System.nanoTime() - jvmStartNanos) / 1e9;
        log.printf("pipeline: %s%nstart-up to first event: %.1f s (load %.1f s)%n", dyad.pipeline(), startup, (System.nanoTime() - t0) / 1e9);
        log.flush();
        // warm-up on a few articles
        for (int i = 1; i < Math.min(10, articles.size()); i++) dyad.code(articles.get(i));
        // the floor: tokenize, ssplit, pos, lemma on the same texts, same threads
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        StanfordCoreNLP floor = new StanfordCoreNLP(p);
        for (int i = 0; i < Math.min(10, articles.size()); i++) floor.annotate(new Annotation(articles.get(i).text()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong sentences = new AtomicLong(), parsed = new AtomicLong(), events = new AtomicLong();
        List<Pass> done = new ArrayList<>();
        try {
            for (int pass = 0; pass < passes; pass++) {
                Map<String, AtomicLong> nanos = new LinkedHashMap<>();
                sentences.set(0);
                parsed.set(0);
                events.set(0);
                long start = System.nanoTime();
                List<Future<?>> fs = new ArrayList<>();
                for (Article a : articles) {
                    fs.add(pool.submit(() -> {
                        Dyad.Result r = dyad.code(a);
                        // output: the events as JSON Lines, as `dyad code` writes them (to a sink)
                        long to = System.nanoTime();
                        EventWriter w = EventWriter.of(EventWriter.Format.JSONL, new PrintWriter(java.io.Writer.nullWriter()), false);
                        w.article(r.doc(), r.events());
                        w.end();
                        long outNanos = System.nanoTime() - to;
                        sentences.addAndGet(r.doc().sentences.size());
                        parsed.addAndGet(r.doc().sentences.stream().filter(x -> !x.deps().isEmpty()).count());
                        events.addAndGet(r.events().size());
                        synchronized (nanos) {
                            r.doc().nanosByStage().forEach((k, v) -> nanos.computeIfAbsent(k, x -> new AtomicLong()).addAndGet(v));
                            nanos.computeIfAbsent("output", x -> new AtomicLong()).addAndGet(outNanos);
                        }
                    }));
                }
                for (Future<?> f : fs) f.get();
                double secs = (System.nanoTime() - start) / 1e9;
                long total = nanos.values().stream().mapToLong(AtomicLong::get).sum();
                Map<String, Double> share = new LinkedHashMap<>();
                nanos.forEach((k, v) -> share.put(k, total == 0 ? 0 : v.get() / (double) total));
                long fstart = System.nanoTime();
                List<Future<?>> ff = new ArrayList<>();
                for (Article a : articles) ff.add(pool.submit(() -> floor.annotate(new Annotation(a.text()))));
                for (Future<?> f : ff) f.get();
                double fsecs = (System.nanoTime() - fstart) / 1e9;
                Pass ps = new Pass(secs, sentences.get() / secs, articles.size() / secs, sentences.get() / fsecs, share);
                log.printf("pass %d: %.1f sentences/s (%.1f s), floor %.1f sentences/s%n", pass + 1, ps.sentencesPerSecond(), secs,
                        ps.floorSentencesPerSecond());
                log.flush();
                done.add(ps);
            }
        } finally {
            pool.shutdown();
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean mp : ManagementFactory.getMemoryPoolMXBeans()) {
            if (mp.getType() == MemoryType.HEAP && mp.getPeakUsage() != null) peakHeap += mp.getPeakUsage().getUsed();
        }
        return new Figures(articles.size(), (int) sentences.get(), (int) parsed.get(), (int) events.get(), done, startup,
                peakHeap >> 20, peakRssMb(), threads);
    }

    static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static void print(Figures f, PrintWriter out) {
        out.printf("articles %d, sentences %d (parsed %d), events %d, threads %d%n", f.articles(), f.sentences(), f.parsed(),
                f.events(), f.threads());
        String of = f.passes().size() == 1 ? "" : "  (median of " + f.passes().size() + " passes)";
        out.printf("full pipeline:        %8.1f sentences/s  %6.1f articles/s  (%.1f s)%s%n", f.sentencesPerSecond(), f.articlesPerSecond(),
                f.seconds(), of);
        out.printf("tokenize+tag floor:   %8.1f sentences/s  (ratio %.2f)%n", f.floorSentencesPerSecond(),
                f.sentencesPerSecond() / f.floorSentencesPerSecond());
        out.printf("start-up to first event: %.1f s%n", f.startupSeconds());
        out.printf("peak heap %d MB, peak RSS %d MB%n", f.peakHeapMb(), f.peakRssMb());
        out.println("time by stage (median pass):");
        f.stageShare().forEach((k, v) -> out.printf("  %-10s %5.1f%%%n", k, v * 100));
        out.flush();
    }
}
