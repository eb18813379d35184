package org.dyad.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which clusters a query, timeline or export selects. All conditions must hold; null means "any".
 *
 * @param actor      a CAMEO actor code on either side ({@code RUSGOV}); a trailing {@code *} matches a prefix ({@code RUS*})
 * @param country    an ISO3 country on either side
 * @param dyad       {@code SOURCE:TARGET}, directed; each side a code, a country (3 letters: any actor of that
 *                   country) or {@code *}; {@code ---} is "no target"
 * @param code       a CAMEO event code, with its sub-codes ({@code 112} matches {@code 1121})
 * @param root       a CAMEO root, 1..20
 * @param quad       a quad class, 1..4
 * @param from       first day (inclusive)
 * @param to         last day (inclusive)
 * @param modes      modes to keep ({@code asserted}, ...), empty for all
 * @param historical {@code include}, {@code exclude} or {@code only}
 * @param publisher  clusters with at least one report from this publisher (case-insensitive)
 * @param text       clusters with an evidence sentence containing all these words (case-insensitive)
 */
public record Filter(String actor, String country, String dyad, String code, String root, Integer quad, LocalDate from,
                     LocalDate to, List<String> modes, String historical, String publisher, List<String> text) {

    public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, List.of(), "include", null, List.of());

    static final Set<String> MODES = Set.of("asserted", "negated", "future", "hypothetical");

    /** A WHERE clause over alias {@code c} (clusters) and its parameters. */
    public record Where(String sql, List<Object> params) {
    }

    /** Checks the values and normalises them; throws IllegalArgumentException with a message for the user. */
    public Filter {
        if (dyad != null && !dyad.matches("[^:\\s]+:[^:\\s]+")) {
            throw new IllegalArgumentException("--dyad must be SOURCE:TARGET (e.g. USA:RUS, RUSGOV:*), not '" + dyad + "'");
        }
        if (root != null) {
            String r = root.trim();
            if (!r.matches("\\d{1,2}") || Integer.parseInt(r) < 1 || Integer.parseInt(r) > 20) {
                throw new IllegalArgumentException("--root must be a CAMEO root 1..20 (e.g. 19), not '" + root + "'");
            }
            root = r.length() == 1 ? "0" + r : r;
        }
        if (code != null && !code.trim().matches("\\d{2,4}")) {
            throw new IllegalArgumentException("--code must be a CAMEO code of 2 to 4 digits (e.g. 112), not '" + code + "'");
        }
        if (quad != null && (quad < 1 || quad > 4)) throw new IllegalArgumentException("--quad must be 1..4, not " + quad);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        modes = modes == null ? List.of() : List.copyOf(modes);
        for (String m : modes) {
            if (!MODES.contains(m)) {
                throw new IllegalArgumentException("--mode must be asserted, negated, future, hypothetical or all, not '" + m + "'");
            }
        }
        historical = historical == null ? "include" : historical.toLowerCase(Locale.ROOT);
        if (!Set.of("include", "exclude", "only").contains(historical)) {
            throw new IllegalArgumentException("--historical must be include, exclude or only, not '" + historical + "'");
        }
        text = text == null ? List.of() : List.copyOf(text);
    }

    /** Parses {@code --mode}: a comma-separated list, or {@code all}. */
    public static List<String> modes(String s) {
        if (s == null || s.isBlank() || s.equalsIgnoreCase("all")) return List.of();
        List<String> out = new ArrayList<>();
        for (String m : s.split(",")) if (!m.isBlank()) out.add(m.trim().toLowerCase(Locale.ROOT));
        return out;
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; the first day of the period, or its last with {@code end}. */
    public static LocalDate date(String s, boolean end, String option) {
        if (s == null) return null;
        String t = s.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t);
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{8}")) return LocalDate.parse(t, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, YYYY-MM or YYYY, not '" + s + "'");
    }

    public Where where() {
        List<String> cond = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (actor != null) {
            if (actor.endsWith("*")) {
                cond.add("(starts_with(c.source_code, ?) OR starts_with(c.target_code, ?))");
                String pre = actor.substring(0, actor.length() - 1).toUpperCase(Locale.ROOT);
                p.add(pre);
                p.add(pre);
            } else {
                cond.add("(c.source_code = ? OR c.target_code = ?)");
                p.add(actor.toUpperCase(Locale.ROOT));
                p.add(actor.toUpperCase(Locale.ROOT));
            }
        }
        if (country != null) {
            cond.add("(c.source_country = ? OR c.target_country = ?)");
            p.add(country.toUpperCase(Locale.ROOT));
            p.add(country.toUpperCase(Locale.ROOT));
        }
        if (dyad != null) {
            String[] ab = dyad.toUpperCase(Locale.ROOT).split(":");
            side("c.source_code", "c.source_country", ab[0], cond, p);
            side("c.target_code", "c.target_country", ab[1], cond, p);
        }
        if (code != null) {
            cond.add("starts_with(c.cameo, ?)");
            p.add(code.trim());
        }
        if (root != null) {
            cond.add("c.root = ?");
            p.add(root);
        }
        if (quad != null) {
            cond.add("c.quad_class = ?");
            p.add(quad);
        }
        if (from != null) {
            cond.add("c.day >= ?");
            p.add(from);
        }
        if (to != null) {
            cond.add("c.day <= ?");
            p.add(to);
        }
        if (!modes.isEmpty()) {
            cond.add("c.\"mode\" IN (" + String.join(", ", java.util.Collections.nCopies(modes.size(), "?")) + ")");
            p.addAll(modes);
        }
        if (historical.equals("exclude")) cond.add("NOT c.all_historical");
        if (historical.equals("only")) cond.add("c.all_historical");
        if (publisher != null) {
            cond.add("EXISTS (SELECT 1 FROM events x WHERE x.cluster_id = c.cluster_id AND lower(x.publisher) = lower(?))");
            p.add(publisher.trim());
        }
        if (!text.isEmpty()) {
            StringBuilder b = new StringBuilder("EXISTS (SELECT 1 FROM events x WHERE x.cluster_id = c.cluster_id");
            for (String w : text) {
                b.append(" AND contains(lower(x.sentence), ?)");
                p.add(w.toLowerCase(Locale.ROOT));
            }
            cond.add(b.append(")").toString());
        }
        return new Where(cond.isEmpty() ? "TRUE" : String.join(" AND ", cond), p);
    }

    private static void side(String codeCol, String countryCol, String v, List<String> cond, List<Object> p) {
        if (v.equals("*")) return;
        if (v.equals("---")) {
            cond.add(codeCol + " IS NULL");
        } else if (v.endsWith("*")) {
            cond.add("starts_with(" + codeCol + ", ?)");
            p.add(v.substring(0, v.length() - 1));
        } else if (v.length() == 3) {
            cond.add("(" + codeCol + " = ? OR " + countryCol + " = ?)");
            p.add(v);
            p.add(v);
        } else {
            cond.add(codeCol + " = ?");
            p.add(v);
        }
    }

    /** The SQL with its parameters written in as literals (for COPY, which takes none). */
    public static String inline(String sql, List<Object> params) {
        StringBuilder b = new StringBuilder();
        int k = 0;
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') inString = !inString;
            if (ch == '?' && !inString) {
                Object v = params.get(k++);
                if (v instanceof Number) b.append(v);
                else if (v instanceof LocalDate d) b.append("DATE '").append(d).append('\'');
                else b.append('\'').append(String.valueOf(v).replace("'", "''")).append('\'');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
