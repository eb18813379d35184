package org.dyad.cli;

import org.dyad.store.Filter;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;

/** The options that select clusters, shared by query, timeline and export. */
public final class FilterOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "a CAMEO actor code on either side (RUSGOV; RUS* for a prefix)")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "a country on either side")
    String country;

    @Option(names = "--dyad", paramLabel = "A:B", description = "source:target, directed; each side a code, a country (3 letters: any actor of it) or *")
    String dyad;

    @Option(names = "--code", paramLabel = "C", description = "a CAMEO event code and its sub-codes (112 matches 1121)")
    String code;

    @Option(names = "--root", paramLabel = "R", description = "a CAMEO root 1..20")
    String root;

    @Option(names = "--quad", paramLabel = "N", description = "a quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
    Integer quad;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYY-MM-DD (or YYYY-MM, YYYY)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, YYYY-MM-DD (or YYYY-MM, YYYY: its end)")
    String to;

    @Option(names = "--mode", paramLabel = "M", description = "asserted, negated, future, hypothetical (comma-separated) or all")
    String mode;

    @Option(names = "--historical", paramLabel = "include|exclude|only", description = "events dated over a year before their article (default: include)")
    String historical;

    @Option(names = "--publisher", paramLabel = "P", description = "only events reported by this publisher (among others)")
    String publisher;

    @Option(names = "--text", paramLabel = "WORDS", description = "only events with an evidence sentence containing all these words")
    String text;

    /** The filter; {@code defaultMode} applies when --mode is not given. Bad values throw IllegalArgumentException. */
    Filter filter(String defaultMode) {
        List<String> words = text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return new Filter(blank(actor), blank(country), blank(dyad), blank(code), blank(root), quad,
                Filter.date(blank(from), false, "--from"), Filter.date(blank(to), true, "--to"),
                Filter.modes(mode == null ? defaultMode : mode), historical, blank(publisher), words);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A short description for chart titles. */
    String describe() {
        StringBuilder b = new StringBuilder();
        if (dyad != null) b.append(dyad).append(' ');
        if (actor != null) b.append("actor ").append(actor).append(' ');
        if (country != null) b.append("country ").append(country).append(' ');
        if (root != null) b.append("root ").append(root).append(' ');
        if (code != null) b.append("code ").append(code).append(' ');
        if (quad != null) b.append("quad ").append(quad).append(' ');
        if (publisher != null) b.append("publisher ").append(publisher).append(' ');
        return b.toString().trim();
    }
}
