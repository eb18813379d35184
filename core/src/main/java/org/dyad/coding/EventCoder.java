package org.dyad.coding;

import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorStage;
import org.dyad.model.Mode;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Codes events by matching {@link PatternSet} patterns over each parsed sentence. For every token
 * that can trigger a pattern, the most specific pattern whose constraints hold and whose roles
 * yield actors wins; conjoined actors give every dyad; passives are turned round; modality and
 * attribution come from the parse. No pattern, no event. Provides {@link Layer#EVENTS}.
 */
public final class EventCoder implements Stage {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should", "'d", "must", "ought");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> DENYING = Set.of("deny", "refute", "disavow");
    /** Verbs that order with an infinitive and promise or threaten with a that-clause of will/would ("told X that it would"). */
    private static final Set<String> TELLING = Set.of("tell", "inform", "notify");
    /** Verbs whose complement's pronoun subject is their own subject: "told the UN it would", "said it would". */
    private static final Set<String> SAYING = Set.of("tell", "inform", "notify", "assure", "promise", "warn", "say", "announce");
    private static final Set<String> NEGATING_VERBS = Set.of("refuse", "decline", "fail", "reject", "deny", "avoid");
    private static final Set<String> FUTURE_VERBS = Set.of("plan", "intend", "schedule", "expect", "aim", "prepare",
            "set", "go", "due", "hope", "want", "seek", "propose", "suggest", "offer", "agree", "promise", "pledge",
            "vow", "threaten", "consider", "mull", "weigh", "call", "urge", "ask", "demand",
            // adjectives that govern a plan: "is willing / ready / prepared / set / due / poised to"
            "willing", "ready", "prepared", "determined", "poised", "likely", "eager", "keen");
    /** Nouns whose infinitive is only asked for, offered, planned or threatened ("an appeal to X to extradite ..."). */
    private static final Set<String> PLAN_NOUNS = Set.of("appeal", "call", "request", "plea", "demand", "offer", "pledge",
            "promise", "proposal", "plan", "threat", "warning", "decision", "readiness", "willingness", "intention", "intent",
            "invitation", "order", "ultimatum", "deadline", "push", "bid", "commitment", "vow", "resolution", "motion",
            "initiative", "scheme", "suggestion", "recommendation", "instruction", "mandate");
    private static final Set<String> HYPOTHETICAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> LIGHT_RELS = Set.of("obj", "nsubj:pass", "nsubj", "xcomp");

    private final PatternSet patterns;
    private final String coderVersion;

    public EventCoder(PatternSet patterns, String coderVersion) {
        this.patterns = patterns;
        this.coderVersion = coderVersion;
    }

    @Override public String name() { return "coding"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.ACTORS, Layer.DEPENDENCIES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.EVENTS); }

    @Override
    public String describe() { return "coding(" + patterns.all().size() + " patterns, " + coderVersion + ")"; }

    public String coderVersion() { return coderVersion; }

    /** The parse selector: a sentence can hold an event when it has an actor and a trigger word. */
    public boolean mayHoldEvent(ArticleDoc doc, Sentence s) {
        int actors = 0;
        ActorMention firstActor = null;
        for (ActorMention m : doc.actorsIn(s.index())) {
            if (m.isMedia()) continue;
            if (firstActor == null || !firstActor.code().equals(m.code())) actors++;
            if (firstActor == null) firstActor = m;
        }
        if (actors == 0) return false;
        boolean targetless = actors < 2;
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean verb = t.isVerb() || t.pos().equals("JJ") && t.word().endsWith("ed");
            boolean noun = t.isNoun() && (!t.isProperNoun() || t.word().equals(t.word().toLowerCase(Locale.ROOT)));
            if (patterns.couldTrigger(lemma, verb, noun, targetless)) return true;
        }
        return false;
    }

    @Override
    public void process(ArticleDoc doc) {
        for (Sentence s : doc.sentences) {
            if (!s.parsed()) {
                doc.misses.put(s.index(), List.of(doc.actorsIn(s.index()).isEmpty()
                        ? "no actor in the sentence: not parsed"
                        : "no trigger word of any pattern (or sentence too long): not parsed"));
                continue;
            }
            List<String> misses = new ArrayList<>();
            Map<Integer, String> contentCodes = new HashMap<>();
            List<EventDraft> coded = codeSentence(doc, s, misses, contentCodes);
            coded.addAll(modalDemands(doc, s));
            List<EventDraft> found = dropEmbeddedContent(s, coded);
            refineByContent(s, found, contentCodes);
            refusalsByWillNot(s, found);
            found = dropWarningsOfFacts(s, found, doc.actorsIn(s.index()));
            found = keepMostSpecificPerClause(s, found);
            found = dropSubsumedTargetless(found);
            found = purposeTargets(s, found);
            found = reactionTargets(s, found);
            found = domesticDefaults(found);
            found = dropSubsumedCountryTargets(found);
            // within-sentence duplicates: one event per dyad and code
            Map<String, EventDraft> unique = new LinkedHashMap<>();
            for (EventDraft e : found) {
                unique.merge(e.source.code() + "|" + e.targetCode() + "|" + e.code, e,
                        (a, b) -> a.confidence >= b.confidence ? a : b);
            }
            doc.events.addAll(unique.values());
            if (unique.isEmpty()) doc.misses.put(s.index(), misses.isEmpty() ? List.of("no trigger word matched a pattern") : misses);
        }
    }

    private static final Set<String> MUST = Set.of("must");
    private static final Set<String> SHOULD = Set.of("should", "ought");

    /**
     * "A British minister reiterated that Libya must hand over the suspects": a speaker who says that another actor must do
     * something demands it (100), one who says it should, appeals for it (020); the content refines the code and is not
     * coded as done. Only when both the speaker and the one who must act are actors.
     */
    private boolean sayingNoun(String lemma) { return patterns.isAttributionNoun(lemma) || patterns.isDocumentNoun(lemma); }

    List<EventDraft> modalDemands(ArticleDoc doc, Sentence s) {
        List<EventDraft> out = new ArrayList<>();
        List<ActorMention> mentions = doc.actorsIn(s.index());
        for (Token t : s.tokens()) {
            int v = t.index();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            // also a saying noun with its that-clause: "issued a stern reminder to Iraq that it must cooperate"
            boolean noun = t.isNoun() && sayingNoun(lemma);
            // (or the verb that issues it, when the parser hung the that-clause on the verb)
            boolean issuing = false;
            if (t.isVerb()) {
                for (Dep o : s.children(v)) {
                    if (o.rel().equals("obj") && sayingNoun(s.token(o.dep()).lemma().toLowerCase(Locale.ROOT))) issuing = true;
                }
            }
            if (!(t.isVerb() && (patterns.isAttributionVerb(lemma) || issuing)) && !noun) continue;
            for (Dep c : s.children(v)) {
                if (!c.rel().equals("ccomp") && !(noun && (c.rel().equals("acl") || c.rel().equals("acl:that")))) continue;
                int clause = c.dep();
                String code = null;
                for (Dep a : s.children(clause)) {
                    String w = s.token(a.dep()).lower();
                    if (a.rel().startsWith("aux") && MUST.contains(w)) code = "100";
                    else if (a.rel().startsWith("aux") && SHOULD.contains(w) && code == null) code = "020";
                }
                // "X said Y has to withdraw"
                if (code == null && s.token(clause).lemma().equalsIgnoreCase("have")) {
                    for (Dep x : s.children(clause)) if (x.rel().equals("xcomp")) { code = "100"; clause = x.dep(); }
                }
                if (code == null) continue;
                Attribution sp = speaker(doc, s, mentions, v);
                // a noun's speaker: whose it is, or who issued it ("France's reminder", "Chirac issued a reminder")
                if (noun && (sp == null || sp.speaker() == null)) {
                    int lv = lightVerb(s, v);
                    List<ActorMention> who = mentionsForRoles(s, mentions, v, lv, List.of("poss", "light.subj"), Set.of());
                    sp = who.isEmpty() ? null : new Attribution(who.get(0).text(), who.get(0), lv);
                }
                if (sp == null || sp.speaker() == null) continue;
                List<ActorMention> tgts = mentionsForRoles(s, mentions, clause, -1, List.of("subj"), Set.of());
                for (ActorMention tg : tgts) {
                    if (tg.isMedia() || tg.code() == null || tg.code().equals(sp.speaker().code())) continue;
                    EventDraft e = new EventDraft(s.index(), v, v + 1, sp.speaker(), tg, code);
                    e.clauseHead = v;
                    Mode mode = modeOf(s, v, v);
                    e.mode = mode;
                    e.confidence = 0.6;
                    e.trace.add("'" + s.token(v).word() + "' that '" + tg.text() + "' " + (code.equals("100") ? "must" : "should")
                            + " act: " + (code.equals("100") ? "a demand" : "an appeal") + " by the speaker");
                    e.trace.add("source '" + sp.speaker().text() + "' = " + sp.speaker().code() + " (" + sp.speaker().basis() + ")");
                    e.trace.add("target '" + tg.text() + "' = " + tg.code() + " (" + tg.basis() + ")");
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Relations from a framing trigger to its content: the clause or phrase asked for, demanded, refused, alleged. */
    private static final Set<String> CONTENT_RELS = Set.of("xcomp", "ccomp", "advcl:to", "advcl:of", "obl:for", "nmod:for",
            "obl:of", "nmod:of", "acl", "acl:to", "acl:of", "obj", "nsubj:pass", "obl:on", "nmod:on", "nmod:into", "obl:into");

    /** A noun of a protest's clause with a participle hung on it ("blocked the avenue demanding a new electoral system"). */
    private static boolean hasParticipleAim(Sentence s, int noun) {
        for (Dep c : s.children(noun)) {
            if (c.rel().startsWith("acl") && !c.rel().equals("acl:relcl") && s.token(c.dep()).pos().equals("VBG")) return true;
        }
        return false;
    }

    /**
     * What a protest is against or for, besides its purpose clause: "against the education reform", "over fuel prices",
     * and a participle that the parser hung on a noun of the protest's clause.
     */
    private static boolean isProtestAim(Sentence s, Dep d) {
        String r = d.rel();
        if (r.equals("obl:against") || r.equals("obl:over") || r.equals("nmod:against") || r.equals("nmod:over")
                || r.equals("obl:for") || r.equals("advcl") || r.equals("dep")) return true;
        return r.startsWith("acl") && !r.equals("acl:relcl") && s.token(d.dep()).pos().equals("VBG");
    }

    /** Subordinators that make a clause a time, cause or condition of the frame, not what is asked, refused or threatened. */
    private static final Set<String> CIRCUMSTANCE_MARKS = Set.of("before", "after", "while", "since", "because", "as", "when",
            "although", "though", "until", "till", "once", "whereas", "whilst");

    /** A content relation, except a clause introduced as a circumstance ("two days before he is to call elections"). */
    private static boolean isContent(Sentence s, Dep d) {
        if (!CONTENT_RELS.contains(d.rel())) return false;
        if (d.rel().startsWith("advcl")) {
            for (Dep m : s.children(d.dep())) {
                if (m.rel().equals("mark") && CIRCUMSTANCE_MARKS.contains(s.token(m.dep()).lower())) return false;
            }
        }
        return true;
    }

    /**
     * "urged Iran to release the sailors" (020 -> 0253), "threatened to impose sanctions" (130 -> 1312), "accused X of
     * violating the ceasefire" (112 -> 1123): a framing event with its root's generic code, or a code its content refines,
     * takes the code its content gives (patterns/framed-content.tsv, patterns/intent.tsv). The content is what its
     * nearest word would be coded as, actors aside ({@code contentCodes}).
     */
    void refineByContent(Sentence s, List<EventDraft> found, Map<Integer, String> contentCodes) {
        for (EventDraft f : found) {
            String root = f.code.substring(0, 2);
            // investigations by what they look into, protests by what they demand
            if (!FRAMING_ROOTS.contains(root) && !f.code.startsWith("112") && !root.equals("09") && !root.equals("14")) continue;
            // breadth-first below the trigger, nearest content first
            List<Integer> starts = f.clauseHead >= 0 ? List.of(f.triggerToken, f.clauseHead) : List.of(f.triggerToken);
            String refined = null, via = null;
            boolean protest = root.equals("14");
            // (for a protest also through the places and things of its clause, to a participle hung on them: "rallied in
            // Kiev calling for the resignation of the prime minister")
            // (below the content's head also a bare dep, the parser's catch-all: "that Belarus carry out sweeping reforms")
            for (int[] nd : breadthFirst(s, starts, 3, (d, depth) -> isContent(s, d) || depth >= 1 && d.rel().equals("dep")
                    || protest && (isProtestAim(s, d)
                    || depth == 0 && (d.rel().startsWith("obl") || d.rel().equals("obj")) && hasParticipleAim(s, d.dep())))) {
                if (nd[1] == 0) continue;
                // the actors of the frame are not what it is about ("accused Armenian forces of launching an offensive")
                if (f.target != null && f.target.covers(nd[0]) || f.source.covers(nd[0])) continue;
                String c = contentCodes.get(nd[0]);
                // a protest inside a protest ("went on strike to protest against the reform") says no more: look through
                if (protest && c != null && c.startsWith("14")) continue;
                // a request, proposal, call or demand in between is looked through ("rejected a proposal to sign a
                // trade pact", "rallied to demand the president's resignation"); for a protest or an investigation
                // an asking word is content only if it maps ("demanded the resignation" -> 1041 -> 1411)
                if (c == null || c.startsWith("01")) continue;
                // a generic verb whose object says more: "provide information" is intelligence (064), not aid (070)
                // (a pattern that names the verb, "demand xcomp=provide" 103, gives way to it: 1014)
                boolean objectSaysMore = false;
                // (the object of a verb that codes nothing itself: "provide" in "demanding that X provide information")
                for (Dep up : s.parents(nd[0])) {
                    if (up.rel().equals("obj") && up.gov() >= 0 && s.token(up.gov()).isVerb() && !contentCodes.containsKey(up.gov())
                            && !c.startsWith(f.code.substring(0, 2))) objectSaysMore = true;
                }
                if (c.length() == 3 && c.endsWith("0") && s.token(nd[0]).isVerb()) {
                    for (Dep o : s.children(nd[0])) {
                        String oc = o.rel().equals("obj") ? contentCodes.get(o.dep()) : null;
                        if (oc != null && !oc.startsWith("01") && !oc.equals(c) && !oc.startsWith(c.substring(0, 2))) {
                            c = oc;
                            objectSaysMore = true;
                        }
                    }
                }
                // a content word that only framing patterns know ("calls for political reform": 'reform' is 024, an
                // appeal, by its patterns) is the act that code is about (083)
                if (FRAMING_ROOTS.contains(c.substring(0, 2)) && !s.token(nd[0]).isVerb() && patterns.actOfFrame(c) != null
                        && !(c.length() == 3 && c.endsWith("0"))) {
                    c = patterns.actOfFrame(c);
                }
                boolean asking = FRAMING_ROOTS.contains(c.substring(0, 2));
                if (!(asking && FRAMING_ROOTS.contains(root))) {
                    String r = patterns.framedFor(f.code, c);
                    if (r != null && !r.equals(f.code) && (f.code.length() == 3 && f.code.endsWith("0") || f.code.equals("112") || r.startsWith(f.code)
                            || objectSaysMore && r.substring(0, 2).equals(f.code.substring(0, 2)))) {
                        refined = r;
                        via = s.token(nd[0]).word() + "' (" + c + ")";
                    }
                }
                // the nearest plain act is the content, whether or not it refines the frame
                if (refined != null || !asking) break;
            }
            // "did not rule out talks with Washington", "has not ruled out the use of force": not excluding an act is
            // holding it open, an intent (03) or a threat (13) by what the act is (patterns/intent.tsv)
            boolean ruleOut = s.token(f.triggerToken).lemma().equalsIgnoreCase("rule")
                    || f.clauseHead >= 0 && s.token(f.clauseHead).lemma().equalsIgnoreCase("rule");
            if (root.equals("12") && f.mode == Mode.NEGATED && ruleOut) {
                String opened = null, what = null;
                // the content: the noun the rejection was coded from ("talks"), else what is below "rule out"
                for (int[] nd : breadthFirst(s, starts, 3, (d, depth) -> isContent(s, d))) {
                    boolean self = nd[0] == f.triggerToken && s.token(nd[0]).isNoun();
                    String c = nd[1] == 0 && !self ? null : contentCodes.get(nd[0]);
                    if (self) {
                        // what the noun is when it is not rejected: "talks" are a meeting (04)
                        Pattern best = null;
                        // (a noun's own meaning, without a light verb that makes it an appeal or a threat: "call for talks")
                        for (Pattern q : patterns.nounPatterns(s.token(nd[0]).lemma().toLowerCase(Locale.ROOT))) {
                            if (q.code().startsWith("12")) continue;
                            boolean own = q.light().isEmpty(), bestOwn = best != null && best.light().isEmpty();
                            if (best == null || own && !bestOwn || own == bestOwn && q.specificity() < best.specificity()) best = q;
                        }
                        c = best == null ? null : best.code();
                    }
                    if (c == null || c.startsWith("01") || c.startsWith("12")) continue;
                    opened = c;
                    what = s.token(nd[0]).word() + "' (" + c + ")";
                    break;
                }
                if (opened != null) {
                    // a threat or promise where intent.tsv has one ("the use of force" -> 13x); else the act itself, as
                    // a possibility ("talks with Washington", 040 hypothetical)
                    String intent = patterns.intentFor(opened);
                    f.trace.add("not ruling out '" + what + " holds it open: the negated " + f.code + " event is "
                            + (intent != null ? intent + " (patterns/intent.tsv)" : opened + ", hypothetical"));
                    f.code = intent != null ? intent : opened;
                    f.mode = intent != null ? Mode.ASSERTED : Mode.HYPOTHETICAL;
                    continue;
                }
            }
            if (refined != null) {
                f.trace.add("content '" + via + " makes the " + f.code + " event " + refined
                        + " (patterns/" + (root.equals("03") || root.equals("13") ? "intent.tsv" : "framed-content.tsv") + ")");
                f.code = refined;
            }
        }
    }

    /**
     * "Egypt's president ended the state of emergency" (EGYGOV -> EGY), "the opposition said it would call off the strike"
     * (BGDOPP -> BGDGOV): a domestic act with no named target is aimed at the source's own people or government
     * (patterns/domestic-targets.tsv).
     */
    List<EventDraft> domesticDefaults(List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>(found.size());
        for (EventDraft e : found) {
            String kind = e.target == null ? patterns.domesticTarget(e.code) : null;
            String iso = e.source.country();
            if (kind == null || iso == null || iso.length() != 3) { out.add(e); continue; }
            String code = kind.equals("country") ? iso : iso + "GOV";
            boolean government = "GOV".equals(e.source.role()) || e.source.kind() == ActorMention.Kind.COUNTRY;
            if (code.equals(e.source.code()) || kind.equals("government") && government) { out.add(e); continue; }
            ActorMention t = e.source.recoded(code, iso, kind.equals("country") ? null : "GOV",
                    kind.equals("country") ? ActorMention.Kind.COUNTRY : ActorMention.Kind.COUNTRY_ROLE,
                    "a domestic act with no named target: " + (kind.equals("country") ? "the source's country" : "the source's government"));
            EventDraft d = e.withTarget(t);
            d.trace.add("no target named: a " + e.code + " act at home is aimed at " + code + " (patterns/domestic-targets.tsv)");
            out.add(d);
        }
        return out;
    }

    /**
     * "..., warning that the country's reserves were dwindling": a warning whose that-clause states how things are (no
     * modal, no future) and that names no target threatens nobody; it is a remark, not a threat (130).
     */
    static List<EventDraft> dropWarningsOfFacts(Sentence s, List<EventDraft> found, List<ActorMention> mentions) {
        List<EventDraft> out = new ArrayList<>(found.size());
        for (EventDraft e : found) {
            boolean fact = false;
            if (e.code.equals("130") && e.target == null && s.token(e.triggerToken).lemma().equalsIgnoreCase("warn")) {
                for (Dep d : s.children(e.triggerToken)) {
                    if (!d.rel().equals("ccomp")) continue;
                    boolean modal = false, subject = false, thing = false;
                    for (Dep c : s.children(d.dep())) {
                        if (c.rel().startsWith("nsubj")) {
                            subject = true;
                            // "warned the rupee could slide further": what may happen to a thing is a forecast, not a threat
                            // (but "warned that any intervention would be treated as a declaration of war" is one)
                            boolean any = false;
                            for (Dep q : s.children(c.dep())) if (q.rel().equals("det") && s.token(q.dep()).lower().equals("any")) any = true;
                            // (nor a warning about what an act would do: "warned that an assault on Rafah could push
                            // Palestinians into Sinai" names an act, a word some pattern triggers on, as the subject)
                            thing = s.token(c.dep()).isNoun() && !s.token(c.dep()).isProperNoun() && mentionsAt(s, mentions, c.dep()).isEmpty()
                                    && !any && !isPassive(s, d.dep())
                                    && !PatternSet.standard().isTriggerLemma(s.token(c.dep()).lemma().toLowerCase(Locale.ROOT));
                        }
                        if (c.rel().startsWith("aux") && (s.token(c.dep()).pos().equals("MD") || s.token(c.dep()).lower().equals("going"))) modal = true;
                    }
                    if (subject && (!modal && !s.token(d.dep()).pos().equals("VB") || modal && thing)) fact = true;
                }
            }
            if (fact) continue;
            out.add(e);
        }
        return out;
    }

    /**
     * "will visit Mauritania and Senegal to mediate in their border dispute", "flew to Kabul to discuss security": a
     * cooperative act with no target of its own, done for the purpose of another act of the same source, is aimed where
     * that act is.
     */
    static List<EventDraft> purposeTargets(Sentence s, List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>(found.size());
        for (EventDraft e : found) {
            if (e.target != null || e.code.compareTo("09") >= 0) { out.add(e); continue; }
            List<ActorMention> ts = new ArrayList<>();
            for (Dep d : s.parents(e.clauseHead)) {
                if (!(d.rel().equals("advcl:to") || d.rel().equals("xcomp")) || d.gov() < 0) continue;
                for (EventDraft f : found) {
                    if (f == e || f.target == null || !f.source.code().equals(e.source.code())) continue;
                    if ((f.clauseHead == d.gov() || f.triggerToken == d.gov()) && ts.stream().noneMatch(t -> t.code().equals(f.target.code()))) ts.add(f.target);
                }
            }
            if (ts.isEmpty()) out.add(e);
            else addWithTargets(out, e, ts, ": the " + e.code + " act is the purpose of an act aimed at it");
        }
        return out;
    }

    /**
     * A reaction to an act reported earlier in the sentence is aimed at whoever did it: "The United States imposed an
     * embargo on Nicaragua, and Managua denounced the measure", "China lifted its tariffs, a move Canberra welcomed".
     * The reaction is a verbal event (roots 01-14, 16) without a target whose object, or the noun its relative clause
     * modifies, is a noun that refers back to an act (patterns/reaction-nouns.tsv) or a noun of the earlier act's own
     * trigger word ("demolished three homes ... condemned the demolitions").
     */
    List<EventDraft> reactionTargets(Sentence s, List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>(found.size());
        for (EventDraft e : found) {
            if (e.target != null || (e.code.compareTo("15") >= 0 && !e.code.startsWith("16"))) { out.add(e); continue; }
            List<Integer> nouns = new ArrayList<>();
            int v = e.triggerToken;
            for (Dep d : s.children(v)) if (d.rel().equals("obj") || d.rel().equals("obl:to") || d.rel().equals("obl:on")) nouns.add(d.dep());
            for (Dep d : s.parents(v)) if (d.rel().equals("acl:relcl") && d.gov() >= 0) nouns.add(d.gov());
            EventDraft earlier = null;
            for (int n : nouns) {
                Token t = s.token(n);
                if (!t.isNoun() || t.isProperNoun()) continue;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                // a noun of its own, not one that names the reaction's own content ("rejected the proposal" of its own)
                boolean owned = false;
                for (Dep c : s.children(n)) if (c.rel().startsWith("nmod:")) owned = true;
                if (owned) continue;
                for (EventDraft f : found) {
                    if (f == e || f.triggerToken >= v || f.source == null || f.mode != Mode.ASSERTED) continue;
                    // not another reaction to the same act ("condemned the attack, which was also criticised by the UN")
                    boolean sameObject = false;
                    for (Dep c : s.children(f.triggerToken)) if (c.dep() == n) sameObject = true;
                    if (sameObject) continue;
                    if (f.source.code().equals(e.source.code()) || f.source.country() != null && f.source.country().equals(e.source.country())) continue;
                    String fl = s.token(f.triggerToken).lemma().toLowerCase(Locale.ROOT);
                    boolean sameAct = lemma.length() >= 5 && fl.length() >= 5 && lemma.regionMatches(0, fl, 0, 5);
                    if (patterns.isReactionNoun(lemma) || sameAct) earlier = f;
                }
                if (earlier != null) break;
            }
            if (earlier == null) { out.add(e); continue; }
            addWithTargets(out, e, List.of(earlier.source), ": the " + e.code + " event reacts to '"
                    + s.token(earlier.triggerToken).word() + "', the earlier act of '" + earlier.source.text() + "'");
        }
        return out;
    }

    /** One copy of {@code e} per target it lacked, each tracing why. */
    private static void addWithTargets(List<EventDraft> out, EventDraft e, List<ActorMention> targets, String why) {
        for (ActorMention t : targets) {
            EventDraft g = e.withTarget(t);
            g.trace.add("target '" + t.text() + "' = " + t.code() + why);
            out.add(g);
        }
    }

    /** Verbs that call off the act their object names. */
    private static final Set<String> CALLING_OFF = Set.of("postpone", "cancel", "scrap", "delay", "shelve", "abandon", "defer", "scrub");

    /** A clause of obligation ("it must cooperate", "Syria should withdraw", "ought to"): what others want done. */
    static boolean obligation(Sentence s, int clause) {
        return clause >= 0 && (hasAux(s, clause, MUST) || hasAux(s, clause, SHOULD));
    }

    /** Whether {@code node} has an auxiliary among {@code words} ("will", "must" ...). */
    static boolean hasAux(Sentence s, int node, Set<String> words) {
        for (Dep d : s.children(node)) {
            if (d.rel().startsWith("aux") && words.contains(s.token(d.dep()).lower())) return true;
        }
        return false;
    }

    /** Roots of cooperative acts whose announced non-performance ("will not accept more refugees") is a refusal. */
    private static final Set<String> COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06", "07", "08");

    /**
     * "Syria says it will not accept any more refugees", "Washington will not ease its embargo until ...": announcing that
     * one will not do a cooperative act is refusing it (root 12, by the act: patterns/framed-content.tsv), asserted; a
     * past "did not accept" stays a negated act.
     */
    void refusalsByWillNot(Sentence s, List<EventDraft> found) {
        for (EventDraft e : found) {
            // "would not comment on Algeria's decision", "did not comment on": declining to comment is CAMEO's 011
            if (e.mode == Mode.NEGATED && e.code.equals("010")) {
                e.trace.add("a negated comment (010) is declining to comment: 011");
                e.code = "011";
                e.mode = Mode.ASSERTED;
                continue;
            }
            if (e.mode != Mode.NEGATED || !COOPERATIVE_ROOTS.contains(e.code.substring(0, 2))) continue;
            boolean will = e.clauseHead >= 0 && hasAux(s, e.clauseHead, WILL_AUX) || hasAux(s, e.triggerToken, WILL_AUX);
            if (!will) continue;
            String r = patterns.framedFor("120", e.code);
            String code = r != null ? r : "120";
            e.trace.add("'will not' " + e.code + ": announcing that one will not do it is refusing it, " + code + " (patterns/framed-content.tsv)");
            e.code = code;
            e.mode = Mode.ASSERTED;
        }
    }

    private static final Set<String> WILL_AUX = Set.of("will", "wo", "would", "shall", "'ll");

    /** What a protest is for: demands, appeals, the yielding it wants, a refusal or a threat (the protest's content). */
    private static final Set<String> PROTEST_CONTENT_ROOTS = Set.of("02", "03", "08", "10", "12", "13");

    /** Roots whose complement clause is only asked for, promised, demanded, refused or threatened. */
    private static final Set<String> FRAMING_ROOTS = Set.of("02", "03", "10", "12", "13");

    /**
     * "urged Iran to release the sailors", "pledged to restore ties", "threatened to strike": the
     * embedded act did not happen; the appeal/intent/demand/threat is the event. Embedded events under
     * such a trigger (through xcomp/ccomp/advcl) are dropped, with the reason kept in the trace of the
     * framing event.
     */
    static List<EventDraft> dropEmbeddedContent(Sentence s, List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>();
        Map<EventDraft, List<ActorMention>> inherit = new IdentityHashMap<>();
        for (EventDraft e : found) {
            EventDraft framer = null;
            int node = e.clauseHead;
            boolean purpose = false, viaRelative = false;
            for (int depth = 0; depth < 4 && node >= 0 && framer == null; depth++) {
                int up = -1;
                for (Dep d : s.parents(node)) {
                    if (d.gov() >= 0 && (d.rel().equals("xcomp") || d.rel().equals("ccomp") || d.rel().startsWith("advcl:to")
                            || d.rel().startsWith("advcl:of")
                            || d.rel().startsWith("acl"))) {
                        up = d.gov();
                        viaRelative = d.rel().equals("acl:relcl");
                        break;
                    }
                    // from a noun the clause hangs on to the verb it is the object of: "demanded an admission by Moscow
                    // that NKVD forces murdered ..." (the murder is what the admission would say, under the demand); not
                    // from a relative clause, which tells what happened ("release the hostages, whom they had taken")
                    if (depth > 0 && !viaRelative && d.gov() >= 0 && s.token(node).isNoun() && (d.rel().equals("obj") || d.rel().equals("nsubj:pass"))) {
                        up = d.gov();
                        break;
                    }
                    // "rallied outside parliament, demanding the president's resignation", "began a hunger strike to
                    // press for the president to step down": what a protest demands is its content (only for protests)
                    if (d.gov() >= 0 && (d.rel().startsWith("advcl") || d.rel().equals("dep")) && PROTEST_CONTENT_ROOTS.contains(e.code.substring(0, 2))) {
                        up = d.gov();
                        purpose = true;
                        break;
                    }
                }
                if (up < 0) break;
                for (EventDraft f : found) {
                    boolean frames = purpose ? f.code.startsWith("14")
                            : FRAMING_ROOTS.contains(f.code.substring(0, 2)) || f.code.startsWith("112") || f.code.equals("016")
                            || f.code.substring(0, 2).equals(e.code.substring(0, 2))
                            || f.code.startsWith("14") && PROTEST_CONTENT_ROOTS.contains(e.code.substring(0, 2));
                    if (f != e && (f.clauseHead == up || f.triggerToken == up) && frames) {
                        framer = f;
                        break;
                    }
                }
                node = up;
            }
            // "rejected a U.S. request to ...", "turned down calls by Belarus for aid": the appeal or demand a rejection
            // answers is what is rejected, not a new event
            if (framer == null && (e.code.startsWith("02") || e.code.startsWith("10"))) {
                for (Dep d : s.parents(e.triggerToken)) {
                    if (!d.rel().equals("obj") && !d.rel().equals("nsubj:pass")) continue;
                    for (EventDraft f : found) if (f != e && f.triggerToken == d.gov() && f.code.startsWith("12")) framer = f;
                }
            }
            if (framer == null) {
                out.add(e);
                continue;
            }
            framer.trace.add("content '" + s.token(e.triggerToken).word() + "' (" + e.code + ") not coded as an event: it is what the "
                    + framer.code + " event asks for, promises, alleges, denies, attempts or threatens");
            // "warned that its troops could launch an offensive against the PKK", "threatened to shut down newspapers":
            // a frame that names no target of its own is aimed at the target of what it threatens, promises or asks
            if (framer.target == null && e.target != null && !e.target.isMedia() && !e.target.code().equals(framer.source.code())
                    && !e.target.code().equals(e.source.code())) {
                List<ActorMention> ts = inherit.computeIfAbsent(framer, k -> new ArrayList<>());
                if (ts.stream().noneMatch(t -> t.code().equals(e.target.code()))) ts.add(e.target);
            }
        }
        if (inherit.isEmpty()) return out;
        List<EventDraft> withTargets = new ArrayList<>();
        for (EventDraft f : out) {
            List<ActorMention> ts = inherit.get(f);
            if (ts == null) withTargets.add(f);
            else addWithTargets(withTargets, f, ts, " from the content: the " + f.code + " event is aimed at it");
        }
        return withTargets;
    }

    /**
     * An event coded without a target says less than one of the same source with a target from the same
     * trigger or of the same root ("X and Y agreed to ..." after "X agreed with Y"): the targetless one goes.
     */
    static List<EventDraft> dropSubsumedTargetless(List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : found) {
            boolean subsumed = false;
            if (e.target == null) {
                for (EventDraft o : found) {
                    if (o != e && o.target != null && o.source.code().equals(e.source.code())
                            && (o.triggerToken == e.triggerToken || o.code.regionMatches(0, e.code, 0, 2))) subsumed = true;
                }
            }
            if (!subsumed) out.add(e);
        }
        return out;
    }

    /**
     * A target that is a bare country is subsumed by a target of the same country with a role, for the same source, code
     * and mode: "cut ties with Taiwan ..., ending relations with Taipei" is one event, at the Taiwanese government.
     */
    static List<EventDraft> dropSubsumedCountryTargets(List<EventDraft> found) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : found) {
            boolean subsumed = false;
            if (e.target != null && e.target.role() == null && e.target.country() != null && e.target.code().equals(e.target.country())) {
                for (EventDraft o : found) {
                    if (o != e && o.target != null && o.target.role() != null && e.target.country().equals(o.target.country())
                            && o.source.code().equals(e.source.code()) && o.code.equals(e.code) && o.mode == e.mode) subsumed = true;
                }
            }
            if (!subsumed) out.add(e);
        }
        return out;
    }

    /** Same dyad, same root, same clause: one event, the most specific code (4-digit over 3-digit). */
    static List<EventDraft> keepMostSpecificPerClause(Sentence s, List<EventDraft> found) {
        Map<String, EventDraft> best = new LinkedHashMap<>();
        for (EventDraft e : found) {
            String key = e.source.code() + "|" + e.targetCode() + "|" + e.code.substring(0, 2) + "|" + e.clauseHead;
            best.merge(key, e, (a, b) -> b.code.length() > a.code.length() || (b.code.length() == a.code.length() && b.confidence > a.confidence) ? b : a);
        }
        // "fired tear gas at protesters", "struck Gaza with air strikes": a noun the verb governs names the act more exactly
        // than the verb alone; the verb's own event for the same dyad goes
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : best.values()) {
            boolean named = false;
            if (e.clauseHead == e.triggerToken) {
                for (EventDraft f : best.values()) {
                    // (a statement noun says less than anything: "issued a reminder that it must cooperate" is a demand)
                    if (f == e || f.clauseHead != e.triggerToken || f.triggerToken == f.clauseHead || f.code.startsWith("01")
                            || !f.source.code().equals(e.source.code()) || !f.targetCode().equals(e.targetCode())) continue;
                    // only the verb's object or instrument: "in defiance of", "after talks" are other events
                    for (Dep d : s.parents(f.triggerToken)) {
                        if (d.gov() == e.triggerToken && (d.rel().equals("obj") || d.rel().equals("obl:with"))) named = true;
                    }
                }
            }
            if (!named) out.add(e);
        }
        return out;
    }

    List<EventDraft> codeSentence(ArticleDoc doc, Sentence s, List<String> misses, Map<Integer, String> contentCodes) {
        List<ActorMention> mentions = doc.actorsIn(s.index());
        List<EventDraft> out = new ArrayList<>();
        Set<Integer> usedPhraseTokens = new HashSet<>();
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            List<Match> cands = new ArrayList<>();
            for (Pattern p : patterns.phrasePatterns(lemma)) {
                int end = phraseEnd(s, t.index(), p);
                if (end <= 0) continue;
                int head = phraseHead(s, t.index(), end);
                if (!p.light().isEmpty() && !lightAllowed(s, lightVerb(s, head), head, p)) continue;
                if (constraintsHold(s, head, p)) cands.add(new Match(p, head, t.index(), end, end - t.index()));
            }
            // not a participle used as an adjective: "fired warning shots", "the ruling party"
            if ((t.isVerb() && !adjectivalParticiple(s, t.index())) || t.pos().equals("JJ") && t.word().endsWith("ed")) {
                for (Pattern p : patterns.verbPatterns(lemma)) if (verbMatches(s, t.index(), p)) cands.add(new Match(p, t.index(), t.index(), t.index() + 1, 1));
            }
            boolean gerund = gerundAsNoun(s, t.index());
            if ((t.isNoun() && (!t.isProperNoun() || t.word().equals(t.word().toLowerCase(Locale.ROOT)))) || gerund) {
                List<Pattern> nounPs = new ArrayList<>(patterns.nounPatterns(lemma));
                if (gerund && !t.lower().equals(lemma)) {
                    for (Pattern p : patterns.nounPatterns(t.lower())) if (!nounPs.contains(p)) nounPs.add(p);
                }
                for (Pattern p : nounPs) {
                    int alt = nounAlternative(s, t.index(), p);
                    if (alt >= 0 && nounMatches(s, t.index(), p)) cands.add(new Match(p, t.index(), t.index(), t.index() + 1, p.triggers().get(alt).size()));
                }
            }
            if (cands.isEmpty() && ((t.isNoun() && !t.isProperNoun()) || gerund)) {
                // a noun whose patterns want another light verb still says what it is: "an investigation into [war
                // crimes]", "demanded [the release] of the prisoners"
                Pattern best = plainReading(s, t.index(), patterns.nounPatterns(lemma));
                if (best != null) contentCodes.putIfAbsent(t.index(), best.code());
            }
            if (cands.isEmpty()) continue;
            cands.sort(Comparator.comparingInt((Match m) -> -m.specificity()));
            // what this word would be coded as, actors aside: the content of an appeal, demand, refusal or threat
            contentCodes.putIfAbsent(cands.get(0).head, cands.get(0).pattern.code());
            String lastMiss = null;
            // first the patterns whose slots give both actors; only then one coded without its target
            matching:
            for (boolean loose : new boolean[]{false, true}) {
                for (Match m : cands) {
                    if (usedPhraseTokens.contains(m.head) && m.pattern.kind() != Pattern.Kind.PHRASE) continue;
                    List<EventDraft> evs = apply(doc, s, mentions, m, loose);
                    if (!evs.isEmpty()) {
                        out.addAll(evs);
                        if (m.pattern.kind() == Pattern.Kind.PHRASE) for (int i = m.first; i < m.end; i++) usedPhraseTokens.add(i);
                        lastMiss = null;
                        break matching;
                    }
                    if (lastMiss == null) lastMiss = "trigger '" + t.word() + "' matched " + m.pattern + " but " + whyNoActors(doc, s, mentions, m);
                }
            }
            if (lastMiss != null) misses.add(lastMiss);
        }
        return out;
    }

    /** A pattern matched at a trigger; {@code words} is the length of the alternative that matched. */
    private record Match(Pattern pattern, int head, int first, int end, int words) {
        /** The pattern's specificity, counting the words of the alternative that matched, not its longest. */
        int specificity() {
            int maxLen = pattern.triggers().stream().mapToInt(List::size).max().orElse(1);
            return pattern.specificity() - 2 * (maxLen - words);
        }
    }

    /** Index of the noun alternative whose compounds are present, longest first; -1 if none. */
    /** The token is the noun {@code word}: by lemma, or a gerund by its own form ("shelling", lemma "shell"). */
    private static boolean isNounTrigger(Sentence s, int n, String word) {
        Token t = s.token(n);
        return word.equals(t.lemma().toLowerCase(Locale.ROOT)) || (t.pos().equals("VBG") && word.equals(t.lower()));
    }

    /**
     * What a noun names when no light verb of its patterns governs it: "the delivery of additional aid" is aid (07),
     * not the appeal (023, light=ask) or the cut (162, light=suspend) other patterns make of it with their verbs. The
     * root with the most patterns for the noun among those that are no frame (02, 03, 10, 12, 13) wins, a framing
     * root only when the noun has no other or is itself a speech act ("request" 020, "offer" 030); within the root the
     * most specific pattern, then the earliest.
     */
    private static Pattern plainReading(Sentence s, int n, List<Pattern> nounPatterns) {
        Map<String, Integer> perRoot = new HashMap<>();
        // a noun that is itself an act of asking, offering, demanding, refusing or threatening ("request", "offer",
        // "demand": a pattern gives it its root's generic code) is read as that act, and the content is looked through it
        boolean speechAct = false;
        // a pattern that names what the noun is of does not read another thing ("delivery" of weapons is 072, of aid not)
        nounPatterns = nounPatterns.stream().filter(p -> p.objLemmas().isEmpty() || ofObjectIn(s, n, p.objLemmas())).toList();
        for (Pattern p : nounPatterns) {
            if (nounAlternative(s, n, p) < 0) continue;
            perRoot.merge(p.code().substring(0, 2), 1, Integer::sum);
            if (FRAMING_ROOTS.contains(p.code().substring(0, 2)) && p.code().length() == 3 && p.code().endsWith("0")) speechAct = true;
        }
        Pattern best = null;
        int bestRank = Integer.MIN_VALUE;
        for (Pattern p : nounPatterns) {
            if (nounAlternative(s, n, p) < 0) continue;
            String root = p.code().substring(0, 2);
            // a pattern listing many nouns is about its light verb ("praised the ceasefire, the deal, the reform ..."),
            // not what any one of them names: fewer alternatives say more about this noun
            int rank = (FRAMING_ROOTS.contains(root) == speechAct ? 10_000_000 : 0) + perRoot.get(root) * 10_000
                    - Math.min(p.triggers().size(), 99) * 10 + p.specificity();
            if (best == null || rank > bestRank) { best = p; bestRank = rank; }
        }
        return best;
    }

    /** Whether the noun's "of" phrase is one of the lemmas: "the delivery of weapons" for {@code obj=weapon}. */
    private static boolean ofObjectIn(Sentence s, int n, Set<String> lemmas) {
        for (Dep d : s.children(n)) {
            if (d.rel().equals("nmod:of") && lemmas.contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static int nounAlternative(Sentence s, int n, Pattern p) {
        int best = -1;
        for (int a = 0; a < p.triggers().size(); a++) {
            List<String> alt = p.triggers().get(a);
            if (!isNounTrigger(s, n, alt.get(alt.size() - 1))) continue;
            boolean ok = true;
            for (int c = 0; c < alt.size() - 1 && ok; c++) {
                String need = alt.get(c);
                boolean have = n > 0 && s.token(n - 1).lemma().toLowerCase(Locale.ROOT).equals(need);
                for (Dep d : s.children(n)) {
                    if ((d.rel().equals("compound") || d.rel().equals("amod")) && s.token(d.dep()).lemma().toLowerCase(Locale.ROOT).equals(need)) have = true;
                }
                ok = have;
            }
            if (ok && (best < 0 || alt.size() > p.triggers().get(best).size())) best = a;
        }
        return best;
    }

    // ---- trigger matching ------------------------------------------------------------------

    /** The phrase token whose governor lies outside the phrase ("minute" in "minute of silence"). */
    private static int phraseHead(Sentence s, int first, int end) {
        for (int i = first; i < end; i++) {
            for (Dep d : s.parents(i)) if (d.gov() < first || d.gov() >= end) return i;
        }
        return end - 1;
    }

    private static int phraseEnd(Sentence s, int start, Pattern p) {
        for (List<String> alt : p.triggers()) {
            int i = start, k = 0;
            while (k < alt.size() && i < s.size()) {
                Token t = s.token(i);
                String w = t.lemma().toLowerCase(Locale.ROOT);
                if (t.pos().equals("DT") || t.pos().equals("POS") || t.word().equals("\"") || t.word().equals("“") || t.word().equals("”")) {
                    if (k == 0) break;
                    i++;
                    continue; // articles and quote marks inside a phrase are skipped
                }
                if (!w.equals(alt.get(k)) && !t.lower().equals(alt.get(k))) break;
                i++;
                k++;
            }
            if (k == alt.size()) return i;
        }
        return -1;
    }

    private boolean verbMatches(Sentence s, int v, Pattern p) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        String particle = particleOf(s, v);
        boolean altOk = false;
        for (int a = 0; a < p.triggers().size(); a++) {
            if (!p.triggers().get(a).get(0).equals(lemma)) continue;
            String need = p.particles().get(a);
            if (need == null ? particle == null : need.equals(particle)) {
                altOk = true;
                break;
            }
        }
        return altOk && constraintsHold(s, v, p);
    }

    private static String particleOf(Sentence s, int v) {
        for (Dep d : s.children(v)) if (d.rel().equals("compound:prt")) return s.token(d.dep()).lemma().toLowerCase(Locale.ROOT);
        return null;
    }

    private boolean nounMatches(Sentence s, int n, Pattern p) {
        boolean altOk = false;
        for (List<String> alt : p.triggers()) {
            if (!isNounTrigger(s, n, alt.get(alt.size() - 1))) continue;
            boolean compoundsOk = true;
            for (int c = 0; c < alt.size() - 1; c++) {
                String need = alt.get(c);
                boolean have = false;
                for (Dep d : s.children(n)) {
                    if ((d.rel().equals("compound") || d.rel().equals("amod")) && s.token(d.dep()).lemma().toLowerCase(Locale.ROOT).equals(need)) have = true;
                }
                if (!have && n > 0 && s.token(n - 1).lemma().toLowerCase(Locale.ROOT).equals(need)) have = true;
                if (!have) compoundsOk = false;
            }
            if (compoundsOk) {
                altOk = true;
                break;
            }
        }
        if (!altOk) return false;
        if (!p.light().isEmpty() && !lightAllowed(s, lightVerb(s, n), n, p)) return false;
        return constraintsHold(s, n, p);
    }

    /**
     * The subject's head word is one of {@code words}: its lemma or word, or, written with "_", the word with a compound or
     * adjective before it ("suicide_bomber"). A two-word subject some pattern names is a kind of its own: "suicide bombers"
     * are not the "bomber" aircraft of another pattern.
     */
    private boolean subjectIn(Sentence s, int head, Set<String> words) {
        String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
        for (Dep c : s.children(head)) {
            if (!c.rel().equals("compound") && !c.rel().equals("amod")) continue;
            String two = s.token(c.dep()).lower() + "_" + lemma;
            if (words.contains(two)) return true;
            if (patterns.isTwoWordSubject(two)) return false;
        }
        return words.contains(lemma) || words.contains(s.token(head).lower());
    }

    /**
     * The first actor inside the that-clause of the denied accusation ("charges that it was backing M23 rebels"), other than
     * the clause's subject and the source's own: who the denied act was done to or with.
     */
    private static ActorMention deniedContentActor(Sentence s, List<ActorMention> mentions, int head, int lv, Pattern p,
                                                   List<ActorMention> srcs) {
        for (int t : tokensForRoles(s, head, lv, p.tgt())) {
            for (Dep c : s.children(t)) {
                if (!c.rel().startsWith("acl") && !c.rel().equals("ccomp")) continue;
                int clause = c.dep();
                for (ActorMention m : mentions) {
                    if (m.isMedia() || srcs.stream().anyMatch(a -> a.code().equals(m.code()) || a.country() != null && a.country().equals(m.code()))) continue;
                    int node = m.head();
                    boolean subject = false, inside = false;
                    for (int depth = 0; depth < 6 && node >= 0; depth++) {
                        if (node == clause) { inside = true; break; }
                        int up = -1;
                        for (Dep d : s.parents(node)) {
                            if (d.gov() == clause && d.rel().startsWith("nsubj")) subject = true;
                            if (d.gov() >= 0) { up = d.gov(); break; }
                        }
                        node = up;
                    }
                    if (inside && !subject && m.head() != clause) return m;
                }
            }
        }
        return null;
    }

    /** Finite auxiliaries and copulas of a clause that states a fact, not a mandate. */
    private static final Set<String> FACT_AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "does", "did", "do", "'s", "'re");

    /**
     * A that-clause in the past or the third person present, or with a finite auxiliary ("that it had no weapons", "that
     * Iran was behind it", "that he is innocent"): it states a fact; a mandate has the bare verb ("that Laos cooperate",
     * "that the talks be resumed") or a modal.
     */
    private static boolean statesAFact(Sentence s, int clause) {
        String pos = s.token(clause).pos();
        if (pos.equals("VBD") || pos.equals("VBZ")) return true;
        for (Dep c : s.children(clause)) {
            if ((c.rel().startsWith("aux") || c.rel().equals("cop")) && FACT_AUX.contains(s.token(c.dep()).lower())) return true;
        }
        return false;
    }

    /** Words whose infinitive is what the actor wants or offers to do, not what is planned: "ready to meet", "offered to host". */
    private static final Set<String> INTENT_WORDS = Set.of("ready", "willing", "prepared", "eager", "keen", "offer", "hope",
            "want", "wish", "seek", "propose", "agree");

    /** The clause is the infinitive of a word of wanting or offering ("was ready to meet", "offered to host talks"). */
    private static boolean expressedIntent(Sentence s, int clause) {
        return complementOf(s, clause, INTENT_WORDS);
    }

    /** {@code v} is the open complement (xcomp) of a word with one of these lemmas. */
    private static boolean complementOf(Sentence s, int v, Set<String> lemmas) {
        for (Dep d : s.parents(v)) {
            if (d.rel().equals("xcomp") && d.gov() >= 0 && lemmas.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whether {@code m} is on the side of source {@code a}: the same actor, or of the same country, unless {@code m} is
     * the state's domestic adversary (armed group or opposition) and {@code a} the state or its forces.
     */
    private static boolean ownSide(ActorMention a, ActorMention m) {
        if (a.code().equals(m.code())) return true;
        if (a.country() == null || !a.country().equals(m.country())) return false;
        boolean adversary = m.role() != null && (ActorStage.ARMED_GROUPS.contains(m.role()) || m.role().equals("OPP"));
        return !(adversary && (a.role() == null || STATE_FORCES.contains(a.role())));
    }

    /** Roles of the state's own forces and rulers. */
    private static final Set<String> STATE_FORCES = Set.of("GOV", "MIL", "COP", "SPY");

    private boolean constraintsHold(Sentence s, int v, Pattern p) {
        boolean passive = isPassive(s, v);
        if (!p.objLemmas().isEmpty()) {
            boolean ok = false;
            // a noun's object is its "of" phrase: "the expulsion of 45 diplomats", "the closure of the embassy"
            boolean noun = p.kind() == Pattern.Kind.NOUN;
            for (Dep d : s.children(v)) {
                if (noun ? !d.rel().equals("nmod:of") : !(d.rel().equals("obj") || passive && d.rel().equals("nsubj:pass"))) continue;
                // the lemma, or the word itself where a participle is used as a noun ("evacuated the wounded")
                if (p.objLemmas().contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))
                        || p.objLemmas().contains(s.token(d.dep()).lower())) ok = true;
                // a two-word object written with "_": "embassy_compound" is "the embassy compound", "military_presence"
                for (Dep c : s.children(d.dep())) {
                    if ((c.rel().equals("compound") || c.rel().equals("amod")) && p.objLemmas().contains(
                            s.token(c.dep()).lower() + "_" + s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) ok = true;
                }
                // "evacuated the wounded", parsed with the article as the object's head and the participle below it
                if (s.token(d.dep()).pos().equals("DT")) {
                    for (Dep c : s.children(d.dep())) {
                        if (c.rel().equals("amod") && (p.objLemmas().contains(s.token(c.dep()).lower())
                                || p.objLemmas().contains(s.token(c.dep()).lemma().toLowerCase(Locale.ROOT)))) ok = true;
                    }
                }
                // "summoned Niger's ambassador Brah Mohamane": a title before a name is the object's word
                if (s.token(d.dep()).isProperNoun()) {
                    for (Dep c : s.children(d.dep())) {
                        if (c.rel().equals("compound") && !s.token(c.dep()).isProperNoun()
                                && p.objLemmas().contains(s.token(c.dep()).lemma().toLowerCase(Locale.ROOT))) ok = true;
                    }
                }
            }
            if (!ok) return false;
        }
        if (!p.attach().isEmpty()) {
            // "said during a visit to Hanoi", "on a visit to Beijing": the noun hangs on its verb by one of these relations
            boolean ok = false;
            for (Dep d : s.parents(v)) if (p.attach().contains(d.rel())) ok = true;
            if (!ok) return false;
        }
        if (!p.subjLemmas().isEmpty()) {
            // the subject's head word ("Serbian troops pulled out of Kosovo", "Israeli jets struck Gaza"): the verb's, or for a
            // noun trigger its light verb's; in a passive the agent ("Gaza was struck by Israeli jets")
            int lv = p.kind() == Pattern.Kind.VERB ? v : lightVerb(s, v);
            boolean ok = false;
            if (lv >= 0) {
                boolean pass = isPassive(s, lv);
                for (Dep d : s.children(lv)) {
                    boolean subject = pass ? d.rel().equals("obl:agent") || d.rel().equals("obl:by") : d.rel().equals("nsubj");
                    if (subject && subjectIn(s, d.dep(), p.subjLemmas())) ok = true;
                }
                // "the troops withdrew" in a relative or participle clause: the noun the clause hangs on
                for (Dep d : s.parents(lv)) {
                    if ((d.rel().equals("acl") || d.rel().equals("acl:relcl")) && d.gov() >= 0
                            && p.subjLemmas().contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) ok = true;
                }
            }
            if (!ok) return false;
        }
        if (!p.xcompLemmas().isEmpty()) {
            boolean ok = false;
            String root = p.code().substring(0, 2);
            boolean telling = TELLING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
            for (Dep d : s.children(v)) {
                // "pressed Moscow to free ..." (xcomp) or "demanded that Moscow free ..." (ccomp)
                // (or a purpose clause of a material act: "deployed troops to Mozambique to protect gas installations")
                boolean purpose = d.rel().equals("advcl:to") && p.code().compareTo("06") >= 0 && !root.equals("10") && !root.equals("13");
                if ((d.rel().equals("xcomp") || d.rel().equals("ccomp") || purpose) && (p.xcompLemmas().contains("*")
                        || p.xcompLemmas().contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT)))) {
                    // "told the envoy that Baghdad would comply" is a promise, not an order; "told Iran to cooperate" an order
                    boolean willClause = d.rel().equals("ccomp") && hasAux(s, d.dep(), WILL_AUX);
                    if (willClause && root.equals("10")) continue;
                    // what is asked or demanded is a mandate ("insisted that Laos cooperate"), not a statement of fact
                    // ("insisted that it had no weapons", "demanded to know why Kiev was stalling" aside)
                    if (d.rel().equals("ccomp") && (root.equals("02") || root.equals("10")) && statesAFact(s, d.dep())) continue;
                    if (telling && (root.equals("03") || root.equals("13")) && !willClause) continue;
                    ok = true;
                }
            }
            if (!ok) return false;
        }
        if (!p.preps().isEmpty()) {
            boolean ok = false;
            int lv = p.kind() == Pattern.Kind.NOUN ? lightVerb(s, v) : -1;
            for (int node : lv >= 0 ? new int[]{v, lv} : new int[]{v}) {
                for (Dep d : s.children(node)) {
                    String r = d.rel();
                    int c = r.indexOf(':');
                    // (not a date: "pressed their offensive on Monday" has no "on" frame)
                    boolean when = isWhen(s.token(d.dep()));
                    if ((r.startsWith("obl:") || r.startsWith("nmod:") || r.startsWith("advcl:")) && c > 0 && !when
                            && p.preps().contains(r.substring(c + 1))) ok = true;
                    if (r.equals("compound:prt") && p.preps().contains(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) ok = true;
                }
            }
            if (!ok) return false;
        }
        return true;
    }

    /** A word that names a time: NER's DATE, TIME or DURATION, or a weekday or month name (NER may leave these untagged). */
    static boolean isWhen(Token t) {
        String ner = t.ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION")) return true;
        String w = t.word().toUpperCase(Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) if (d.name().equals(w)) return true;
        for (java.time.Month m : java.time.Month.values()) if (m.name().equals(w)) return true;
        return false;
    }

    /** The light verb is listed; a verb with a particle ("called off") only matches an entry naming it ("call+off"). */
    private static boolean lightAllowed(Sentence s, int lv, int noun, Pattern p) {
        if (lv < 0) return false;
        String lemma = s.token(lv).lemma().toLowerCase(Locale.ROOT);
        // "called the deployment a red line", "called the attack an act of war": calling a thing names it; one calls FOR
        // or ON something
        if (lemma.equals("call")) {
            // naming has a second complement: "called [the deployment] [a red line]" (parsed as xcomp or as a second object)
            boolean naming = false;
            int objects = 0;
            for (Dep d : s.children(lv)) {
                if (d.rel().equals("xcomp") && (s.token(d.dep()).isNoun() || s.token(d.dep()).pos().startsWith("JJ"))) naming = true;
                if (d.rel().equals("obj")) objects++;
            }
            if (objects >= 2) naming = true;
            for (Dep d : s.parents(noun)) if (naming && d.gov() == lv && (d.rel().equals("obj") || d.rel().equals("nsubj:pass"))) return false;
        }
        String prt = particleOf(s, lv);
        return prt == null ? p.light().contains(lemma) : p.light().contains(lemma + "+" + prt);
    }

    static boolean isPassive(Sentence s, int v) {
        if (stativeTo(s, v)) return false;
        for (Dep d : s.children(v)) if (d.rel().equals("aux:pass") || d.rel().equals("nsubj:pass")) return true;
        return false;
    }

    /** Participles that, with "be ... to", state their subject's stance: "Israel is opposed to French mediation". */
    private static final Set<String> STATIVE_TO = Set.of("oppose", "commit", "dedicate", "devote", "hostile");

    /** "is opposed to X": not a passive; the subject holds the stance and the "to" phrase is its object. */
    static boolean stativeTo(Sentence s, int v) {
        if (!STATIVE_TO.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) return false;
        boolean to = false;
        for (Dep d : s.children(v)) {
            if (d.rel().equals("obl:agent") || d.rel().equals("obl:by")) return false;
            if (d.rel().equals("obl:to")) to = true;
        }
        return to;
    }

    /**
     * Adjectives whose subject is the doer of the act they govern: "Sudan's government is responsible for mass killings",
     * "both sides are guilty of violating the truce".
     */
    private static final Set<String> AGENT_ADJECTIVES = Set.of("responsible", "guilty", "culpable", "accountable");

    /** The subject tokens of an agent adjective that governs {@code n} ("responsible for [the killings]"). */
    static List<Integer> agentOfAdjective(Sentence s, int n) {
        List<Integer> r = new ArrayList<>();
        for (Dep d : s.parents(n)) {
            if (d.gov() < 0 || !AGENT_ADJECTIVES.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) continue;
            if (!(d.rel().startsWith("obl:") || d.rel().startsWith("advcl") || d.rel().startsWith("nmod:"))) continue;
            for (Dep c : s.children(d.gov())) {
                if (c.rel().equals("nsubj")) {
                    r.add(c.dep());
                    for (Dep cc : s.children(c.dep())) if (cc.rel().startsWith("conj")) r.add(cc.dep());
                }
            }
        }
        return r;
    }

    /** The verb a noun trigger hangs from ("held talks", "talks were held", "a meeting will take place"). */
    private static final Set<String> NOT_LIGHT_OBL = Set.of("obl:after", "obl:before", "obl:since", "obl:despite", "obl:during",
            "obl:until", "obl:following", "obl:amid", "obl:because_of", "obl:due_to", "obl:tmod", "obl:npmod");

    /** The verb a noun hangs on by one of the pattern's {@code attach=} relations ("said during a visit"), or -1. */
    static int attachedTo(Sentence s, int n, Pattern p) {
        for (Dep d : s.parents(n)) if (d.gov() >= 0 && p.attach().contains(d.rel())) return d.gov();
        return -1;
    }

    static int lightVerb(Sentence s, int n) {
        for (Dep d : s.parents(n)) {
            // not a phrase of time or cause: "cancelled a visit after a state of siege was declared"
            if (d.gov() >= 0 && s.token(d.gov()).isVerb() && (LIGHT_RELS.contains(d.rel())
                    || (d.rel().startsWith("obl") && !NOT_LIGHT_OBL.contains(d.rel())))) {
                return d.gov();
            }
        }
        // "pledged $50 million in humanitarian assistance", "sent 2,000 tonnes of food aid", "a shipment of arms": the
        // sum or measure stands between the verb and the noun that names what is given
        for (Dep d : s.parents(n)) {
            if (d.gov() < 0 || !(d.rel().equals("nmod:in") || d.rel().equals("nmod:of") || d.rel().equals("nmod:worth"))) continue;
            int q = d.gov();
            if (!isMeasure(s, q)) continue;
            for (Dep o : s.parents(q)) {
                if (o.gov() >= 0 && s.token(o.gov()).isVerb() && (LIGHT_RELS.contains(o.rel())
                        || o.rel().startsWith("obl") && !NOT_LIGHT_OBL.contains(o.rel()))) return o.gov();
            }
        }
        // "accused the British diplomat of spying", parsed with the "of" phrase on the object: the accusing verb's
        for (Dep d : s.parents(n)) {
            if (!d.rel().equals("nmod:of") || d.gov() < 0) continue;
            for (Dep o : s.parents(d.gov())) {
                if (o.rel().equals("obj") && o.gov() >= 0 && s.token(o.gov()).isVerb()
                        && PatternSet.standard().isAccusationVerb(s.token(o.gov()).lemma().toLowerCase(Locale.ROOT))) return o.gov();
            }
        }
        // "accused Israel of torturing prisoners", parsed with the gerund as a modifier of "prisoners"
        return verbOfGerundModifier(s, n);
    }

    /** Words that measure an amount of something given ("a shipment of", "a batch of", "tonnes of"). */
    private static final Set<String> MEASURE_NOUNS = Set.of("shipment", "consignment", "batch", "package", "load", "cargo",
            "tranche", "supply", "planeload", "truckload", "shipload", "tonne", "ton", "worth");

    /** A sum of money ("$50 million"), a number of units ("2,000 tonnes") or a measure word ("a shipment"). */
    private static boolean isMeasure(Sentence s, int q) {
        Token t = s.token(q);
        if (t.pos().equals("$") || t.pos().equals("CD")) return true;
        if (!t.isNoun()) return false;
        if (MEASURE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
        for (Dep c : s.children(q)) if (c.rel().equals("nummod") && s.token(c.dep()).pos().equals("CD")) {
            // "2,000 tonnes of aid", not "two rounds of talks" (a count of the thing itself is no measure of it)
            return !t.lemma().equalsIgnoreCase("round");
        }
        return false;
    }

    /** The verb of "VERB ... of GERUND NOUN" when the gerund was parsed as a modifier of the noun, else -1. */
    private static int verbOfGerundModifier(Sentence s, int n) {
        if (!s.token(n).pos().equals("VBG")) return -1;
        for (Dep d : s.parents(n)) {
            if (!d.rel().equals("amod") || d.gov() < 0) continue;
            for (Dep g : s.parents(d.gov())) {
                if (g.gov() >= 0 && g.rel().equals("obl:of") && s.token(g.gov()).isVerb()) return g.gov();
            }
        }
        return -1;
    }

    /** A present participle modifying a noun as an adjective ("warning shots"), not predicating anything. */
    static boolean adjectivalParticiple(Sentence s, int t) {
        if (!s.token(t).pos().equals("VBG") || gerundAsNoun(s, t)) return false;
        for (Dep d : s.parents(t)) if (d.rel().equals("amod") || d.rel().equals("compound")) return true;
        return false;
    }

    /**
     * A gerund used as a noun after "of": "accused Y of spying" (obl:of), "of torturing prisoners"
     * (parsed as a modifier of the noun in the obl:of phrase). Noun patterns then apply to it.
     */
    static boolean gerundAsNoun(Sentence s, int t) {
        if (!s.token(t).pos().equals("VBG")) return false;
        for (Dep d : s.parents(t)) {
            if (d.rel().equals("obl:of") || d.rel().equals("advcl:of") || d.rel().equals("acl:of")) return true;
        }
        return verbOfGerundModifier(s, t) >= 0;
    }

    // ---- roles -----------------------------------------------------------------------------

    /**
     * The events of one pattern match. With {@code loose}, a verbal pattern whose target slot holds no
     * actor takes the one other actor in the trigger's phrase, or codes the event without a target.
     */
    private List<EventDraft> apply(ArticleDoc doc, Sentence s, List<ActorMention> mentions, Match m, boolean loose) {
        Pattern p = m.pattern;
        int head = m.head;
        // (a phrase headed by a verb, "work together", is a verb phrase: it has no light verb, unless its pattern names one)
        int lv = p.kind() == Pattern.Kind.VERB || p.kind() == Pattern.Kind.PHRASE && s.token(head).isVerb() && p.light().isEmpty() ? -1
                : p.attach().isEmpty() ? lightVerb(s, head) : attachedTo(s, head, p);
        Set<Integer> exclude = new HashSet<>();
        for (int i = m.first; i < m.end; i++) exclude.add(i);
        List<ActorMention> srcs = mentionsForRoles(s, mentions, head, lv, p.src(), exclude);
        List<ActorMention> tgts = p.tgt().isEmpty() ? List.of() : mentionsForRoles(s, mentions, head, lv, p.tgt(), exclude);
        if (srcs.isEmpty() && p.kind() != Pattern.Kind.VERB) {
            // "Sudan's government is responsible for mass killings": the responsible one did it
            for (int t : agentOfAdjective(s, head)) {
                for (ActorMention am : mentionsAt(s, mentions, t)) if (!srcs.contains(am) && !overlaps(am, exclude)) srcs.add(am);
            }
        }
        // "evacuated its settlements in Gaza": a slot filled only by the source itself holds no target
        tgts = withoutSelf(srcs, tgts);
        boolean nestedTarget = false;
        if (tgts.isEmpty() && !p.tgt().isEmpty()) {
            // the slot holds a thing, not an actor: "threatened to resume attacks in Israel", "demanded the release
            // of Kurdish prisoners", "a plan against the rebels": the actor the thing is about is the target
            // ("rejected proposed American changes", "denounced Serbia's crackdown on ...": whose the thing is comes first)
            LinkedHashSet<ActorMention> inner = new LinkedHashSet<>();
            for (Set<String> rels : List.of(OWNER_RELS, NESTED_TARGET_RELS)) {
                for (int t : tokensForRoles(s, head, lv, p.tgt())) {
                    if (exclude.contains(t) || !s.token(t).isNoun()) continue;
                    for (Dep d : s.children(t)) {
                        if (!rels.contains(d.rel()) || exclude.contains(d.dep())) continue;
                        // not a possessive pronoun, which mostly refers to the source ("pressed their offensive")
                        if (rels == OWNER_RELS && s.token(d.dep()).pos().startsWith("PRP")) continue;
                        for (ActorMention am : mentionsAt(s, mentions, d.dep())) if (!am.isMedia() && !overlaps(am, exclude)) inner.add(am);
                    }
                }
                Set<String> own = new HashSet<>();
                for (ActorMention x : srcs) own.add(x.code());
                inner.removeIf(am -> own.contains(am.code()));
                if (!inner.isEmpty()) break;
            }
            // deeper, for what is said, asked or refused about a thing ("denied any role in the raid on Israeli troops",
            // "voiced hope for a resumption of talks with Beijing"): the nearest actor two or three phrases down
            if (inner.isEmpty() && p.code().compareTo("15") < 0) {
                Set<String> own = new HashSet<>();
                for (ActorMention x : srcs) own.add(x.code());
                List<Integer> starts = new ArrayList<>();
                for (int t : tokensForRoles(s, head, lv, p.tgt())) if (!exclude.contains(t) && s.token(t).isNoun()) starts.add(t);
                int found = -1;
                for (int[] nd : breadthFirst(s, starts, 3, (d, depth) -> (NESTED_TARGET_RELS.contains(d.rel())
                        || OWNER_RELS.contains(d.rel()) && !s.token(d.dep()).pos().startsWith("PRP")) && !exclude.contains(d.dep()))) {
                    if (nd[1] < 2 || found >= 0 && nd[1] > found) continue;
                    for (ActorMention am : mentionsAt(s, mentions, nd[0])) {
                        if (am.isMedia() || overlaps(am, exclude) || own.contains(am.code()) || am.kind() == ActorMention.Kind.PLACE) continue;
                        inner.add(am);
                        found = nd[1];
                    }
                }
            }
            // the thing's sender, parsed on the verb: "threw out a petition from the opposition party"
            if (inner.isEmpty() && p.code().compareTo("15") < 0 && (p.tgt().contains("obj") || p.tgt().contains("light.obj"))) {
                Set<String> own = new HashSet<>();
                for (ActorMention x : srcs) own.add(x.code());
                for (Dep d : s.children(lv >= 0 ? lv : head)) {
                    if (!d.rel().equals("obl:from") || exclude.contains(d.dep())) continue;
                    for (ActorMention am : mentionsAt(s, mentions, d.dep())) {
                        if (!am.isMedia() && !overlaps(am, exclude) && !own.contains(am.code()) && am.kind() != ActorMention.Kind.PLACE) inner.add(am);
                    }
                }
            }
            tgts = withoutSelf(srcs, new ArrayList<>(inner));
            nestedTarget = !tgts.isEmpty();
        }
        if (tgts.isEmpty() && !p.tgt().isEmpty() && p.code().compareTo("15") >= 0) {
            // material conflict against a thing in a place ("struck targets in Lebanon", "shelled villages near Kharkiv"):
            // the place's country is the target
            List<Integer> where = new ArrayList<>();
            for (int t : tokensForRoles(s, head, lv, p.tgt())) {
                // ("the Baba Amr district of Homs", "the positions of the rebels")
                for (Dep d : s.children(t)) if (d.rel().equals("nmod:in") || d.rel().equals("nmod:near") || d.rel().equals("nmod:across")
                        || d.rel().equals("nmod:of")) where.add(d.dep());
            }
            // (for a noun, also its light verb's: "launched an offensive across Vietnam's northern border")
            for (int node : lv >= 0 && p.kind() != Pattern.Kind.VERB ? new int[]{head, lv} : new int[]{head}) {
                for (Dep d : s.children(node)) {
                    String rel = p.kind() == Pattern.Kind.VERB ? d.rel() : d.rel().replace("nmod:", "obl:");
                    if (rel.equals("obl:in") || rel.equals("obl:near") || rel.equals("obl:across")) where.add(d.dep());
                }
            }
            LinkedHashSet<ActorMention> placed = new LinkedHashSet<>();
            for (int w : where) for (ActorMention am : mentionsAt(s, mentions, w)) if (!am.isMedia() && !overlaps(am, exclude)) placed.add(am);
            tgts = new ArrayList<>(placed);
        }
        srcs = new ArrayList<>(srcs);
        // "Syria has told the United Nations it will open two crossings": a pronoun subject of what is told is the teller,
        // not the nearest name before it
        for (int i = 0; i < srcs.size(); i++) {
            ActorMention a = srcs.get(i);
            if (!a.basis().startsWith("pronoun") || !s.token(a.head()).pos().equals("PRP")) continue;
            ActorMention teller = tellerOf(s, mentions, a.head());
            if (teller != null && !teller.code().equals(a.code()) && !teller.isMedia()) {
                srcs.set(i, a.recoded(teller.code(), teller.country(), teller.role(), teller.kind(),
                        "pronoun for '" + teller.text() + "', the subject of the verb of saying"));
            }
        }
        srcs.removeIf(ActorMention::isMedia);
        List<EventDraft> out = new ArrayList<>();
        if (srcs.isEmpty() && !tgts.isEmpty() && p.code().startsWith("17") && p.kind() == Pattern.Kind.VERB && isPassive(s, head)) {
            // "a missionary was arrested in Lebanon": arrests, detentions, expulsions and bans are the state's acts,
            // so without an agent the state where it happened is the source
            ActorMention state = stateWhere(s, mentions, head, exclude);
            if (state != null && tgts.stream().noneMatch(t -> state.code().equals(t.code()) && state.country() != null)) srcs = List.of(state);
        }
        if (srcs.isEmpty() && !tgts.isEmpty() && p.kind() == Pattern.Kind.VERB && VIOLENT_ROOTS.contains(p.code().substring(0, 2))) {
            // "a roadside bombing killed a US soldier", "was killed in a car bomb explosion in Beirut": the attacker the
            // violent means names, else unidentified attackers of the country where it happened
            ActorMention attacker = unnamedAttacker(s, mentions, head, exclude, tgts, p.code().startsWith("192"));
            if (attacker != null) srcs = List.of(attacker);
        }
        if (srcs.isEmpty()) return out;
        int clause = lv >= 0 && p.kind() != Pattern.Kind.VERB ? lv : head;
        if (allegedGerund(s, clause)) return out;
        Mode mode = modeOf(s, clause, head);
        // "postponed a visit by Norway's minister", "cancelled the talks": an act named by a noun that a verb of calling
        // off governs did not take place (unless the pattern is about that very verb: "suspended aid" is 162)
        if (p.kind() != Pattern.Kind.VERB && lv >= 0 && mode == Mode.ASSERTED) {
            String l = s.token(lv).lemma().toLowerCase(Locale.ROOT);
            if (CALLING_OFF.contains(l) && !p.light().contains(l)) mode = Mode.NEGATED;
        }
        String code = p.code();
        Mode eventMode = mode;
        String recodeNote = null; // why the pattern's code was changed: a promise, a threat, a state's protest
        if (GENERIC_VIOLENCE.contains(code) && p.kind() == Pattern.Kind.VERB) {
            // "killed in a car bomb explosion" (1832), "killed by an air strike" (195), "killed in clashes" (190)
            String[] means = meansCode(s, head, exclude);
            if (means != null && !means[0].equals(code)) {
                recodeNote = "the means '" + means[1] + "' makes " + code + " " + means[0] + " (patterns/violent-means.tsv)";
                code = means[0];
            }
        }
        // a promised or conditional act is the actor's intent or threat, but not the condition itself:
        // in "a treaty could be signed if Armenia met its conditions" Armenia has promised nothing
        // nor an obligation others put on the actor: "reminded Iraq that it must cooperate" promises nothing
        if ((mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL) && !isCondition(s, clause) && !obligation(s, clause)) {
            String intent = patterns.intentFor(code);
            // a planned meeting stays a future meeting (04x); one the actor says it is ready, willing or eager to hold, or
            // offers or hopes to hold, is an expressed intent to meet (036): "said he was ready to meet Rabin"
            if (intent == null && code.startsWith("04") && expressedIntent(s, clause)) intent = "036";
            if (intent != null) {
                recodeNote = (intent.startsWith("13") ? "threatened " : "promised ") + code + " coded as "
                        + (intent.startsWith("13") ? "threat " : "intent ") + intent + " (patterns/intent.tsv)";
                code = intent;
                eventMode = Mode.ASSERTED;
                // "told the United Nations it will open two crossings": a promise with no target is made to the one told
                // (a promise on a condition is made to whom the condition is about: "would release 40 hostages if Israel
                // agreed to a pause")
                if (tgts.isEmpty()) {
                    ActorMention cond = conditionSubject(s, mentions, clause, srcs, exclude);
                    ActorMention told = cond != null ? cond : addresseeOf(s, mentions, clause);
                    if (told != null && srcs.stream().noneMatch(a -> a.code().equals(told.code()))) tgts = List.of(told);
                }
            }
        }
        List<ActorMention[]> pairs = new ArrayList<>();
        boolean targetless = false, fallbackTarget = false, impliedTarget = false;
        if (!tgts.isEmpty()) {
            for (ActorMention a : srcs) for (ActorMention b : tgts) pairs.add(new ActorMention[]{a, b});
            // "Russia held talks with Ukraine" is Russia's act (GDELT, ICEWS and PLOVER code it once, from the subject);
            // only actors coordinated as the subject act towards each other ("Russia and Ukraine held talks")
        } else if ((p.recip() || eachOther(s, tokensForRoles(s, head, lv, p.tgt()))) && srcs.size() >= 2
                // (material acts with a thing in the slot are not at each other: "worked together to fight smuggling")
                && !(code.compareTo("15") >= 0 && slotHoldsAnObject(s, head, lv, p, exclude))) {
            // "the army and the rebels accused each other of violating the truce": each is the other's target
            for (ActorMention a : srcs) for (ActorMention b : srcs) if (a != b) pairs.add(new ActorMention[]{a, b});
        } else if (p.targetOptional()) {
            // military posture is shown somewhere or against someone: "strengthened its forces in Lebanon", "mobilized
            // reservists for a war against Iraq"; without either it has no target ("Russia mobilized 300,000 reservists")
            List<ActorMention> aimed = p.code().startsWith("15") ? postureTarget(s, mentions, lv >= 0 ? lv : head, srcs, exclude) : List.of();
            // (or the noun's own: "put its forces on high alert along the Line of Control with India")
            if (aimed.isEmpty() && lv >= 0 && p.code().startsWith("15")) aimed = postureTarget(s, mentions, head, srcs, exclude);
            // a threat is aimed at whom its condition is about: "threatened to pull out of the talks if Kabul rejected the
            // timetable"
            if (aimed.isEmpty() && code.startsWith("13")) {
                ActorMention cond = conditionSubject(s, mentions, lv >= 0 ? lv : head, srcs, exclude);
                if (cond != null) aimed = List.of(cond);
            }
            for (ActorMention a : srcs) {
                if (aimed.isEmpty()) pairs.add(new ActorMention[]{a, null});
                for (ActorMention b : aimed) pairs.add(new ActorMention[]{a, b});
            }
            if (!aimed.isEmpty()) impliedTarget = true;
        } else if (loose && p.mayLackTarget()) {
            // a verbal event whose addressee is not where the pattern looks ("renewed an appeal to Belgium to
            // extradite ...", parsed with "to Belgium" elsewhere): the one other actor inside the trigger's phrase
            // is the target; with none, the source's act is still coded, without a target, as GDELT and
            // PETRARCH do. Material acts (15-20) need their target: "attacked the proposal" is no attack.
            List<ActorMention> inside = new ArrayList<>(actorsUnder(s, mentions, lv >= 0 ? lv : head, srcs, exclude));
            // a city where it happened is no addressee ("defended the plan at the summit in Mar del Plata")
            inside.removeIf(am -> am.kind() == ActorMention.Kind.PLACE);
            // nor a possessive pronoun, which mostly refers back to the source ("pressed their offensive"), nor what it
            // owns ("withdrew its troops": the source's own troops)
            inside.removeIf(am -> s.token(am.head()).pos().equals("PRP$")
                    || am.first() > 0 && s.token(am.first() - 1).pos().equals("PRP$"));
            // cooperation is never with the one it is against ("carried out a joint operation against Russian positions"),
            // nor with the capital where it takes place ("met in Dhaka", "resumed negotiations in the Ethiopian capital")
            if (JOINT_ROOTS.contains(code.substring(0, 2))) {
                int top0 = lv >= 0 ? lv : head;
                inside.removeIf(am -> againstOnPath(s, top0, am.head()));
                inside.removeIf(am -> {
                    String via = relBelow(s, top0, am.head());
                    return via != null && (via.endsWith(":in") || via.endsWith(":at")) && "GOV".equals(am.role())
                            && (am.basis().startsWith("capital") || am.basis().contains("'capital'"));
                });
            }
            // only acts done together, with each other: agreeing, consulting, diplomatic and material cooperation
            // (03-06) but mediating; "Japan and South Korea condemned the launch" is not aimed at each other
            // and fighting between them: "the army and the rebels clashed", "both the military and the MILF violated
            // the ceasefire" (190, 196: a fight of two sides named together is between them)
            // (not when the slot holds a thing they fight together: "worked together to fight smuggling")
            boolean joint = srcs.size() >= 2 && (JOINT_ROOTS.contains(p.code().substring(0, 2)) && !MEDIATION.contains(p.code())
                    || MUTUAL_FIGHT.contains(p.code()) && !slotHoldsAnObject(s, head, lv, p, exclude));
            for (ActorMention a : srcs) for (ActorMention b : srcs) if (a != b && !ActorStage.coordinated(s, a, b)) joint = false;
            // a threat is aimed at whom its condition is about: "warned that Moscow would respond militarily if NATO deployed
            // troops", "threatened to resume its bombing campaign unless London dropped its demand"
            ActorMention conditioned = code.startsWith("13") ? conditionSubject(s, mentions, lv >= 0 ? lv : head, srcs, exclude) : null;
            if (conditioned != null) {
                for (ActorMention a : srcs) pairs.add(new ActorMention[]{a, conditioned});
                fallbackTarget = true;
            } else if (joint && inside.isEmpty()) {
                // "Israel and the Palestinians reached a consensus": joint acts of coordinated actors are with each other
                for (ActorMention a : srcs) for (ActorMention b : srcs) if (a != b) pairs.add(new ActorMention[]{a, b});
                fallbackTarget = true;
            } else if (inside.size() == 1) {
                for (ActorMention a : srcs) pairs.add(new ActorMention[]{a, inside.get(0)});
                fallbackTarget = true;
            } else if (p.recip() && inside.isEmpty() && p.kind() == Pattern.Kind.VERB && p.tgt().contains("obl:to")) {
                // talking needs someone talked to: "speaking at a news conference" is no consultation (a meeting or a
                // truce may be announced without the other side)
                return out;
            } else if (!ACTOR_TARGET_ROOTS.contains(code.substring(0, 2)) || !slotHoldsAThing(s, head, lv, p, exclude)) {
                // a verbal event about what another does is aimed at that actor: "voiced concern that China could block
                // shipping lanes"; else it has no target
                ActorMention about = code.compareTo("15") < 0 ? clauseTopic(s, mentions, lv >= 0 ? lv : head, srcs, exclude) : null;
                for (ActorMention a : srcs) pairs.add(new ActorMention[]{a, about});
                if (about != null) fallbackTarget = true; else targetless = true;
            } else {
                // "would not recognize anyone's red lines", "visited the plant": cooperation (04-07) is with an actor;
                // when the slot holds a thing, the word is not used in the pattern's sense
                return out;
            }
        } else if (loose && code.startsWith("17") && patterns.domesticTarget(code) != null && slotHoldsPeople(s, head, lv, p, exclude)) {
            // "police detained human rights lawyers", "banned the pro-Kurdish party": a state's coercion at home of people
            // the dictionaries cannot place is aimed at its own people (patterns/domestic-targets.tsv, applied later)
            for (ActorMention a : srcs) if (a.country() != null) pairs.add(new ActorMention[]{a, null});
            if (pairs.isEmpty()) return out;
            targetless = true;
        } else {
            // a statement about what another does or will do is about that actor: "voiced concern that Russia could
            // invade", "said he was confident the peace process with Egypt would survive"
            ActorMention about = loose && code.startsWith("01") ? clauseTopic(s, mentions, lv >= 0 ? lv : head, srcs, exclude) : null;
            // "rejected charges that it was backing M23 rebels": a denial is aimed at the one the denied act is about
            if (about == null && loose && code.equals("016")) about = deniedContentActor(s, mentions, head, lv, p, srcs);
            if (about == null) return out;
            for (ActorMention a : srcs) pairs.add(new ActorMention[]{a, about});
            fallbackTarget = true;
        }
        // "Protests erupted in Iran", "mass protests rocked Serbia": the source slot names where the protest is, so the
        // protesters are that country's people (CVL), not the state
        boolean placeSource = p.code().startsWith("14") && !p.src().isEmpty()
                && p.src().stream().allMatch(r -> r.endsWith(":in") || r.equals("light.obj"));
        if (placeSource) {
            for (int i = 0; i < pairs.size(); i++) {
                ActorMention a = pairs.get(i)[0];
                if (a.country() == null || a.role() != null && !"GOV".equals(a.role())) continue;
                if (a.kind() != ActorMention.Kind.COUNTRY && a.kind() != ActorMention.Kind.PLACE && !a.basis().startsWith("capital")) continue;
                pairs.set(i, new ActorMention[]{a.recoded(a.country() + "CVL", a.country(), "CVL", ActorMention.Kind.COUNTRY_ROLE,
                        "the people of the place where the protest is ('" + a.text() + "')"), pairs.get(i)[1]});
            }
        }
        if (!placeSource && p.code().startsWith("14") && s.token(head).lemma().equalsIgnoreCase("protest")) {
            // a state, its government or an intergovernmental body that "protests" complains; it does not demonstrate
            List<ActorMention> states = new ArrayList<>();
            for (ActorMention a : srcs) {
                boolean state = (a.kind() == ActorMention.Kind.COUNTRY && a.basis().startsWith("country_name")) || "GOV".equals(a.role())
                        || (a.kind() == ActorMention.Kind.ORGANIZATION && a.code().startsWith("IGO"))
                        || a.basis().startsWith("capital") || a.basis().startsWith("metonym");
                if (state) states.add(a);
            }
            if (!states.isEmpty() && states.size() == srcs.size() && !code.equals("114")) {
                recodeNote = (recodeNote == null ? "" : recodeNote + "; ") + "a state's protest is a complaint: " + code + " coded as 114";
                code = "114";
            }
        }
        if (code.startsWith("14")) {
            // a protest, strike or blockade with no named target is aimed at whom its purpose names ("blocked a road to
            // show their disapproval of the United States' policies", "in protest of the Russian government's refusal");
            // else at the authorities of the country where it happens ("students rallied in Jakarta"), or else at the
            // protesters' own government
            ActorMention where = stateWhere(s, mentions, lv >= 0 ? lv : head, exclude);
            ActorMention aimedAt = null;
            int top = lv >= 0 ? lv : head;
            for (ActorMention under : actorsUnder(s, mentions, top, srcs, exclude)) {
                // only what the protest is for or against: its purpose, "against", "over", "in protest of", "in defiance of"
                String via = relBelow(s, top, under.head());
                if (via == null || !(via.startsWith("advcl") || via.equals("xcomp") || PROTEST_AIMS.contains(via))) continue;
                boolean place = under.kind() == ActorMention.Kind.PLACE || under.basis().startsWith("capital");
                // "French workers struck over France's pension law": their own country is no target; its government is
                boolean ownCountry = under.role() == null && srcs.stream().anyMatch(a -> under.code().equals(a.country()));
                if (!place && !ownCountry && !under.isMedia()) { aimedAt = under; break; }
            }
            for (int i = 0; i < pairs.size(); i++) {
                ActorMention a = pairs.get(i)[0];
                if (pairs.get(i)[1] != null) continue;
                if (aimedAt != null) {
                    pairs.set(i, new ActorMention[]{a, aimedAt});
                    targetless = false;
                    fallbackTarget = true;
                    continue;
                }
                String iso = where != null ? where.country() : a.country();
                // a group protests against its authorities; a state (or its government) does not against itself
                boolean group = (a.role() != null && !a.role().equals("GOV"))
                        || a.basis().startsWith("people") || a.basis().startsWith("demonym");
                if (iso == null || (iso.equals(a.country()) && !group)) continue;
                ActorMention at = where != null ? where : a;
                pairs.set(i, new ActorMention[]{a, at.recoded(iso + "GOV", iso, "GOV", ActorMention.Kind.COUNTRY_ROLE,
                        "protest with no named target: the government of " + (where != null ? "the country where it happens ('"
                                + where.text() + "')" : "the protesters' country"))});
                targetless = false;
                impliedTarget = true;
            }
        }
        Attribution attribution = attribution(doc, s, mentions, clause);
        String reportedBy = attribution == null ? null : attribution.text();
        for (ActorMention[] pr : pairs) {
            ActorMention a = pr[0], b = pr[1];
            if (b != null && (a == b || a.code().equals(b.code()) && !distinctPeers(a, b))) continue;
            // "told reporters", "speaking to journalists": the press one talks to is the setting, not the other side of a
            // mutual act
            if (b != null && p.recip() && "MED".equals(b.role())) continue;
            if (b != null && b.isMedia() && b.code() == null) continue;
            // "warplanes bombed Tripoli and Benghazi": a capital struck, shelled or shown force at is a place of its country,
            // not its government (which a capital stands for when it speaks or acts: "Tripoli rejected the demand")
            if (b != null && b.role() != null && b.role().equals("GOV") && b.country() != null && PLACE_TARGET_ROOTS.contains(code.substring(0, 2))
                    && (b.basis().startsWith("capital") || b.basis().contains("(capital, gazetteer)"))) {
                b = b.recoded(b.country(), b.country(), null, ActorMention.Kind.COUNTRY, "the capital '" + b.text()
                        + "' as the place struck: its country");
                if (a.code().equals(b.code())) continue;
            }
            // "troops opened fire on demonstrators", "police beat protesters": the state's violence on protesters is repression
            boolean repression = b != null && (code.startsWith("18") || code.startsWith("19")) && a.role() != null
                    && STATE_FORCES.contains(a.role()) && patterns.isRepressed(s.token(b.head()).lemma().toLowerCase(Locale.ROOT));
            EventDraft e = new EventDraft(s.index(), m.first, m.end, a, b, repression ? "175" : code);
            e.mode = eventMode;
            if (recodeNote != null) e.trace.add(recodeNote);
            if (repression) e.trace.add("the state's " + code + " on '" + b.text() + "' is repression: 175 (patterns/repressed.tsv)");
            e.reportedBy = reportedBy;
            e.clauseHead = clause;
            e.confidence = confidence(p, a, b, mode);
            if (targetless || fallbackTarget || impliedTarget) e.confidence = Math.round(Math.max(0.1, e.confidence - 0.1) * 100) / 100.0;
            e.trace.add("pattern " + p);
            if (targetless) e.trace.add("no actor fills " + describeSlot(p.tgt()) + ": coded without a target");
            if (fallbackTarget) e.trace.add("no actor fills " + describeSlot(p.tgt()) + ": target is the one other actor in the trigger's phrase, or the other of coordinated sources");
            if (nestedTarget && b != null) e.trace.add("target '" + b.text() + "' found inside the phrase that fills " + describeSlot(p.tgt()));
            e.trace.add("trigger '" + s.textOf(m.first, m.end, doc.text()) + "'" + (lv >= 0 && p.kind() != Pattern.Kind.VERB ? " with light verb '" + s.token(lv).word() + "'" : ""));
            e.trace.add("source '" + a.text() + "' = " + a.code() + " (" + a.basis() + ")");
            if (b != null) e.trace.add("target '" + b.text() + "' = " + b.code() + " (" + b.basis() + ")");
            if (mode != Mode.ASSERTED) e.trace.add("mode " + mode.json() + " from the clause of '" + s.token(clause).word() + "'");
            if (reportedBy != null) e.trace.add("reported by '" + reportedBy + "'");
            out.add(e);
            // "Lavrov argued that NATO threatens Russia": the argument is an accusation against NATO
            if (attribution != null && attribution.speaker() != null && attribution.verb() >= 0
                    && patterns.isAccusationVerb(s.token(attribution.verb()).lemma().toLowerCase(Locale.ROOT))
                    && code.compareTo("10") >= 0 && !attribution.speaker().code().equals(a.code())) {
                int v = attribution.verb();
                EventDraft acc = new EventDraft(s.index(), v, v + 1, attribution.speaker(), a, "112");
                acc.mode = Mode.ASSERTED;
                acc.clauseHead = v;
                acc.confidence = Math.max(0.1, e.confidence - 0.1);
                acc.reportedBy = null;
                acc.trace.add("accusation: '" + attribution.speaker().text() + "' " + s.token(v).word() + " that '" + a.text()
                        + "' did " + code + " (patterns/accusation.tsv)");
                acc.trace.add("source '" + attribution.speaker().text() + "' = " + attribution.speaker().code() + " (" + attribution.speaker().basis() + ")");
                acc.trace.add("target '" + a.text() + "' = " + a.code() + " (" + a.basis() + ")");
                out.add(acc);
            }
        }
        return out;
    }

    /**
     * "accused the RSF of occupying hospitals and using civilians as human shields", parsed with "using" conjoined to
     * "accused": a bare gerund (no auxiliary) conjoined to an accusing verb is part of what is
     * alleged, not an act of the accuser.
     */
    private boolean allegedGerund(Sentence s, int v) {
        if (!s.token(v).pos().equals("VBG")) return false;
        for (Dep c : s.children(v)) if (c.rel().startsWith("aux")) return false;
        for (Dep d : s.parents(v)) {
            if (!d.rel().startsWith("conj")) continue;
            Token h = s.token(d.gov());
            if (h.pos().matches("VB[DZP]") && patterns.isAccusationVerb(h.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");
    /**
     * Roots whose events are with an actor: consulting, diplomatic and material cooperation, aid (04-07). When
     * their pattern's slot holds a thing ("would not recognize anyone's red lines", "visited the plant"), the
     * word is not used in the pattern's sense and nothing is coded; other roots may have the content in the
     * slot ("called for reforms", "eased the curfew", "opened an inquiry into the killings", "rejected the
     * plan") and are coded without a target.
     */
    private static final Set<String> ACTOR_TARGET_ROOTS = Set.of("04", "05", "06", "07");

    /** Intent to mediate and mediation: done together, but between others. */
    private static final Set<String> MEDIATION = Set.of("039", "045");

    /** Fighting that two sides named together as its subject do to each other. */
    private static final Set<String> MUTUAL_FIGHT = Set.of("190", "196");

    /** A reciprocal pronoun in the target slot: "each other", "one another". */
    private static boolean eachOther(Sentence s, List<Integer> slot) {
        for (int t : slot) {
            String w = s.token(t).lower();
            if (!w.equals("other") && !w.equals("another")) continue;
            for (Dep d : s.children(t)) {
                String x = s.token(d.dep()).lower();
                if (w.equals("other") && x.equals("each") || w.equals("another") && x.equals("one")) return true;
            }
            if (t > 0 && (w.equals("other") && s.token(t - 1).lower().equals("each") || w.equals("another") && s.token(t - 1).lower().equals("one"))) return true;
        }
        return false;
    }

    /** Roots whose target may be a place struck or threatened by force: posture, assault, fighting, mass violence. */
    private static final Set<String> PLACE_TARGET_ROOTS = Set.of("15", "18", "19", "20");

    /** Whose a thing is: "Serbia's crackdown", "American changes", "a European Union proposal". */
    private static final Set<String> OWNER_RELS = Set.of("nmod:poss", "amod", "compound");

    private static final Set<String> NESTED_TARGET_RELS = Set.of("nmod:in", "nmod:of", "nmod:against", "nmod:on", "nmod:to",
            "nmod:with", "nmod:for", "nmod:over", "nmod:from", "nmod:into", "nmod:toward", "nmod:towards", "nmod:by");

    /**
     * Actor mentions (not media, not the sources) in the phrase of {@code top}: below it in the parse,
     * not inside a clause with a subject of its own, a relative clause, or a conjoined clause.
     */
    static List<ActorMention> actorsUnder(Sentence s, List<ActorMention> mentions, int top, List<ActorMention> srcs, Set<Integer> exclude) {
        List<ActorMention> r = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.isMedia() || srcs.contains(m) || overlaps(m, exclude)) continue;
            boolean sameAsSource = false;
            for (ActorMention a : srcs) if (a.code().equals(m.code()) || ActorStage.coordinated(s, a, m)) sameAsSource = true;
            if (sameAsSource || "MED".equals(m.role())) continue;
            int node = m.head();
            for (int depth = 0; depth < 5 && node >= 0 && node != top; depth++) {
                // not inside a clause with a subject of its own ("warned that an assault could push Palestinians into
                // Sinai"), except a condition: "threatened to strike unless Israel withdrew" is aimed at Israel
                if (node != m.head() && hasOwnSubject(s, node) && !isCondition(s, node)) { node = -1; break; }
                int up = -1;
                for (Dep d : s.parents(node)) {
                    if (d.gov() < 0 || d.rel().startsWith("conj")) continue;
                    // not the actor of another predicate ("the attack, which was criticised by the UN"), not inside a
                    // relative clause, not across a conjunction (a conjoined clause is not inside the trigger's phrase)
                    boolean actorOfOther = d.gov() != top && (d.rel().startsWith("nsubj") && !d.rel().equals("nsubj:xsubj")
                            || d.rel().equals("obl:agent") || d.rel().equals("obl:by") || d.rel().equals("csubj"))
                            && !isCondition(s, d.gov());
                    // nor who asked for it ("met at the request of Washington", "on the initiative of France")
                    if ((d.rel().equals("nmod:of") || d.rel().equals("nmod:poss")) && INSTIGATION.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) {
                        actorOfOther = true;
                    }
                    if (!actorOfOther && !d.rel().startsWith("acl")) up = d.gov();
                    break;
                }
                node = up;
            }
            if (node == top && r.stream().noneMatch(o -> o.code().equals(m.code()))) r.add(m);
        }
        return r;
    }

    /** Nouns whose "of" or possessor is who asked for an act, not whom it is aimed at. */
    private static final Set<String> INSTIGATION = Set.of("request", "behest", "urging", "initiative", "instigation", "insistence",
            "suggestion", "prompting");

    /** The country of the place an event happened in ("was arrested in Lebanon", "in Beirut"), as a mention of that state. */
    private static ActorMention stateWhere(Sentence s, List<ActorMention> mentions, int head, Set<Integer> exclude) {
        for (Dep d : s.children(head)) {
            if (!d.rel().equals("obl:in") && !d.rel().equals("obl:at")) continue;
            for (ActorMention m : mentionsAt(s, mentions, d.dep())) {
                if (m.isMedia() || m.country() == null || overlaps(m, exclude)) continue;
                if (m.kind() != ActorMention.Kind.COUNTRY && m.kind() != ActorMention.Kind.PLACE && m.kind() != ActorMention.Kind.COUNTRY_ROLE) continue;
                return m.recoded(m.country(), m.country(), null, ActorMention.Kind.COUNTRY, "passive '" + s.token(head).word()
                        + "' without an agent: the state where it happened ('" + m.text() + "')");
            }
        }
        return null;
    }

    private static final Set<String> POSTURE_PREPS = Set.of("in", "into", "to", "near", "along", "against", "toward", "towards", "on",
            "ahead_of", "before");

    /**
     * Where or against whom a show of force is aimed: the verb's place phrases and its object's, one level deeper through
     * "for"; in each phrase the actor named, else the one whose thing it names ("ahead of the Tamil Tigers' commemoration",
     * "ahead of a banned opposition rally", "along the Line of Control with India"). The source's own country is no
     * target, unless it is the state's domestic adversary.
     */
    private static List<ActorMention> postureTarget(Sentence s, List<ActorMention> mentions, int head, List<ActorMention> srcs, Set<Integer> exclude) {
        List<Integer> nodes = new ArrayList<>(List.of(head));
        for (Dep d : s.children(head)) if (d.rel().equals("obj") || d.rel().equals("obl:for")) nodes.add(d.dep());
        for (Dep d : s.children(head)) {
            if (d.rel().equals("obj")) for (Dep e : s.children(d.dep())) if (e.rel().equals("nmod:for")) nodes.add(e.dep());
        }
        LinkedHashSet<ActorMention> r = new LinkedHashSet<>();
        for (int node : nodes) {
            List<Integer> phrases = new ArrayList<>();
            // "along the Line of Control with India", parsed with "with India" on the verb
            boolean along = false;
            for (Dep d : s.children(node)) if (d.rel().endsWith(":along")) along = true;
            for (Dep d : s.children(node)) {
                if (along && d.rel().endsWith(":with")) phrases.add(d.dep());
                int colon = d.rel().indexOf(':');
                if (colon >= 0 && (d.rel().startsWith("obl") || d.rel().startsWith("nmod")) && POSTURE_PREPS.contains(d.rel().substring(colon + 1))) phrases.add(d.dep());
                // "ahead of the rally", parsed as an adverb with its own of-phrase
                if (d.rel().equals("advmod") && s.token(d.dep()).lower().equals("ahead")) {
                    for (Dep e : s.children(d.dep())) if (e.rel().equals("obl:of") || e.rel().equals("nmod:of")) phrases.add(e.dep());
                }
            }
            for (int ph : phrases) {
                List<ActorMention> named = new ArrayList<>(mentionsAt(s, mentions, ph));
                if (named.isEmpty()) {
                    for (Dep e : s.children(ph)) {
                        boolean owner = OWNER_RELS.contains(e.rel()) && !s.token(e.dep()).pos().startsWith("PRP");
                        if (owner || e.rel().equals("nmod:with") || e.rel().equals("nmod:of")) named.addAll(mentionsAt(s, mentions, e.dep()));
                    }
                }
                for (ActorMention m : named) {
                    if (m.isMedia() || overlaps(m, exclude) || srcs.contains(m)) continue;
                    if (srcs.stream().noneMatch(a -> ownSide(a, m))) r.add(m);
                }
            }
        }
        return new ArrayList<>(r);
    }

    private static final Set<String> PROTEST_AIMS = Set.of("obl:against", "obl:over", "obl:in", "obl:at", "obl:for", "obl:about");

    /** Whether the way up from {@code tok} to {@code top} passes an "against" phrase. */
    static boolean againstOnPath(Sentence s, int top, int tok) {
        int node = tok;
        for (int depth = 0; depth < 8 && node >= 0 && node != top; depth++) {
            int up = -1;
            for (Dep d : s.parents(node)) {
                if (d.gov() < 0 || d.rel().startsWith("conj")) continue;
                if (d.rel().endsWith(":against")) return true;
                up = d.gov();
                break;
            }
            node = up;
        }
        return false;
    }

    /** The relation by which the branch holding {@code tok} hangs from {@code top} (first parents only), or null. */
    static String relBelow(Sentence s, int top, int tok) {
        int node = tok;
        for (int depth = 0; depth < 8 && node >= 0; depth++) {
            int up = -1;
            String rel = null;
            for (Dep d : s.parents(node)) {
                if (d.gov() < 0 || d.rel().startsWith("conj")) continue;
                up = d.gov();
                rel = d.rel();
                break;
            }
            if (up == top) return rel;
            node = up;
        }
        return null;
    }

    /**
     * Two actors of the same code that are still two sides: named office holders or bodies of one state ("Prime Minister
     * Roble accused President Farmaajo", "the governor of Sindh demanded that the federal government ..."), SOMGOV →
     * SOMGOV as event data codes them. Not a pronoun or an owned group for its owner, not a bare country, not one span.
     */
    static boolean distinctPeers(ActorMention a, ActorMention b) {
        if (a == b || a.role() == null || b.role() == null || a.code() == null || !a.code().equals(b.code())) return false;
        for (ActorMention m : List.of(a, b)) {
            if (m.basis().startsWith("pronoun") || m.basis().contains("owned by") || m.basis().contains("of '")) return false;
        }
        boolean apart = a.last() < b.first() || b.last() < a.first();
        return apart && !a.text().equalsIgnoreCase(b.text()) && (a.kind() == ActorMention.Kind.PERSON || b.kind() == ActorMention.Kind.PERSON);
    }

    /** The targets that are not the source itself (all of the sources having the target's code). */
    private static List<ActorMention> withoutSelf(List<ActorMention> srcs, List<ActorMention> tgts) {
        if (tgts.isEmpty() || srcs.isEmpty()) return tgts;
        List<ActorMention> others = new ArrayList<>();
        for (ActorMention t : tgts) {
            boolean self = true;
            for (ActorMention a : srcs) {
                // "Israel ... said a spokesperson for the Israeli prime minister": a state and its own government are one
                boolean ownGovernment = a.kind() == ActorMention.Kind.COUNTRY && a.basis().startsWith("country_name")
                        && "GOV".equals(t.role()) && a.code().equals(t.country());
                if (a.code() == null || !(a.code().equals(t.code()) || ownGovernment) || distinctPeers(a, t)) self = false;
            }
            if (!self) others.add(t);
        }
        return others;
    }

    /**
     * Generic killings, woundings and attacks, whose code the means names more exactly; also the killing of an official
     * ("a car bomb killed a Lebanese lawmaker" is the bombing, 1832; "shot dead the mayor" stays 186).
     */
    private static final Set<String> GENERIC_VIOLENCE = Set.of("180", "190", "186");

    /**
     * The code the violent means of an act fixes, as {code, words}: the subject of an active verb ("a car bomb killed"), or
     * the by/in/during/with phrase of any ("were killed in a roadside bombing", "attacked the convoy with mortars"). Null
     * when no such phrase names a means with a code.
     */
    private String[] meansCode(Sentence s, int head, Set<Integer> exclude) {
        boolean passive = isPassive(s, head);
        // a subjectless participle's means is its verb's subject (", killing 30 people" after "a bomb exploded")
        int carrier = participleCarrier(s, head);
        List<Dep> slots = slotsWithCarrierSubject(s, head, carrier);
        for (Dep d : slots) {
            String rel = d.rel();
            boolean slot = (rel.equals("nsubj") && !passive) || rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("obl:in")
                    || rel.equals("obl:during") || rel.equals("obl:with");
            if (!slot || exclude.contains(d.dep()) || !s.token(d.dep()).isNoun()) continue;
            TreeMap<Integer, String> words = new TreeMap<>();
            Deque<Integer> todo = new ArrayDeque<>(List.of(d.dep()));
            while (!todo.isEmpty()) {
                int t = todo.pop();
                words.put(t, s.token(t).lemma().toLowerCase(Locale.ROOT));
                for (Dep c : s.children(t)) {
                    if ((c.rel().equals("compound") || c.rel().equals("amod")) && c.dep() < t) todo.push(c.dep());
                }
            }
            List<String> seq = new ArrayList<>(words.values());
            String code = patterns.violentMeansCode(seq);
            if (code != null) return new String[]{code, String.join(" ", seq)};
        }
        return null;
    }

    /** Roots whose acts need an attacker: assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** Relations from a violent-means noun to the attacker it names ("US drone strikes", "an attack by rebels"). */
    private static final Set<String> MEANS_AGENT_RELS = Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:from", "acl:by", "nmod:with");

    /** Relations along which the place of an act is looked for ("in a sector of eastern Beirut", "outside the Iraqi city of Basra"). */
    private static boolean placeRel(String rel, int depth) {
        return (rel.startsWith("obl") && !rel.equals("obl:tmod") && !rel.equals("obl:npmod")) || (rel.startsWith("nmod") && !rel.equals("nmod:poss"))
                || (depth > 0 && (rel.equals("amod") || rel.equals("compound"))) || rel.equals("nsubj");
    }

    /** The verb a subjectless present participle hangs on ("exploded" for ", killing 30 people"), or -1. */
    /** The act's own dependents, and the subject of the verb that carries it when it is a subjectless participle. */
    private static List<Dep> slotsWithCarrierSubject(Sentence s, int head, int carrier) {
        List<Dep> slots = new ArrayList<>(s.children(head));
        if (carrier >= 0) for (Dep d : s.children(carrier)) if (d.rel().equals("nsubj")) slots.add(d);
        return slots;
    }

    private static int participleCarrier(Sentence s, int head) {
        if (!s.token(head).pos().equals("VBG")) return -1;
        for (Dep d : s.children(head)) if (d.rel().startsWith("nsubj")) return -1;
        for (Dep d : s.parents(head)) {
            if (d.gov() >= 0 && (d.rel().startsWith("advcl") || d.rel().equals("dep") || d.rel().equals("xcomp")) && s.token(d.gov()).isVerb()) return d.gov();
        }
        return -1;
    }

    /**
     * The attacker of a killing or attack whose text names none: the actor a violent-means noun in the subject (active) or
     * in a by/in/during/with phrase (passive) names ("Recent US drone strikes killed ..." → USA), else unidentified armed
     * attackers (UAF) of the country where it happened, or with no place named, of the victims' own country (a bombing,
     * not a battle, and not an {@code occupation}: a town that "fell" needs its occupier or its place). Null when the cause
     * is not violent ("killed in a car accident", "floods killed").
     */
    private ActorMention unnamedAttacker(Sentence s, List<ActorMention> mentions, int head, Set<Integer> exclude, List<ActorMention> tgts,
                                         boolean occupation) {
        boolean passive = isPassive(s, head);
        List<Integer> causes = new ArrayList<>();
        boolean otherCause = false;
        // "A bomb exploded in a market in Peshawar, killing 30 people": a participle with no subject of its own is the
        // act of its verb's subject, and happened where that verb did
        int carrier = participleCarrier(s, head);
        List<Dep> slots = slotsWithCarrierSubject(s, head, carrier);
        for (Dep d : slots) {
            String rel = d.rel();
            boolean slot = passive ? rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("obl:in") || rel.equals("obl:during")
                    || rel.equals("obl:with") || rel.equals("obl:from") : rel.equals("nsubj");
            if (!slot || exclude.contains(d.dep())) continue;
            if (patterns.isViolentMeans(s.token(d.dep()).lemma().toLowerCase(Locale.ROOT))) causes.add(d.dep());
            else if (mentionsAt(s, mentions, d.dep()).isEmpty() && s.token(d.dep()).isNoun()) otherCause = true;
        }
        if (causes.isEmpty() && (!passive || otherCause)) return null;
        for (int c : causes) {
            for (Dep d : s.children(c)) {
                if (!MEANS_AGENT_RELS.contains(d.rel())) continue;
                for (ActorMention m : mentions) {
                    if (!m.covers(d.dep()) || m.isMedia() || tgts.contains(m) || m.kind() == ActorMention.Kind.PLACE) continue;
                    return m.recoded(m.code(), m.country(), m.role(), m.kind(), m.basis() + "; the attacker named in '"
                            + s.token(c).word() + "'");
                }
            }
        }
        // the place: breadth-first through the act's phrases, not into the target's; failing that, where the target was
        // ("killed a Lebanese lawmaker in Beirut", parsed with "in Beirut" under the lawmaker)
        List<int[]> places = new ArrayList<>(breadthFirst(s, carrier >= 0 ? List.of(head, carrier) : List.of(head), 4, (d, depth) -> placeRel(d.rel(), depth)
                && !exclude.contains(d.dep()) && tgts.stream().noneMatch(t -> t.covers(d.dep()))));
        for (ActorMention t : tgts) {
            for (Dep d : s.children(t.head())) {
                if (d.rel().equals("nmod:in") || d.rel().equals("nmod:near") || d.rel().equals("nmod:outside")) places.add(new int[]{d.dep(), 1});
            }
        }
        for (int[] nd : places) {
            if (nd[1] == 0) continue;
            for (ActorMention m : mentions) {
                if (!m.covers(nd[0]) || m.isMedia() || m.country() == null) continue;
                if (m.kind() != ActorMention.Kind.PLACE && m.kind() != ActorMention.Kind.COUNTRY
                        && !(m.kind() == ActorMention.Kind.COUNTRY_ROLE && m.basis().startsWith("capital"))) continue;
                String what = causes.isEmpty() ? "passive '" + s.token(head).word() + "' without an agent"
                        : "'" + s.token(causes.get(0)).word() + "' names no attacker";
                return m.recoded(m.country() + "UAF", m.country(), "UAF", ActorMention.Kind.COUNTRY_ROLE,
                        what + ": unidentified armed attackers (UAF) in the country where it happened ('" + m.text() + "')");
            }
        }
        // no place named: a bomb or mine that hit a country's own forces, police, officials or people went off in that
        // country ("A roadside bomb killed three Afghan soldiers")
        // (a weapon or a bombing, not a battle: "killed in the fighting" names no attacker of the victims' country)
        String causeCode = causes.isEmpty() ? null : patterns.violentMeansCode(List.of(s.token(causes.get(0)).lemma().toLowerCase(Locale.ROOT)));
        if (!causes.isEmpty() && tgts.size() >= 1 && (causeCode == null || !causeCode.equals("190")) && !occupation) {
            String iso = tgts.get(0).country();
            boolean home = iso != null;
            for (ActorMention t : tgts) {
                if (!iso.equals(t.country()) || t.kind() == ActorMention.Kind.ORGANIZATION || t.code().startsWith("IGO")) home = false;
                else if (t.role() != null && !HOME_TARGET_ROLES.contains(t.role())) home = false;
            }
            if (home) {
                ActorMention t = tgts.get(0);
                return t.recoded(iso + "UAF", iso, "UAF", ActorMention.Kind.COUNTRY_ROLE, "'" + s.token(causes.get(0)).word()
                        + "' names no attacker and no place: unidentified armed attackers (UAF) of the country of '" + t.text() + "'");
            }
        }
        return null;
    }

    /** Roles of a country's own that an unnamed bombing in that country hits: its forces, police, officials and people. */
    private static final Set<String> HOME_TARGET_ROLES = Set.of("MIL", "COP", "GOV", "CVL", "LEG", "JUD", "ELI", "SPY");

    /**
     * Tokens below {@code starts} (depth 0) in breadth-first order, nearest first, as {token, depth}: children are followed
     * where {@code follow} accepts the dependency and the parent's depth, down to {@code maxDepth}; each token once.
     */
    static List<int[]> breadthFirst(Sentence s, List<Integer> starts, int maxDepth, java.util.function.BiPredicate<Dep, Integer> follow) {
        List<int[]> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int t : starts) if (seen.add(t)) out.add(new int[]{t, 0});
        for (int qi = 0; qi < out.size(); qi++) {
            int node = out.get(qi)[0], depth = out.get(qi)[1];
            if (depth >= maxDepth) continue;
            for (Dep d : s.children(node)) {
                if (follow.test(d, depth) && seen.add(d.dep())) out.add(new int[]{d.dep(), depth + 1});
            }
        }
        return out;
    }

    /** The actor a verb of saying speaks to ("told the United Nations [that] ...") when {@code clause} is what it says. */
    private static ActorMention addresseeOf(Sentence s, List<ActorMention> mentions, int clause) {
        return argumentOfSayingVerb(s, mentions, clause, Integer.MAX_VALUE, Set.of("obj", "iobj"));
    }

    /** The actor that is the subject of the verb of saying whose complement has {@code subject} as its subject, or null. */
    private static ActorMention tellerOf(Sentence s, List<ActorMention> mentions, int subject) {
        for (Dep d : s.parents(subject)) {
            if (!d.rel().startsWith("nsubj") || d.rel().equals("nsubj:xsubj")) continue;
            ActorMention m = argumentOfSayingVerb(s, mentions, d.gov(), subject, Set.of("nsubj"));
            if (m != null) return m;
        }
        return null;
    }

    /**
     * When {@code clause} is what a verb of saying (before {@code before}) says, through ccomp or parataxis: the actor
     * in one of its {@code rels} (its subject, the one told); else null.
     */
    private static ActorMention argumentOfSayingVerb(Sentence s, List<ActorMention> mentions, int clause, int before, Set<String> rels) {
        for (Dep c : s.parents(clause)) {
            if (!(c.rel().equals("ccomp") || c.rel().equals("parataxis")) || c.gov() < 0 || c.gov() > before
                    || !SAYING.contains(s.token(c.gov()).lemma().toLowerCase(Locale.ROOT))) continue;
            for (Dep n : s.children(c.gov())) {
                if (!rels.contains(n.rel())) continue;
                for (ActorMention m : mentionsAt(s, mentions, n.dep())) if (!m.isMedia() && m.kind() != ActorMention.Kind.PLACE) return m;
            }
        }
        return null;
    }

    /**
     * The actor a that-clause below {@code top} is about (up to three levels down through complements and clauses on
     * nouns): its subject when that is an actor of another country than the source's; null if none.
     */
    private ActorMention clauseTopic(Sentence s, List<ActorMention> mentions, int top, List<ActorMention> srcs, Set<Integer> exclude) {
        for (int[] nd : breadthFirst(s, List.of(top), 3, (d, depth) -> d.rel().equals("ccomp") || d.rel().equals("xcomp")
                || d.rel().equals("acl") || d.rel().equals("obj") || d.rel().startsWith("obl"))) {
            int c = nd[0];
            boolean clause = false;
            for (Dep d : s.parents(c)) if (d.rel().equals("ccomp") || d.rel().equals("acl")) clause = true;
            if (!clause || c == top) continue;
            for (Dep d : s.children(c)) {
                if (!d.rel().startsWith("nsubj") || d.rel().equals("nsubj:xsubj") || exclude.contains(d.dep())) continue;
                for (ActorMention m : mentionsAt(s, mentions, d.dep())) {
                    if (m.isMedia() || overlaps(m, exclude) || m.kind() == ActorMention.Kind.PLACE) continue;
                    // not a pronoun, nor the source's own ("warned that its artillery would shell ...")
                    if (s.token(m.head()).pos().startsWith("PRP") || m.first() > 0 && s.token(m.first() - 1).pos().equals("PRP$")) continue;
                    // nor the source's own country ("Niger would defend itself", "suggestions that Russia was helping"), unless
                    // it is the state's domestic adversary ("was confident the FARC guerrillas were serious about peace")
                    if (srcs.stream().anyMatch(a -> ownSide(a, m))) continue;
                    return m;
                }
            }
        }
        return null;
    }

    /** The actor that is the subject of an "if"/"unless" clause below {@code top} (three levels down at most), or null. */
    private ActorMention conditionSubject(Sentence s, List<ActorMention> mentions, int top, List<ActorMention> srcs, Set<Integer> exclude) {
        for (int[] nd : breadthFirst(s, List.of(top), 3, (d, depth) -> !d.rel().startsWith("nsubj") && !d.rel().equals("acl:relcl"))) {
            int c = nd[0];
            boolean condition = false;
            for (Dep d : s.parents(c)) if (d.rel().startsWith("advcl")) condition = true;
            if (!condition) continue;
            boolean ifMark = false;
            for (Dep m : s.children(c)) if (m.rel().equals("mark") && (s.token(m.dep()).lower().equals("if") || s.token(m.dep()).lower().equals("unless"))) ifMark = true;
            if (!ifMark) continue;
            for (Dep d : s.children(c)) {
                if (!d.rel().startsWith("nsubj") || exclude.contains(d.dep())) continue;
                for (ActorMention m : mentionsAt(s, mentions, d.dep())) {
                    if (m.isMedia() || overlaps(m, exclude) || m.kind() == ActorMention.Kind.PLACE) continue;
                    if (srcs.stream().anyMatch(a -> a.code().equals(m.code()))) continue;
                    return m;
                }
            }
        }
        return null;
    }

    /** Nouns that name the fight itself ("fought a war", "fought fierce battles"), not what is fought against. */
    private static final Set<String> FIGHT_NOUNS = Set.of("war", "battle", "fight", "clash", "skirmish", "gunbattle", "firefight",
            "duel", "campaign", "conflict", "round");

    /** The target slot holds a thing that is not the fight itself ("fight smuggling", not "fought a war"). */
    private static boolean slotHoldsAnObject(Sentence s, int head, int lv, Pattern p, Set<Integer> exclude) {
        for (int t : tokensForRoles(s, head, lv, p.tgt())) {
            if (!exclude.contains(t) && !FIGHT_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * True when the target slot holds people or a body the dictionaries cannot place: a plural noun ("detained human
     * rights lawyers"), a noun the pattern names ("banned the party") or anyone arrested or repressed; not a thing
     * ("denies restricting aid").
     */
    private static boolean slotHoldsPeople(Sentence s, int head, int lv, Pattern p, Set<Integer> exclude) {
        for (int t : tokensForRoles(s, head, lv, p.tgt())) {
            if (exclude.contains(t)) continue;
            // (arrests and violent repression are of people, whatever the noun: "jailed the Kurdish politician")
            if (s.token(t).pos().equals("NNS") || (!p.objLemmas().isEmpty() || p.code().startsWith("173") || p.code().startsWith("175"))
                    && s.token(t).isNoun()) return true;
        }
        return false;
    }

    /** True when the pattern's target slot is filled, but by no actor ("recognize red lines"). */
    private static boolean slotHoldsAThing(Sentence s, int head, int lv, Pattern p, Set<Integer> exclude) {
        for (int t : tokensForRoles(s, head, lv, p.tgt())) if (!exclude.contains(t)) return true;
        return false;
    }

    private static boolean hasOwnSubject(Sentence s, int node) {
        for (Dep c : s.children(node)) {
            if ((c.rel().startsWith("nsubj") && !c.rel().equals("nsubj:xsubj")) || c.rel().equals("csubj")) return true;
        }
        return false;
    }

    /** A clause introduced by "if" or "unless". */
    private static boolean isCondition(Sentence s, int node) {
        for (Dep c : s.children(node)) {
            if (c.rel().equals("mark") && (s.token(c.dep()).lower().equals("if") || s.token(c.dep()).lower().equals("unless"))) return true;
        }
        return false;
    }

    private static String describeSlot(List<String> roles) {
        return "tgt=" + String.join("|", roles);
    }

    private static double confidence(Pattern p, ActorMention a, ActorMention b, Mode mode) {
        double c = 0.55 + 0.04 * Math.min(p.specificity(), 5);
        if (b != null) c += 0.1;
        if (a.basis().startsWith("pronoun") || a.basis().contains("refers to")) c -= 0.1;
        if (b != null && (b.basis().startsWith("pronoun") || b.basis().contains("refers to"))) c -= 0.1;
        return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100.0;
    }

    /** Tokens filling any of the roles, the way patterns read them (paths, light-verb fallback). */
    static List<Integer> tokensForRoles(Sentence s, int head, int lv, List<String> roles) {
        List<Integer> toks = new ArrayList<>();
        for (String role : roles) {
            if (role.startsWith("light.")) {
                if (lv >= 0) toks.addAll(roleTokens(s, lv, role.substring(6)));
            } else if (role.startsWith("xcomp.") || role.startsWith("ccomp.")) {
                String rel = role.substring(0, 5);
                List<Integer> clauses = s.children(head, rel);
                // a that-clause stands where the open complement would: "denied that it supported the rebels" as
                // "denied supporting the rebels"
                if (clauses.isEmpty() && rel.equals("xcomp")) clauses = s.children(head, "ccomp");
                for (int c : clauses) toks.addAll(roleTokens(s, c, role.substring(6)));
            } else {
                List<Integer> own = roleTokens(s, head, role);
                toks.addAll(own);
                if (own.isEmpty() && lv >= 0) toks.addAll(roleTokens(s, lv, role));
            }
        }
        return toks;
    }

    private List<ActorMention> mentionsForRoles(Sentence s, List<ActorMention> mentions, int head, int lv,
                                                List<String> roles, Set<Integer> exclude) {
        LinkedHashSet<ActorMention> found = new LinkedHashSet<>();
        for (int t : tokensForRoles(s, head, lv, roles)) {
            if (exclude.contains(t)) continue;
            for (ActorMention m : mentionsAt(s, mentions, t)) {
                if (!overlaps(m, exclude)) found.add(m);
                // "bought missiles from France", composed as one actor 'missiles from France': the slot's own word is the
                // country the trigger's phrase names
                else if (m.country() != null && m.head() != t && !m.isMedia() && prepositional(s, t)) {
                    found.add(m.recoded(m.country(), m.country(), null, ActorMention.Kind.COUNTRY, "the country '"
                            + s.token(t).word() + "' of '" + m.text() + "', whose first word is the trigger"));
                }
            }
        }
        // coordination: "NATO and the EU" gives both even when the parse attached only one
        List<ActorMention> base = new ArrayList<>(found);
        for (ActorMention m : base) {
            for (ActorMention o : mentions) {
                if (o != m && !found.contains(o) && ActorStage.coordinated(s, m, o) && !overlaps(o, exclude)) found.add(o);
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether a token hangs on its head by a preposition ("from France"), not as a modifier ("American warplanes"). */
    private static boolean prepositional(Sentence s, int t) {
        for (Dep d : s.parents(t)) if (d.rel().startsWith("obl") || d.rel().startsWith("nmod:") && !d.rel().equals("nmod:poss")) return true;
        return false;
    }

    private static boolean overlaps(ActorMention m, Set<Integer> toks) {
        for (int t : toks) if (m.covers(t)) return true;
        return false;
    }

    /**
     * "The FNL said the army had attacked its fighters and accused the government of ...": a simple past verb with no
     * auxiliary, conjoined to a perfect or progressive verb ("had attacked", "was bombing") that is the complement of
     * a speech verb, is the speaker's second act, coordinated with the speech verb (the parser hangs it in the reported
     * clause). Returns the speech verb, or -1.
     */
    static int speakersSecondVerb(Sentence s, int v) {
        if (!s.token(v).pos().equals("VBD")) return -1;
        for (Dep c : s.children(v)) if (c.rel().startsWith("aux") || c.rel().equals("mark")) return -1;
        for (Dep d : s.parents(v)) {
            if (!d.rel().startsWith("conj") || d.gov() < 0 || d.gov() > v) continue;
            int u = d.gov();
            boolean auxiliary = false;
            for (Dep c : s.children(u)) if (c.rel().startsWith("aux")) auxiliary = true;
            if (!auxiliary) continue;
            for (Dep up : s.parents(u)) {
                // (the verb of saying comes first: after the clause, ", TASS reported", it says nothing of its own)
                if (up.rel().equals("ccomp") && up.gov() >= 0 && up.gov() < v && s.token(up.gov()).pos().equals("VBD")
                        && SPEECH_LEMMAS.contains(s.token(up.gov()).lemma().toLowerCase(Locale.ROOT))) {
                    return up.gov();
                }
            }
        }
        return -1;
    }

    /** Plain speech verbs whose second, coordinated verb the parser tends to put inside the reported clause. */
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "tell", "announce", "state", "add", "report", "declare");

    /** Tokens that fill a role of a predicate (verb or noun). */
    static List<Integer> roleTokens(Sentence s, int v, String role) {
        List<Integer> r = new ArrayList<>(2);
        boolean passive = isPassive(s, v);
        int speech = role.equals("subj") ? speakersSecondVerb(s, v) : -1;
        if (speech >= 0) {
            for (Dep d : s.children(speech)) if (d.rel().equals("nsubj")) r.add(d.dep());
            if (!r.isEmpty()) return r;
        }
        for (Dep d : s.children(v)) {
            String rel = d.rel();
            boolean hit = switch (role) {
                case "subj" -> passive ? rel.equals("obl:agent") || rel.equals("obl:by")
                        : rel.equals("nsubj") || (rel.equals("nsubj:xsubj") && !purposeOfUse(s, v)) || rel.equals("csubj");
                case "obj" -> passive ? rel.equals("nsubj:pass") : rel.equals("obj");
                case "iobj" -> rel.equals("iobj");
                case "poss" -> rel.equals("nmod:poss");
                case "amod" -> rel.equals("amod");
                case "compound" -> rel.equals("compound");
                default -> {
                    if (role.startsWith("obl:") || role.startsWith("nmod:")) {
                        String prep = role.substring(role.indexOf(':') + 1);
                        yield rel.equals("obl:" + prep) || rel.equals("nmod:" + prep);
                    }
                    yield false;
                }
            };
            if (hit) r.add(d.dep());
        }
        if (r.isEmpty() && role.equals("subj")) r.addAll(agentOfAdjective(s, v));
        if (stativeTo(s, v)) {
            for (Dep d : s.children(v)) {
                if (role.equals("subj") && d.rel().equals("nsubj:pass") || role.equals("obj") && d.rel().equals("obl:to")) r.add(d.dep());
            }
        }
        // "X suppress dissent and threaten Russia", "thousands converged on Lagos to protest": a conjoined or
        // non-finite verb without a subject takes the subject of the verb it depends on
        if (r.isEmpty() && role.equals("subj") && !passive) {
            int node = v;
            for (int depth = 0; depth < 3 && r.isEmpty(); depth++) {
                int up = -1;
                for (Dep d : s.parents(node)) {
                    if (d.gov() < 0 || !s.token(d.gov()).isVerb()) continue;
                    boolean nonFinite = s.token(node).pos().equals("VB") || s.token(node).pos().equals("VBG");
                    // ("..., urging him to send troops": a participle the parser may hang on the verb as a bare dep)
                    boolean participle = s.token(node).pos().equals("VBG") && d.rel().equals("dep");
                    if (d.rel().startsWith("conj") || (nonFinite && (d.rel().startsWith("advcl") || d.rel().equals("xcomp"))) || participle) {
                        up = d.gov();
                        break;
                    }
                }
                // "attacked a minibus ..., killing seven people": a participle after a comma, which the parser may hang on the
                // object, tells what the clause's subject did
                if (up < 0 && s.token(node).pos().equals("VBG") && node > 0 && s.token(node - 1).word().equals(",")) {
                    for (Dep d : s.parents(node)) {
                        if (!d.rel().equals("acl") || d.gov() < 0) continue;
                        for (Dep o : s.parents(d.gov())) if (o.gov() >= 0 && s.token(o.gov()).isVerb() && (o.rel().equals("obj") || o.rel().startsWith("obl"))) up = o.gov();
                    }
                    // (the clause's own verb, not one inside it: "demanded that the IMF disburse its loan, speaking to
                    // supporters" is Saied speaking; but not above a verb of saying: "police said gunmen attacked ..., killing")
                    for (int climb = 0; up >= 0 && climb < 3; climb++) {
                        int higher = -1;
                        for (Dep d : s.parents(up)) {
                            if (d.gov() >= 0 && (d.rel().equals("ccomp") || d.rel().equals("xcomp")) && s.token(d.gov()).isVerb()
                                    && !SPEECH_LEMMAS.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) higher = d.gov();
                        }
                        if (higher < 0) break;
                        up = higher;
                    }
                }
                // "Hamas issued a statement demanding ...", "sent a letter urging ...": a participle describing the object
                // of a verb of issuing speaks for that verb's subject
                if (up < 0 && s.token(node).pos().equals("VBG")) {
                    for (Dep d : s.parents(node)) {
                        if (!d.rel().equals("acl") || d.gov() < 0 || !PatternSet.standard().isDocumentNoun(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) continue;
                        for (Dep o : s.parents(d.gov())) if (o.rel().equals("obj") && o.gov() >= 0 && s.token(o.gov()).isVerb()) up = o.gov();
                    }
                }
                if (up < 0) break;
                for (Dep c : s.children(up)) if (c.rel().equals("nsubj") || c.rel().equals("nsubj:xsubj")) r.add(c.dep());
                node = up;
            }
        }
        // "cut ties with Morocco", "lifted sanctions on Venezuela": the phrase hangs on the verb's object
        if (r.isEmpty() && (role.startsWith("obl:") || role.startsWith("nmod:")) && s.token(v).isVerb()) {
            String prep = role.substring(role.indexOf(':') + 1);
            for (Dep o : s.children(v)) {
                if (!(o.rel().equals("obj") || (passive && o.rel().equals("nsubj:pass")))) continue;
                for (Dep d : s.children(o.dep())) if (d.rel().equals("nmod:" + prep)) r.add(d.dep());
            }
        }
        // "called on Russia to ..." parsed with the preposition as a particle and Russia as object
        if (r.isEmpty() && (role.startsWith("obl:") || role.startsWith("nmod:"))) {
            String prep = role.substring(role.indexOf(':') + 1);
            boolean prt = false;
            for (Dep d : s.children(v)) if (d.rel().equals("compound:prt") && s.token(d.dep()).lower().equals(prep)) prt = true;
            if (prt) for (Dep d : s.children(v)) if (d.rel().equals("obj")) r.add(d.dep());
        }
        // conjuncts of each filler
        List<Integer> base = new ArrayList<>(r);
        for (int t : base) for (Dep d : s.children(t)) if (d.rel().startsWith("conj") && !r.contains(d.dep())) r.add(d.dep());
        return r;
    }

    /** Verbs whose object does not do what the infinitive after it says: the subject does it, for a purpose. */
    private static final Set<String> PURPOSE_VERBS = Set.of("use", "employ", "visit", "meet", "join", "tour", "phone",
            "telephone", "contact", "host", "receive", "summon");

    /**
     * "police used tear gas to disperse the crowd", "will visit Mauritania and Senegal to mediate": the parser makes the
     * object the subject of the infinitive, but these verbs' infinitive says the subject's purpose; the subject of the
     * governing verb is found by climbing instead.
     */
    private static boolean purposeOfUse(Sentence s, int v) {
        return complementOf(s, v, PURPOSE_VERBS);
    }

    /** Actor mentions standing for a token: one covering it, else one among its modifiers. */
    static List<ActorMention> mentionsAt(Sentence s, List<ActorMention> mentions, int tok) {
        List<ActorMention> r = new ArrayList<>(1);
        for (ActorMention m : mentions) if (m.covers(tok)) r.add(m);
        if (!r.isEmpty()) return r;
        // every modifier that is an actor: "its European Community partners" gives Greece (its) and the EC
        for (Dep d : s.children(tok)) {
            String rel = d.rel();
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("nmod:of")
                    || rel.equals("appos") || rel.equals("flat") || rel.equals("nmod:from") || rel.equals("nmod:by")
                    || rel.equals("acl:by")) {
                for (ActorMention m : mentions) if (m.covers(d.dep()) && !r.contains(m)) r.add(m);
            }
        }
        return r;
    }

    // ---- modality and attribution ----------------------------------------------------------

    static Mode modeOf(Sentence s, int clause, int trigger) {
        boolean neg = false, hyp = false, fut = false;
        int node = clause;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            for (Dep d : s.children(node)) {
                String w = s.token(d.dep()).lower();
                String rel = d.rel();
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(w)
                        && (rel != "det" || node == trigger)) neg = true;
                if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) hyp = true;
                if (rel.startsWith("aux") && FUTURE_AUX.contains(w)) fut = true;
                if (rel.equals("mark") && HYPOTHETICAL_MARKS.contains(w)) hyp = true;
            }
            if (node != clause) {
                String l = s.token(node).lemma().toLowerCase(Locale.ROOT);
                if (NEGATING_VERBS.contains(l)) neg = true;
                if (FUTURE_VERBS.contains(l)) fut = true;
            }
            // an infinitive under a noun of asking, offering, planning or threatening ("an appeal to Belgium to
            // extradite the militant", "a plan to withdraw", "the threat to strike") was asked for or planned, not done
            for (Dep d : s.parents(node)) {
                if (d.rel().startsWith("acl") && d.gov() >= 0 && PLAN_NOUNS.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) {
                    for (Dep m : s.children(node)) if (m.rel().equals("mark") && s.token(m.dep()).lower().equals("to")) fut = true;
                }
            }
            // walk up through open complements only ("plans to meet", "refused to sign")
            int up = -1;
            for (Dep d : s.parents(node)) if (d.rel().equals("xcomp")) up = d.gov();
            node = up;
        }
        // the mandative subjunctive: "demanded that Israel release the prisoners", "insists that he resign": a bare verb
        // with its own subject and no auxiliary in a that-clause is what somebody wants done, not what was done
        if (s.token(clause).pos().equals("VB")) {
            boolean subject = false, aux = false, that = false;
            for (Dep d : s.children(clause)) {
                if (d.rel().startsWith("nsubj")) subject = true;
                if (d.rel().startsWith("aux")) aux = true;
                if (d.rel().equals("mark") && s.token(d.dep()).lower().equals("that")) that = true;
            }
            boolean complement = false;
            for (Dep d : s.parents(clause)) if (d.rel().equals("ccomp")) complement = true;
            if (subject && !aux && (that || complement)) hyp = true;
        }
        // what someone denies did not happen by their account: "Rwanda denied that it supported the rebels"
        for (Dep d : s.parents(clause)) {
            if (d.rel().equals("ccomp") && d.gov() >= 0 && DENYING.contains(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) neg = true;
        }
        // a clause inside "if ..." anywhere above
        for (Dep d : s.parents(clause)) {
            if (d.rel().startsWith("advcl")) for (Dep m : s.children(clause)) if (m.rel().equals("mark") && HYPOTHETICAL_MARKS.contains(s.token(m.dep()).lower())) hyp = true;
        }
        if (s.token(trigger).isNoun()) {
            for (Dep d : s.children(trigger)) if (d.rel().equals("det") && s.token(d.dep()).lower().equals("no")) neg = true;
        }
        // the condition itself ("if Venezuela did not apologise") is hypothetical, negated or not
        if (isCondition(s, clause)) return Mode.HYPOTHETICAL;
        if (neg) return Mode.NEGATED;
        if (hyp) return Mode.HYPOTHETICAL;
        if (fut) return Mode.FUTURE;
        return Mode.ASSERTED;
    }

    /** Who a clause is attributed to: the words, the actor if the speaker is one, and the speech verb (-1 for "according to"). */
    record Attribution(String text, ActorMention speaker, int verb) {
    }

    /** The speaker a clause is attributed to: "A said that ...", "..., Bloomberg reported", "according to A". */
    Attribution attribution(ArticleDoc doc, Sentence s, List<ActorMention> mentions, int clause) {
        int speech = speakersSecondVerb(s, clause);
        int node = speech >= 0 ? speech : clause;
        Set<Integer> seen = new HashSet<>();
        while (node >= 0 && seen.add(node)) {
            for (Dep d : s.children(node)) {
                // "..., Bloomberg reported": a trailing speech verb parsed as parataxis, advcl or (often) ccomp
                boolean trailing = d.rel().equals("ccomp") && d.dep() > node && d.dep() > 0
                        && (s.token(d.dep() - 1).word().equals(",") || hasCommaBefore(s, d.dep(), node));
                // not a clause of its own joined by "while", "after", "because" ...: "Yellen raised concerns, while
                // Chinese state media said ..." is not reported by the state media ("as X reported" still is)
                boolean subordinate = false;
                for (Dep mk : s.children(d.dep())) {
                    if (mk.rel().equals("mark") && !s.token(mk.dep()).lower().equals("as")) subordinate = true;
                }
                if ((d.rel().equals("parataxis") || d.rel().startsWith("advcl") || trailing) && !subordinate) {
                    Token c = s.token(d.dep());
                    if (patterns.isAttributionVerb(c.lemma().toLowerCase(Locale.ROOT))) {
                        Attribution sp = speaker(doc, s, mentions, d.dep());
                        if (sp != null) return sp;
                    }
                }
                if (d.rel().startsWith("obl:according") || d.rel().startsWith("nmod:according")) {
                    return new Attribution(phrase(doc, s, mentions, d.dep()), actorAt(mentions, d.dep()), -1);
                }
            }
            int up = -1;
            for (Dep d : s.parents(node)) {
                if (d.gov() < 0) continue;
                if (d.rel().equals("ccomp") || d.rel().equals("xcomp") || d.rel().startsWith("conj") || d.rel().startsWith("advcl")) {
                    if ((d.rel().equals("ccomp")) && patterns.isAttributionVerb(s.token(d.gov()).lemma().toLowerCase(Locale.ROOT))) {
                        Attribution sp = speaker(doc, s, mentions, d.gov());
                        if (sp != null) return sp;
                    }
                    up = d.gov();
                    break;
                }
            }
            node = up;
        }
        return null;
    }

    /** A comma between the clause head and the speech verb's subject ("..., the sources said"). */
    private static boolean hasCommaBefore(Sentence s, int verb, int clause) {
        for (Dep d : s.children(verb)) {
            if (d.rel().equals("nsubj") && d.dep() > clause) {
                int first = d.dep();
                for (Dep c : s.children(d.dep())) first = Math.min(first, c.dep());
                return first > 0 && (s.token(first - 1).word().equals(",") || s.token(first - 1).word().equals("”")
                        || s.token(first - 1).word().equals("\""));
            }
        }
        return false;
    }

    private Attribution speaker(ArticleDoc doc, Sentence s, List<ActorMention> mentions, int verb) {
        for (Dep d : s.children(verb)) {
            if (d.rel().equals("nsubj")) return new Attribution(phrase(doc, s, mentions, d.dep()), actorAt(mentions, d.dep()), verb);
        }
        return null;
    }

    private static ActorMention actorAt(List<ActorMention> mentions, int tok) {
        for (ActorMention m : mentions) if (m.covers(tok) && !m.isMedia() && m.code() != null) return m;
        return null;
    }

    private static String phrase(ArticleDoc doc, Sentence s, List<ActorMention> mentions, int tok) {
        for (ActorMention m : mentions) if (m.covers(tok)) return m.text();
        int first = tok, last = tok;
        for (Dep d : s.children(tok)) {
            String r = d.rel();
            if (r.equals("det") || r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("flat")) {
                first = Math.min(first, d.dep());
                last = Math.max(last, d.dep());
            }
        }
        return s.textOf(first, last + 1, doc.text());
    }

    private static String whyNoActors(ArticleDoc doc, Sentence s, List<ActorMention> mentions, Match m) {
        Pattern p = m.pattern;
        int lv = p.kind() == Pattern.Kind.VERB || p.kind() == Pattern.Kind.PHRASE && s.token(m.head).isVerb() && p.light().isEmpty() ? -1
                : p.attach().isEmpty() ? lightVerb(s, m.head) : attachedTo(s, m.head, p);
        List<String> parts = new ArrayList<>();
        parts.add(describeRole("src", p.src(), tokensForRoles(s, m.head, lv, p.src()), s, mentions, m));
        if (!p.tgt().isEmpty()) parts.add(describeRole("tgt", p.tgt(), tokensForRoles(s, m.head, lv, p.tgt()), s, mentions, m));
        return String.join("; ", parts);
    }

    private static String describeRole(String name, List<String> roles, List<Integer> toks, Sentence s,
                                       List<ActorMention> mentions, Match m) {
        String spec = name + "=" + String.join("|", roles);
        toks.removeIf(t -> t >= m.first && t < m.end);
        if (toks.isEmpty()) return "nothing fills " + spec;
        List<String> words = new ArrayList<>();
        boolean any = false;
        for (int t : toks) {
            List<ActorMention> ms = mentionsAt(s, mentions, t);
            boolean media = !ms.isEmpty() && ms.stream().allMatch(ActorMention::isMedia);
            any |= !ms.isEmpty() && !media;
            words.add("'" + s.token(t).word() + "'" + (ms.isEmpty() ? " (no known actor)" : media ? " (a news outlet, not an actor)" : ""));
        }
        return spec + " gives " + String.join(", ", words) + (any ? "" : "");
    }
}
