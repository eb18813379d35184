package org.dyad.store;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: articles done of total, articles per second and the
 * time left. Drawn at most five times a second; silent when disabled (stderr is not a terminal, or
 * {@code --quiet}).
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final String unit;
    private long total;
    private long done;
    private long start = System.nanoTime();
    private long doneAtStart;
    private long lastDraw;
    private int lastWidth;
    private String note = "";

    public Progress(PrintWriter err, boolean enabled, long total, String unit) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.unit = unit;
    }

    /** True when standard error is a terminal: the launcher says so in DYAD_STDERR_TTY; else the JVM's console. */
    public static boolean stderrIsTerminal() {
        String env = System.getenv("DYAD_STDERR_TTY");
        if (env != null) return env.equals("1");
        return System.console() != null;
    }

    /** Measures the rate from now on (after loading models, which is not work done). */
    public void startClock() {
        start = System.nanoTime();
        doneAtStart = done;
    }

    /** More work to do: adds to the total. */
    public void extend(long n) { this.total += n; }

    /** A word shown after the counts ("loading the coder", "writing"). */
    public void note(String n) {
        this.note = n == null ? "" : n;
        draw(true);
    }

    public void advance(long n) {
        done += n;
        draw(false);
    }

    private void draw(boolean force) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (!force && now - lastDraw < 200_000_000L && done < total) return;
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? (done - doneAtStart) / secs : 0;
        int width = 24;
        int filled = total <= 0 ? 0 : (int) Math.min(width, Math.round(width * (double) done / total));
        String eta = rate > 0 && total > done ? time((total - done) / rate) : "--";
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s  %.1f %s/s  ETA %s%s", "#".repeat(filled),
                " ".repeat(width - filled), done, total, unit, rate, unit, eta, note.isEmpty() ? "" : "  " + note);
        String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
        err.print("\r" + line + pad);
        err.flush();
        lastWidth = line.length();
    }

    /** Clears the line. */
    public void finish() {
        if (!enabled || lastWidth == 0) return;
        err.print("\r" + " ".repeat(lastWidth) + "\r");
        err.flush();
        lastWidth = 0;
    }

    static String time(double s) {
        long t = Math.round(s);
        if (t < 60) return t + "s";
        if (t < 3600) return (t / 60) + "m" + String.format("%02d", t % 60) + "s";
        return (t / 3600) + "h" + String.format("%02d", (t % 3600) / 60) + "m";
    }
}
