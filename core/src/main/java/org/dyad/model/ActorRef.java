package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An actor as it appears in an event.
 *
 * @param text    the surface text in the article
 * @param code    the full CAMEO actor code ({@code RUSGOV}, {@code USA}, {@code IGOWSTNAT})
 * @param country ISO-3166 alpha-3 country code, or {@code null} for international actors
 * @param role    CAMEO role code ({@code GOV}, {@code MIL}, {@code IGO}, ...), or {@code null}
 * @param start   character offset of the text in the article
 * @param end     end offset (exclusive)
 * @param basis   which rule or dictionary entry coded it (shown by {@code --explain})
 */
@JsonPropertyOrder({"text", "code", "country", "role", "start", "end"})
public record ActorRef(String text, String code, String country, String role, int start, int end,
                       @JsonIgnore String basis) {
}
