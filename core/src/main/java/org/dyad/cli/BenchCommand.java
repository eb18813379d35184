package org.dyad.cli;

import org.dyad.bench.Bench;
import org.dyad.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad bench [PATH]}: throughput, stage breakdown and memory. */
@Command(name = "bench", description = "Measure sentences/s of the full pipeline and of the tokenizer+tagger floor, stage times and memory.")
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "articles to use (default: the corpus shipped with dyad)")
    Path path;

    @Option(names = "--threads", defaultValue = "0", description = "worker threads (default: number of cores)")
    int threads;

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N articles")
    int limit;

    @Option(names = "--passes", defaultValue = "3", description = "timed passes over the corpus; figures are their median (default: 3)")
    int passes;

    @Override
    public Integer call() throws Exception {
        long jvmStart = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        List<Diagnostic> diags = new ArrayList<>();
        var articles = Bench.corpus(path, diags);
        diags.forEach(d -> spec.commandLine().getErr().println(d));
        if (limit > 0 && articles.size() > limit) articles = articles.subList(0, limit);
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("dyad bench: no articles to measure");
            return 1;
        }
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Bench.print(Bench.run(articles, t, Math.max(1, passes), jvmStart, spec.commandLine().getOut()), spec.commandLine().getOut());
        return 0;
    }
}
