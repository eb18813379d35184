package org.dyad.cli;

import org.dyad.actors.ActorMention;
import org.dyad.engine.Dyad;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import org.dyad.pipeline.ArticleDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad parse}: shows what the coder sees — tokens, lemmas, tags, NER, actors, temporal
 * expressions and the enhanced++ dependencies of each parsed sentence — so that a pattern author
 * can see which relation carries a role without reading Java.
 */
@Command(name = "parse", description = "Show tokens, actors, dates and dependencies the coder sees (for writing patterns).")
public final class ParseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> diags = new ArrayList<>();
        List<Article> articles = ArticleSource.readAll(paths, diags);
        diags.forEach(d -> spec.commandLine().getErr().println(d));
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        for (Article a : articles) {
            ArticleDoc doc = dyad.code(a).doc();
            out.println("== " + a.id());
            for (Sentence s : doc.sentences) {
                out.println("[" + s.index() + "] " + s.text().replace('\n', ' '));
                for (ActorMention m : doc.actorsIn(s.index())) {
                    out.println("    actor " + m.first() + "-" + (m.last() - 1) + " '" + m.text() + "' = "
                            + (m.code() == null ? "(media)" : m.code()) + "  [" + m.basis() + "]");
                }
                for (Timex t : s.timexes()) out.println("    time '" + t.text() + "' = " + t.value() + (t.altValue() == null ? "" : " alt " + t.altValue()));
                if (!s.parsed()) {
                    out.println("    (not parsed)");
                    continue;
                }
                for (Token t : s.tokens()) {
                    StringBuilder b = new StringBuilder();
                    for (Dep d : s.parents(t.index())) {
                        if (b.length() > 0) b.append(", ");
                        b.append(d.rel()).append('(').append(d.gov() < 0 ? "ROOT" : s.token(d.gov()).word() + "-" + d.gov()).append(')');
                    }
                    out.printf("    %3d %-16s %-14s %-5s %-12s %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), b);
                }
            }
        }
        out.flush();
        return diags.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? 1 : 0;
    }
}
