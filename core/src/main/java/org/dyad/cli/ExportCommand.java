package org.dyad.cli;

import org.dyad.store.Export;
import org.dyad.store.Filter;
import org.dyad.store.GdeltExport;
import org.dyad.store.Output;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dyad export}: the stored events as GDELT 2.0 rows, JSON Lines or Parquet. */
@Command(name = "export", description = {"Export the selected events, one row per cluster: gdelt writes the GDELT 2.0 "
        + "event table's 61 tab-separated columns in GDELT's order; jsonl the fields of ./dyad code plus the cluster "
        + "counts; parquet the EventRow columns plus num_mentions, num_sources, num_articles and cluster_id."})
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FilterOptions filters;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "the database (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--format", required = true, description = "gdelt, jsonl or parquet")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard output; required for parquet)")
    Path output;

    @Option(names = "--events", description = "parquet: one row per stored event (every report) with its cluster's counts")
    boolean events;

    @Option(names = "--header", description = "gdelt: a first line of column names (GDELT's files have none)")
    boolean header;

    @Override
    public Integer call() {
        Filter f = StoreCommands.usage(spec, () -> filters.filter("all"));
        String fmt = format.toLowerCase();
        StoreCommands.usage(spec, () -> {
            if (!fmt.equals("gdelt") && !fmt.equals("jsonl") && !fmt.equals("parquet")) {
                throw new IllegalArgumentException("--format must be gdelt, jsonl or parquet, not '" + format + "'");
            }
            if (fmt.equals("parquet") && output == null) throw new IllegalArgumentException("--format parquet needs --output FILE");
            if (events && !fmt.equals("parquet")) throw new IllegalArgumentException("--events goes with --format parquet");
            return null;
        });
        PrintWriter err = spec.commandLine().getErr();
        return StoreCommands.run(spec, () -> {
            try (Store store = Store.openReadOnly(db)) {
                long n;
                if (fmt.equals("parquet")) {
                    n = Export.parquet(store.connection(), f, events, output);
                } else {
                    PrintWriter out = output == null ? spec.commandLine().getOut()
                            : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
                    try {
                        if (fmt.equals("gdelt")) {
                            GdeltExport g = new GdeltExport(out, header);
                            n = Queries.clusters(store.connection(), f, 0, true, g::row);
                        } else {
                            Output.Clusters w = new Output.Clusters(out, Output.Format.JSONL);
                            n = Queries.clusters(store.connection(), f, 0, false, w::row);
                        }
                    } finally {
                        if (output != null) out.close();
                        else out.flush();
                    }
                }
                err.println("dyad export: " + n + " row(s)" + (output == null ? "" : " written to " + output));
                err.flush();
                return 0;
            }
        });
    }
}
