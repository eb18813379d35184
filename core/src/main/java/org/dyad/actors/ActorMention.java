package org.dyad.actors;

/**
 * An actor found in a sentence.
 *
 * @param sentence  sentence index
 * @param first     first token (inclusive)
 * @param last      last token (exclusive)
 * @param head      the token that stands for the mention in the dependency graph
 * @param text      surface text
 * @param begin     character offset in the article
 * @param end       end offset (exclusive)
 * @param code      CAMEO actor code ({@code RUSGOV}); null for a media outlet that is not an actor
 * @param country   ISO3 country, or null
 * @param role      CAMEO role, or null
 * @param kind      what kind of thing the mention is
 * @param basis     which rule / dictionary entry produced the code (for --explain)
 */
public record ActorMention(int sentence, int first, int last, int head, String text, int begin, int end,
                           String code, String country, String role, Kind kind, String basis) {

    public enum Kind {
        /** A state or its people ("Russia", "Russian", "Moscow"). */
        COUNTRY,
        /** A state institution or group with a role ("Russian troops", "the Kremlin"). */
        COUNTRY_ROLE,
        /** A person, known from the dictionary or introduced in the article. */
        PERSON,
        /** An international or non-governmental organisation, armed group or party. */
        ORGANIZATION,
        /** A news outlet or agency, or anonymous "sources": feeds reported_by, never an actor. */
        MEDIA,
        /** A city or region standing for its country ("shelled Kharkiv", "residents of Hebron"). */
        PLACE
    }

    public boolean isMedia() { return kind == Kind.MEDIA; }

    public boolean covers(int token) { return token >= first && token < last; }

    /** The same words standing for another actor (a place's state, the government of the country where a protest is). */
    public ActorMention recoded(String code, String country, String role, Kind kind, String basis) {
        return new ActorMention(sentence, first, last, head, text, begin, end, code, country, role, kind, basis);
    }

}
