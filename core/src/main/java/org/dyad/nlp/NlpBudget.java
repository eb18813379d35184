package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The per-article time budget of the CoreNLP work (tagging in {@link TokensStage}, parsing
 * in {@link ParseStage}), so that one pathological article cannot stall a batch. It is
 * measured in CPU time of the thread coding the article (wall time where the JVM cannot measure
 * thread CPU time), so that a loaded machine does not change what gets coded. The stages check it
 * between chunks of sentences; what was done is kept, the rest is skipped with a warning.
 *
 * <p>Tagging may use at most half of the budget, so that the parser always has the other half for
 * the sentences already tagged.
 */
public final class NlpBudget {
    /** Default budget per article: 10 s of CPU (a 60-sentence article needs about 2 s). */
    public static final long DEFAULT_MILLIS = 10_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = cpuClock();

    /** Where the budget of an article travels from the tagging to the parsing stage. */
    static final class Key implements CoreAnnotation<NlpBudget> {
        @Override
        public Class<NlpBudget> getType() { return NlpBudget.class; }
    }

    private final long budgetNanos;
    private final long start;

    private NlpBudget(long budgetMillis) {
        this.budgetNanos = budgetMillis <= 0 ? Long.MAX_VALUE : budgetMillis * 1_000_000L;
        this.start = now();
    }

    /** Starts the clock of one article; {@code budgetMillis <= 0} means no limit. */
    public static NlpBudget start(long budgetMillis) { return new NlpBudget(budgetMillis); }

    static NlpBudget of(Annotation a) {
        NlpBudget b = a.get(Key.class);
        return b == null ? start(0) : b;
    }

    void attach(Annotation a) { a.set(Key.class, this); }

    private static boolean cpuClock() {
        try {
            if (!THREADS.isCurrentThreadCpuTimeSupported()) return false;
            if (!THREADS.isThreadCpuTimeEnabled()) THREADS.setThreadCpuTimeEnabled(true);
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long now() { return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime(); }

    public long usedNanos() { return now() - start; }

    /** True when the whole budget is spent. */
    public boolean spent() { return budgetNanos != Long.MAX_VALUE && usedNanos() >= budgetNanos; }

    /** True when the share of the budget for tagging (half) is spent. */
    public boolean taggingSpent() { return budgetNanos != Long.MAX_VALUE && usedNanos() >= budgetNanos / 2; }

    /** "10 s of CPU" for messages. */
    public String describe() {
        return String.format(Locale.ROOT, "%s s of %s", seconds(budgetNanos), CPU ? "CPU" : "time");
    }

    public String usedSeconds() { return seconds(usedNanos()); }

    private static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
