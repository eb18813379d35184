package org.dyad.cli;

import org.dyad.engine.Dyad;
import org.dyad.engine.Runner;
import org.dyad.nlp.NlpBudget;
import org.dyad.output.EventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad code}: articles in, events out. */
@Command(name = "code", description = "Code articles (text files, JSON Lines, directories, - for stdin) into CAMEO events.")
public final class CodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, JSON Lines files, directories, or - for stdin")
    List<String> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, tsv or pretty (default: ${DEFAULT-VALUE})")
    EventWriter.Format format;

    @Option(names = "--explain", description = "show for each event the pattern and parse path, and for sentences without events why")
    boolean explain;

    @Option(names = "--actors", paramLabel = "FILE", description = "a file of actors (people.tsv or organizations.tsv columns) that adds or overrides entries")
    String actors;

    @Option(names = "--threads", defaultValue = "0", description = "worker threads (default: number of cores)")
    int threads;

    @Option(names = "--nlp-budget", paramLabel = "SECONDS", defaultValue = "" + (NlpBudget.DEFAULT_MILLIS / 1000),
            description = "CPU seconds of tagging and parsing per article; sentences beyond it are skipped with a warning (0: no limit; default: ${DEFAULT-VALUE})")
    double nlpBudget;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (nlpBudget < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--nlp-budget must be 0 or more seconds");
        Dyad dyad = Dyad.shared(new Dyad.Config("default", actors, Math.round(nlpBudget * 1000)));
        EventWriter w = EventWriter.of(format, out, explain);
        Runner.Summary s = new Runner(dyad, threads).run(paths, System.in, (doc, events) -> w.article(doc, events),
                d -> err.println(d), w);
        out.flush();
        err.printf("dyad: %d article(s), %d event(s), %d failed%n", s.articles(), s.events(), s.failed());
        err.flush();
        return s.failed() > 0 ? 1 : 0;
    }
}
