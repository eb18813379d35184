package org.dyad.spark;

import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One item read from the job's inputs: an article to code, or an input that could not be read as
 * an article (malformed JSON line, empty or binary file, no id or text), with the reason. Plain
 * fields, so it crosses the shuffle that spreads articles over the executors.
 */
public final class Input implements Serializable {
    private static final long serialVersionUID = 1L;

    final String id;
    final String date;
    final String text;
    final String url;
    final String publisher;
    final String title;
    final String origin;
    /** Why the input is not an article, or null. */
    final String error;

    private Input(String id, String date, String text, String url, String publisher, String title, String origin,
                  String error) {
        this.id = id;
        this.date = date;
        this.text = text;
        this.url = url;
        this.publisher = publisher;
        this.title = title;
        this.origin = origin;
        this.error = error;
    }

    static Input of(Article a) {
        return new Input(a.id(), a.date() == null ? null : a.date().toString(), a.text(), a.url(), a.publisher(),
                a.title(), a.origin(), null);
    }

    /** An input that failed to be read; {@code id} may be null when no id could be read. */
    static Input failed(String id, String origin, String reason) {
        return new Input(id, null, null, null, null, null, origin, reason);
    }

    static Input failed(Diagnostic d) {
        return failed(null, d.where(), d.stage() + ": " + d.message());
    }

    /** The reason text for a list of error diagnostics: {@code stage: message; ...}. */
    static String reason(List<Diagnostic> errors) {
        return errors.stream().map(d -> d.stage() + ": " + d.message()).collect(Collectors.joining("; "));
    }

    boolean isFailed() { return error != null; }

    Article article() {
        return new Article(id, date == null ? null : LocalDate.parse(date), text, url, publisher, title, origin);
    }
}
