package org.dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.util.StringUtils;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

/**
 * Reads the job's inputs into {@link Input}s, with the parsing of {@code dyad code}
 * ({@link ArticleSource}):
 * <ul>
 * <li>JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}): split by line, so a large file
 * is read by many tasks; each line is parsed by {@link ArticleSource#parseJsonLine}. A line's
 * origin is {@code FILE@OFFSET}, the byte offset of the line in the file.</li>
 * <li>Parquet ({@code .parquet}) with columns {@code id}, {@code date}, {@code text} and optional
 * {@code url}, {@code source}, {@code title} (the job's own {@code articles/} output, with
 * {@code article_id}, {@code article_date}, {@code publisher}, is read too).</li>
 * <li>Any other file is a text article (optional dateline), read whole, id = file name, parsed by
 * {@link ArticleSource#parse}.</li>
 * </ul>
 * Directories are read recursively; names starting with {@code .} or {@code _} are skipped, as
 * Hadoop does.
 */
final class Inputs {
    enum Kind { TEXT, JSONL, PARQUET }

    private Inputs() {
    }

    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) return Kind.PARQUET;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return Kind.JSONL;
        return Kind.TEXT;
    }

    /** A path as messages show it: local files without the {@code file:} scheme. */
    static String display(String uri) {
        if (uri.startsWith("file:")) {
            try {
                return new URI(uri).getPath();
            } catch (Exception e) {
                return uri.substring("file:".length());
            }
        }
        return uri;
    }

    /** Lists the inputs by kind; a directory whose files are all of one kind is kept whole. */
    static Map<Kind, List<Path>> list(Configuration conf, List<String> paths) {
        Map<Kind, List<Path>> byKind = new TreeMap<>();
        for (String p : paths) {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) throw new IllegalArgumentException("no such file or directory: " + p);
                path = fs.makeQualified(path);
                if (fs.getFileStatus(path).isFile()) {
                    byKind.computeIfAbsent(kindOf(path.getName()), k -> new ArrayList<>()).add(path);
                    continue;
                }
                Map<Kind, List<Path>> here = new TreeMap<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (hidden(path, f)) continue;
                    here.computeIfAbsent(kindOf(f.getName()), k -> new ArrayList<>()).add(f);
                }
                if (here.size() == 1) {
                    byKind.computeIfAbsent(here.keySet().iterator().next(), k -> new ArrayList<>()).add(path);
                } else {
                    here.forEach((k, fs2) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(fs2));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
            }
        }
        return byKind;
    }

    /** True when a path component below {@code root} starts with {@code .} or {@code _}. */
    private static boolean hidden(Path root, Path f) {
        String rel = f.toUri().getPath().substring(Math.min(root.toUri().getPath().length(), f.toUri().getPath().length()));
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) return true;
        }
        return false;
    }

    /** All inputs as one RDD of {@link Input}s (not yet spread over the executors). */
    static JavaRDD<Input> read(SparkSession spark, List<String> paths) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
        List<JavaRDD<Input>> parts = new ArrayList<>();
        for (Map.Entry<Kind, List<Path>> e : list(conf, paths).entrySet()) {
            List<Path> ps = e.getValue();
            switch (e.getKey()) {
                case TEXT -> parts.add(textFiles(sc, ps));
                case JSONL -> parts.add(jsonLines(sc, conf, ps));
                case PARQUET -> parts.add(parquet(spark, ps));
            }
        }
        if (parts.isEmpty()) return sc.emptyRDD();
        return parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
    }

    /** Text articles, each file read whole and parsed as {@code dyad code} parses a file. */
    static JavaRDD<Input> textFiles(JavaSparkContext sc, List<Path> paths) {
        String joined = String.join(",", paths.stream().map(p -> StringUtils.escapeString(p.toString())).toList());
        boolean before = sc.hadoopConfiguration().getBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, false);
        sc.hadoopConfiguration().setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
        JavaRDD<Input> rdd = sc.binaryFiles(joined).flatMap(f -> {
            String where = display(f._1());
            String name = new Path(f._1()).getName();
            PortableDataStream s = f._2();
            List<Input> out = new ArrayList<>();
            byte[] bytes;
            try {
                bytes = s.toArray();
            } catch (Exception | OutOfMemoryError ex) { // IOException, undeclared by the Scala method
                out.add(Input.failed(null, where, "ingest: cannot read: " + ex.getMessage()));
                return out.iterator();
            }
            ArticleSource.parse(where, name, bytes, name.toLowerCase(Locale.ROOT), a -> out.add(Input.of(a)), d -> {
                if (d.severity() == Diagnostic.Severity.ERROR) out.add(Input.failed(d));
            });
            return out.iterator();
        });
        // binaryFiles has copied the configuration
        sc.hadoopConfiguration().setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, before);
        return rdd;
    }

    /** JSON Lines, split by line; a line's origin is the file and the line's byte offset. */
    @SuppressWarnings("unchecked")
    static JavaRDD<Input> jsonLines(JavaSparkContext sc, Configuration conf, List<Path> paths) {
        Job job;
        try {
            job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, paths.toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                sc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            String file = display(((FileSplit) split).getPath().toString());
            return new Iterator<Input>() {
                Input next = advance();

                private Input advance() {
                    while (it.hasNext()) {
                        var kv = it.next();
                        long offset = kv._1().get();
                        String line = kv._2().toString();
                        if (offset == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
                        if (line.isBlank()) continue;
                        List<Diagnostic> errors = new ArrayList<>();
                        String at = file + "@" + offset;
                        Article a = ArticleSource.parseJsonLine(at, line, d -> {
                            if (d.severity() == Diagnostic.Severity.ERROR) errors.add(d);
                        });
                        return a != null ? Input.of(a) : Input.failed(null, at, Input.reason(errors));
                    }
                    return null;
                }

                @Override
                public boolean hasNext() { return next != null; }

                @Override
                public Input next() {
                    Input r = next;
                    next = advance();
                    return r;
                }
            };
        }, false);
    }

    /** Parquet with id/date/text (and optional url, source, title) or the job's own articles columns. */
    static JavaRDD<Input> parquet(SparkSession spark, List<Path> paths) {
        Dataset<Row> df = spark.read().option("recursiveFileLookup", "true")
                .parquet(paths.stream().map(Path::toString).toArray(String[]::new));
        StructType s = df.schema();
        List<String> names = Arrays.asList(s.fieldNames());
        String id = first(names, "id", "article_id");
        String text = first(names, "text");
        if (id == null || text == null) {
            throw new IllegalArgumentException("Parquet input " + paths + " needs columns id (or article_id) and text; it has " + names);
        }
        String date = first(names, "date", "article_date");
        String publisher = first(names, "source", "publisher");
        Dataset<Row> sel = df.select(
                col(id).cast("string"),
                date == null ? lit(null).cast("string") : dateString(col(date), s.apply(date).dataType()),
                col(text).cast("string"),
                str(names, "url"), publisher == null ? lit(null).cast("string") : col(publisher).cast("string"),
                str(names, "title"), input_file_name());
        return sel.toJavaRDD().map(r -> {
            String at = display(r.getString(6));
            List<Diagnostic> errors = new ArrayList<>();
            Article a = ArticleSource.fromFields(at, r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getString(5), d -> {
                        if (d.severity() == Diagnostic.Severity.ERROR) errors.add(d);
                    });
            return a != null ? Input.of(a) : Input.failed(r.getString(0), at, Input.reason(errors));
        });
    }

    private static Column dateString(Column c, DataType t) {
        if (t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType) || t.equals(DataTypes.TimestampNTZType)) {
            return date_format(c, "yyyy-MM-dd");
        }
        return c.cast("string");
    }

    private static Column str(List<String> names, String name) {
        return names.contains(name) ? col(name).cast("string") : lit(null).cast("string");
    }

    private static String first(List<String> names, String... candidates) {
        for (String c : candidates) if (names.contains(c)) return c;
        return null;
    }
}
