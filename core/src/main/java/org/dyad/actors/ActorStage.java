package org.dyad.actors;

import org.dyad.actors.ActorDictionary.Community;
import org.dyad.actors.ActorDictionary.Entry;
import org.dyad.actors.ActorDictionary.EntryType;
import org.dyad.actors.ActorDictionary.Office;
import org.dyad.actors.ActorDictionary.RoleWord;
import org.dyad.actors.ActorMention.Kind;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Place;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds and codes actors, reading the article the way a careful reader does: dictionary names
 * (countries, demonyms, capitals, metonyms, organisations, media, people with dated offices),
 * compositions of a country with a role word ("Russian Foreign Minister", "Ukrainian troops",
 * "protesters in Kiev", "the government of Syria"), titles introducing people no dictionary knows
 * ("Russian Foreign Ministry spokeswoman Maria Zakharova"), and later references resolved from
 * the article itself (surnames, "the minister", "he"/"she"). "former"/"ex-" titles give the
 * country's elite code ({@code ELI}), never the current role. Provides {@link Layer#ACTORS}.
 */
public final class ActorStage implements Stage {
    private static final Set<String> PRONOUNS_PERSON = Set.of("he", "she", "him", "her");
    private static final Set<String> PRONOUNS_THING = Set.of("it", "its");
    private static final Set<String> PRONOUNS_PLURAL = Set.of("they", "them", "their");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> COORD = Set.of("and", ",", "or", "&");

    private final ActorDictionary dict;
    private final Gazetteer gazetteer;

    /** Verbs of saying (patterns/attribution.tsv): a place in the speaker's phrase does not place the sentence. */
    private final java.util.function.Predicate<String> speechVerb;

    public ActorStage(ActorDictionary dict, Gazetteer gazetteer, java.util.function.Predicate<String> speechVerb) {
        this.dict = dict;
        this.gazetteer = gazetteer;
        this.speechVerb = speechVerb;
    }

    @Override public String name() { return "actors"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.ACTORS); }

    @Override
    public String describe() { return "actors(" + dict.size() + " dictionary entries, version " + dict.version() + ")"; }

    /** Second halves of "British-owned", "Panamanian-flagged": the thing so described is that country's. */
    private static final Set<String> OWNED_SUFFIXES = Set.of("owned", "flagged", "registered", "operated");

    /** A raw dictionary hit before composition. */
    private record Hit(int first, int last, EntryType type, Entry entry, RoleWord role, boolean nerPerson, Community group) {
        boolean isCountryLike() {
            return type == EntryType.COUNTRY_NAME || type == EntryType.DEMONYM || type == EntryType.PEOPLE;
        }
        boolean isTitle() { return role != null && role.kind().equals("title"); }
        boolean isRole() { return role != null; }
        boolean isPerson() { return nerPerson || type == EntryType.PERSON; }
        boolean isCommunity() { return group != null; }
    }

    /** First-name genders from CoreNLP's models ({@code dcoref/namegender.combine.txt}), for he/she. */
    private static final Map<String, Character> GENDER = loadGenders();

    private static Map<String, Character> loadGenders() {
        Map<String, Character> m = new HashMap<>();
        var in = ActorStage.class.getClassLoader().getResourceAsStream("edu/stanford/nlp/models/dcoref/namegender.combine.txt");
        if (in == null) return m;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                String[] f = l.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) m.putIfAbsent(f[0], f[1].charAt(0));
            }
        } catch (java.io.IOException e) {
            return m;
        }
        return m;
    }

    private static final Set<String> FEMALE_TITLES = Set.of("spokeswoman", "chairwoman", "queen", "congresswoman", "businesswoman",
            "princess", "empress", "duchess", "first lady");
    private static final Set<String> MALE_TITLES = Set.of("spokesman", "chairman", "king", "congressman", "businessman", "prince",
            "emperor", "duke", "emir", "sultan", "sheikh");

    /** What the article has said so far about who is who. */
    private static final class Memory {
        final Map<String, Character> genderOfName = new HashMap<>();   // full name or surname -> M/F
        boolean inQuote;                                                // carried across sentences
        boolean[] quoted = new boolean[0];                              // per token of the current sentence
        ActorMention lastMale, lastFemale;
        final Map<String, ActorMention> people = new HashMap<>();      // full name and surname -> coded mention
        final List<ActorMention> recent = new ArrayList<>();           // coded mentions, in order
        final Map<ActorMention, String> roleWordOf = new HashMap<>();  // mention -> role word that coded it
        ActorMention lastPerson;
        String[] here;                                                  // {iso3, how}: the current sentence's place, or null
        String[] storyPlace;                                            // {iso3, how}: the last sentence placed in one country
        final Map<String, Integer> placeCounts = new HashMap<>();       // iso3 -> sentences placed there so far
        String mainPlace;                                               // the country most sentences were placed in (ties: latest)
    }

    @Override
    public void process(ArticleDoc doc) {
        Memory mem = new Memory();
        LocalDate date = doc.article().date();
        int prevEnd = 0;
        for (Sentence s : doc.sentences) {
            // an unclosed quotation ends with its paragraph
            if (doc.text().substring(Math.min(prevEnd, s.begin()), s.begin()).contains("\n")) mem.inQuote = false;
            prevEnd = s.end();
            markQuotes(s, mem);
            List<Hit> hits = findHits(doc.text(), s);
            mem.here = sentencePlace(doc.text(), s, hits);
            List<ActorMention> out = compose(doc.text(), s, hits, date, mem);
            if (mem.here != null) {
                mem.storyPlace = mem.here;
                int c = mem.placeCounts.merge(mem.here[0], 1, Integer::sum);
                if (mem.mainPlace == null || c >= mem.placeCounts.getOrDefault(mem.mainPlace, 0)) mem.mainPlace = mem.here[0];
            }
            out.sort((a, b) -> Integer.compare(a.first(), b.first()));
            doc.actors.add(out);
        }
    }

    // ---- step 1: dictionary and NER hits -------------------------------------------------

    /** The English names of the months ("March", "May"), as java.time names them. */
    private static final Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a word is the English name of a month. */
    static boolean isMonthName(String w) { return MONTHS.contains(w); }

    private List<Hit> findHits(String text, Sentence s) {
        List<Hit> hits = new ArrayList<>();
        List<Token> toks = s.tokens();
        int n = toks.size();
        // the countries the sentence names (names, demonyms), to choose between namesake places ("in Tripoli ... the
        // north Lebanese port")
        Set<String> named = new HashSet<>();
        for (int k = 0; k < n; k++) {
            if (!Character.isUpperCase(toks.get(k).word().charAt(0))) continue;
            Entry e = dict.name(toks.get(k).word());
            if (e != null && e.country() != null && (e.type() == EntryType.COUNTRY_NAME || e.type() == EntryType.DEMONYM)) named.add(e.country());
        }
        // and the countries of places the gazetteer knows in one country only ("Punjab police raided his home in Lahore",
        // "Palma in Cabo Delgado"): they settle a namesake elsewhere in the sentence
        Set<String> placed = new HashSet<>();
        for (int k = 0; k < n; k++) {
            if (!toks.get(k).ner().equals("LOCATION") || k > 0 && toks.get(k - 1).ner().equals("LOCATION")) continue;
            int end = k + 1;
            while (end < n && toks.get(end).ner().equals("LOCATION")) end++;
            Set<String> isos = new HashSet<>();
            for (Place pl : gazetteer.find(surface(text, toks, k, end))) if (pl.iso3() != null && !pl.iso3().isEmpty()) isos.add(pl.iso3());
            if (isos.size() == 1) placed.addAll(isos);
        }
        named.addAll(placed);
        int i = 0;
        while (i < n) {
            Hit best = null;
            int maxLen = Math.min(dict.maxNameTokens(), n - i);
            for (int len = maxLen; len >= 1 && best == null; len--) {
                String surface = surface(text, toks, i, i + len);
                Entry e = dict.name(surface);
                // "accused the West", "defied the international community": a dictionary name written with "The" is
                // that name after a lower-case "the" too
                boolean article = false;
                if (e == null && len > 1 && surface.startsWith("the ")) {
                    e = dict.name("The " + surface.substring(4));
                    article = e != null;
                }
                // a capital's name that is also a place in a country the sentence names, when it does not name the
                // capital's own: "militias in Tripoli ... the north Lebanese port" is Tripoli, Lebanon
                if (e != null && e.type() == EntryType.CAPITAL && !named.isEmpty() && !named.contains(e.country())) {
                    Place alt = gazetteer.resolve(surface, named);
                    if (alt != null && named.contains(alt.iso3()) && !alt.iso3().equals(e.country())) {
                        e = new Entry(EntryType.PLACE, alt.iso3(), alt.iso3(), null, "place " + alt.name() + " (" + alt.kind()
                                + ", gazetteer; the sentence names " + alt.iso3() + ")", List.of());
                    }
                }
                if (e != null && (article || plausibleName(toks, i, i + len, e))) best = new Hit(i, i + len, e.type(), e, null, false, null);
            }
            if (best == null) {
                // "a British-owned cargo ship", "a Panamanian-flagged tanker", "Palestinian-owned olive trees": the thing
                // belongs to that country (not "Russian-backed separatists", who are not Russia)
                String w = toks.get(i).word();
                int dash = w.lastIndexOf('-');
                if (dash > 0 && OWNED_SUFFIXES.contains(w.substring(dash + 1).toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                    Entry e = dict.name(w.substring(0, dash));
                    if (e != null && e.country() != null && (e.type() == EntryType.DEMONYM || e.type() == EntryType.COUNTRY_NAME)) {
                        best = new Hit(i, i + 1, e.type(), e, null, false, null);
                    }
                }
            }
            // (NER takes some peoples' names for persons: "Fulani gunmen", "Baloch separatists"; a name before a common noun
            // is an adjective there)
            boolean personBeforeNoun = toks.get(i).ner().equals("PERSON") && i + 1 < n && toks.get(i + 1).pos().startsWith("NN")
                    && !toks.get(i + 1).pos().startsWith("NNP") && (i == 0 || !toks.get(i - 1).ner().equals("PERSON"));
            if (best == null && (!toks.get(i).ner().equals("PERSON") || personBeforeNoun)) {
                // "Kurdish rebels", "Sunnis", "Tamil civilians": an ethnic group or religious community (peoples.tsv); a
                // state's own people ("Serbs") is found as the state's people above and read as a community in compose
                for (int len = Math.min(dict.maxCommunityTokens(), n - i); len >= 1 && best == null; len--) {
                    Community c = dict.community(surface(text, toks, i, i + len));
                    if (c != null && !c.national()) best = new Hit(i, i + len, null, null, null, false, c);
                }
            }
            if (best == null) {
                int maxRole = Math.min(dict.maxRoleTokens(), n - i);
                for (int len = maxRole; len >= 1 && best == null; len--) {
                    String surface = surface(text, toks, i, i + len).toLowerCase(Locale.ROOT);
                    RoleWord r = dict.role(surface);
                    if (r == null && len == 1) r = dict.role(toks.get(i).lemma().toLowerCase(Locale.ROOT));
                    if (r == null && len > 1) {
                        // "opposition leaders", "foreign ministers": the plural of a multiword entry
                        String last = toks.get(i + len - 1).lemma().toLowerCase(Locale.ROOT);
                        String head = surface(text, toks, i, i + len - 1).toLowerCase(Locale.ROOT);
                        r = dict.role(head + " " + last);
                    }
                    if (r != null && toks.get(i + len - 1).pos().startsWith("NN")) best = new Hit(i, i + len, null, null, r, false, null);
                }
            }
            if (best == null && toks.get(i).ner().equals("PERSON")) {
                int j = i;
                while (j < n && toks.get(j).ner().equals("PERSON")) j++;
                // a known person inside the run (e.g. "Joe Biden" tagged with a title) wins
                best = new Hit(i, j, null, null, null, true, null);
                for (int len = j - i; len >= 1; len--) {
                    Entry e = dict.name(surface(text, toks, i, i + len));
                    if (e != null && e.type() == EntryType.PERSON) {
                        best = new Hit(i, j, EntryType.PERSON, e, null, false, null);
                        break;
                    }
                }
                // "Omar El Bashir" when the dictionary spells him "Omar al-Bashir": the known surname ends the run
                for (int k = i + 1; k < j && best.entry() == null; k++) {
                    Entry e = dict.name(surface(text, toks, k, j));
                    if (e != null && e.type() == EntryType.PERSON) best = new Hit(i, j, EntryType.PERSON, e, null, false, null);
                }
                // "Francois Mitterand", "Bouteflicka": a known name misspelt by one letter
                if (best.entry() == null) {
                    Entry e = dict.nearName(surface(text, toks, i, j), EntryType.PERSON);
                    if (e != null) best = new Hit(i, j, EntryType.PERSON, e, null, false, null);
                }
            }
            if (best == null && (PRONOUNS_PERSON.contains(toks.get(i).lower()) || PRONOUNS_THING.contains(toks.get(i).lower())
                    || PRONOUNS_PLURAL.contains(toks.get(i).lower()))) {
                best = new Hit(i, i + 1, null, null, null, false, null);
            }
            // a place name is the whole of a location name, not its last word ("the Former Yugoslav Republic")
            // (also a capitalised name NER left untagged after a preposition of place: "residential areas of Homs")
            boolean untaggedPlace = toks.get(i).ner().equals("O") && toks.get(i).pos().equals("NNP") && i > 0
                    && (PLACE_NAME_PREPS.contains(toks.get(i - 1).lower())
                    // or the object of a verb, alone or after a hyphenated adjective: "bombed Idlib", "shelled rebel-held Idlib"
                    || (toks.get(i - 1).isVerb() || i > 1 && toks.get(i - 1).word().contains("-") && toks.get(i - 1).pos().startsWith("JJ")
                    && toks.get(i - 2).isVerb()) && (i + 1 == n || !toks.get(i + 1).pos().startsWith("NNP")))
                    // or tagged as a person where only a place can stand: "the Baba Amr district of Homs"
                    || toks.get(i).ner().equals("PERSON") && toks.get(i).pos().equals("NNP") && i > 1
                    && toks.get(i - 1).lower().equals("of") && PLACE_NOUNS.contains(toks.get(i - 2).lemma().toLowerCase(Locale.ROOT));
            if (best == null && (toks.get(i).ner().equals("LOCATION") || untaggedPlace) && (i == 0 || !toks.get(i - 1).ner().equals("LOCATION"))
                    // a month NER left untagged is no place: "rioted in March 1989" (March, Cambridgeshire)
                    && !(untaggedPlace && isMonthName(toks.get(i).word()))) {
                for (int len = Math.min(gazetteer.maxTokens(), n - i); len >= 1 && best == null; len--) {
                    String surf = surface(text, toks, i, i + len);
                    List<Place> ps = gazetteer.find(surf);
                    if (!ps.isEmpty() && !ps.get(0).kind().equals("country") && ps.get(0).iso3() != null && !ps.get(0).iso3().isEmpty()
                            && toks.get(i + len - 1).pos().startsWith("NNP")) {
                        Place p = gazetteer.resolve(surf, named);
                        // a capital stands for its government, as the dictionary's capitals do ("Washington said")
                        boolean capital = p.kind().equals("capital");
                        best = new Hit(i, i + len, capital ? EntryType.CAPITAL : EntryType.PLACE,
                                new Entry(capital ? EntryType.CAPITAL : EntryType.PLACE, capital ? p.iso3() + "GOV" : p.iso3(), p.iso3(),
                                        capital ? "GOV" : null, "place " + p.name() + " (" + p.kind() + ", gazetteer)", List.of()), null, false, null);
                    }
                }
            }
            if (best == null && toks.get(i).pos().startsWith("NNP") && !toks.get(i).ner().equals("PERSON")
                    && (i + 1 == n || !toks.get(i + 1).pos().startsWith("NNP")) && (i == 0 || !toks.get(i - 1).pos().startsWith("NNP"))) {
                // "Isreal", "Phillippines": a country name misspelt by one letter
                Entry e = dict.nearName(toks.get(i).word(), EntryType.COUNTRY_NAME);
                if (e != null) best = new Hit(i, i + 1, EntryType.COUNTRY_NAME, e, null, false, null);
            }
            if (best != null) {
                hits.add(best);
                i = best.last();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** An Arabic article written lower case before a capitalised name ("al-Shabaab", "el-Sisi", "ash-Sham"). */
    private static final java.util.regex.Pattern ARTICLE_PREFIXED = java.util.regex.Pattern.compile("(al|el|ad|ash|as|at|an|ar|az|ud|ul)-\\p{Lu}");

    /** Proper names must look like names: capitalised in the text (no "us", "chad", "turkey" as food). */
    private static boolean plausibleName(List<Token> toks, int first, int last, Entry e) {
        Token t = toks.get(first);
        if (e.type() == EntryType.REPORTER) return true;
        // (or an Arabic article before a capitalised name: "fought al-Shabaab", "an al-Qaeda cell")
        if (!Character.isUpperCase(t.word().charAt(0)) && !Character.isDigit(t.word().charAt(0))
                && !ARTICLE_PREFIXED.matcher(t.word()).lookingAt()) return false;
        // "US" in an all-caps headline or as a pronoun "US" is rare; "May" (month) as a person is filtered by NER
        if (e.type() == EntryType.PERSON && last - first == 1 && !t.ner().equals("PERSON") && !t.pos().startsWith("NNP")) return false;
        return true;
    }

    private static String surface(String text, List<Token> toks, int first, int last) {
        return text.substring(toks.get(first).begin(), toks.get(last - 1).end()).replaceAll("\\s+", " ");
    }

    // ---- step 2: composition ---------------------------------------------------------------

    private List<ActorMention> compose(String text, Sentence s, List<Hit> hits, LocalDate date, Memory mem) {
        List<ActorMention> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Token> toks = s.tokens();
        int k = 0;
        while (k < hits.size()) {
            Hit h = hits.get(k);
            int consumed = 1;
            ActorMention m = null;
            boolean former = h.first() > 0 && FORMER.contains(toks.get(h.first() - 1).lower());
            int startTok = h.first();
            if (h.first() > 1 && toks.get(h.first() - 1).lower().equals("-") && FORMER.contains(toks.get(h.first() - 2).lower())) {
                former = true;
            }

            Community nationalAfter = null;
            if ((h.isCountryLike() || h.type() == EntryType.PLACE) && k + 1 < hits.size() && hits.get(k + 1).first() == h.last()) {
                Hit next = hits.get(k + 1);
                nationalAfter = next.isCommunity() ? next.group()
                        : next.isCountryLike() ? nationalPeople(text, toks, next) : null;
            }
            // "ethnic Albanians"; "Chechen rebels" (a people the country files give a state, peoples.tsv a community code)
            Community ethnicNational = null;
            boolean ethnicWord = h.first() > 0 && toks.get(h.first() - 1).lower().equals("ethnic");
            if (h.isCountryLike() && nationalAfter == null) {
                Community c = dict.community(surface(text, toks, h.first(), h.last()));
                if (c != null && (ethnicWord || !c.national())) ethnicNational = c;
            }
            if (h.isCommunity() || nationalAfter != null || ethnicNational != null) {
                // "Kurdish rebels", "Sunnis", "ethnic Albanians in Macedonia", "Bosnian Serbs", "Iraqi Shiite militias"
                int at = nationalAfter != null ? k + 1 : k;
                Community c = nationalAfter != null ? nationalAfter : ethnicNational != null ? ethnicNational : h.group();
                int first = ethnicNational != null && ethnicWord ? h.first() - 1 : h.first();
                int[] used = new int[1];
                m = communityMention(text, s, hits, at, first, nationalAfter != null ? h : null, c, date, mem, pending, used);
                consumed = used[0] - k;
                if (m == null) {
                    k += Math.max(consumed, 1);
                    continue;
                }
            } else if (h.isCountryLike() || isPossessiveActor(h, toks) || (h.type() == EntryType.PLACE && k + 1 < hits.size()
                    && hits.get(k + 1).isRole() && !hits.get(k + 1).isTitle() && hits.get(k + 1).first() == h.last())) {
                // country (+'s) + role word(s) [+ person]
                int j = k + 1;
                Hit lastRole = null;
                while (j < hits.size() && hits.get(j).isRole() && gapOk(toks, hits.get(j - 1).last(), hits.get(j).first())) {
                    lastRole = hits.get(j);
                    j++;
                }
                String iso = countryOf(h);
                if (lastRole != null && iso != null) {
                    boolean formerRole = former || hasFormerBetween(toks, h.last(), lastRole.first());
                    String role = formerRole ? "ELI" : lastRole.role().role();
                    Hit person = j < hits.size() && hits.get(j).isPerson() && hits.get(j).first() == lastRole.last() ? hits.get(j) : null;
                    if (person != null) {
                        m = titledPerson(text, s, h.first(), person, iso, role, "title '" + lastRole.role().words() + "' with "
                                + describeHit(h), date, formerRole, mem, h.type() == EntryType.PLACE);
                        j++;
                    } else {
                        m = mention(text, s, h.first(), lastRole.last(), lastRole.last() - 1, iso + role, iso, role,
                                lastRole.isTitle() ? Kind.PERSON : Kind.COUNTRY_ROLE,
                                "'" + lastRole.role().words() + "' (" + lastRole.role().kind() + ") with " + describeHit(h));
                        if (lastRole.isTitle()) mem.lastPerson = m;
                    }
                    mem.roleWordOf.put(m, lastRole.role().words());
                    consumed = j - k;
                } else if (h.isCountryLike() && iso != null && k + 2 < hits.size() && hits.get(k + 1).isCountryLike()
                        && coordinatedGap(toks, h.last(), hits.get(k + 1).first()) && hits.get(k + 2).isRole() && !hits.get(k + 2).isTitle()
                        && gapOk(toks, hits.get(k + 1).last(), hits.get(k + 2).first())) {
                    // "US and British forces": the group word after the second country is the first's too
                    Hit role = hits.get(k + 2);
                    String r = former ? "ELI" : role.role().role();
                    m = mention(text, s, h.first(), h.last(), h.last() - 1, iso + r, iso, r, Kind.COUNTRY_ROLE,
                            "'" + role.role().words() + "' (" + role.role().kind() + ") with " + describeHit(h) + " (coordinated)");
                } else if (h.isCountryLike()) {
                    m = mention(text, s, h.first(), h.last(), h.last() - 1, iso, iso, null, Kind.COUNTRY,
                            h.type().name().toLowerCase(Locale.ROOT) + " " + h.entry().basis());
                } else {
                    m = simple(text, s, h, date, mem);
                }
            } else if (h.isRole() && !h.isTitle() && membersOfNamed(toks, hits, k, out)) {
                // "Hamas fighters", "Herri Batasuna leaders in Bilbao", "Aidid's militia": the people of the organisation or
                // faction leader named right before are that organisation or leader, not a group of the place or country
                k++;
                continue;
            } else if (h.isRole()) {
                // role [of COUNTRY|ORG] [person]  /  role in PLACE  /  bare role resolved from the article
                boolean formerRole = former;
                int j = k + 1;
                Hit lastRole = h;
                while (j < hits.size() && hits.get(j).isRole() && hits.get(j).first() == hits.get(j - 1).last()) {
                    lastRole = hits.get(j);
                    j++;
                }
                String iso = null, via = null;
                int end = lastRole.last();
                // "opposition leaders", "ministers": a title in the plural names a group of people
                boolean group = !lastRole.isTitle() || toks.get(lastRole.last() - 1).pos().equals("NNS");
                // "its forces in Lebanon" are its own, not Lebanon's
                boolean possessed = h.first() > 0 && POSSESSIVE_DETERMINERS.contains(toks.get(h.first() - 1).lower());
                Hit orgOf = null;
                if (j < hits.size() && lastRole.last() + 1 <= hits.get(j).first()
                        && "of".equals(ofOrIn(toks, lastRole.last(), hits.get(j).first()))
                        && hits.get(j).type() == EntryType.ORGANIZATION && hits.get(j).entry() != null && !formerRole) {
                    // "rebels of the Patriotic Movement of Ivory Coast", "the leader of Hamas": the organisation's own people
                    orgOf = hits.get(j);
                    end = orgOf.last();
                    j++;
                } else if (j < hits.size() && lastRole.last() + 1 <= hits.get(j).first()
                        && ofOrIn(toks, lastRole.last(), hits.get(j).first()) != null) {
                    Hit obj = hits.get(j);
                    String prep = ofOrIn(toks, lastRole.last(), obj.first());
                    String c = countryOf(obj);
                    if (c != null && (prep.equals("of") || (group && !possessed))) {
                        iso = c;
                        via = prep + " " + describeHit(obj);
                        end = obj.last();
                        j++;
                    }
                }
                if (iso == null && orgOf == null && (!h.isTitle() || group) && !possessed) {
                    // "protesters in Kiev": the place's country (not "its forces in Lebanon": they are its own)
                    int p = lastRole.last();
                    PlaceAt at = placeAfter(text, toks, hits, p);
                    if (at != null) {
                        iso = at.iso3();
                        via = toks.get(p).lower() + " " + at.surface();
                        end = at.end();
                        while (j < hits.size() && hits.get(j).first() < end) j++;
                    }
                }
                if (iso == null && orgOf == null && !possessed) {
                    // "Okinawa governor Denny Tamaki", "Bavaria's interior minister", "Punjab Chief Minister": the office of a
                    // region or city named right before the title is of that place's country
                    PlaceAt before = placeBefore(text, toks, hits, h.first());
                    if (before != null) {
                        iso = before.iso3();
                        via = "of " + before.surface();
                    }
                }
                ActorMention owner = null;
                String community = "";
                boolean ownerIsActor = false;
                if (iso == null && possessed && !(j < hits.size() && hits.get(j).isPerson() && hits.get(j).first() == end)) {
                    // "Ramos said his government would ...", "Iran said its army ...": the role of the pronoun's referent
                    String pron = toks.get(h.first() - 1).lower();
                    owner = referent(pron, s, h.first() - 1, mem);
                    if (owner != null && owner.kind() == Kind.COUNTRY_ROLE && owner.role() != null && !owner.role().equals("GOV")) {
                        // "the army said its soldiers ...": a force's or group's own members are that force or group, as an
                        // organisation's are (a government's troops are the country's military)
                        ownerIsActor = true;
                    } else if (owner != null && owner.kind() == Kind.ORGANIZATION) {
                        ownerIsActor = true;
                    } else if (owner != null && owner.country() != null) {
                        iso = owner.country();
                        // "Bosnian Serbs said their forces": the owner's community stays ("BIHsrp" -> "BIHMILsrp")
                        String own = owner.country() + (owner.role() == null ? "" : owner.role());
                        if (owner.code().startsWith(own) && owner.code().length() > own.length()) community = owner.code().substring(own.length());
                        via = "owned by '" + pron + "' (" + owner.text() + ")";
                    } else {
                        owner = null;
                    }
                }
                String role = formerRole ? "ELI" : chainRole(h, lastRole);
                // "the presidents of Russia and the United States": the role goes to every coordinated country
                List<ActorMention> extra = new ArrayList<>();
                while (iso != null && via != null && via.startsWith("of") && j < hits.size() && hits.get(j).isCountryLike()
                        && coordinatedGap(toks, hits.get(j - 1).last(), hits.get(j).first())) {
                    Hit c = hits.get(j);
                    String ciso = countryOf(c);
                    if (ciso == null) break;
                    extra.add(mention(text, s, c.first(), c.last(), c.last() - 1, ciso + role, ciso, role, Kind.COUNTRY_ROLE,
                            "'" + lastRole.role().words() + "' of " + describeHit(c) + " (coordinated)"));
                    j++;
                }
                Hit person = j < hits.size() && hits.get(j).isPerson() && hits.get(j).first() == end ? hits.get(j) : null;
                if (!extra.isEmpty()) person = null;
                Hit personOf = null;
                if (iso == null && person != null && person.entry() == null && j + 1 < hits.size()
                        && "of".equals(ofOrIn(toks, person.last(), hits.get(j + 1).first())) && countryOf(hits.get(j + 1)) != null
                        && !mem.people.containsKey(toks.get(person.last() - 1).word())) {
                    // "King Hassan of Morocco", "President Parvanov of Bulgaria": a title holder the dictionary does not
                    // know, of a named country
                    personOf = hits.get(j + 1);
                    iso = countryOf(personOf);
                    via = "of " + describeHit(personOf) + " (after the name)";
                }
                out.addAll(extra);
                mem.recent.addAll(extra);
                if (orgOf != null) {
                    ActorMention org = simple(text, s, orgOf, date, mem);
                    if (org != null && org.code() != null) {
                        m = mention(text, s, h.first(), end, lastRole.last() - 1, org.code(), org.country(), org.role(), Kind.ORGANIZATION,
                                "'" + lastRole.role().words() + "' of " + org.basis());
                    }
                } else if (ownerIsActor) {
                    // "Hamas said its fighters ...": an organisation's own fighters, spokesmen and leaders are the organisation
                    m = mention(text, s, h.first() - 1, end, lastRole.last() - 1, owner.code(), owner.country(), owner.role(),
                            owner.kind(), "'" + lastRole.role().words() + "' of '" + toks.get(h.first() - 1).lower() + "' (" + owner.text() + ")");
                    dropPronoun(out, h.first() - 1);
                } else if (iso != null) {
                    if (owner != null) dropPronoun(out, h.first() - 1);
                    if (person != null) {
                        m = titledPerson(text, s, h.first(), person, iso, role, "title '" + lastRole.role().words() + "' " + via,
                                date, formerRole, mem, via != null && via.contains("gazetteer"));
                        j++;
                        if (personOf != null) j++;
                    } else {
                        m = mention(text, s, h.first(), end, lastRole.last() - 1, iso + role + community, iso, role,
                                group ? Kind.COUNTRY_ROLE : Kind.PERSON,
                                "'" + lastRole.role().words() + "' " + via);
                        if (!group) mem.lastPerson = m;
                    }
                    mem.roleWordOf.put(m, lastRole.role().words());
                } else if (person != null) {
                    // "President Biden": the dictionary knows the person; an unknown one keeps the title for later
                    m = simple(text, s, person, date, mem);
                    if (m != null) m = widen(text, s, m, h.first());
                    // "Judge Alejandro Rivera opened investigations against Chilean officials": an unknown title holder
                    // of a domestic story is of the country of the sentence's other actors
                    // (not an apposition: "the junta's leader, General Tiani, warned": the leader is the actor already)
                    boolean apposition = h.first() > 0 && toks.get(h.first() - 1).word().equals(",");
                    if ((m == null || m.code() == null) && !formerRole && !apposition && HOME_ROLES.contains(lastRole.role().role())) {
                        pending.add(new Pending(h.first(), person.last(), lastRole.role().role(), "", lastRole.role().words(), Kind.PERSON, null));
                    }
                    j++;
                } else {
                    m = loyalTo(text, s, h, lastRole, hits, j, mem);
                    if (m == null && lastRole.role().kind().equals("followers") && j < hits.size() && hits.get(j).isPerson()
                            && "of".equals(ofOrIn(toks, lastRole.last(), hits.get(j).first()))) {
                        // "supporters of Raila Odinga": an opposition figure's supporters are the opposition; a ruler's are civilians
                        ActorMention leader = simple(text, s, hits.get(j), date, mem);
                        if (leader != null && leader.country() != null && leader.kind() == Kind.PERSON) {
                            String r = "GOV".equals(leader.role()) || "MIL".equals(leader.role()) ? "CVL" : "OPP";
                            m = mention(text, s, h.first(), hits.get(j).last(), lastRole.last() - 1, leader.country() + r, leader.country(), r,
                                    Kind.COUNTRY_ROLE, "'" + lastRole.role().words() + "' of " + leader.text() + " (" + leader.code() + ")");
                            j++;
                        }
                    }
                    // "In Yerevan, people protested outside the government building": the government of the place
                    if (m == null && local(lastRole, toks) && !formerRole) m = fromSentencePlace(text, s, h, lastRole, hits, mem, false);
                    if (m == null) m = fromContext(text, s, h, lastRole, formerRole, mem);
                    // "Police said the rally passed off peacefully" after "In Yerevan, ...": people of the story's place
                    // (police, protesters, strikers, students: who acts at home; not civilians, who are met everywhere)
                    if (m == null && local(lastRole, toks) && !formerRole && STORY_ROLES.contains(lastRole.role().role())) {
                        m = fromSentencePlace(text, s, h, lastRole, hits, mem, true);
                    }
                    // "a human rights group said", "aid agencies warned": non-governmental bodies of no named country
                    String r = lastRole.role().role();
                    if (m == null && (r.equals("NGO") || r.equals("HRI")) && !lastRole.isTitle()) {
                        String code = r.equals("NGO") ? "NGO" : "NGO" + r;
                        m = mention(text, s, h.first(), lastRole.last(), lastRole.last() - 1, code, null, r, Kind.ORGANIZATION,
                                "'" + lastRole.role().words() + "' (" + lastRole.role().kind() + ") of no named country: " + code);
                    }
                    // "Indian business leaders criticized the government": a home institution or group of no named country,
                    // resolved after the sentence's other actors are known
                    // (not a word that describes the name after it: "the rebel National Liberation Forces")
                    boolean describesName = j < hits.size() && hits.get(j).first() == lastRole.last()
                            // nor the members of the organisation just named: "Hezbollah guerrillas"
                            || k > 0 && hits.get(k - 1).last() == h.first() && hits.get(k - 1).type() == EntryType.ORGANIZATION;
                    // a singular title with its article: "the minister", "a journalist", "a prominent local journalist"
                    int article = lastRole.isTitle() && !group ? articleOf(s, h.first()) : -1;
                    // "a" and "an" only for people news names by their occupation (victims, witnesses: "a journalist was
                    // killed"), not a name given ("whom he calls a rebel", "described him as a spy")
                    if (article >= 0 && !toks.get(article).lower().equals("the")
                            && (!INDEFINITE_ROLES.contains(r) || article > 0 && NAMING_WORDS.contains(toks.get(article - 1).lemma().toLowerCase(Locale.ROOT)))) {
                        article = -1;
                    }
                    if (m == null && !formerRole && !possessed && !describesName && !r.equals("IGO") && !r.equals("NGO") && !r.equals("HRI")
                            && (local(lastRole, toks) || article >= 0)) {
                        boolean title = lastRole.isTitle() && !group;
                        int first = title ? article : h.first();
                        pending.add(new Pending(first, lastRole.last(), chainRole(h, lastRole), "", lastRole.role().words(),
                                title ? Kind.PERSON : Kind.COUNTRY_ROLE, null));
                    }
                }
                consumed = j - k;
            } else {
                m = simple(text, s, h, date, mem);
                // apposition: "Maria Zakharova, the ministry's spokeswoman" / "Zakharova, a Russian diplomat"
                if (h.nerPerson() && (m == null || m.code() == null)) {
                    ActorMention ap = apposition(text, s, h, hits, k, mem);
                    if (ap != null) m = ap;
                }
                // "Oxfam Canada", "Amnesty International USA": an organisation's national branch is the organisation
                if (m != null && m.kind() == Kind.ORGANIZATION && k + 1 < hits.size() && hits.get(k + 1).first() == h.last()
                        && hits.get(k + 1).type() == EntryType.COUNTRY_NAME) {
                    Hit branch = hits.get(k + 1);
                    m = mention(text, s, h.first(), branch.last(), h.last() - 1, m.code(), m.country(), m.role(), m.kind(),
                            m.basis() + "; its branch in " + describeHit(branch));
                    consumed = 2;
                }
                // "Chavez supporters", "Morsi loyalists": the leader's followers, not the leader
                if (m != null && m.country() != null && m.kind() == Kind.PERSON && k + 1 < hits.size()) {
                    Hit next = hits.get(k + 1);
                    int gap = next.first() - h.last();
                    boolean adjacent = gap == 0 || (gap == 1 && (toks.get(h.last()).word().equals("'s") || toks.get(h.last()).word().equals("’s")));
                    if (adjacent && next.isRole() && next.role().kind().equals("followers")) {
                        // an opposition figure's supporters are the opposition; a ruler's are civilians
                        String r = "GOV".equals(m.role()) || "MIL".equals(m.role()) ? "CVL" : "OPP";
                        m = mention(text, s, h.first(), next.last(), next.last() - 1, m.country() + r, m.country(), r, Kind.COUNTRY_ROLE,
                                "'" + next.role().words() + "' of " + m.text() + " (" + m.code() + ")");
                        consumed = 2;
                    }
                }
            }
            if (m != null && m.code() != null || m != null && m.isMedia()) {
                out.add(m);
                if (m.kind() != Kind.MEDIA) mem.recent.add(m);
            }
            k += Math.max(consumed, 1);
        }
        if (!pending.isEmpty()) homeOfSentence(text, s, pending, out, mem);
        mergeCountryOfPerson(text, s, out, mem);
        return out;
    }

    /**
     * "Jordan's King Hussein", "Egypt's Mubarak": a country's possessive right before a known person of that country is
     * part of the person's mention, not a second actor (who would otherwise be coordinated with others as one more side).
     */
    private void mergeCountryOfPerson(String text, Sentence s, List<ActorMention> out, Memory mem) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < out.size(); i++) {
            ActorMention a = out.get(i), b = out.get(i + 1);
            if (a.kind() != Kind.COUNTRY || b.kind() != Kind.PERSON || a.country() == null || !a.country().equals(b.country())) continue;
            int poss = a.last();
            if (poss >= toks.size() || !(toks.get(poss).word().equals("'s") || toks.get(poss).word().equals("’s")) || b.first() != poss + 1) continue;
            ActorMention merged = widen(text, s, b, a.first());
            out.set(i + 1, merged);
            out.remove(i);
            mem.recent.remove(a);
            int at = mem.recent.indexOf(b);
            if (at >= 0) mem.recent.set(at, merged);
            if (mem.lastPerson == b) mem.lastPerson = merged;
            i--;
        }
    }

    /** The state's own people a country-like hit names, read as an ethnic group ("Serbs" in "Bosnian Serbs"), or null. */
    private Community nationalPeople(String text, List<Token> toks, Hit h) {
        Community c = dict.community(surface(text, toks, h.first(), h.last()));
        return c != null && c.national() ? c : null;
    }

    private static final Set<String> LEADER_WORDS = Set.of("leader", "leaders", "leadership");

    /**
     * An ethnic group or religious community at hit {@code at}, with the role words right after it ("Tamil civilians",
     * "Shiite militias", "Christian leaders"): coded country + role + the community's code (CAMEO's ethnic or religion
     * code, as in "LKACVLtam", "IRQUAFMOSSHI"). The country is, in this order: the country named right before it
     * ("Bosnian Serbs"); a place after it ("Kurds in Syria"); the sentence's one place; the community's home
     * (peoples.tsv); the one country of the sentence's other actors; the story's place. Leaders of a religion are
     * clergy (REL), of an ethnic group its elites (ELI). {@code used[0]} receives the index of the first hit not used.
     */
    private ActorMention communityMention(String text, Sentence s, List<Hit> hits, int at, int first, Hit country, Community c,
                                          LocalDate date, Memory mem, List<Pending> pending, int[] used) {
        List<Token> toks = s.tokens();
        int j = at + 1;
        Hit lastRole = null;
        while (j < hits.size() && hits.get(j).isRole() && hits.get(j).first() == (lastRole == null ? hits.get(at) : lastRole).last()) {
            lastRole = hits.get(j);
            j++;
        }
        used[0] = j;
        int end = lastRole != null ? lastRole.last() : hits.get(at).last();
        // "Sunni villages", "an Arab country", "Protestant extremist groups": the word only describes a thing
        if (lastRole == null && end < toks.size() && (toks.get(end).isNoun() || toks.get(end).pos().startsWith("JJ"))) return null;
        Hit person = lastRole != null && lastRole.isTitle() && j < hits.size() && hits.get(j).isPerson()
                && hits.get(j).first() == lastRole.last() ? hits.get(j) : null;
        String role = null, words = c.text();
        if (lastRole != null) {
            words = c.text() + " " + lastRole.role().words();
            role = LEADER_WORDS.contains(lastRole.role().words()) ? (c.religion() ? "REL" : "ELI") : lastRole.role().role();
        }
        boolean single = lastRole != null && lastRole.isTitle() && !toks.get(lastRole.last() - 1).pos().equals("NNS");
        Kind kind = single ? Kind.PERSON : Kind.COUNTRY_ROLE;
        String iso = null, how = null;
        if (country != null) {
            iso = countryOf(country);
            how = "with " + describeHit(country);
        }
        PlaceAt after = iso == null ? placeAfter(text, toks, hits, end) : null;
        if (after != null) {
            iso = after.iso3();
            how = toks.get(end).lower() + " " + after.surface();
            end = after.end();
            while (used[0] < hits.size() && hits.get(used[0]).first() < end) used[0]++;
        }
        if (iso == null && mem.here != null) {
            iso = mem.here[0];
            how = "in a sentence placed " + mem.here[1];
        }
        if (iso == null && !c.home().isEmpty()) {
            iso = c.home();
            how = "at home (" + c.where() + ")";
        }
        String suffix = c.code();
        if (person != null) {
            // "Chechen President Aslan Maskhadov", "Kurdish leader Abdullah Ocalan": the person, titled as usual
            used[0] = j + 1;
            if (iso != null) return titledPerson(text, s, first, person, iso, role, "title '" + lastRole.role().words() + "' of the "
                    + c.kind() + " '" + c.text() + "' " + how, date, false, mem);
            ActorMention known = simple(text, s, person, date, mem);
            return known == null ? null : widen(text, s, known, first);
        }
        if (iso == null) {
            pending.add(new Pending(first, end, role, suffix, words, kind, mem.mainPlace));
            return null;
        }
        ActorMention m = mention(text, s, first, end, (lastRole != null ? lastRole.last() : hits.get(at).last()) - 1,
                iso + (role == null ? "" : role) + suffix, iso, role, kind,
                c.kind() + " '" + c.text() + "' " + suffix + " (" + c.where() + ") " + how);
        // (not the referent of a later "the government" or "the authorities": those are the state's)
        if (role == null || !HOME_ROLES.contains(role)) mem.roleWordOf.put(m, words);
        return m;
    }

    /**
     * Whether the group word at hit {@code k} follows, with nothing or only "'s" between, an organisation or a non-state
     * leader (a faction, rebel or party leader; not a head of state, whose troops are the country's) already composed.
     */
    private static boolean membersOfNamed(List<Token> toks, List<Hit> hits, int k, List<ActorMention> out) {
        if (k == 0 || out.isEmpty()) return false;
        Hit prev = hits.get(k - 1);
        int gap = hits.get(k).first() - prev.last();
        if (gap < 0 || gap > 1 || gap == 1 && !toks.get(prev.last()).word().startsWith("'")) return false;
        ActorMention last = out.get(out.size() - 1);
        if (last.last() != prev.last() - 1 && last.last() != prev.last()) return false;
        if (prev.type() == EntryType.ORGANIZATION && last.kind() == Kind.ORGANIZATION) return true;
        return prev.isPerson() && last.kind() == Kind.PERSON && last.role() != null && !STATE_PERSON_ROLES.contains(last.role());
    }

    /** Roles of a person who holds an office of the state, whose people are the state's, not the person's. */
    private static final Set<String> STATE_PERSON_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /**
     * The state's institutions and its political opposition: what "the government", "police", "the opposition" of a
     * domestic story are. Other groups (civilians, refugees, rebels, media) take the sentence's country only from the
     * state's own organs.
     */
    private static final Set<String> HOME_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY", "PTY");

    /** Armed groups outside the state's forces, which mostly act in their own country. */
    public static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "UAF", "SEP", "RAD");

    /**
     * Roles of a lone attacker of no named country ("a gunman", "a Jewish extremist"): of the country of the one other
     * actor in the sentence, the one attacked ("shot Prime Minister Rabin").
     */
    private static final Set<String> ATTACKER_ROLES = Set.of("UAF", "RAD");

    /** The role of a chain of role words: the last one's, but followers of a group ("opposition supporters") are of the group's. */
    private static String chainRole(Hit first, Hit last) {
        return last != first && last.role().kind().equals("followers") ? first.role().role() : last.role().role();
    }

    /** A group whose country is decided once the sentence's other actors are known; {@code suffix} an ethnic or religion code. */
    private record Pending(int first, int last, String role, String suffix, String words, Kind kind, String fallbackIso) {
    }

    /**
     * A home institution or group the text gives no country ("the government", "the minister", "police", "rebels") in a
     * sentence whose other actors are all of one country: the story is domestic, and the institution is that country's
     * ("Kenyan MPs accused the minister of fraud", "Chechen refugees protested against the government"). Speakers
     * ("..., US officials said") and media do not count; with no such country the group stays uncoded.
     */
    private void homeOfSentence(String text, Sentence s, List<Pending> pending, List<ActorMention> out, Memory mem) {
        List<Token> toks = s.tokens();
        // a person's country does not make a story domestic ("the Pope called on leaders to help refugees"); the state's
        // own organs do make their civilians, refugees, rebels and media its own ("the Sri Lankan army held Tamil refugees")
        Set<String> isos = new java.util.LinkedHashSet<>(), organs = new java.util.LinkedHashSet<>();
        for (ActorMention o : out) {
            if (o.isMedia() || o.country() == null || o.country().length() != 3) continue;
            // (armed groups fight at home too: "the Tamil Tigers held civilians as human shields")
            if ((o.kind() == Kind.COUNTRY_ROLE && o.role() != null && HOME_ROLES.contains(o.role())
                    || (o.kind() == Kind.COUNTRY_ROLE || o.kind() == Kind.ORGANIZATION) && o.role() != null && ARMED_GROUPS.contains(o.role()))
                    && pending.stream().noneMatch(p -> p.first() == o.first())) {
                organs.add(o.country());
            }
            boolean speaker = false;
            for (int k = o.last(); k < Math.min(o.last() + 2, toks.size()); k++) {
                if (toks.get(k).isVerb() && speechVerb.test(toks.get(k).lemma().toLowerCase(Locale.ROOT))) speaker = true;
            }
            if (o.first() >= 2 && toks.get(o.first() - 1).lower().equals("to") && toks.get(o.first() - 2).lower().equals("according")) {
                speaker = true;
            }
            if (!speaker && pending.stream().noneMatch(p -> p.first() == o.first())) isos.add(o.country());
        }
        // people are first of the sentence's own place ("arrested an opposition journalist ... in Minsk" in a story
        // placed in Brussels so far), then of the story's
        String mainPlace = mem.here != null ? mem.here[0] : mem.mainPlace;
        for (Pending p : pending) {
            boolean home = p.role() != null && HOME_ROLES.contains(p.role());
            // civilians, refugees and the like are first of the country the story is mostly placed in ("Turkish warplanes
            // struck a town, killing nine civilians" in a story about Syria), then of the state whose organs act on them
            String iso1 = isos.size() == 1 && home ? isos.iterator().next()
                    : !home && mainPlace != null ? mainPlace
                    : isos.size() == 1 && (organs.equals(isos) || p.role() != null && ATTACKER_ROLES.contains(p.role()) && p.kind() == Kind.PERSON)
                    ? isos.iterator().next() : p.fallbackIso();
            if (iso1 == null) continue;
            String how = isos.size() == 1 && iso1.equals(isos.iterator().next()) && (home || mainPlace == null)
                    ? "the one country of the sentence's other actors (" + iso1 + ")" : "the country the story is mostly placed in (" + iso1 + ")";
            String role = p.role() == null ? "" : p.role();
            ActorMention m = mention(text, s, p.first(), p.last(), p.last() - 1, iso1 + role + p.suffix(), iso1, p.role(), p.kind(),
                    "'" + p.words() + "' of " + how);
            mem.roleWordOf.put(m, p.words());
            out.add(m);
            mem.recent.add(m);
        }
    }

    private static String describeHit(Hit h) {
        if (h.entry() != null) return h.type().name().toLowerCase(Locale.ROOT) + " " + h.entry().basis();
        if (h.role() != null) return "role '" + h.role().words() + "'";
        return "name";
    }

    private static boolean isPossessiveActor(Hit h, List<Token> toks) {
        return h.entry() != null && (h.type() == EntryType.ORGANIZATION || h.type() == EntryType.CAPITAL
                || h.type() == EntryType.METONYM) && h.last() < toks.size() && toks.get(h.last()).word().equals("'s");
    }

    /** Only "and", "or", commas and "the" between two hits. */
    private static boolean coordinatedGap(List<Token> toks, int from, int to) {
        if (to <= from) return false;
        boolean coord = false;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).lower();
            if (COORD.contains(w)) coord = true;
            else if (!w.equals("the")) return false;
        }
        return coord;
    }

    /** Tokens between a country word and a role word may be "'s" or an adjective or noun of the title. */
    private static boolean gapOk(List<Token> toks, int from, int to) {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).word();
            String p = toks.get(i).pos();
            if (!(w.equals("'s") || w.equals("’s") || p.startsWith("JJ") || p.startsWith("NN") || FORMER.contains(w.toLowerCase(Locale.ROOT))
                    || w.equals("-"))) return false;
        }
        return true;
    }

    private static boolean hasFormerBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (FORMER.contains(toks.get(i).lower())) return true;
        return false;
    }

    /** "of"/"in"/"from" (with an optional "the") between two hits, else null. */
    private static String ofOrIn(List<Token> toks, int from, int to) {
        if (to - from < 1 || to - from > 2) return null;
        String p = toks.get(from).lower();
        if (!(p.equals("of") || p.equals("in") || p.equals("from"))) return null;
        if (to - from == 2 && !toks.get(from + 1).lower().equals("the")) return null;
        return p;
    }

    private String countryOf(Hit h) {
        if (h.entry() == null) return null;
        if (h.entry().country() != null && h.entry().country().length() == 3 && dict.isCountry(h.entry().country())
                && h.type() != EntryType.PERSON) {
            return h.entry().country();
        }
        return null;
    }

    /** A hit that stands alone: country, capital, metonym, organisation, media, person, pronoun. */
    private ActorMention simple(String text, Sentence s, Hit h, LocalDate date, Memory mem) {
        List<Token> toks = s.tokens();
        if (h.entry() != null) {
            Entry e = h.entry();
            switch (e.type()) {
                case MEDIA:
                    return mention(text, s, h.first(), h.last(), h.last() - 1, e.code(), e.country(), "MED", Kind.MEDIA,
                            "media " + e.basis());
                case REPORTER:
                    return mention(text, s, h.first(), h.last(), h.last() - 1, null, null, null, Kind.MEDIA,
                            "anonymous source " + e.basis());
                case ORGANIZATION:
                    return mention(text, s, h.first(), h.last(), h.last() - 1, e.code(), e.country(), e.role(),
                            Kind.ORGANIZATION, "organization " + e.basis());
                case PLACE:
                    return mention(text, s, h.first(), h.last(), h.last() - 1, e.code(), e.country(), null,
                            Kind.PLACE, e.basis());
                case CAPITAL:
                case METONYM:
                    return mention(text, s, h.first(), h.last(), h.last() - 1, e.code(), e.country(), e.role(),
                            Kind.COUNTRY_ROLE, e.type().name().toLowerCase(Locale.ROOT) + " " + e.basis());
                case PERSON: {
                    Office o = officeOn(e.offices(), date);
                    String why;
                    String code, country, role;
                    if (o != null && o.heldOnOrEndedOn(date == null ? o.start() : date)) {
                        country = o.country();
                        role = o.role();
                        why = "person " + e.basis() + ": " + o.office() + " " + o.start() + ".." + (o.end() == null ? "" : o.end());
                    } else if (o != null) {
                        country = o.country();
                        role = "ELI";
                        why = "person " + e.basis() + ": former " + o.office() + " (until " + o.end() + ")";
                    } else {
                        return null;
                    }
                    code = country + (role == null ? "" : role);
                    if (country.length() > 3) role = null; // organisation officials: the org's code
                    ActorMention m = mention(text, s, h.first(), h.last(), h.last() - 1, code, country.length() == 3 ? country : null,
                            role, Kind.PERSON, why);
                    remember(m, toks, h, mem);
                    return m;
                }
                default:
                    return null;
            }
        }
        if (h.nerPerson()) {
            String full = surface(text, toks, h.first(), h.last());
            ActorMention known = mem.people.get(full);
            if (known == null) known = mem.people.get(toks.get(h.last() - 1).word());
            if (known != null) {
                ActorMention m = mention(text, s, h.first(), h.last(), h.last() - 1, known.code(), known.country(),
                        known.role(), Kind.PERSON, "same person as '" + known.text() + "' earlier in the article");
                noteGender(m, mem.genderOfName.get(toks.get(h.last() - 1).word()), toks.get(h.last() - 1).word(), mem);
                return m;
            }
            return mention(text, s, h.first(), h.last(), h.last() - 1, null, null, null, Kind.PERSON, "unknown person");
        }
        if (h.first() == h.last() - 1) {
            ActorMention p = referent(toks.get(h.first()).lower(), s, h.first(), mem);
            if (p != null) return mention(text, s, h.first(), h.last(), h.first(), p.code(), p.country(), p.role(),
                    PRONOUNS_PERSON.contains(toks.get(h.first()).lower()) ? Kind.PERSON : p.kind(), "pronoun for '" + p.text() + "'");
        }
        return null;
    }

    /** Drops the mention of a possessive pronoun at {@code pos} that a role word after it now includes ("its army"). */
    private static void dropPronoun(List<ActorMention> out, int pos) {
        if (!out.isEmpty() && out.get(out.size() - 1).first() == pos && out.get(out.size() - 1).last() == pos + 1) out.remove(out.size() - 1);
    }

    /**
     * The coded actor a pronoun at {@code pos} stands for, or null: "it"/"its" the nearest state or organisation named in
     * this or the previous sentence; "they"/"their" the nearest group, people or organisation; "he"/"his"/"she"/"her" the
     * last person of the pronoun's gender, or a later person whose gender is unknown.
     */
    private static ActorMention referent(String w, Sentence s, int pos, Memory mem) {
        if (PRONOUNS_THING.contains(w)) {
            for (int i = mem.recent.size() - 1; i >= 0; i--) {
                ActorMention p = mem.recent.get(i);
                if (p.sentence() < s.index() - 1) break;
                if (p.kind() == Kind.COUNTRY || p.kind() == Kind.ORGANIZATION || p.kind() == Kind.COUNTRY_ROLE) {
                    if (p.sentence() == s.index() && p.first() > pos) continue;
                    return p;
                }
            }
            return null;
        }
        if (PRONOUNS_PLURAL.contains(w)) {
            for (int i = mem.recent.size() - 1; i >= 0; i--) {
                ActorMention p = mem.recent.get(i);
                if (p.sentence() < s.index() - 1) break;
                if (p.sentence() == s.index() && p.first() > pos) continue;
                if (p.kind() == Kind.COUNTRY_ROLE || p.kind() == Kind.ORGANIZATION || (p.kind() == Kind.COUNTRY && isPlural(p))) return p;
            }
            return null;
        }
        if (PRONOUNS_PERSON.contains(w) || w.equals("his")) {
            boolean female = w.equals("she") || w.equals("her");
            ActorMention p = female ? mem.lastFemale : mem.lastMale;
            // a person of unknown gender named after the last one of the pronoun's gender is nearer: "General Abdel Fattah
            // al-Burhan has said he ..." after a sentence about Martin Griffiths
            ActorMention unknown = mem.lastPerson != null && mem.lastPerson != mem.lastMale && mem.lastPerson != mem.lastFemale
                    ? mem.lastPerson : null;
            if (unknown != null && (p == null || unknown.sentence() > p.sentence()
                    || (unknown.sentence() == p.sentence() && unknown.first() > p.first()))) p = unknown;
            return p == null || p.code() == null ? null : p;
        }
        return null;
    }

    /** A person named after a title of a country; a known person's office on the date beats the title's role. */
    private ActorMention titledPerson(String text, Sentence s, int first, Hit person, String iso, String role, String why,
                                     LocalDate date, boolean former, Memory mem) {
        return titledPerson(text, s, first, person, iso, role, why, date, former, mem, false);
    }

    /**
     * As above; with {@code placeGuess} the country came from a gazetteer place before the title, which a namesake may
     * have misled ("Florida Governor Ron DeSantis": Florida, Cuba): a known person's office on the date settles it.
     */
    private ActorMention titledPerson(String text, Sentence s, int first, Hit person, String iso, String role, String why,
                                     LocalDate date, boolean former, Memory mem, boolean placeGuess) {
        if (placeGuess && !former && person.entry() != null && person.entry().type() == EntryType.PERSON && date != null) {
            Office o = officeOn(person.entry().offices(), date);
            if (o != null && o.heldOn(date) && o.country() != null && !o.country().equals(iso)) {
                why += "; the dictionary's office of the person on the date is in " + o.country() + ", not the place's " + iso;
                iso = o.country();
            }
        }
        String held = heldRole(person, iso, date, former);
        if (held != null) {
            role = held;
            why += "; the dictionary's office of the person on the date";
        }
        return personMention(text, s, first, person, iso + role, iso, role, why, mem);
    }

    /**
     * The role of the office a known person held in that country on the date ("Iran's religious leader Ayatollah Khomeini"
     * is the head of state, GOV, not REL), or null: unknown person, no such office, or a title the text marks as former.
     */
    private static String heldRole(Hit person, String iso, LocalDate date, boolean former) {
        if (former || person.entry() == null || person.entry().type() != EntryType.PERSON || date == null) return null;
        Office o = officeOn(person.entry().offices(), date);
        if (o == null || !o.heldOnOrEndedOn(date) || !iso.equals(o.country()) || o.role() == null || o.role().isEmpty()) return null;
        return o.role();
    }

    private static boolean isPlural(ActorMention m) {
        return m.basis().startsWith("people");
    }

    /** The office held on the date, else the latest one that ended before it; null if none began yet. */
    private static Office officeOn(List<Office> offices, LocalDate date) {
        if (offices.isEmpty()) return null;
        if (date == null) {
            Office latest = offices.get(0);
            for (Office o : offices) if (o.start().isAfter(latest.start())) latest = o;
            return latest;
        }
        Office before = null;
        for (Office o : offices) {
            if (o.heldOn(date)) {
                // prefer the more senior role when offices overlap (GOV over LEG)
                return o;
            }
            if (o.end() != null && !o.end().isAfter(date) && (before == null || o.end().isAfter(before.end()))) before = o;
        }
        return before;
    }

    private ActorMention personMention(String text, Sentence s, int first, Hit person, String code, String country,
                                       String role, String why, Memory mem) {
        ActorMention m = mention(text, s, first, person.last(), person.last() - 1, code, country, role, Kind.PERSON, why);
        remember(m, s.tokens(), person, mem);
        return m;
    }

    private void remember(ActorMention m, List<Token> toks, Hit person, Memory mem) {
        StringBuilder full = new StringBuilder();
        for (int i = person.first(); i < person.last(); i++) {
            if (full.length() > 0) full.append(' ');
            full.append(toks.get(i).word());
        }
        String surname = toks.get(person.last() - 1).word();
        Character g = person.last() - person.first() >= 2 ? GENDER.get(toks.get(person.first()).lower()) : mem.genderOfName.get(surname);
        if (g == null && person.entry() != null && person.entry().basis() != null) g = mem.genderOfName.get(full.toString());
        String text = m.text().toLowerCase(Locale.ROOT);
        for (String t : FEMALE_TITLES) if (text.contains(t)) g = 'F';
        for (String t : MALE_TITLES) if (text.contains(t)) g = 'M';
        mem.people.put(full.toString(), m);
        mem.people.put(surname, m);
        noteGender(m, g, surname, mem);
    }

    private static void noteGender(ActorMention m, Character g, String name, Memory mem) {
        if (g != null) mem.genderOfName.put(name, g);
        // people named inside a quotation are not what "he"/"she" after it refer to
        if (m.head() < mem.quoted.length && mem.quoted[m.head()]) return;
        if (g != null) {
            if (g == 'F') mem.lastFemale = m; else mem.lastMale = m;
        }
        mem.lastPerson = m;
    }

    /** Which tokens lie inside quotation marks; an open quote carries into the next sentence. */
    private static void markQuotes(Sentence s, Memory mem) {
        mem.quoted = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word();
            boolean open = w.equals("“") || w.equals("``") || (w.equals("\"") && !mem.inQuote);
            boolean close = w.equals("”") || w.equals("''") || (w.equals("\"") && mem.inQuote);
            if (open) mem.inQuote = true;
            else if (close) mem.inQuote = false;
            mem.quoted[i] = mem.inQuote && !open;
        }
    }

    private ActorMention widen(String text, Sentence s, ActorMention m, int first) {
        return mention(text, s, first, m.last(), m.head(), m.code(), m.country(), m.role(), m.kind(), m.basis());
    }

    /** "Maria Zakharova, the ministry's spokeswoman" or "Ushakov, a Kremlin aide". */
    private ActorMention apposition(String text, Sentence s, Hit person, List<Hit> hits, int k, Memory mem) {
        List<Token> toks = s.tokens();
        int p = person.last();
        if (p >= toks.size() || !toks.get(p).word().equals(",")) return null;
        // look at the next few hits up to a comma: [the|a] [country|institution 's] title
        String iso = null;
        RoleWord title = null;
        for (int j = k + 1; j < hits.size() && hits.get(j).first() <= p + 6; j++) {
            Hit h = hits.get(j);
            if (h.entry() != null && countryOf(h) != null && iso == null) iso = countryOf(h);
            else if (h.entry() != null && h.entry().country() != null && h.entry().country().length() == 3 && iso == null) iso = h.entry().country();
            if (h.isRole()) {
                if (iso == null && !h.isTitle()) {
                    ActorMention ctx = recentWithRoleWord(h.role(), mem);
                    if (ctx != null) iso = ctx.country();
                }
                if (h.isTitle()) {
                    title = h.role();
                    break;
                }
            }
        }
        if (title == null || iso == null) return null;
        String full = surface(text, toks, person.first(), person.last());
        ActorMention m = mention(text, s, person.first(), person.last(), person.last() - 1, iso + title.role(), iso,
                title.role(), Kind.PERSON, "apposition: '" + full + "', " + title.words());
        remember(m, toks, person, mem);
        return m;
    }

    private ActorMention recentWithRoleWord(RoleWord r, Memory mem) {
        for (int i = mem.recent.size() - 1; i >= 0; i--) {
            ActorMention m = mem.recent.get(i);
            String w = mem.roleWordOf.get(m);
            if (w == null || m.country() == null) continue;
            if (w.equals(r.words()) || w.endsWith(" " + r.words()) || r.words().endsWith(" " + w)
                    || (r.kind().equals("institution") && m.kind() == Kind.COUNTRY_ROLE && r.role().equals(m.role()))) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> ALLEGIANCE = Set.of("loyal", "allied", "linked", "aligned", "close", "backed");

    /**
     * "forces loyal to the former President of Ukraine", "militias backed by Iran": a group without a
     * country of its own takes the country of the actor it is loyal to or backed by.
     */
    private ActorMention loyalTo(String text, Sentence s, Hit h, Hit lastRole, List<Hit> hits, int next, Memory mem) {
        if (lastRole.role().kind().equals("title")) return null;
        List<Token> toks = s.tokens();
        int p = lastRole.last();
        if (p + 1 >= toks.size() || !ALLEGIANCE.contains(toks.get(p).lower())) return null;
        String prep = toks.get(p + 1).lower();
        if (!(prep.equals("to") || prep.equals("with") || prep.equals("by"))) return null;
        for (int j = next; j < hits.size() && hits.get(j).first() <= p + 8; j++) {
            Hit o = hits.get(j);
            String iso = countryOf(o);
            if (iso == null && o.entry() != null && o.entry().type() == EntryType.PERSON && !o.entry().offices().isEmpty()) {
                iso = o.entry().offices().get(0).country();
            }
            if (iso != null && iso.length() == 3) {
                String role = lastRole.role().role();
                return mention(text, s, h.first(), lastRole.last(), lastRole.last() - 1, iso + role, iso, role, Kind.COUNTRY_ROLE,
                        "'" + lastRole.role().words() + "' " + toks.get(p).word() + " " + prep + " " + describeHit(o));
            }
        }
        return null;
    }

    /** "the minister", "the ministry", "the department": the most recent matching actor in the article. */
    private ActorMention fromContext(String text, Sentence s, Hit h, Hit lastRole, boolean former, Memory mem) {
        List<Token> toks = s.tokens();
        if (h.first() == 0 || !Set.of("the", "this", "that").contains(toks.get(h.first() - 1).lower())) return null;
        RoleWord r = lastRole.role();
        ActorMention ctx = recentWithRoleWord(r, mem);
        if (ctx == null && r.kind().equals("title")) {
            // "the minister" after "Foreign Minister Lavrov" (roleWordOf "foreign minister")
            for (int i = mem.recent.size() - 1; i >= 0; i--) {
                ActorMention m = mem.recent.get(i);
                String w = mem.roleWordOf.get(m);
                if (m.kind() == Kind.PERSON && w != null && w.contains(r.words())) {
                    ctx = m;
                    break;
                }
            }
        }
        if (ctx == null) return null;
        ActorMention m = mention(text, s, h.first() - 1, lastRole.last(), lastRole.last() - 1, ctx.code(), ctx.country(),
                ctx.role(), ctx.kind(), "'" + r.words() + "' refers to '" + ctx.text() + "' earlier in the article");
        mem.roleWordOf.put(m, r.words());
        if (m.kind() == Kind.PERSON) mem.lastPerson = m;
        return m;
    }

    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central", "north", "south",
            "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest", "neighbouring", "neighboring");

    /**
     * Groups and bodies that belong where they are: protesters, students, workers, police, rebels, courts,
     * "the government" or "the junta" of the place. Not officials, delegations, ministers, envoys or troops
     * (plural GOV, MIL, IGO words and titles), who travel: "the two delegations agreed to meet again in Geneva".
     */
    /**
     * The article of a singular title's noun phrase ("the minister", "a journalist", "A prominent anti-Syria journalist"):
     * its index when only adjectives, participles and nouns stand between it and the title; -1 otherwise. "a" and "an"
     * count only for persons the news names by role (victims, witnesses: "a journalist was killed"), "the" for any.
     */
    private static int articleOf(Sentence s, int first) {
        // (actors are found before the parse: read the words, not dependencies)
        for (int i = first - 1; i >= 0 && i >= first - 5; i--) {
            Token t = s.token(i);
            String w = t.lower();
            if (w.equals("the") || w.equals("a") || w.equals("an")) return i;
            String pos = t.pos();
            if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("NN") || pos.equals("HYPH") || pos.equals("RB"))) return -1;
        }
        return -1;
    }

    private static boolean local(Hit role, List<Token> toks) {
        String r = role.role().role();
        boolean plural = toks.get(role.last() - 1).pos().equals("NNS");
        // a title in the plural names a group ("climate activists", "journalists"), which belongs where it is
        if (role.isTitle() && !plural) return false;
        if (r.equals("GOV") || r.equals("MIL") || r.equals("IGO")) {
            // "the government", "the army", "the ruling junta" of the place, but not "the two delegations",
            // "officials" or "troops" (often abroad); "government troops", "regime forces" are the state's own at home
            return !plural || r.equals("MIL") && (STATE_WORDS.contains(role.role().words().split(" ")[0])
                    || role.first() > 0 && STATE_WORDS.contains(toks.get(role.first() - 1).lower()));
        }
        return true;
    }

    /** Words that make plural forces the state's own: "government troops", "regime forces", "junta soldiers". */
    private static final Set<String> STATE_WORDS = Set.of("government", "regime", "junta", "pro-government", "state", "federal");

    /** Roles of people the news names by occupation with "a"/"an" ("a journalist", "a doctor", "a teacher"). */
    private static final Set<String> INDEFINITE_ROLES = Set.of("MED", "CVL", "LAB", "EDU", "BUS", "HLH", "AGR", "REL", "REF",
            "UAF", "RAD"); // attackers: "a gunman opened fire", "a suicide bomber blew himself up"

    /** Words before "a"/"an" that make the title a name given, not a person: "calls a rebel", "as a spy". */
    private static final Set<String> NAMING_WORDS = Set.of("as", "call", "name", "label", "brand", "dub", "term", "describe", "be");

    /** Roles that take the story's place when their sentence names none: police, opposition and protesters, labour, students. */
    private static final Set<String> STORY_ROLES = Set.of("COP", "OPP", "LAB", "EDU");

    /** Prepositions after which a capitalised name NER did not tag may still be a gazetteer place. */
    /** Nouns whose "of" phrase is a place: "the district of Homs", "the outskirts of Kabul". */
    private static final Set<String> PLACE_NOUNS = Set.of("district", "suburb", "outskirts", "city", "town", "province",
            "region", "centre", "center", "heart", "port", "capital", "village", "neighbourhood", "neighborhood", "street");

    private static final Set<String> PLACE_NAME_PREPS = Set.of("in", "of", "near", "outside", "around", "into", "at", "from", "to", "towards");

    /** Prepositions that place a group ("protesters in Kiev", "students throughout Indonesia"). */
    private static final Set<String> PLACE_PREPS = Set.of("in", "from", "throughout", "across");

    /**
     * A group word with no country of its own ("students staged protests in Jakarta", "prisoners in
     * Kosovo went on hunger strike"): when the sentence places itself in exactly one country ("in",
     * "throughout" or "across" a country or a gazetteer place), the group is of that country.
     */
    private ActorMention fromSentencePlace(String text, Sentence s, Hit h, Hit lastRole, List<Hit> hits, Memory mem, boolean story) {
        List<Token> toks = s.tokens();
        // "NATO peacekeeping troops", "the rebels' commanders": the group belongs to the actor just before it
        for (Hit o : hits) {
            if (o == h || o.last() > h.first() || o.last() < h.first() - 2 || o.isRole()) continue;
            // (not across a comma: "In Damascus, the government said")
            boolean comma = false;
            for (int t = o.last(); t < h.first(); t++) if (toks.get(t).word().equals(",")) comma = true;
            if (!comma) return null;
        }
        String[] place = story ? null : mem.here;
        String how;
        if (place != null) {
            how = "in a sentence placed " + place[1];
        } else if (story && mem.storyPlace != null) {
            // the place an earlier sentence put the story in ("In Yerevan, ...")
            place = mem.storyPlace;
            how = "in a story last placed " + place[1];
        } else {
            return null;
        }
        String iso = place[0];
        String role = chainRole(h, lastRole);
        ActorMention m = mention(text, s, h.first(), lastRole.last(), lastRole.last() - 1, iso + role, iso, role, Kind.COUNTRY_ROLE,
                "'" + lastRole.role().words() + "' " + how);
        mem.roleWordOf.put(m, lastRole.role().words());
        return m;
    }

    /** A gazetteer place starting at token {@code q}: its country, its words, and the token after it. */
    private record PlaceAt(String iso3, String surface, int end) {
    }

    /**
     * The place named right after token {@code p} by "in", "from", "throughout" or "across" ("Kurds in Syria", "protesters
     * in Kiev"): a country the dictionaries know, else a gazetteer place; its surface says which. Null when there is none.
     */
    private PlaceAt placeAfter(String text, List<Token> toks, List<Hit> hits, int p) {
        if (p + 1 >= toks.size() || !PLACE_PREPS.contains(toks.get(p).lower())) return null;
        int q = p + 1;
        if (toks.get(q).lower().equals("the") && q + 1 < toks.size()) q++;
        for (Hit o : hits) {
            String iso = o.first() == q && o.isCountryLike() ? countryOf(o) : null;
            if (iso != null) return new PlaceAt(iso, describeHit(o), o.last());
        }
        PlaceAt at = gazetteerPlaceAt(text, toks, q);
        return at == null ? null : new PlaceAt(at.iso3(), at.surface() + " (gazetteer)", at.end());
    }

    /**
     * A gazetteer place that ends right before token {@code p}, or before its "'s" ("Okinawa governor", "Bavaria's interior
     * minister"): proper nouns no dictionary hit covers. Null when there is none.
     */
    private PlaceAt placeBefore(String text, List<Token> toks, List<Hit> hits, int p) {
        int end = p > 0 && (toks.get(p - 1).word().equals("'s") || toks.get(p - 1).word().equals("’s")) ? p - 1 : p;
        for (Hit o : hits) {
            if (o.last() == end && (o.type() == EntryType.PLACE || o.type() == EntryType.CAPITAL) && o.entry() != null
                    && o.entry().country() != null && taggedPlace(toks, o.first(), end)) {
                return new PlaceAt(o.entry().country(), describeHit(o), end);
            }
        }
        for (int q = Math.max(0, end - gazetteer.maxTokens()); q < end; q++) {
            if (!toks.get(q).isProperNoun()) continue;
            boolean covered = false;
            for (Hit o : hits) if (o.first() < end && o.last() > q) covered = true;
            if (covered) continue;
            PlaceAt at = gazetteerPlaceAt(text, toks, q);
            if (at != null && at.end() == end) {
                if (!taggedPlace(toks, q, end)) continue;
                // a name several countries have ("Santa Cruz") is the one in a country the sentence names
                String iso = at.iso3();
                Set<String> named = new java.util.HashSet<>();
                for (Hit o : hits) if (o.isCountryLike() && countryOf(o) != null) named.add(countryOf(o));
                if (!named.contains(iso)) {
                    for (Place pl : gazetteer.find(at.surface())) if (named.contains(pl.iso3())) { iso = pl.iso3(); break; }
                }
                return new PlaceAt(iso, at.surface(), at.end());
            }
        }
        return null;
    }

    /** Tokens the NER tagged as a place (not a capitalised word of a title: "The Federal Minister for Interior"). */
    private static boolean taggedPlace(List<Token> toks, int from, int to) {
        for (int t = from; t < to; t++) {
            String ner = toks.get(t).ner();
            if (!toks.get(t).isProperNoun() || !(ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE")
                    || ner.equals("COUNTRY"))) return false;
        }
        return true;
    }

    /** The longest capitalised gazetteer place starting at token {@code q}, or null. */
    private PlaceAt gazetteerPlaceAt(String text, List<Token> toks, int q) {
        for (int len = Math.min(gazetteer.maxTokens(), toks.size() - q); len >= 1; len--) {
            String surf = surface(text, toks, q, q + len);
            List<Place> places = gazetteer.find(surf);
            // not a date ("in March", "in May") nor a person
            String ner = toks.get(q).ner();
            if (ner.equals("DATE") || ner.equals("PERSON") || ner.equals("DURATION")) return null;
            if (!places.isEmpty() && Character.isUpperCase(surf.charAt(0))) return new PlaceAt(places.get(0).iso3(), surf, q + len);
        }
        return null;
    }

    /** The one country a sentence places itself in ("in", "throughout", "across" a country or place), as {iso3, how}; else null. */
    private String[] sentencePlace(String text, Sentence s, List<Hit> hits) {
        List<Token> toks = s.tokens();
        Set<String> isos = new java.util.LinkedHashSet<>();
        String where = null;
        for (int p = 0; p + 1 < toks.size(); p++) {
            String w = toks.get(p).lower();
            // "in", "across", "near", "outside Quetta", and "of" after a word for a place ("on the outskirts of Quetta")
            boolean placePrep = PLACE_PREPS.contains(w) && !w.equals("from") || w.equals("near") || w.equals("outside")
                    || w.equals("of") && p > 0 && PLACE_NOUNS.contains(toks.get(p - 1).lemma().toLowerCase(Locale.ROOT));
            if (!placePrep) continue;
            int q = p + 1;
            if (toks.get(q).lower().equals("the") && q + 1 < toks.size()) q++;
            String iso = null, surf = null;
            int end = q + 1;
            // "in northern Mali", "across the south-eastern Donetsk region"; but "in South Sudan", "in North Korea" are names
            for (int tries = 0; tries < 2 && iso == null; tries++) {
                if (tries == 1) {
                    if (!DIRECTIONS.contains(toks.get(q).lower())) break;
                    while (q + 1 < toks.size() && DIRECTIONS.contains(toks.get(q).lower())) q++;
                }
                for (Hit o : hits) {
                    if (o.first() == q && o.isCountryLike()) {
                        iso = countryOf(o);
                        surf = describeHit(o);
                        end = o.last();
                    }
                }
                if (iso == null) {
                    PlaceAt at = gazetteerPlaceAt(text, toks, q);
                    if (at != null) {
                        iso = at.iso3();
                        surf = at.surface() + " (gazetteer)";
                        end = at.end();
                    }
                }
            }
            // not where the speaker is: "..., relief officials in Nairobi said"
            boolean speaker = false;
            for (int k = end; k < Math.min(end + 2, toks.size()); k++) {
                if (toks.get(k).isVerb() && speechVerb.test(toks.get(k).lemma().toLowerCase(Locale.ROOT))) speaker = true;
            }
            if (iso != null && !speaker) {
                isos.add(iso);
                where = toks.get(p).lower() + " " + surf;
            }
        }
        if (isos.size() != 1) return null;
        return new String[]{isos.iterator().next(), where};
    }

    private static ActorMention mention(String text, Sentence s, int first, int last, int head, String code, String country,
                                        String role, Kind kind, String basis) {
        List<Token> toks = s.tokens();
        int b = toks.get(first).begin(), e = toks.get(last - 1).end();
        return new ActorMention(s.index(), first, last, head, text.substring(b, e), b, e, code, country, role, kind, basis);
    }

    /** Mentions joined only by "and", "or" or commas form one coordination ("NATO and the EU"). */
    public static boolean coordinated(Sentence s, ActorMention a, ActorMention b) {
        if (a.sentence() != b.sentence()) return false;
        ActorMention x = a.first() < b.first() ? a : b, y = a.first() < b.first() ? b : a;
        if (y.first() <= x.last() - 1) return false;
        boolean sawCoord = false, sawWord = false;
        for (int i = x.last(); i < y.first(); i++) {
            String w = s.token(i).lower();
            if (COORD.contains(w)) {
                sawCoord = true;
                if (!w.equals(",")) sawWord = true;
            } else if (!(w.equals("the") || w.equals("as") || w.equals("well"))) return false;
        }
        // "... between Israel and Hamas, the foreign ministry said": after a bare comma, the subject of another verb
        if (sawCoord && !sawWord && s.parsed()) {
            for (var d : s.parents(y.head())) if (d.rel().startsWith("nsubj") && d.gov() != x.head()) return false;
        }
        return sawCoord;
    }
}
