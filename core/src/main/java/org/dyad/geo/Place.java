package org.dyad.geo;

/** A gazetteer entry. {@code kind} is city, capital, country or region. */
public record Place(String name, String iso3, double lat, double lon, long population, String kind) {
}
