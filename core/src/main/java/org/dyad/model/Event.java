package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One coded event with its evidence. This is the output contract of {@code dyad code}: one JSON
 * object per event, fields in this order, documented in the README.
 *
 * @param articleId       the article's id
 * @param eventId         stable across runs: a hash of article id, sentence, trigger, dyad and code
 * @param sentenceIndex   0-based index of the sentence in the article
 * @param sentence        the sentence text
 * @param source          who acted
 * @param target          to whom, or {@code null} for events without a target
 * @param cameo           full CAMEO code ({@code "112"}, {@code "0233"})
 * @param root            2-digit root ({@code "11"})
 * @param quadClass       1 verbal cooperation .. 4 material conflict
 * @param goldstein       Goldstein scale value of the code
 * @param plover          PLOVER 2021 event category, or {@code null}
 * @param trigger         the word(s) that triggered the pattern
 * @param date            event date: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null if unknown
 * @param datePrecision   {@code day}, {@code month}, {@code year} or null
 * @param dateBasis       {@code explicit}, {@code relative}, {@code dateline} or {@code unknown}
 * @param dateText        the temporal expression the date came from, or null
 * @param historical      true when the event date is more than a year before the dateline
 * @param mode            asserted, negated, future or hypothetical
 * @param reportedBy      the outlet or speaker the claim is attributed to, or null
 * @param location        where, or null when no place could be found
 * @param confidence      0..1, how sure the coder is
 * @param publisher       the article's publisher, or null
 * @param coderVersion    dyad version and dictionary version that coded the event
 * @param trace           how the event was coded (pattern file:line, parse path); output only with --explain
 */
@JsonPropertyOrder({"article_id", "event_id", "sentence_index", "sentence", "source", "target", "cameo",
        "root", "quad_class", "goldstein", "plover", "trigger", "date", "date_precision", "date_basis",
        "date_text", "historical", "mode", "reported_by", "location", "confidence", "publisher",
        "coder_version"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Event(String articleId, String eventId, int sentenceIndex, String sentence,
                    ActorRef source, ActorRef target, String cameo, String root, int quadClass,
                    Double goldstein, String plover, Span trigger, String date, String datePrecision,
                    String dateBasis, String dateText, boolean historical, Mode mode, String reportedBy,
                    Location location, double confidence, String publisher, String coderVersion,
                    @JsonIgnore List<String> trace) {

    /** The dyad as {@code SOURCE:TARGET} codes, target {@code ---} when absent. */
    @JsonIgnore
    public String dyad() {
        return source.code() + ":" + (target == null ? "---" : target.code());
    }

    public Event withEventId(String id) {
        return new Event(articleId, id, sentenceIndex, sentence, source, target, cameo, root, quadClass,
                goldstein, plover, trigger, date, datePrecision, dateBasis, dateText, historical, mode,
                reportedBy, location, confidence, publisher, coderVersion, trace);
    }
}
