package org.dyad.model;

/**
 * A message about one article or input line: bad input never throws, it becomes a diagnostic.
 *
 * @param severity {@link Severity#ERROR} means the article (or line) could not be coded
 * @param where    file, file:line or article id the message is about
 * @param stage    the pipeline stage or reader that produced it
 * @param message  what happened, in words a user can act on
 */
public record Diagnostic(Severity severity, String where, String stage, String message) {
    public enum Severity { INFO, WARNING, ERROR }

    public static Diagnostic error(String where, String stage, String message) {
        return new Diagnostic(Severity.ERROR, where, stage, message);
    }

    public static Diagnostic warning(String where, String stage, String message) {
        return new Diagnostic(Severity.WARNING, where, stage, message);
    }

    public static Diagnostic info(String where, String stage, String message) {
        return new Diagnostic(Severity.INFO, where, stage, message);
    }

    @Override
    public String toString() {
        return where + ": " + severity.name().toLowerCase() + ": " + message + " [" + stage + "]";
    }
}
