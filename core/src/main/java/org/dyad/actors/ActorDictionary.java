package org.dyad.actors;

import org.dyad.util.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything dyad knows about actors before it reads an article: countries (names, demonyms,
 * capitals), aliases, metonyms, organisations and media, role words, and people with dated
 * offices. Loaded from {@code dyad/actors/*.tsv}; a user file ({@code --actors FILE}, same columns
 * as {@code people.tsv} or {@code organizations.tsv}) adds or overrides entries.
 */
public final class ActorDictionary {

    /** What a dictionary name denotes. */
    public enum EntryType { COUNTRY_NAME, DEMONYM, PEOPLE, CAPITAL, METONYM, ORGANIZATION, MEDIA, PERSON, REPORTER, PLACE }

    /** A proper-name entry ({@code text} is matched case-sensitively). */
    public record Entry(EntryType type, String code, String country, String role, String basis, List<Office> offices) {
    }

    /** One office a person held. {@code end} null while in office. */
    public record Office(String country, String role, String office, LocalDate start, LocalDate end, String source) {
        public boolean heldOn(LocalDate d) {
            return !d.isBefore(start) && (end == null || d.isBefore(end));
        }

        /**
         * Held on the day, or lost that very day: news of the day an office ends is about its holder ("the army ousted
         * President Morsi" on 2013-07-03 ousted the president, not a former one).
         */
        public boolean heldOnOrEndedOn(LocalDate d) {
            return heldOn(d) || d.equals(end);
        }
    }

    /**
     * An ethnic group or religious community ({@code peoples.tsv}): {@code code} is its CAMEO ethnic (lower case) or
     * religion code, {@code home} the country it is coded under when the sentence gives none (may be empty),
     * {@code national} true for a state's own people (Serbs, Albanians), used only after "ethnic" or another country.
     */
    public record Community(String text, String kind, String code, String home, boolean national, String where) {
        public boolean religion() { return kind.equals("religion"); }
    }

    /** A role word: {@code kind} title, group or institution. */
    public record RoleWord(String words, String role, String kind) {
    }

    private final Map<String, Entry> names = new HashMap<>();
    private final Map<String, RoleWord> roles = new HashMap<>();
    private final Map<String, Community> communities = new HashMap<>();
    private int maxCommunityTokens = 1;
    private final Map<String, String> iso3Names = new HashMap<>();
    private final java.util.Set<String> independent = new java.util.HashSet<>();
    private int maxNameTokens = 1;
    private int maxRoleTokens = 1;
    private final String version;

    private ActorDictionary(String version) {
        this.version = version;
    }

    private static volatile ActorDictionary standard;

    public static ActorDictionary standard() {
        if (standard == null) {
            synchronized (ActorDictionary.class) {
                if (standard == null) standard = load(null);
            }
        }
        return standard;
    }

    /** The shipped dictionaries plus, when not null, a user file that adds or overrides entries. */
    public static ActorDictionary load(Path userFile) {
        ActorDictionary d = new ActorDictionary(DataFile.text("dyad/VERSION"));
        String base = "dyad/actors/";
        if (DataFile.exists(base + "countries.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "countries.tsv").rows()) {
                String iso3 = r.get("iso3");
                d.iso3Names.put(iso3, r.get("name"));
                if (r.get("independent").equals("yes")) d.independent.add(iso3);
                for (String n : DataFile.list(r.get("names"))) d.putName(n, EntryType.COUNTRY_NAME, iso3, iso3, null, r.where());
                d.putName(r.get("name"), EntryType.COUNTRY_NAME, iso3, iso3, null, r.where());
                for (String n : DataFile.list(r.get("demonyms"))) d.putName(n, EntryType.DEMONYM, iso3, iso3, null, r.where());
                for (String n : DataFile.list(r.get("demonym_plurals"))) d.putName(n, EntryType.PEOPLE, iso3, iso3, null, r.where());
                for (String n : DataFile.list(r.get("capitals"))) d.putName(n, EntryType.CAPITAL, iso3 + "GOV", iso3, "GOV", r.where());
            }
        }
        if (DataFile.exists(base + "country-aliases.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "country-aliases.tsv").rows()) {
                String iso3 = r.get("iso3");
                EntryType t = switch (r.get("kind")) {
                    case "name" -> EntryType.COUNTRY_NAME;
                    case "adjective" -> EntryType.DEMONYM;
                    case "people" -> EntryType.PEOPLE;
                    default -> throw r.error("kind must be name, adjective or people");
                };
                d.putName(r.get("text"), t, iso3, iso3, null, r.where());
            }
        }
        if (DataFile.exists(base + "metonyms.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "metonyms.tsv").rows()) {
                String code = r.get("code");
                d.putName(r.get("text"), EntryType.METONYM, code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, r.where());
            }
        }
        if (DataFile.exists(base + "organizations.tsv")) {
            d.loadOrganizations(DataFile.resource(base + "organizations.tsv"));
        }
        if (DataFile.exists(base + "reporters.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "reporters.tsv").rows()) {
                d.putName(r.get("text"), EntryType.REPORTER, null, null, null, r.where());
                d.putName(capitalize(r.get("text")), EntryType.REPORTER, null, null, null, r.where());
            }
        }
        if (DataFile.exists(base + "roles.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "roles.tsv").rows()) {
                String w = r.get("words").toLowerCase(Locale.ROOT);
                d.roles.put(w, new RoleWord(w, r.get("role"), r.get("kind")));
                d.maxRoleTokens = Math.max(d.maxRoleTokens, w.split("\\s+").length);
            }
        }
        if (DataFile.exists(base + "peoples.tsv")) {
            for (DataFile.Row r : DataFile.resource(base + "peoples.tsv").rows()) {
                String kind = r.get("kind"), home = r.get("home");
                if (!kind.equals("ethnic") && !kind.equals("religion")) throw r.error("kind must be ethnic or religion");
                if (!home.isEmpty() && !d.iso3Names.containsKey(home)) throw r.error("unknown home country " + home);
                String text = r.get("text").trim().replaceAll("\\s+", " ");
                Community c = new Community(text, kind, r.get("code"), home, r.get("note").startsWith("national people"), r.where());
                if (d.communities.put(text, c) != null) throw r.error("'" + text + "' is listed twice");
                d.maxCommunityTokens = Math.max(d.maxCommunityTokens, text.split(" ").length);
            }
        }
        if (DataFile.exists(base + "people.tsv")) {
            d.loadPeople(DataFile.resource(base + "people.tsv"));
        }
        if (userFile != null) {
            DataFile f = DataFile.file(userFile);
            if (f.columns().contains("office")) d.loadPeople(f);
            else if (f.columns().contains("kind")) d.loadOrganizations(f);
            else throw new IllegalArgumentException(userFile + ": expected the columns of people.tsv or organizations.tsv, got " + f.columns());
        }
        return d;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void loadOrganizations(DataFile f) {
        for (DataFile.Row r : f.rows()) {
            String code = r.get("code");
            String kind = r.get("kind");
            String country = r.get("country");
            EntryType t = kind.equals("MEDIA") ? EntryType.MEDIA : EntryType.ORGANIZATION;
            String role = kind.equals("MEDIA") ? "MED" : kind;
            for (String n : DataFile.list(r.get("names"))) {
                putName(n, t, code, country.isEmpty() ? null : country, role, r.where());
                if (n.startsWith("the ")) putName(n.substring(4), t, code, country.isEmpty() ? null : country, role, r.where());
            }
        }
    }

    private void loadPeople(DataFile f) {
        Map<String, List<Office>> byName = new HashMap<>();
        Map<String, String> basis = new HashMap<>();
        for (DataFile.Row r : f.rows()) {
            LocalDate start, end;
            try {
                start = LocalDate.parse(r.get("start"));
                end = r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end"));
            } catch (java.time.format.DateTimeParseException e) {
                throw r.error("dates must be YYYY-MM-DD: " + e.getParsedString());
            }
            if (r.get("country").length() > 3 && !r.get("role").isEmpty()) {
                throw r.error("an organisation official takes the organisation's code (" + r.get("country") + ") with no role");
            }
            Office o = new Office(r.get("country"), r.get("role"), r.get("office"), start, end, r.get("source"));
            for (String n : DataFile.list(r.get("names"))) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(o);
                basis.putIfAbsent(n, r.where());
            }
        }
        for (var e : byName.entrySet()) {
            // a user file's entry replaces the shipped one for the same name
            names.put(e.getKey(), new Entry(EntryType.PERSON, null, null, null, basis.get(e.getKey()), List.copyOf(e.getValue())));
            maxNameTokens = Math.max(maxNameTokens, e.getKey().split("\\s+").length);
        }
    }

    private void putName(String text, EntryType type, String code, String country, String role, String where) {
        if (text == null || text.isBlank()) return;
        String key = text.trim().replaceAll("\\s+", " ");
        Entry prev = names.get(key);
        // a person is never replaced by a later entry
        if (prev != null && prev.type() == EntryType.PERSON) return;
        // generated country data: the first country to claim a name or demonym keeps it ("Indian" is India's,
        // not the British Indian Ocean Territory's); the hand-written aliases that follow decide the rest
        if (prev != null && where.contains("countries.tsv") && prev.basis().contains("countries.tsv")
                && !(independent.contains(country) && !independent.contains(prev.country()))) return;
        names.put(key, new Entry(type, code, country, role, where, List.of()));
        maxNameTokens = Math.max(maxNameTokens, key.split("\\s+").length + 2);
    }

    /** The entry named so (case-sensitive; a curly apostrophe is read as a straight one: "Kurdistan Workers’ Party"). */
    public Entry name(String surface) {
        Entry e = names.get(surface);
        return e != null || surface.indexOf('\u2019') < 0 ? e : names.get(surface.replace('\u2019', '\''));
    }

    public RoleWord role(String lowerWords) { return roles.get(lowerWords); }

    /** The ethnic group or religious community written so (case-sensitive; curly apostrophes read as straight), or null. */
    public Community community(String surface) { return communities.get(surface.replace('\u2019', '\'')); }

    public int maxCommunityTokens() { return maxCommunityTokens; }

    /** True for a religion code peoples.tsv gives a community ("MOSSHI", "CHR"). */
    public boolean isReligionCode(String code) {
        for (Community c : communities.values()) if (c.religion() && c.code().equals(code)) return true;
        return false;
    }

    /** Shortest surface a misspelling is matched for: shorter names are too close to each other ("Iran", "Iraq"). */
    static final int MIN_NEAR_LENGTH = 6;

    /**
     * The one entry of the given type whose name differs from {@code surface} by a single letter added, dropped, changed
     * or two letters swapped ("Isreal", "Mitterand", "Bouteflicka"), with the same first letter and number of words;
     * null when none or more than one does, or when the surface is shorter than {@link #MIN_NEAR_LENGTH}.
     */
    public Entry nearName(String surface, EntryType type) {
        if (surface.length() < MIN_NEAR_LENGTH || names.containsKey(surface)) return null;
        int words = surface.split(" ").length;
        Entry found = null;
        for (String n : nearIndex().getOrDefault(type.name() + surface.charAt(0), List.of())) {
            if (Math.abs(n.length() - surface.length()) > 1 || n.split(" ").length != words || !oneEditApart(n, surface)) continue;
            // a plural is another word, not a misspelling: "the Americas" is not America
            if (n.equals(surface + "s") || surface.equals(n + "s")) continue;
            Entry e = names.get(n);
            if (found != null && found != e && !found.code().equals(e.code())) return null;
            found = e;
        }
        return found;
    }

    private volatile Map<String, List<String>> nearIndex;

    /** Names of at least {@link #MIN_NEAR_LENGTH} letters by type and first letter, built on first use. */
    private Map<String, List<String>> nearIndex() {
        Map<String, List<String>> idx = nearIndex;
        if (idx == null) {
            idx = new HashMap<>();
            for (Map.Entry<String, Entry> e : names.entrySet()) {
                if (e.getKey().length() < MIN_NEAR_LENGTH) continue;
                idx.computeIfAbsent(e.getValue().type().name() + e.getKey().charAt(0), k -> new ArrayList<>()).add(e.getKey());
            }
            nearIndex = idx;
        }
        return idx;
    }

    /** True when a and b differ by exactly one insertion, deletion, substitution or swap of adjacent letters. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return false;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    public int maxNameTokens() { return Math.min(maxNameTokens, 10); }

    public int maxRoleTokens() { return maxRoleTokens; }

    public String countryName(String iso3) { return iso3Names.get(iso3); }

    public boolean isCountry(String iso3) { return iso3Names.containsKey(iso3); }

    public String version() { return version; }

    public int size() { return names.size() + roles.size(); }
}
