package org.dyad.cli;

import org.dyad.store.Filter;
import org.dyad.store.Output;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import org.dyad.store.TimelineChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad timeline}: the conflict/cooperation series of a dyad. */
@Command(name = "timeline", description = {"Per day, week, month or year: the number of events (clusters) per quad "
        + "class and the Goldstein sum and mean, as a table, CSV, TSV or JSON Lines, or a chart (--chart FILE.svg|.png). "
        + "Counts asserted events unless --mode says otherwise; periods without events are listed with zeros."})
public final class TimelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FilterOptions filters;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "the database (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--by", defaultValue = "month", description = "day, week, month or year (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--chart", paramLabel = "FILE", description = "also draw the series to FILE (.svg or .png)")
    Path chart;

    @Override
    public Integer call() {
        Filter f = StoreCommands.usage(spec, () -> filters.filter("asserted"));
        String unit = by.toLowerCase();
        StoreCommands.usage(spec, () -> {
            if (!List.of("day", "week", "month", "year").contains(unit)) {
                throw new IllegalArgumentException("--by must be day, week, month or year, not '" + by + "'");
            }
            String c = chart == null ? "" : chart.getFileName().toString().toLowerCase();
            if (chart != null && !c.endsWith(".svg") && !c.endsWith(".png")) {
                throw new IllegalArgumentException("--chart must name a .svg or .png file, not '" + chart + "'");
            }
            return null;
        });
        Output.Format fmt = StoreCommands.usage(spec, () -> switch (format.toLowerCase()) {
            case "table" -> Output.Format.TABLE;
            case "csv" -> Output.Format.CSV;
            case "tsv" -> Output.Format.TSV;
            case "jsonl" -> Output.Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be table, csv, tsv or jsonl, not '" + format + "'");
        });
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        return StoreCommands.run(spec, () -> {
            try (Store store = Store.openReadOnly(db)) {
                List<Queries.Period> periods = Queries.timeline(store.connection(), f, unit);
                Output.timeline(periods, fmt, out);
                out.flush();
                if (chart != null) {
                    String what = filters.describe();
                    TimelineChart.write(periods, "Events per " + unit + (what.isEmpty() ? "" : ": " + what), chart);
                    err.println("dyad timeline: chart written to " + chart);
                }
                err.flush();
                return 0;
            }
        });
    }
}
