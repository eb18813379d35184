package org.dyad.coding;

import org.dyad.util.DataFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded pattern files, indexed by trigger lemma. Loading is also the lint: every problem is
 * collected as a {@code file:line: message} and {@link #load} fails when there is any.
 */
public final class PatternSet {
    public static final String DIR = "dyad/patterns/";
    static final Set<String> ROLE_BASES = Set.of("subj", "obj", "iobj", "poss", "amod", "compound");
    static final Set<String> ROLE_PREFIXES = Set.of("obl:", "nmod:");
    static final Set<String> PATH_HEADS = Set.of("xcomp", "light", "ccomp");
    static final Set<String> ATTRIBUTES = Set.of("src", "tgt", "obj", "subj", "attach", "xcomp", "prep", "light");

    private final List<Pattern> patterns;
    private final Map<String, List<Pattern>> verbs = new HashMap<>();
    private final Map<String, List<Pattern>> nouns = new HashMap<>();
    private final Map<String, List<Pattern>> phrases = new HashMap<>();
    private final Set<String> attributionVerbs;
    private final Set<String> attributionNouns;
    private final Set<String> attributionPreps;
    private final Map<String, String> intent;
    private Set<String> accusationVerbs = Set.of();
    private Set<String> documentNouns = Set.of();
    private Map<String, String> violentMeans = Map.of();
    private Map<String, Map<String, String>> framed = Map.of();
    /** A framing code back to the act it is about: 024 (appeal for political reform) -> 083, 1224 -> 074. */
    private Map<String, String> aboutAct = Map.of();
    /** Code prefix -> "country" or "government": the default target of a domestic act (domestic-targets.tsv). */
    private Map<String, String> domesticTargets = Map.of();
    /** Head words of people whom the state's forces repress when they assault or fight them (repressed.tsv): 175. */
    private Set<String> repressed = Set.of();
    /** Nouns that refer back to an act reported earlier in the sentence ("denounced the measure"): reaction-nouns.tsv. */
    private Set<String> reactionNouns = Set.of();

    private PatternSet(List<Pattern> patterns, Set<String> av, Set<String> an, Set<String> ap, Map<String, String> intent) {
        this.intent = intent;
        this.patterns = List.copyOf(patterns);
        for (Pattern p : patterns) {
            Map<String, List<Pattern>> idx = switch (p.kind()) {
                case VERB -> verbs;
                case NOUN -> nouns;
                case PHRASE -> phrases;
            };
            Set<String> keys = new LinkedHashSet<>();
            for (List<String> alt : p.triggers()) {
                keys.add(p.kind() == Pattern.Kind.PHRASE ? alt.get(0) : alt.get(alt.size() - 1));
            }
            for (String k : keys) idx.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            for (String w : p.subjLemmas()) if (w.contains("_")) twoWordSubjects.add(w);
        }
        this.attributionVerbs = av;
        this.attributionNouns = an;
        this.attributionPreps = ap;
    }

    /** Two-word subjects some pattern names ("suicide_bomber"): a kind of its own, which a one-word entry ("bomber") does not match. */
    private final Set<String> twoWordSubjects = new java.util.HashSet<>();

    public List<Pattern> all() { return patterns; }

    /** True when some pattern names this two-word subject ("suicide_bomber"), so that it is not its head word's kind. */
    public boolean isTwoWordSubject(String words) { return twoWordSubjects.contains(words); }

    public List<Pattern> verbPatterns(String lemma) { return verbs.getOrDefault(lemma, List.of()); }

    public List<Pattern> nounPatterns(String lemma) { return nouns.getOrDefault(lemma, List.of()); }

    public List<Pattern> phrasePatterns(String firstLemma) { return phrases.getOrDefault(firstLemma, List.of()); }

    /** True when a token with this lemma could trigger some pattern (used to choose sentences to parse). */
    public boolean isTriggerLemma(String lemma) {
        return verbs.containsKey(lemma) || nouns.containsKey(lemma) || phrases.containsKey(lemma);
    }

    /**
     * True when a token could trigger a pattern, given its part of speech; with {@code targetless} only
     * patterns whose events may lack a target count (a sentence with one actor can hold no other).
     */
    public boolean couldTrigger(String lemma, boolean verb, boolean commonNoun, boolean targetless) {
        if (verb && any(verbs.get(lemma), targetless)) return true;
        if (commonNoun && any(nouns.get(lemma), targetless)) return true;
        return any(phrases.get(lemma), targetless);
    }

    private boolean any(List<Pattern> ps, boolean targetless) {
        if (ps == null) return false;
        if (!targetless) return true;
        // with one actor in the sentence: a pattern that may lack a target, a domestic act whose target is the source's own
        // country ("Turkey outlawed the pro-Kurdish party"), or violence whose attacker the coder infers when the text names
        // only the victim ("Sikh bodyguards assassinated Indira Gandhi")
        for (Pattern p : ps) {
            if (p.mayLackTarget() || domesticTarget(p.code()) != null
                    || p.kind() == Pattern.Kind.VERB && VIOLENT_MEANS_ROOTS.contains(p.code().substring(0, 2))) return true;
        }
        return false;
    }

    /** The intent code (03x) for a promised act of this code, or null (longest prefix of {@code intent.tsv}). */
    public String intentFor(String code) { return longestPrefix(intent, code); }

    /** "country" or "government": whom a domestic act of this code is aimed at when no target is named; or null. */
    public String domesticTarget(String code) { return longestPrefix(domesticTargets, code); }

    /** True when violence of the state's forces on people of this head word is repression, 175 (repressed.tsv). */
    public boolean isRepressed(String lemma) { return repressed.contains(lemma); }

    /** True when this noun refers back to an act reported earlier in the sentence (reaction-nouns.tsv). */
    public boolean isReactionNoun(String lemma) { return reactionNouns.contains(lemma); }

    /** The value of the longest prefix of {@code code} (two digits at least) that {@code table} lists, or null. */
    private static String longestPrefix(Map<String, String> table, String code) {
        for (int len = code.length(); len >= 2; len--) {
            String v = table.get(code.substring(0, len));
            if (v != null) return v;
        }
        return null;
    }

    /** The act a framing code is about (024 -> 083, 0334 -> 074), from framed-content.tsv and intent.tsv; or null. */
    public String actOfFrame(String code) { return aboutAct.get(code); }

    /** A speech verb that makes its hostile content an accusation ({@code accusation.tsv}). */
    public boolean isAccusationVerb(String lemma) { return accusationVerbs.contains(lemma); }

    /**
     * The code of an appeal, demand, rejection, accusation, promise or threat ({@code frame}) whose content would be coded
     * {@code content} ({@code framed-content.tsv}; promises and threats from {@code intent.tsv}), or null. The result is
     * under the frame's root.
     */
    public String framedFor(String frame, String content) {
        String root = frame.substring(0, 2);
        if (root.equals("03") || root.equals("13")) {
            String i = intentFor(content);
            return i != null && i.startsWith(root) ? i : null;
        }
        // the table of the frame's longest listed prefix: "141" (demonstrate), "112" (accuse), "02" (appeal)
        for (int flen = Math.min(frame.length(), 3); flen >= 2; flen--) {
            Map<String, String> table = framed.get(frame.substring(0, flen));
            if (table == null) continue;
            return longestPrefix(table, content);
        }
        return null;
    }

    /** A noun naming a violent act or weapon, the cause of a killing with no named attacker ({@code violent-means.tsv}). */
    public boolean isViolentMeans(String lemma) { return !lemma.contains("_") && violentMeans.containsKey(lemma); }

    private static final Set<String> VIOLENT_MEANS_ROOTS = Set.of("18", "19", "20");

    /**
     * The CAMEO code a violent means fixes ({@code violent-means.tsv}): {@code words} are the lower-case lemmas of a noun
     * and the compound or adjective modifiers before it, in text order ("car bomb explosion"); the longest listed run
     * of them wins ("car_bomb" over "explosion"). Null when no listed means with a code is among them.
     */
    public String violentMeansCode(List<String> words) {
        for (int len = words.size(); len >= 1; len--) {
            for (int from = words.size() - len; from >= 0; from--) {
                String code = violentMeans.get(String.join("_", words.subList(from, from + len)));
                if (code != null && !code.isEmpty()) return code;
            }
        }
        return null;
    }

    public boolean isAttributionVerb(String lemma) { return attributionVerbs.contains(lemma); }

    public boolean isAttributionNoun(String lemma) { return attributionNouns.contains(lemma); }

    /** A document or statement whose participle is its issuer's act ("issued a statement demanding ..."). */
    public boolean isDocumentNoun(String lemma) { return documentNouns.contains(lemma); }

    public boolean isAttributionPrep(String lemma) { return attributionPreps.contains(lemma); }

    private static volatile PatternSet standard;

    /** The pattern files shipped with dyad (listed in {@code dyad/patterns/files.txt}). */
    public static PatternSet standard() {
        if (standard == null) {
            synchronized (PatternSet.class) {
                if (standard == null) standard = load(CameoOntology.standard());
            }
        }
        return standard;
    }

    /** Lists the pattern files named in {@code files.txt}. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (String l : DataFile.text(DIR + "files.txt").split("\n")) {
            l = l.trim();
            if (!l.isEmpty() && !l.startsWith("#")) names.add(l);
        }
        return names;
    }

    public static PatternSet load(CameoOntology ontology) {
        List<String> errors = new ArrayList<>();
        List<Pattern> all = new ArrayList<>();
        for (String name : fileNames()) {
            InputStream in = PatternSet.class.getClassLoader().getResourceAsStream(DIR + name);
            if (in == null) {
                errors.add(DIR + "files.txt: lists " + name + " but there is no such file");
                continue;
            }
            try (in) {
                all.addAll(parse(name, in, ontology, errors));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // duplicates across the whole set
        Map<String, Pattern> seen = new HashMap<>();
        for (Pattern p : all) {
            String key = p.code() + " " + p.kind() + " " + normalize(p.source());
            Pattern prev = seen.putIfAbsent(key, p);
            if (prev != null) errors.add(p.where() + ": duplicate of " + prev.where() + ": " + p.source());
        }
        if (!errors.isEmpty()) {
            throw new PatternLintException(errors);
        }
        Set<String> av = new HashSet<>(), an = new HashSet<>(), ap = new HashSet<>(), docs = new HashSet<>();
        DataFile attr = DataFile.resource(DIR + "attribution.tsv");
        for (DataFile.Row r : attr.rows()) {
            String kind = r.get("kind");
            switch (kind) {
                case "verb" -> av.add(r.get("lemma"));
                case "noun" -> an.add(r.get("lemma"));
                case "prep" -> ap.add(r.get("lemma"));
                case "document" -> docs.add(r.get("lemma"));
                default -> throw r.error("kind must be verb, noun, prep or document, not '" + kind + "'");
            }
        }
        Map<String, String> intent = new HashMap<>();
        if (DataFile.exists(DIR + "intent.tsv")) {
            for (DataFile.Row r : DataFile.resource(DIR + "intent.tsv").rows()) {
                if (!ontology.contains(r.get("code")) || !ontology.contains(r.get("intent"))) {
                    throw r.error("unknown CAMEO code in '" + r.get("code") + "' -> '" + r.get("intent") + "'");
                }
                intent.put(r.get("code"), r.get("intent"));
            }
        }
        PatternSet set = new PatternSet(all, Collections.unmodifiableSet(av), Collections.unmodifiableSet(an),
                Collections.unmodifiableSet(ap), Collections.unmodifiableMap(intent));
        if (DataFile.exists(DIR + "accusation.tsv")) {
            Set<String> acc = new HashSet<>();
            for (DataFile.Row r : DataFile.resource(DIR + "accusation.tsv").rows()) acc.add(r.get("lemma"));
            set.accusationVerbs = Collections.unmodifiableSet(acc);
        }
        if (DataFile.exists(DIR + "framed-content.tsv")) {
            Map<String, Map<String, String>> fr = new HashMap<>();
            for (DataFile.Row r : DataFile.resource(DIR + "framed-content.tsv").rows()) {
                String frame = r.get("frame"), content = r.get("content"), code = r.get("code");
                if (!ontology.contains(frame) || !ontology.contains(content) || !ontology.contains(code) || !code.startsWith(frame)) {
                    throw r.error("unknown CAMEO code, or a code not under its frame, in '" + frame + "' '" + content + "' -> '" + code + "'");
                }
                if (fr.computeIfAbsent(frame, k -> new HashMap<>()).put(content, code) != null) {
                    throw r.error("'" + frame + "' '" + content + "' is listed twice");
                }
            }
            set.framed = Collections.unmodifiableMap(fr);
            // the inverse, for a content word that only framing patterns know ("calls for political reform": 'reform'
            // is 024 by its patterns, an appeal; as the content of another frame it is the act, 083); a code listed for
            // two contents keeps the shorter (more general) one
            Map<String, String> about = new HashMap<>();
            for (Map.Entry<String, Map<String, String>> f : fr.entrySet()) {
                for (Map.Entry<String, String> e : f.getValue().entrySet()) {
                    about.merge(e.getValue(), e.getKey(), (a, b) -> a.length() <= b.length() ? a : b);
                }
            }
            for (Map.Entry<String, String> e : intent.entrySet()) about.putIfAbsent(e.getValue(), e.getKey());
            set.aboutAct = Collections.unmodifiableMap(about);
        }
        if (DataFile.exists(DIR + "domestic-targets.tsv")) {
            Map<String, String> dt = new HashMap<>();
            for (DataFile.Row r : DataFile.resource(DIR + "domestic-targets.tsv").rows()) {
                String code = r.get("code"), target = r.get("target");
                if (!ontology.contains(code)) throw r.error("unknown CAMEO code '" + code + "'");
                if (!target.equals("country") && !target.equals("government")) throw r.error("target must be country or government, not '" + target + "'");
                if (dt.put(code, target) != null) throw r.error("'" + code + "' is listed twice");
            }
            set.domesticTargets = Collections.unmodifiableMap(dt);
        }
        if (DataFile.exists(DIR + "repressed.tsv")) {
            Set<String> rp = new java.util.HashSet<>();
            for (DataFile.Row r : DataFile.resource(DIR + "repressed.tsv").rows()) {
                if (!rp.add(r.get("lemma"))) throw r.error("'" + r.get("lemma") + "' is listed twice");
            }
            set.repressed = Collections.unmodifiableSet(rp);
        }
        if (DataFile.exists(DIR + "reaction-nouns.tsv")) {
            Set<String> rn = new java.util.HashSet<>();
            for (DataFile.Row r : DataFile.resource(DIR + "reaction-nouns.tsv").rows()) {
                if (!rn.add(r.get("lemma"))) throw r.error("'" + r.get("lemma") + "' is listed twice");
            }
            set.reactionNouns = Collections.unmodifiableSet(rn);
        }
        if (DataFile.exists(DIR + "violent-means.tsv")) {
            Map<String, String> vm = new HashMap<>();
            for (DataFile.Row r : DataFile.resource(DIR + "violent-means.tsv").rows()) {
                String code = r.get("code") == null ? "" : r.get("code").trim();
                if (!code.isEmpty() && !VIOLENT_MEANS_ROOTS.contains(code.substring(0, 2))) {
                    throw r.error("code " + code + " is not a material conflict code (roots 18-20)");
                }
                if (vm.put(r.get("lemma"), code) != null) throw r.error("'" + r.get("lemma") + "' is listed twice");
            }
            set.violentMeans = Collections.unmodifiableMap(vm);
        }
        set.documentNouns = Collections.unmodifiableSet(docs);
        return set;
    }

    private static String normalize(String s) {
        String[] parts = s.trim().split("\\s+");
        if (parts.length <= 3) return String.join(" ", parts);
        String[] attrs = Arrays.copyOfRange(parts, 3, parts.length);
        Arrays.sort(attrs);
        return parts[0] + " " + parts[1] + " " + parts[2] + " " + String.join(" ", attrs);
    }

    /** Thrown when pattern files do not pass the lint; the message lists every problem. */
    public static final class PatternLintException extends IllegalArgumentException {
        private final List<String> problems;

        public PatternLintException(List<String> problems) {
            super(problems.size() + " problem(s) in pattern files:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() { return problems; }
    }

    /** Parses one pattern file, adding problems to {@code errors}. */
    static List<Pattern> parse(String name, InputStream in, CameoOntology ontology, List<String> errors)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Pattern> out = new ArrayList<>();
        String fileRoot = name.length() >= 2 && Character.isDigit(name.charAt(0)) ? name.substring(0, 2) : null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String where = name + ":" + n;
            java.util.regex.Matcher bm = EXAMPLE_BAR.matcher(t);
            int bar = bm.find() ? bm.start() + 1 : -1;
            if (bar < 0) {
                errors.add(where + ": no example: a pattern line ends with '| <example sentence>'");
                continue;
            }
            String example = t.substring(bar + 1).trim();
            String body = t.substring(0, bar).trim();
            if (example.length() < 8) {
                errors.add(where + ": example after '|' is too short to be a sentence");
                continue;
            }
            Pattern p = parseBody(body, example, name, n, ontology, fileRoot, where, errors);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** The example follows a '|' with white space around it; alternatives use '|' without spaces. */
    private static final java.util.regex.Pattern EXAMPLE_BAR = java.util.regex.Pattern.compile("\\s\\|(\\s|$)");

    private static Pattern parseBody(String body, String example, String file, int line, CameoOntology ontology,
                                     String fileRoot, String where, List<String> errors) {
        String[] parts = body.split("\\s+");
        if (parts.length < 3) {
            errors.add(where + ": expected 'CODE KIND TRIGGER [ATTRIBUTES]' but got '" + body + "'");
            return null;
        }
        String code = parts[0];
        CameoOntology.Code c = ontology.find(code);
        if (c == null) {
            errors.add(where + ": unknown CAMEO code '" + code + "'");
            return null;
        }
        if (fileRoot != null && !c.root().equals(fileRoot)) {
            errors.add(where + ": code " + code + " belongs to root " + c.root() + ", not to this file's root " + fileRoot);
            return null;
        }
        Pattern.Kind kind;
        try {
            kind = Pattern.Kind.valueOf(parts[1].toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(where + ": unknown kind '" + parts[1] + "' (verb, noun or phrase)");
            return null;
        }
        List<List<String>> triggers = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        for (String alt : parts[2].split("\\|")) {
            if (alt.isEmpty()) {
                errors.add(where + ": empty alternative in trigger '" + parts[2] + "'");
                return null;
            }
            String particle = null;
            String a = alt.toLowerCase();
            if (kind == Pattern.Kind.VERB && a.contains("+")) {
                particle = a.substring(a.indexOf('+') + 1);
                a = a.substring(0, a.indexOf('+'));
            }
            if (kind == Pattern.Kind.VERB && a.contains("_")) {
                errors.add(where + ": verb trigger '" + alt + "' has '_': write particles with '+' or use a noun/phrase");
                return null;
            }
            if (!a.matches("[\\p{L}\\p{N}'_.-]+") || (particle != null && !particle.matches("[\\p{L}]+"))) {
                errors.add(where + ": malformed trigger '" + alt + "'");
                return null;
            }
            triggers.add(List.of(a.split("_")));
            particles.add(particle);
        }
        if (kind == Pattern.Kind.PHRASE && triggers.stream().anyMatch(tr -> tr.size() < 2)) {
            errors.add(where + ": a phrase trigger needs two or more words joined by '_'");
            return null;
        }
        List<String> src = List.of("subj");
        List<String> tgt = List.of("obj");
        Set<String> obj = Set.of(), subj = Set.of(), attach = Set.of(), xcomp = Set.of(), prep = Set.of(), light = Set.of();
        boolean recip = false;
        Set<String> seenAttr = new HashSet<>();
        for (int i = 3; i < parts.length; i++) {
            String a = parts[i];
            if (a.equals("recip")) {
                recip = true;
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                errors.add(where + ": malformed attribute '" + a + "' (expected name=value or recip)");
                return null;
            }
            String k = a.substring(0, eq), v = a.substring(eq + 1);
            if (!ATTRIBUTES.contains(k)) {
                errors.add(where + ": unknown attribute '" + k + "' (known: " + ATTRIBUTES + ", recip)");
                return null;
            }
            if (!seenAttr.add(k)) {
                errors.add(where + ": attribute '" + k + "' given twice");
                return null;
            }
            List<String> vals = List.of(v.toLowerCase().split("\\|"));
            switch (k) {
                case "src", "tgt" -> {
                    if (k.equals("tgt") && vals.equals(List.of("none"))) {
                        tgt = List.of();
                        break;
                    }
                    for (String role : vals) {
                        String bad = checkRole(role);
                        if (bad != null) {
                            errors.add(where + ": " + bad);
                            return null;
                        }
                    }
                    if (k.equals("src")) src = vals; else tgt = vals;
                }
                case "obj" -> obj = Set.copyOf(vals);
                case "subj" -> subj = Set.copyOf(vals);
                case "attach" -> {
                    if (kind != Pattern.Kind.NOUN) {
                        errors.add(where + ": 'attach=' is only for noun triggers");
                        return null;
                    }
                    attach = Set.copyOf(vals);
                }
                case "xcomp" -> xcomp = Set.copyOf(vals);
                case "prep" -> prep = Set.copyOf(vals);
                case "light" -> {
                    if (kind == Pattern.Kind.VERB) {
                        errors.add(where + ": 'light=' is only for noun and phrase triggers");
                        return null;
                    }
                    light = Set.copyOf(vals);
                }
                default -> throw new AssertionError(k);
            }
        }
        if (code.startsWith("01") && tgt.isEmpty()) {
            errors.add(where + ": statements (01x) need a target: tgt=none is not allowed here");
            return null;
        }
        if (!xcomp.isEmpty() && tgt.contains("obj") && !tgt.contains("ccomp.subj")) {
            // "demanded that Moscow free the reporter": the complement as a that-clause, its subject the target
            tgt = new ArrayList<>(tgt);
            tgt.add("ccomp.subj");
            tgt = List.copyOf(tgt);
        }
        return new Pattern(code, kind, triggers, particles, src, tgt, obj, xcomp, subj, attach, prep, light, recip, example,
                file, line, body);
    }

    /** Returns a problem description, or null when the role is well formed. */
    static String checkRole(String role) {
        String r = role;
        int dot = r.indexOf('.');
        if (dot >= 0) {
            String head = r.substring(0, dot);
            if (!PATH_HEADS.contains(head)) return "unknown role path '" + role + "' (paths start with " + PATH_HEADS + ")";
            r = r.substring(dot + 1);
        }
        if (ROLE_BASES.contains(r)) return null;
        for (String p : ROLE_PREFIXES) {
            if (r.startsWith(p) && r.length() > p.length() && r.substring(p.length()).matches("[a-z_]+")) return null;
        }
        return "unknown role '" + role + "' (known: " + ROLE_BASES + ", obl:P, nmod:P, and paths xcomp./light./ccomp.)";
    }
}
