package org.dyad.engine;

import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.dyad.output.EventWriter;
import org.dyad.pipeline.ArticleDoc;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Codes a stream of articles on N threads with one shared {@link Dyad}, writing results in input
 * order. One code path for one thread and many. A failing article is reported and the batch goes on.
 */
public final class Runner {
    /** Counts of one run. */
    public record Summary(int articles, int events, int failed, int sentences) {
    }

    private final Dyad dyad;
    private final int threads;

    public Runner(Dyad dyad, int threads) {
        this.dyad = dyad;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public Summary run(List<String> paths, InputStream stdin, BiConsumer<ArticleDoc, List<Event>> sink,
                       Consumer<Diagnostic> diagnostics, EventWriter writer) {
        int[] counts = new int[4]; // articles, events, failed, sentences
        boolean[] noDatelineSaid = {false};
        int[] noDateline = {0};
        Consumer<Diagnostic> diag = d -> {
            if (d.message().startsWith("no dateline")) {
                noDateline[0]++;
                if (noDatelineSaid[0]) return;
                noDatelineSaid[0] = true;
            }
            if (d.severity() == Diagnostic.Severity.ERROR) counts[2]++;
            diagnostics.accept(d);
        };
        if (writer != null) writer.begin();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            Consumer<Article> onArticle = a -> {
                pending.add(new Pending(a, pool.submit(() -> dyad.code(a))));
                while (pending.size() > threads * 4 || (!pending.isEmpty() && pending.peek().result().isDone())) {
                    drain(pending.poll(), sink, diag, counts);
                }
            };
            new ArticleSource(onArticle, diag, stdin).read(paths);
            while (!pending.isEmpty()) drain(pending.poll(), sink, diag, counts);
        } finally {
            pool.shutdownNow();
        }
        if (noDateline[0] > 1) {
            diagnostics.accept(Diagnostic.warning("(all inputs)", "ingest", noDateline[0] + " articles had no dateline"));
        }
        if (writer != null) writer.end();
        return new Summary(counts[0], counts[1], counts[2], counts[3]);
    }

    private record Pending(Article article, Future<Dyad.Result> result) {
    }

    private static void drain(Pending p, BiConsumer<ArticleDoc, List<Event>> sink, Consumer<Diagnostic> diag,
                              int[] counts) {
        Article a = p.article();
        String where = a.origin() == null ? a.id() : a.origin();
        Dyad.Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            diag.accept(Diagnostic.error(where, "runner", "article '" + a.id() + "': coding failed: " + e.getCause()));
            return;
        }
        counts[0]++;
        counts[3] += r.doc().sentences.size();
        counts[1] += r.events().size();
        for (Diagnostic d : r.doc().diagnostics()) diag.accept(d);
        try {
            sink.accept(r.doc(), r.events());
        } catch (RuntimeException e) {
            diag.accept(Diagnostic.error(where, "output", "article '" + a.id() + "': events could not be written: " + e));
        }
    }
}
