package org.dyad.cli;

import org.dyad.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/** {@code dyad bench-store}: ingest rate and query latency of the store on synthetic events. */
@Command(name = "bench-store", description = {"Fill a fresh database with synthetic events through the ingest write path "
        + "(Appender, one transaction per batch, incremental clustering) and report the ingest rate and the latency "
        + "of a dyad timeline query and a filtered query; with --runs N, the median of N runs."})
public final class BenchStoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N", description = "events to store (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N", description = "runs, each on a fresh database (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--batch-articles", defaultValue = "5000", paramLabel = "N", description = "articles per transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--db", paramLabel = "FILE", description = "where to build the database (default: a temporary file, deleted afterwards)")
    Path db;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of the synthetic data")
    long seed;

    @Override
    public Integer call() {
        if (events < 1 || runs < 1 || batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--events, --runs and --batch-articles must be positive");
        }
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        return StoreCommands.run(spec, () -> {
            boolean temp = db == null;
            Path file = temp ? Files.createTempDirectory("dyad-bench-store").resolve("bench.duckdb") : db;
            List<StoreBench.Figures> all = new ArrayList<>();
            try {
                for (int i = 0; i < runs; i++) {
                    err.printf(Locale.ROOT, "run %d of %d: %,d synthetic events into %s%n", i + 1, runs, events, file);
                    err.flush();
                    StoreBench.Figures f = StoreBench.run(file, events, seed, batch, err);
                    StoreBench.print(f, out);
                    out.flush();
                    all.add(f);
                }
            } finally {
                if (temp) {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
                    Files.deleteIfExists(file.getParent());
                }
            }
            if (runs > 1) {
                out.printf(Locale.ROOT, "median of %d runs: ingest %,.0f events/s (%.1f s), timeline %.1f ms, filtered query %.1f ms, "
                                + "mentions %.1f ms%n", runs, med(all, StoreBench.Figures::eventsPerSecond), med(all, StoreBench.Figures::ingestSeconds),
                        med(all, StoreBench.Figures::timelineMedianMs), med(all, StoreBench.Figures::filteredMedianMs),
                        med(all, StoreBench.Figures::mentionsMedianMs));
            }
            out.flush();
            return 0;
        });
    }

    static double med(List<StoreBench.Figures> fs, ToDoubleFunction<StoreBench.Figures> f) {
        double[] v = fs.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
