package org.dyad.store;

import org.dyad.engine.Dyad;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dyad ingest}: codes articles and stores them, in batches of one transaction each.
 *
 * <p>Text and JSON Lines inputs are read twice: a first pass computes each article's id and content
 * hash, so that articles already stored with the same content are skipped without coding them (and
 * the progress bar knows the total); the second pass codes the rest on N threads, in input order,
 * and commits every {@code batchSize} articles. An id that appears twice in the input is stored
 * once, as its last occurrence. Parquet inputs (the Spark job's output) are stored without coding.
 *
 * <p>After a crash, re-running the same command skips what was committed and finishes the rest:
 * since clustering depends only on the set of stored events, the result equals an uninterrupted run.
 */
public final class Ingest {
    /**
     * @param threads    coding threads (0: one per core)
     * @param batchSize  articles per transaction
     * @param force      re-code and replace articles even when their content is unchanged
     * @param progress   draw the progress bar
     * @param verbose    say when each batch is committed
     * @param actorsFile a user actors file for the coder, or null
     */
    public record Options(int threads, int batchSize, boolean force, boolean progress, boolean verbose, String actorsFile) {
    }

    /** Counts of one run. */
    public record Summary(long read, long stored, long replaced, long skipped, long failed, long events, long batches,
                          double seconds) {
    }

    static final int PARQUET_BATCH = 2000;

    private final Store store;
    private final Options opt;
    private final PrintWriter err;
    private final PlaceKinds kinds;
    private final Progress progress;
    private long read, stored, replaced, skipped, failed, events, batches;
    private int noDateline;
    private final List<Bundle> batch = new ArrayList<>();
    private long lastFlush = System.nanoTime();
    /** The batch holds events whose ids come from outside (Parquet), to be checked against the whole store. */
    private boolean batchExternal;

    public Ingest(Store store, Options opt, PrintWriter err) {
        this.store = store;
        this.opt = opt;
        this.err = err;
        this.kinds = PlaceKinds.standard();
        this.progress = new Progress(err, opt.progress(), 0, "articles");
        store.onWarning(w -> say(store.path() + ": warning: " + w));
    }

    public Summary run(List<String> paths, InputStream stdin) {
        long t0 = System.nanoTime();
        List<String> text = new ArrayList<>();
        try {
            for (String p : paths) {
                if (!p.equals("-") && ParquetInput.isParquet(Path.of(p))) {
                    text(text, stdin);
                    text.clear();
                    parquet(Path.of(p));
                } else {
                    text.add(p);
                }
            }
            text(text, stdin);
        } finally {
            progress.finish();
        }
        if (noDateline > 1) say("(all inputs): warning: " + noDateline + " articles had no dateline [ingest]");
        return new Summary(read, stored, replaced, skipped, failed, events, batches, (System.nanoTime() - t0) / 1e9);
    }

    private void say(String line) {
        progress.finish();
        err.println(line);
        err.flush();
    }

    private void report(Diagnostic d) {
        if (d.message().startsWith("no dateline") && noDateline++ > 0) return;
        say(d.toString());
    }

    // ---- text and JSON Lines, coded ----

    private void text(List<String> paths, InputStream stdin) {
        if (paths.isEmpty()) return;
        byte[] in = new byte[0];
        if (paths.contains("-")) {
            try {
                in = stdin.readAllBytes();
            } catch (IOException e) {
                say("<stdin>: error: cannot read standard input: " + e.getMessage() + " [ingest]");
                failed++;
            }
        }
        // pass 1: ids and content hashes
        List<String> ids = new ArrayList<>(), hashes = new ArrayList<>();
        new ArticleSource(a -> {
            ids.add(a.id());
            hashes.add(ArticleRecord.contentHash(a));
        }, d -> { }, new ByteArrayInputStream(in)).read(paths);
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) last.put(ids.get(i), i);
        Map<String, String> storedHash = store.storedHashes(last.keySet());
        boolean[] code = new boolean[ids.size()];
        int toCode = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            code[i] = last.get(id) == i && (opt.force() || !hashes.get(i).equals(storedHash.get(id)));
            if (code[i]) toCode++;
        }
        read += ids.size();
        progress.extend(toCode);
        if (toCode == 0) {
            skipped += ids.size();
            // pass 2 only for the error messages of unreadable inputs
            new ArticleSource(a -> { }, d -> {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    failed++;
                    report(d);
                }
            }, new ByteArrayInputStream(in)).read(paths);
            return;
        }
        progress.note("loading the coder");
        Dyad dyad = Dyad.shared(new Dyad.Config("default", opt.actorsFile()));
        progress.note("");
        progress.startClock();
        int threads = opt.threads() > 0 ? opt.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-ingest");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Coded>> pending = new ArrayDeque<>();
        List<Diagnostic> held = new ArrayList<>();
        int[] pos = {0};
        try {
            new ArticleSource(a -> {
                int i = pos[0]++;
                boolean doIt = i >= ids.size() || !ids.get(i).equals(a.id()) ? true : code[i];
                if (!doIt) {
                    held.clear();
                    skipped++;
                    if (i < ids.size() && last.get(a.id()) != i) {
                        say(a.origin() + ": warning: article id '" + a.id() + "' appears again later in the input: the last one is stored [ingest]");
                    }
                    return;
                }
                held.forEach(this::report);
                held.clear();
                pending.add(pool.submit(() -> {
                    try {
                        return new Coded(a, dyad.code(a), null);
                    } catch (RuntimeException | StackOverflowError e) {
                        return new Coded(a, null, e);
                    }
                }));
                while (pending.size() > threads * 4 || (!pending.isEmpty() && pending.peek().isDone())) drain(pending.poll());
            }, d -> {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    failed++;
                    report(d);
                } else {
                    held.add(d);
                }
            }, new ByteArrayInputStream(in)).read(paths);
            while (!pending.isEmpty()) drain(pending.poll());
            flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private record Coded(Article article, Dyad.Result result, Throwable error) {
    }

    private void drain(Future<Coded> f) {
        Coded c;
        try {
            c = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted");
        } catch (ExecutionException e) {
            failed++;
            say("(article): error: coding failed: " + e.getCause() + " [ingest]");
            progress.advance(1);
            return;
        }
        if (c.error() != null) {
            failed++;
            say(c.article().origin() + ": error: article '" + c.article().id() + "' could not be coded: " + c.error() + " [ingest]");
            progress.advance(1);
            return;
        }
        var doc = c.result().doc();
        for (Diagnostic d : doc.diagnostics()) report(d);
        progress.advance(1);
        if (doc.failed()) {
            failed++;
            return;
        }
        batch.add(Bundle.ofCoded(c.article(), doc, c.result().events(), kinds));
        if (batch.size() >= opt.batchSize() || System.nanoTime() - lastFlush > 5_000_000_000L) flush();
    }

    private void flush() {
        lastFlush = System.nanoTime();
        if (batch.isEmpty()) return;
        Store.WriteResult w = store.write(batch, batchExternal);
        batches++;
        stored += w.articles();
        events += w.events();
        replaced += w.replaced();
        if (opt.verbose()) {
            say("dyad ingest: committed batch " + batches + ": " + w.articles() + " article(s), " + w.events() + " event(s)");
        }
        batch.clear();
    }

    // ---- Parquet, already coded ----

    private void parquet(Path p) {
        try (ParquetInput in = ParquetInput.open(p)) {
            long n = in.articleCount();
            read += n;
            progress.extend(n);
            Iterator<ParquetInput.Item> it = in.items();
            List<ParquetInput.Item> items = new ArrayList<>();
            while (it.hasNext()) {
                items.add(it.next());
                if (items.size() >= PARQUET_BATCH) {
                    storeParquet(items);
                    items.clear();
                }
            }
            storeParquet(items);
        }
    }

    private void storeParquet(List<ParquetInput.Item> items) {
        if (items.isEmpty()) return;
        flush();
        batchExternal = true;
        List<String> ids = new ArrayList<>();
        for (ParquetInput.Item i : items) ids.add(i.article().id());
        Map<String, String> have = store.storedHashes(ids);
        for (ParquetInput.Item i : items) {
            if (!opt.force() && i.article().contentHash().equals(have.get(i.article().id()))) {
                skipped++;
                continue;
            }
            batch.add(Bundle.derived(i.article(), i.events(), kinds));
        }
        flush();
        batchExternal = false;
        progress.advance(items.size());
    }
}
