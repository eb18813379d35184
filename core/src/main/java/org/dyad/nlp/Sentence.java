package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence after the NLP stage: tokens, dependencies (empty when the sentence was not parsed)
 * and temporal expressions. Immutable; the graph views are built once.
 */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final List<Token> tokens;
    private final List<Dep> deps;
    private final List<Timex> timexes;
    private final List<List<Dep>> out;
    private final List<List<Dep>> in;

    public Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dep> deps,
                    List<Timex> timexes) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.deps = List.copyOf(deps);
        this.timexes = List.copyOf(timexes);
        List<List<Dep>> o = new ArrayList<>(tokens.size());
        List<List<Dep>> i = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            o.add(new ArrayList<>(2));
            i.add(new ArrayList<>(2));
        }
        for (Dep d : deps) {
            if (d.gov() >= 0 && d.gov() < tokens.size()) o.get(d.gov()).add(d);
            if (d.dep() >= 0 && d.dep() < tokens.size()) i.get(d.dep()).add(d);
        }
        this.out = o;
        this.in = i;
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public Token token(int i) { return tokens.get(i); }
    public int size() { return tokens.size(); }
    public List<Dep> deps() { return deps; }
    public List<Timex> timexes() { return timexes; }
    public boolean parsed() { return !deps.isEmpty(); }

    /** Dependencies whose governor is token {@code i}. */
    public List<Dep> children(int i) {
        return i < 0 || i >= out.size() ? Collections.emptyList() : out.get(i);
    }

    /** Dependencies whose dependent is token {@code i}. */
    public List<Dep> parents(int i) {
        return i < 0 || i >= in.size() ? Collections.emptyList() : in.get(i);
    }

    /** Children of {@code i} whose relation equals {@code rel} exactly. */
    public List<Integer> children(int i, String rel) {
        List<Integer> r = new ArrayList<>(1);
        for (Dep d : children(i)) if (d.rel().equals(rel)) r.add(d.dep());
        return r;
    }

    /** Char span text for tokens [from, to). */
    public String textOf(int from, int to, String articleText) {
        return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    @Override
    public String toString() { return "Sentence[" + index + "] " + text; }
}
