package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line. Exit status: 0 success, 1 some input failed, 2 wrong usage. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad " + org.dyad.engine.Dyad.VERSION,
        description = "Political event data (CAMEO) from dated news articles, with provenance.",
        subcommands = {CodeCommand.class, EvalCommand.class, BenchCommand.class, ParseCommand.class, IngestCommand.class,
                QueryCommand.class, TimelineCommand.class, ExportCommand.class, BenchStoreCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (code, eval, bench, parse, ingest, query, timeline, export, bench-store, serve)");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        int rc = commandLine().execute(args);
        System.exit(rc);
    }
}
