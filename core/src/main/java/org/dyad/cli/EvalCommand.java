package org.dyad.cli;

import org.dyad.engine.Dyad;
import org.dyad.eval.GoldEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dyad eval GOLD.jsonl}: the coder's figures on human-coded sentences. */
@Command(name = "eval", description = "Score the coder on human-coded sentences (dyad-root P/R/F1, full-code recall, codebook hits).")
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl")
    Path gold;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(gold)) {
            spec.commandLine().getErr().println("dyad eval: cannot read " + gold);
            return 1;
        }
        var records = GoldEval.read(gold);
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        GoldEval.print(GoldEval.run(dyad, records), spec.commandLine().getOut());
        return 0;
    }
}
