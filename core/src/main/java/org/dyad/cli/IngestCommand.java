package org.dyad.cli;

import org.dyad.store.Ingest;
import org.dyad.store.Progress;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad ingest}: code articles and store them, idempotently and crash-safely. */
@Command(name = "ingest", description = {"Code articles and store articles, sentences, events, actors, locations and "
        + "clusters in a DuckDB database. Articles already stored with the same content are skipped; an article "
        + "whose content changed replaces its events. Each batch is one transaction: after a crash, run the same "
        + "command again. Parquet inputs (the Spark job's events and articles) are stored without coding."})
public final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, JSON Lines files, directories, - for stdin, or Parquet files/directories")
    List<String> paths;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "the database (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--threads", defaultValue = "0", description = "coding threads (default: number of cores)")
    int threads;

    @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N", description = "articles per transaction (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--force", description = "re-code and replace articles even when their content is unchanged (e.g. after a dictionary update)")
    boolean force;

    @Option(names = "--quiet", description = "no progress bar and no summary line")
    boolean quiet;

    @Option(names = "--progress", description = "draw the progress bar even when stderr is not a terminal")
    boolean progress;

    @Option(names = "--verbose", description = "say when each batch is committed")
    boolean verbose;

    @Option(names = "--actors", paramLabel = "FILE", description = "a file of actors that adds or overrides entries")
    String actors;

    @Override
    public Integer call() {
        if (batchSize < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch-size must be at least 1");
        PrintWriter err = spec.commandLine().getErr();
        return StoreCommands.run(spec, () -> {
            boolean bar = !quiet && (progress || Progress.stderrIsTerminal());
            try (Store store = Store.open(db)) {
                Ingest.Summary s = new Ingest(store, new Ingest.Options(threads, batchSize, force, bar, verbose, actors), err)
                        .run(paths, System.in);
                if (!quiet) {
                    err.printf("dyad ingest: %d article(s) read: %d stored (%d replaced), %d unchanged, %d failed; "
                                    + "%d event(s) stored in %.1f s; %s now holds %d articles, %d events, %d clusters%n",
                            s.read(), s.stored(), s.replaced(), s.skipped(), s.failed(), s.events(), s.seconds(), db,
                            store.count("articles"), store.count("events"), store.count("clusters"));
                }
                err.flush();
                return s.failed() > 0 ? 1 : 0;
            }
        });
    }
}
