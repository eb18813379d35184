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
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Articles per second of the whole Spark job (read, code, write Parquet) on one master. The
 * pipeline is loaded and a small job is run first, so the figures are those of a running cluster,
 * not of start-up; start-up is reported apart. Besides wall-clock articles/s it reports articles
 * per CPU-second of the JVM, which a shared, busy machine disturbs less. {@code spark/bench} runs
 * it for local[1] and local[2].
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
        description = "Articles/s of the dyad Spark job on one master (median of several runs).")
public final class SparkBench implements Callable<Integer> {
    @Option(names = "--master", defaultValue = "local[1]", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--corpus", paramLabel = "PATH", description = "articles (any input of the job); default: dyad's bench corpus")
    String corpus;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "16", description = "articles of the untimed warm-up job (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("dyad-spark-bench");
        Path input = corpus != null ? Path.of(corpus) : copyBenchCorpus(work);
        long t0 = System.nanoTime();
        SparkSession spark = SparkJob.session(master);
        double sessionS = (System.nanoTime() - t0) / 1e9;
        try {
            int cores = spark.sparkContext().defaultParallelism();
            // warm-up: the models load on the executor (here: this JVM), the JIT compiles
            Path head = work.resolve("warmup.jsonl");
            Files.write(head, Files.readAllLines(input.toFile().isFile() ? input : copyBenchCorpus(work)).stream()
                    .filter(l -> !l.isBlank()).limit(warmup).toList());
            t0 = System.nanoTime();
            SparkJob.run(spark, List.of(head.toString()), work.resolve("out-warmup").toString(), null, 0);
            double warmS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("bench %s: session %.1f s, warm-up (%d articles, pipeline load included) %.1f s%n",
                    master, sessionS, warmup, warmS);
            List<SparkJob.Summary> results = new ArrayList<>();
            List<Double> perCpuSecond = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long cpu0 = cpuNanos();
                SparkJob.Summary s = SparkJob.run(spark, List.of(input.toString()), work.resolve("out-" + i).toString(), null, 0);
                double cpuS = (cpuNanos() - cpu0) / 1e9;
                results.add(s);
                perCpuSecond.add(s.articles() / cpuS);
                System.out.printf("bench %s run %d: %d articles, %d events, %d failed in %.1f s = %.2f articles/s; "
                                + "CPU %.1f s = %.2f articles per CPU-second; load average %.1f%n",
                        master, i + 1, s.articles(), s.events(), s.failed(), s.seconds(), s.articles() / s.seconds(),
                        cpuS, s.articles() / cpuS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            results.sort(Comparator.comparingDouble(SparkJob.Summary::seconds));
            perCpuSecond.sort(Comparator.naturalOrder());
            SparkJob.Summary m = results.get(results.size() / 2);
            System.out.printf("bench %s: median %.2f articles/s, %.2f articles per CPU-second (%d articles, %d cores, %d runs, %d processors, %s)%n",
                    master, m.articles() / m.seconds(), perCpuSecond.get(perCpuSecond.size() / 2), m.articles(), cores, runs,
                    Runtime.getRuntime().availableProcessors(), Dyad.shared(Dyad.Config.DEFAULT).coderVersion());
            return 0;
        } finally {
            spark.stop();
        }
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
