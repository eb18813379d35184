package org.dyad.store;

import org.dyad.geo.Gazetteer;
import org.dyad.geo.Place;

import java.util.Locale;

/**
 * What kind of place an event location is ({@code city}, {@code capital}, {@code region},
 * {@code country}), from the gazetteer. Clustering uses it: a country-level location ("in Ukraine")
 * does not tell two events apart, a city does.
 */
@FunctionalInterface
public interface PlaceKinds {
    /** The kind of the place with this gazetteer name in this country, or null when unknown. */
    String kind(String name, String country);

    /** Backed by {@code dyad/geo/gazetteer.tsv}. */
    static PlaceKinds standard() {
        Gazetteer g = Gazetteer.standard();
        return (name, country) -> {
            if (name == null || name.isBlank()) return null;
            String fallback = null;
            for (Place p : g.find(name)) {
                boolean sameName = p.name().equalsIgnoreCase(name);
                boolean sameCountry = country == null || country.equalsIgnoreCase(p.iso3());
                if (sameName && sameCountry) return p.kind();
                if (sameCountry && fallback == null) fallback = p.kind();
            }
            return fallback;
        };
    }

    /** A gazetteer-free guess for tests and synthetic data: a name equal to the country code is a country. */
    static PlaceKinds none() {
        return (name, country) -> name != null && country != null && name.toUpperCase(Locale.ROOT).equals(country) ? "country" : null;
    }
}
