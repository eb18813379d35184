package org.dyad.spark;

import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.engine.Dyad;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.dyad.model.EventRow;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The coding step of the job, run on the executors over each partition of inputs. It is shipped
 * to the executors as this small description (profile name and the name of a user actors file);
 * the pipeline itself, with its models and dictionaries, is built on the executor, once per JVM,
 * by {@link Dyad#shared(Dyad.Config)} and used by all of that JVM's task threads. The same code
 * runs for one worker and for many.
 *
 * <p>An article that fails (a stage error in its diagnostics, or an exception) becomes a row of
 * the failed output and the partition goes on; the job never fails because of one article.
 */
public final class ArticleCoder implements FlatMapFunction<Iterator<Input>, Coded>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String profile;
    /** File name of a user actors file added to the job with {@code SparkContext.addFile}, or null. */
    private final String actorsFileName;

    public ArticleCoder(String profile, String actorsFileName) {
        this.profile = profile;
        this.actorsFileName = actorsFileName;
    }

    /** The pipeline configuration on this JVM (the actors file is fetched to each executor by Spark). */
    Dyad.Config config() {
        return new Dyad.Config(profile, actorsFileName == null ? null : SparkFiles.get(actorsFileName));
    }

    @Override
    public Iterator<Coded> call(Iterator<Input> inputs) {
        Dyad dyad = inputs.hasNext() ? Dyad.shared(config()) : null;
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return inputs.hasNext(); }

            @Override
            public Coded next() { return code(dyad, inputs.next()); }
        };
    }

    /** Codes one input; never throws for a bad article. */
    static Coded code(Dyad dyad, Input in) {
        if (in.isFailed()) return new Coded(null, List.of(), RowFactory.create(in.id, in.origin, in.error));
        Article article;
        Dyad.Result r;
        try {
            article = in.article();
            r = dyad.code(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Coded(null, List.of(), RowFactory.create(in.id, in.origin, "coding failed: " + e));
        }
        List<Row> events = new ArrayList<>(r.events().size());
        try {
            for (Event e : r.events()) events.add(RowFactory.create(EventRow.of(e, article).values()));
        } catch (RuntimeException e) {
            return new Coded(null, List.of(), RowFactory.create(in.id, in.origin, "output failed: " + e));
        }
        List<Diagnostic> errors = r.doc().diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        Row failed = errors.isEmpty() ? null : RowFactory.create(article.id(), article.origin(), Input.reason(errors));
        // Like `dyad code`: an article with an error keeps the events it still gave (none when a
        // stage before coding failed), and is also listed as failed. It is listed among the coded
        // articles only when it gave events, so that every event's article is there and a failed
        // article is not taken for one without events.
        return new Coded(failed == null || !events.isEmpty() ? articleRow(r.doc().article(), contentHash(article)) : null,
                events, failed);
    }

    /**
     * The article row: the text all event offsets point into (after the text stage removed any
     * markup) and the content hash of the article as it was read.
     */
    static Row articleRow(Article coded, String contentHash) {
        return RowFactory.create(coded.id(), coded.date() == null ? null : coded.date().toString(), coded.publisher(),
                coded.url(), coded.title(), coded.text(), contentHash);
    }

    /**
     * SHA-256 (hex) of the article's date, publisher, url, title and text as read, each part
     * length-prefixed after a marker so that null, "" and shifted parts differ. It is the store's
     * content hash ({@link org.dyad.store.ArticleRecord#contentHash}, called here, not copied), so that
     * {@code dyad ingest} of this output recognises articles it already holds, whichever way they
     * were coded.
     */
    static String contentHash(Article a) {
        return org.dyad.store.ArticleRecord.contentHash(a);
    }
}
