package org.dyad.cli;

import org.dyad.store.Filter;
import org.dyad.store.Output;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dyad query}: one row per real-world event (cluster), or every mention. */
@Command(name = "query", description = {"List stored events: one row per cluster (a real-world event) with its "
        + "num_mentions, num_sources, num_articles, dates, dyad, code and first evidence; --mentions lists every "
        + "mention instead. Actor and country match either side."})
public final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FilterOptions filters;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "the database (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or tsv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--mentions", description = "list every mention (article sentence) of the selected events")
    boolean mentions;

    @Option(names = "--limit", defaultValue = "-1", paramLabel = "N", description = "at most N rows (default: 50 for table, all otherwise; 0: all)")
    long limit;

    @Override
    public Integer call() {
        Filter f = StoreCommands.usage(spec, () -> filters.filter("all"));
        Output.Format fmt = StoreCommands.usage(spec, () -> switch (format.toLowerCase()) {
            case "table" -> Output.Format.TABLE;
            case "jsonl" -> Output.Format.JSONL;
            case "tsv" -> Output.Format.TSV;
            default -> throw new IllegalArgumentException("--format must be table, jsonl or tsv, not '" + format + "'");
        });
        long max = limit >= 0 ? limit : fmt == Output.Format.TABLE ? 50 : 0;
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        return StoreCommands.run(spec, () -> {
            try (Store store = Store.openReadOnly(db)) {
                long n;
                if (mentions) {
                    Output.Mentions w = new Output.Mentions(out, fmt);
                    n = Queries.mentions(store.connection(), f, max, w::row);
                } else {
                    Output.Clusters w = new Output.Clusters(out, fmt);
                    n = Queries.clusters(store.connection(), f, max, false, w::row);
                }
                out.flush();
                if (fmt == Output.Format.TABLE && max > 0 && n == max && !mentions) {
                    long all = Queries.countClusters(store.connection(), f);
                    if (all > n) err.println("(" + n + " of " + all + " events shown; --limit 0 shows all)");
                }
                err.flush();
                return 0;
            }
        });
    }
}
