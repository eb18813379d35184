package org.dyad.model;

import java.time.LocalDate;

/**
 * A dated news article as it enters the pipeline.
 *
 * @param id        stable identifier (file name for text files, the {@code id} field for JSON Lines)
 * @param date      the dateline / publication date, or {@code null} when the article has none
 * @param text      the article text with the dateline removed; all character offsets point into it
 * @param url       where the article came from, or {@code null}
 * @param publisher the outlet that published it (JSON {@code source}), or {@code null}
 * @param title     the headline, or {@code null}
 * @param origin    where the article was read, as {@code file} or {@code file:line}, for messages
 */
public record Article(String id, LocalDate date, String text, String url, String publisher,
                      String title, String origin) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        text = text == null ? "" : text;
    }

    /** An article with only an id, a date and a text (tests, the web page). */
    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, date, text, null, null, null, id);
    }
}
