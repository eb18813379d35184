package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs of dependency parses that CoreNLP's parser gets wrong in a way the coder cannot work round, each a
 * construction of news English with one right reading. Applied to the enhanced++ graph right after parsing.
 * <ul>
 *   <li>"Kenya called on Somalia to release the workers", parsed as an adverbial clause whose marker is "on" and whose
 *   subject is Somalia ({@code mark(release, on)}, {@code nsubj(release, Somalia)}, {@code advcl:to(called, release)}):
 *   Somalia is the oblique of "called" ({@code obl:on}), "to release" its open complement ({@code xcomp}), with Somalia
 *   as the complement's controlled subject ({@code nsubj:xsubj}).</li>
 *   <li>"Russia denied shelling the town", "Iran denied supplying weapons": a gerund right after a verb, attached as a
 *   bare {@code dep}, is the verb's open complement ({@code xcomp}), so that what is denied, avoided or stopped is read
 *   under that verb (negated) rather than as an act of its own.</li>
 * </ul>
 */
public final class ParseRepair {
    private ParseRepair() {
    }

    public static List<Dep> repair(List<Token> tokens, List<Dep> deps) {
        return gerundComplement(tokens, verbOnObjectToVerb(tokens, deps));
    }

    /** "Russia denied shelling the town": see the class comment. */
    static List<Dep> gerundComplement(List<Token> tokens, List<Dep> deps) {
        List<Dep> out = null;
        for (int i = 0; i < deps.size(); i++) {
            Dep d = deps.get(i);
            if (!d.rel().equals("dep") || d.gov() < 0 || d.dep() != d.gov() + 1) continue;
            if (!tokens.get(d.dep()).pos().equals("VBG") || !tokens.get(d.gov()).isVerb()) continue;
            if (out == null) out = new ArrayList<>(deps);
            out.set(i, new Dep(d.gov(), d.dep(), "xcomp"));
        }
        return out == null ? deps : out;
    }

    /** "called on X to V": see the class comment. */
    static List<Dep> verbOnObjectToVerb(List<Token> tokens, List<Dep> deps) {
        List<Dep> out = deps;
        for (Dep mark : deps) {
            if (!mark.rel().equals("mark") || !tokens.get(mark.dep()).lower().equals("on")) continue;
            int on = mark.dep(), v = mark.gov();
            if (on == 0 || !tokens.get(on - 1).isVerb()) continue;
            int c = on - 1;
            Dep clause = null;
            for (Dep d : deps) if (d.dep() == v && d.gov() == c && d.rel().startsWith("advcl")) clause = d;
            if (clause == null) continue;
            Dep subj = null;
            for (Dep d : deps) if (d.gov() == v && d.rel().equals("nsubj") && d.dep() > on && d.dep() < v) subj = d;
            boolean to = false;
            for (Dep d : deps) if (d.gov() == v && d.rel().equals("mark") && tokens.get(d.dep()).lower().equals("to")) to = true;
            if (subj == null || !to) continue;
            int x = subj.dep();
            List<Dep> next = new ArrayList<>(out.size() + 2);
            for (Dep d : out) {
                if (d.equals(mark) || d.equals(subj) || d.equals(clause)) continue;
                next.add(d);
            }
            next.add(new Dep(c, v, "xcomp"));
            next.add(new Dep(c, x, "obl:on"));
            next.add(new Dep(x, on, "case"));
            next.add(new Dep(v, x, "nsubj:xsubj"));
            out = next;
        }
        return out;
    }
}
