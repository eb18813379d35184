package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 *   <li>"The European Parliament demanded on Thursday that Belarus carry out reforms before relations can improve":
 *   a that-clause separated from its verb only by adverbials ("on Thursday", "again") and hung elsewhere (as the
 *   subject of a later verb, a bare {@code dep}) is the verb's complement ({@code ccomp}), "that" its marker.</li>
 *   <li>"FARC guerrillas armed with assault rifles ambushed an army patrol": a past participle read as the main verb
 *   (root, with the noun as its subject and no auxiliary) while a finite past verb after it hangs on it as a bare
 *   {@code dep}: the participle modifies the noun ({@code acl}), the finite verb is the root with the noun as subject.</li>
 *   <li>"Iran warned it would close the Strait of Hormuz": a subject pronoun after a verb, followed by a modal and a
 *   bare verb, parsed as the verb's object with the clause hung on as a bare {@code dep}: the pronoun is the clause's
 *   subject and the clause the verb's complement ({@code ccomp}).</li>
 * </ul>
 */
public final class ParseRepair {
    private ParseRepair() {
    }

    public static List<Dep> repair(List<Token> tokens, List<Dep> deps) {
        return pronounSubjectClause(tokens, participleSubject(tokens, thatClauseComplement(tokens, gerundComplement(tokens, verbOnObjectToVerb(tokens, deps)))));
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

    /** "demanded on Thursday that Belarus carry out reforms": see the class comment. */
    static List<Dep> thatClauseComplement(List<Token> tokens, List<Dep> deps) {
        List<Dep> out = deps;
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("that")) continue;
            // the clause "that" opens: its head verb, after "that", with a subject between
            int clause = -1;
            for (Dep d : out) {
                if (d.dep() == i && d.gov() > i && (d.rel().equals("mark") || d.rel().equals("dep")) && tokens.get(d.gov()).isVerb()) clause = d.gov();
            }
            if (clause < 0) continue;
            boolean subject = false;
            for (Dep d : out) if (d.gov() == clause && d.rel().startsWith("nsubj") && d.dep() > i && d.dep() < clause) subject = true;
            if (!subject) continue;
            // the verb before it, with only adverbials between (never an object: "demanded reforms that ..." is relative)
            int verb = -1;
            for (int j = i - 1; j >= 0 && verb < 0; j--) {
                if (tokens.get(j).isVerb()) { verb = j; break; }
                if (!adverbialOf(tokens, out, j)) break;
            }
            if (verb < 0 || verb == clause) continue;
            Dep old = null;
            boolean already = false;
            for (Dep d : out) {
                if (d.dep() != clause || d.gov() < 0) continue;
                if (d.gov() == verb && d.rel().equals("ccomp")) already = true;
                else if (old == null) old = d;
            }
            if (already || old == null || old.rel().equals("ccomp") || old.rel().startsWith("acl") || old.rel().startsWith("conj")) continue;
            final int v = verb, c = clause, that = i;
            final Dep o = old;
            List<Dep> next = new ArrayList<>(out.size() + 1);
            for (Dep d : out) {
                if (d.equals(o)) continue;
                if (d.dep() == that && d.gov() == c) { next.add(new Dep(c, that, "mark")); continue; }
                next.add(d);
            }
            next.add(new Dep(v, c, "ccomp"));
            out = next;
        }
        return out;
    }

    /** A word of an adverbial of the verb before a that-clause: a time or place phrase, an adverb, a comma. */
    private static boolean adverbialOf(List<Token> tokens, List<Dep> deps, int j) {
        String pos = tokens.get(j).pos();
        if (pos.equals(",") || pos.equals("RB") || pos.equals("IN") || pos.equals("DT") || pos.equals("CD")) return true;
        for (Dep d : deps) {
            if (d.dep() != j) continue;
            String r = d.rel();
            if (r.startsWith("obl") || r.startsWith("nmod:tmod") || r.equals("advmod") || r.equals("compound") || r.equals("amod")
                    || r.equals("nmod:on") || r.equals("nummod")) return true;
        }
        return false;
    }

    /** "guerrillas armed with rifles ambushed a patrol": see the class comment. */
    static List<Dep> participleSubject(List<Token> tokens, List<Dep> deps) {
        List<Dep> out = deps;
        for (int r = 0; r < tokens.size(); r++) {
            if (!tokens.get(r).pos().equals("VBN")) continue;
            Dep subj = null, finite = null, head = null;
            boolean aux = false;
            for (Dep d : out) {
                if (d.dep() == r && head == null) head = d;
                if (d.gov() != r) continue;
                if (d.rel().startsWith("aux") || d.rel().equals("cop")) aux = true;
                if (d.rel().equals("nsubj") && d.dep() < r) subj = d;
                if (d.rel().equals("dep") && d.dep() > r && tokens.get(d.dep()).pos().equals("VBD") && finite == null) finite = d;
            }
            // the participle stands where the main verb should (root or a clause of a speech verb)
            if (aux || subj == null || finite == null || head == null
                    || !(head.rel().equals("root") || head.rel().equals("ccomp") || head.rel().startsWith("advcl") || head.rel().equals("parataxis"))) continue;
            int n = subj.dep(), v = finite.dep(), part = r;
            final Dep s0 = subj, f0 = finite, h0 = head;
            List<Dep> next = new ArrayList<>(out.size() + 1);
            for (Dep d : out) {
                if (d.equals(s0) || d.equals(f0)) continue;
                if (d.equals(h0)) { next.add(new Dep(d.gov(), v, d.rel())); continue; }
                // what follows the finite verb belongs to it
                if (d.gov() == part && d.dep() > v) { next.add(new Dep(v, d.dep(), d.rel())); continue; }
                next.add(d);
            }
            next.add(new Dep(n, part, "acl"));
            next.add(new Dep(v, n, "nsubj"));
            out = next;
        }
        return out;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

    /** "warned it would close the strait": see the class comment. */
    static List<Dep> pronounSubjectClause(List<Token> tokens, List<Dep> deps) {
        List<Dep> out = deps;
        for (int p = 1; p + 2 < tokens.size(); p++) {
            if (!SUBJECT_PRONOUNS.contains(tokens.get(p).lower()) || !tokens.get(p + 1).pos().equals("MD")) continue;
            int verb = -1, clause = -1;
            for (int c = p + 2; c < Math.min(tokens.size(), p + 5) && clause < 0; c++) {
                if (tokens.get(c).pos().equals("VB")) clause = c;
                else if (!tokens.get(c).pos().equals("RB")) break;
            }
            if (clause < 0) continue;
            Dep obj = null, hang = null;
            for (Dep d : out) {
                if (d.dep() == p && d.rel().equals("obj") && d.gov() == p - 1) { obj = d; verb = d.gov(); }
            }
            if (obj == null) continue;
            for (Dep d : out) if (d.dep() == clause && d.gov() == verb && !d.rel().equals("ccomp")) hang = d;
            // or the other way round: the clause made the head and the verb its subject ("warned" as csubj of "cut")
            Dep inverse = null, clauseHead = null;
            for (Dep d : out) {
                if (d.gov() == clause && d.dep() == verb) inverse = d;
                if (d.dep() == clause && d.gov() != verb && clauseHead == null) clauseHead = d;
            }
            if (hang == null && (inverse == null || clauseHead == null)) continue;
            final Dep o = obj, h = hang != null ? hang : inverse, ch = hang != null ? null : clauseHead;
            final int v = verb;
            List<Dep> next = new ArrayList<>(out.size());
            for (Dep d : out) {
                if (d.equals(o) || d.equals(h)) continue;
                if (ch != null && d.equals(ch)) { next.add(new Dep(d.gov(), v, d.rel())); continue; }
                if (ch != null && d.gov() == clause && d.dep() < v) { next.add(new Dep(v, d.dep(), d.rel())); continue; }
                next.add(d);
            }
            next.add(new Dep(verb, clause, "ccomp"));
            next.add(new Dep(clause, p, "nsubj"));
            out = next;
        }
        return out;
    }
}
