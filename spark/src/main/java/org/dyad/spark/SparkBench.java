package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.engine.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Articles per second of the whole Spark job (read, code, write Parquet) with several masters on
 * the same corpus, e.g. {@code local[1]} and {@code local[2]}. One JVM: the pipeline is loaded once
 * (in local mode the executors are this JVM) and a small job warms it up, so the figures are
 * those of a running cluster, not of start-up, which is reported apart. Each round runs the job
 * once with every master, one after the other, each in a new Spark session, so that the masters
 * are compared under the same conditions even on a busy machine; the speed-up of each master over
 * the first is reported per round and as the median. Besides wall-clock articles/s it reports
 * articles per CPU-second of the JVM, which a shared machine disturbs less. {@code spark/bench}
 * runs it.
 */
@Command(name = "spark/bench", mixinStandardHelpOptions = true,
        description = "Articles/s of the dyad Spark job with several masters on one corpus (median of several rounds).")
public final class SparkBench implements Callable<Integer> {
    @Option(names = "--masters", defaultValue = "local[1],local[2]", split = ",",
            description = "Spark masters to compare, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> masters;

    @Option(names = "--corpus", paramLabel = "PATH", description = "articles (any input of the job); default: dyad's bench corpus")
    String corpus;

    @Option(names = "--runs", defaultValue = "3", description = "rounds; each runs the job once per master (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "64", description = "articles of the untimed warm-up job (default: ${DEFAULT-VALUE})")
    int warmup;

    record Run(double articlesPerSecond, double articlesPerCpuSecond, double load) {
    }

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("dyad-spark-bench");
        Path input = corpus != null ? Path.of(corpus) : copyBenchCorpus(work);
        long t0 = System.nanoTime();
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        System.out.printf("bench: pipeline loaded in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, dyad.coderVersion());
        Path head = work.resolve("warmup.jsonl");
        Files.write(head, Files.readAllLines(input.toFile().isFile() ? input : copyBenchCorpus(work)).stream()
                .filter(l -> !l.isBlank()).limit(warmup).toList());
        t0 = System.nanoTime();
        SparkSession first = SparkJob.session(masters.get(0));
        double sessionS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        SparkJob.run(first, List.of(head.toString()), work.resolve("out-warmup").toString(), null, 0);
        System.out.printf("bench: Spark session %.1f s, warm-up job (%d articles) %.1f s%n", sessionS, warmup,
                (System.nanoTime() - t0) / 1e9);
        first.stop();

        Map<String, List<Run>> byMaster = new LinkedHashMap<>();
        List<List<Double>> speedUps = new ArrayList<>();
        long articles = 0, events = 0;
        for (int r = 1; r <= runs; r++) {
            List<Double> round = new ArrayList<>();
            for (String m : masters) {
                SparkSession spark = SparkJob.session(m);
                try {
                    long cpu0 = cpuNanos();
                    SparkJob.Summary s = SparkJob.run(spark, List.of(input.toString()), work.resolve("out-" + r + "-" + byMaster.size()).toString(), null, 0);
                    double cpuS = (cpuNanos() - cpu0) / 1e9;
                    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                    Run run = new Run(s.articles() / s.seconds(), s.articles() / cpuS, load);
                    byMaster.computeIfAbsent(m, k -> new ArrayList<>()).add(run);
                    round.add(run.articlesPerSecond());
                    articles = s.articles();
                    events = s.events();
                    System.out.printf("bench round %d %s: %d articles, %d events, %d failed in %.1f s = %.2f articles/s; "
                                    + "CPU %.1f s = %.2f articles per CPU-second; load average %.1f%n",
                            r, m, s.articles(), s.events(), s.failed(), s.seconds(), run.articlesPerSecond(), cpuS,
                            run.articlesPerCpuSecond(), load);
                } finally {
                    spark.stop();
                }
            }
            speedUps.add(round);
        }
        System.out.printf("bench summary: %d articles, %d events, %d rounds, %d processors%n", articles, events, runs,
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < masters.size(); i++) {
            String m = masters.get(i);
            List<Run> rs = byMaster.get(m);
            final int k = i;
            List<Double> ratios = speedUps.stream().map(l -> l.get(k) / l.get(0)).toList();
            System.out.printf("bench %s: median %.2f articles/s, %.2f articles per CPU-second, %.2fx the first master "
                            + "(per round: %s; load average %s)%n",
                    m, median(rs.stream().map(Run::articlesPerSecond).toList()),
                    median(rs.stream().map(Run::articlesPerCpuSecond).toList()), median(ratios),
                    String.join(", ", ratios.stream().map(x -> String.format("%.2fx", x)).toList()),
                    String.join(", ", rs.stream().map(x -> String.format("%.1f", x.load())).toList()));
        }
        return 0;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }

    /** CPU time of this JVM (in local mode: driver and executors, with GC). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Path copyBenchCorpus(Path work) {
        Path p = work.resolve("corpus.jsonl");
        if (Files.exists(p)) return p;
        try (InputStream in = SparkBench.class.getClassLoader().getResourceAsStream("dyad/bench/corpus.jsonl")) {
            if (in == null) throw new IllegalStateException("dyad/bench/corpus.jsonl is not on the class path");
            Files.writeString(p, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }
}
