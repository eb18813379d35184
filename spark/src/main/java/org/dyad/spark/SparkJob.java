package org.dyad.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.engine.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

/**
 * dyad as a Spark job: articles in (JSON Lines, directories of text articles, Parquet), events
 * out as Parquet with exactly the columns of {@code dyad export --format parquet}
 * ({@link org.dyad.model.EventRow#COLUMNS}), plus the coded articles and the inputs that failed.
 *
 * <pre>
 * OUTPUT/events/    EventRow.COLUMNS, in that order
 * OUTPUT/articles/  article_id, article_date, publisher, url, title, text, content_hash (SHA-256 hex of text)
 * OUTPUT/failed/    article_id, origin, reason
 * </pre>
 *
 * <p>Inputs are read and spread over the executors; each executor builds the pipeline once
 * ({@link ArticleCoder}) from a small description, never from anything shipped by the driver.
 * A bad article becomes a row of {@code failed/}; the job goes on. Each output is hash-partitioned
 * by article id into a number of files that depends only on the row counts, and sorted within
 * each file, so re-running on the same input writes the same rows in the same files.
 *
 * <p>Locally: {@code ./dyad spark --input PATH --output PATH [--master local[N]]}. On a cluster:
 * {@code spark-submit --class org.dyad.spark.SparkJob ...} (README, section Spark).
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, version = "dyad " + Dyad.VERSION,
        description = "Code articles into CAMEO events as a Spark job; events, articles and failures as Parquet.")
public final class SparkJob implements Callable<Integer> {
    /** Counts of one run. */
    public record Summary(long inputs, long articles, long events, long failed, double seconds) {
    }

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "JSON Lines files, directories of text articles, Parquet (id, date, text); local paths or any Hadoop file system URI")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "output directory: events/, articles/ and failed/ (Parquet) are replaced")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: the one spark-submit gives, else local[*]")
    String master;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "a file of actors (people.tsv or organizations.tsv columns) that adds or overrides entries; shipped to every executor")
    String actors;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "partitions the articles are coded in (default: 4 per core of the cluster)")
    int partitions;

    @Override
    public Integer call() {
        SparkSession spark = session(master);
        try {
            Summary s = run(spark, inputs, output, actors, partitions);
            System.err.printf("dyad spark: %d input(s), %d article(s) coded, %d event(s), %d failed (see %s), %.1f s%n",
                    s.inputs(), s.articles(), s.events(), s.failed(), new File(output, "failed"), s.seconds());
            return 0;
        } finally {
            spark.stop();
        }
    }

    /**
     * The session for a run: the master given, else the one {@code spark-submit} set, else
     * {@code local[*]}. Local runs have no web UI.
     */
    public static SparkSession session(String master) {
        SparkConf conf = new SparkConf();
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.app.name", "dyad");
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "100"); // the events schema has 42 columns
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /**
     * Runs the job on a session: reads, codes, writes the three outputs.
     *
     * @param actorsFile a local actors file or null
     * @param partitions partitions to code in, or 0 for 4 per core
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, String actorsFile, int partitions) {
        long t0 = System.nanoTime();
        String actorsName = null;
        if (actorsFile != null) {
            File f = new File(actorsFile);
            if (!f.isFile()) throw new IllegalArgumentException("no such actors file: " + actorsFile);
            spark.sparkContext().addFile(f.getAbsolutePath());
            actorsName = f.getName();
        }
        int n = partitions > 0 ? partitions : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        JavaRDD<Input> in = Inputs.read(spark, inputs).repartition(n);
        JavaRDD<Coded> coded = in.mapPartitions(new ArticleCoder("default", actorsName))
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // serialised: the heap is CoreNLP's
        try {
            long[] c = coded.map(x -> new long[]{1, x.article() == null ? 0 : 1, x.events().size(), x.failed() == null ? 0 : 1})
                    .fold(new long[4], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
            write(spark, coded.flatMap(x -> x.events().iterator()), Schemas.EVENTS, files(c[2], 250_000),
                    output + "/events", "article_id", "sentence_index", "trigger_start", "event_id");
            write(spark, coded.filter(x -> x.article() != null).map(Coded::article), Schemas.ARTICLES, files(c[1], 20_000),
                    output + "/articles", "article_id", "content_hash");
            write(spark, coded.filter(x -> x.failed() != null).map(Coded::failed), Schemas.FAILED, files(c[3], 250_000),
                    output + "/failed", "article_id", "origin", "reason");
            return new Summary(c[0], c[1], c[2], c[3], (System.nanoTime() - t0) / 1e9);
        } finally {
            coded.unpersist(false);
        }
    }

    /** Files for an output: a function of the row count only, so that re-runs write the same files. */
    static int files(long rows, long perFile) {
        return (int) Math.max(1, Math.min(10_000, (rows + perFile - 1) / perFile));
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, int files, String path,
                              String... sortBy) {
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        df.repartition(files, col(sortBy[0]))
                .sortWithinPartitions(java.util.Arrays.stream(sortBy).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .write().mode(SaveMode.Overwrite).parquet(path);
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkJob());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("dyad spark: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        System.exit(cl.execute(args));
    }
}
