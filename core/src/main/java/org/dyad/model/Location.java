package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an event happened.
 *
 * @param text    the place name as written
 * @param name    the gazetteer name
 * @param country ISO-3166 alpha-3 code
 * @param lat     latitude
 * @param lon     longitude
 * @param basis   {@code clause}, {@code sentence} or {@code dateline}
 * @param start   offset of the text in the article, -1 when not from the text
 * @param end     end offset, -1 when not from the text
 */
@JsonPropertyOrder({"text", "name", "country", "lat", "lon", "basis", "start", "end"})
public record Location(String text, String name, String country, double lat, double lon,
                       String basis, int start, int end) {
}
