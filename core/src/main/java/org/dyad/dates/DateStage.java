package org.dyad.dates;

import org.dyad.coding.EventDraft;
import org.dyad.model.Mode;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates each event from the text that governs it: a temporal expression attached to the event's
 * clause wins over one elsewhere in the sentence, which wins over the dateline. SUTime's values
 * are repaired where it leaves composites unresolved ("December 1, the day before ..."), weekday
 * names are resolved by tense (past: the last such day up to the dateline; future: the next one),
 * and events more than a year before the dateline are flagged historical. Provides
 * {@link Layer#EVENT_DATES}.
 */
public final class DateStage implements Stage {
    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\dX-])(\\d{4})(?![\\d-])");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> RELATIVE_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight", "last", "next",
            "this", "ago", "earlier", "later", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "recently", "coming", "past");

    @Override public String name() { return "dates"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.EVENTS, Layer.TIMEX); }
    @Override public Set<Layer> provides() { return Set.of(Layer.EVENT_DATES); }

    /** A resolved date. */
    public record Resolved(String date, String precision, String basis, String text) {
    }

    @Override
    public void process(ArticleDoc doc) {
        LocalDate dateline = doc.article().date();
        for (EventDraft e : doc.events) {
            Sentence s = doc.sentences.get(e.sentence);
            Resolved r = null;
            Timex clauseTimex = clauseTimex(s, e);
            if (clauseTimex != null) r = resolve(clauseTimex, s, e, dateline);
            // then a date inside the event's own clause ("gave him 48 hours in a letter sent on Friday"), then any date of
            // the sentence but one in a relative clause the event is not in ("the junta, which seized power on July 26, ...")
            for (int pass = 0; pass < 2 && r == null; pass++) {
                for (Timex t : s.timexes()) {
                    if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) continue;
                    // not a word of a name ("Mar del Plata") nor a date that only describes a thing ("the 2006 ceasefire")
                    if (describesANoun(s, t)) continue;
                    int under = relativeClauseOf(s, t.startToken());
                    if (under >= 0 && !dominates(s, under, e.triggerToken)) continue;
                    if (pass == 0 && !inClause(s, e.clauseHead, t.startToken())) continue;
                    r = resolve(t, s, e, dateline);
                    if (r != null) break;
                }
            }
            if (r == null && dateline != null) r = recalled(doc, s, e, dateline);
            if (r == null && dateline != null) r = new Resolved(dateline.toString(), "day", "dateline", null);
            if (r == null) r = new Resolved(null, null, "unknown", null);
            e.date = r.date();
            e.datePrecision = r.precision();
            e.dateBasis = r.basis();
            e.dateText = r.text();
            LocalDate start = startOf(r.date());
            if (start != null && dateline != null) {
                LocalDate end = endOf(r.date());
                e.historical = end.isBefore(dateline.minusYears(1));
                if (e.mode == Mode.ASSERTED && start.isAfter(dateline) && !"dateline".equals(r.basis())) e.mode = Mode.FUTURE;
            }
            if (r.text() != null) e.trace.add("date " + r.date() + " (" + r.precision() + ", " + r.basis() + ") from '" + r.text() + "'");
        }
    }

    private static final Set<String> RECALL_VERBS = Set.of("recall", "remember", "remind", "recount", "recollect");

    /**
     * "Blinken responded by recalling that forces ... fired at demonstrators": an event told as a memory,
     * with no date of its own, takes the latest earlier year the article's preceding sentences name
     * ("the events of 2014"), when that year is before the dateline's.
     */
    static Resolved recalled(ArticleDoc doc, Sentence s, EventDraft e, LocalDate dateline) {
        boolean recalled = false;
        int node = e.clauseHead;
        for (int depth = 0; depth < 4 && node >= 0 && !recalled; depth++) {
            int up = -1;
            for (Dep d : s.parents(node)) if (d.gov() >= 0) up = d.gov();
            if (up >= 0 && RECALL_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) recalled = true;
            // "responded by recalling that ...": the parser may hang the clause on "responded"
            if (up >= 0) for (Dep c : s.children(up)) {
                if (c.dep() < node && RECALL_VERBS.contains(s.token(c.dep()).lemma().toLowerCase(Locale.ROOT))) recalled = true;
            }
            node = up;
        }
        if (!recalled) return null;
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3); k--) {
            Sentence prev = doc.sentences.get(k);
            for (int i = prev.size() - 1; i >= 0; i--) {
                Token t = prev.token(i);
                if (t.pos().equals("CD") && t.word().matches("(19|20)\\d\\d")) {
                    int y = Integer.parseInt(t.word());
                    if (y < dateline.getYear()) {
                        e.trace.add("date from the year the article names before the recalled event: '" + t.word() + "' in sentence " + k);
                        return new Resolved(t.word(), "year", "relative", t.word());
                    }
                }
            }
        }
        return null;
    }

    /** True when the expression modifies a noun: part of a name ("Mar del Plata") or of a description ("the 2006 ceasefire"). */
    static boolean describesANoun(Sentence s, Timex t) {
        for (int i = t.startToken(); i < t.endToken(); i++) {
            for (Dep d : s.parents(i)) {
                if (d.gov() < 0 || (d.gov() >= t.startToken() && d.gov() < t.endToken())) continue;
                String rel = d.rel();
                if ((rel.equals("compound") || rel.equals("nummod") || rel.equals("amod") || rel.equals("nmod:poss"))
                        && s.token(d.gov()).isNoun()) return true;
            }
        }
        return false;
    }

    /** The head of the relative clause ({@code acl:relcl}) a token is in, or -1. */
    static int relativeClauseOf(Sentence s, int token) {
        Set<Integer> seen = new java.util.HashSet<>();
        for (int n = token; n >= 0 && seen.add(n); ) {
            int up = -1;
            for (Dep d : s.parents(n)) {
                if (d.rel().equals("acl:relcl")) return n;
                if (up < 0) up = d.gov();
            }
            n = up;
        }
        return -1;
    }

    /** Relations that leave a clause on the way up: its subject, an apposition, a relative clause. */
    private static final Set<String> OUT_OF_CLAUSE = Set.of("appos", "acl:relcl");

    /**
     * Whether a token is in the clause of {@code head}: below it on the first-parent path, but not inside its subject or an
     * apposition or relative clause ("the junta, which seized power on July 26, gave ..." is not dated July 26).
     */
    static boolean inClause(Sentence s, int head, int token) {
        return below(s, head, token, true);
    }

    /** Whether {@code top} is {@code token} or above it on its first-parent path. */
    static boolean dominates(Sentence s, int top, int token) {
        return below(s, top, token, false);
    }

    /** The first-parent path from {@code token} up reaches {@code top}; with {@code clauseOnly}, not leaving a clause. */
    private static boolean below(Sentence s, int top, int token, boolean clauseOnly) {
        if (top < 0 || token < 0) return false;
        Set<Integer> seen = new java.util.HashSet<>();
        for (int n = token; n >= 0 && seen.add(n); ) {
            if (n == top) return true;
            Dep up = null;
            for (Dep d : s.parents(n)) { up = d; break; }
            if (up == null) return false;
            if (clauseOnly && (up.rel().startsWith("nsubj") || OUT_OF_CLAUSE.contains(up.rel()))) return false;
            n = up.gov();
        }
        return false;
    }

    /** A temporal expression whose head hangs from the event's clause or trigger. */
    private static Timex clauseTimex(Sentence s, EventDraft e) {
        for (Timex t : s.timexes()) {
            for (int i = t.startToken(); i < t.endToken(); i++) {
                for (Dep d : s.parents(i)) {
                    if (d.gov() >= t.startToken() && d.gov() < t.endToken()) continue;
                    if (d.gov() == e.clauseHead || d.gov() == e.triggerToken) return t;
                }
            }
        }
        return null;
    }

    static Resolved resolve(Timex t, Sentence s, EventDraft e, LocalDate dateline) {
        String text = t.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean relative = false;
        for (String w : lower.split("[^a-z]+")) if (RELATIVE_WORDS.contains(w)) relative = true;
        String basis = relative ? "relative" : "explicit";
        // weekday names by tense
        String weekday = null;
        for (String w : lower.split("[^a-z]+")) if (WEEKDAYS.contains(w)) weekday = w;
        if (weekday != null && dateline != null && !lower.matches(".*\\d.*")) {
            DayOfWeek dow = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
            boolean future = e.mode == Mode.FUTURE || lower.contains("next") || lower.contains("coming");
            boolean past = !future && (lower.contains("last") || isPastTense(s, e));
            LocalDate d = past ? dateline.with(TemporalAdjusters.previousOrSame(dow))
                    : future ? dateline.with(TemporalAdjusters.nextOrSame(dow)) : dateline.with(TemporalAdjusters.previousOrSame(dow));
            if (lower.contains("last") && d.equals(dateline)) d = d.minusWeeks(1);
            return new Resolved(d.toString(), "day", "relative", text);
        }
        String v = t.value();
        if (v == null || v.isEmpty() || v.contains("X")) {
            v = repair(t, dateline, isPastTense(s, e));
            if (v == null) return null;
        }
        if (v.equals("PRESENT_REF") && dateline != null) return new Resolved(dateline.toString(), "day", "relative", text);
        Matcher m = DAY.matcher(v);
        if (m.find() && m.start() == 0) return new Resolved(v.substring(0, 10), "day", basis, text);
        m = MONTH.matcher(v);
        if (m.find()) return new Resolved(v, "month", basis, text);
        m = WEEK.matcher(v);
        if (m.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return new Resolved(monday.toString(), "week", "relative", text);
        }
        if (v.matches("^\\d{4}$")) return new Resolved(v, "year", basis, text);
        if (v.matches("^\\d{4}-(SU|SP|FA|WI|Q\\d|H\\d).*")) return new Resolved(v.substring(0, 4), "year", basis, text);
        return null;
    }

    /** SUTime leaves composites unresolved ("THIS P1D INTERSECT XXXX-12-01", "... INTERSECT 2014"). */
    static String repair(Timex t, LocalDate dateline, boolean past) {
        String alt = t.altValue() == null ? "" : t.altValue();
        String v = t.value() == null ? "" : t.value();
        for (String s : new String[]{v, alt}) {
            Matcher m = DAY.matcher(s);
            if (m.find()) {
                int month = Integer.parseInt(m.group(2)), day = Integer.parseInt(m.group(3));
                if (!m.group(1).equals("XXXX")) return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                if (dateline == null) return null;
                try {
                    LocalDate d = LocalDate.of(dateline.getYear(), month, day);
                    if (past && d.isAfter(dateline)) d = d.minusYears(1);
                    if (!past && d.isBefore(dateline.minusMonths(6))) d = d.plusYears(1);
                    return d.toString();
                } catch (java.time.DateTimeException ex) {
                    return null;
                }
            }
        }
        for (String s : new String[]{v, alt}) {
            Matcher m = YEAR.matcher(s);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    static boolean isPastTense(Sentence s, EventDraft e) {
        Token t = s.token(e.clauseHead);
        if (t.pos().equals("VBD")) return true;
        for (Dep d : s.children(e.clauseHead)) {
            String w = s.token(d.dep()).lower();
            if (d.rel().startsWith("aux") && (w.equals("had") || w.equals("has") || w.equals("have") || w.equals("was")
                    || w.equals("were") || w.equals("did"))) return true;
        }
        return false;
    }

    static LocalDate startOf(String date) {
        if (date == null) return null;
        try {
            if (date.length() == 10) return LocalDate.parse(date);
            if (date.length() == 7) return LocalDate.parse(date + "-01");
            if (date.length() == 4) return LocalDate.of(Integer.parseInt(date), 1, 1);
        } catch (RuntimeException ex) {
            return null;
        }
        return null;
    }

    static LocalDate endOf(String date) {
        LocalDate s = startOf(date);
        if (s == null) return null;
        if (date.length() == 7) return s.with(TemporalAdjusters.lastDayOfMonth());
        if (date.length() == 4) return s.with(TemporalAdjusters.lastDayOfYear());
        return s;
    }
}
