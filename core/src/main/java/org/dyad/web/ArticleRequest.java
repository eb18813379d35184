package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.store.ArticleRecord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The article of a {@code POST /api/code}: either a JSON object {@code {"id", "date", "text"}} (plus
 * optional {@code url}, {@code source}, {@code title}, as in a JSON Lines input) or plain text with
 * {@code ?date=} and {@code ?id=}; plain text may also start with a {@code date YYYY-MM-DD} dateline,
 * like a text file given to {@code dyad code}.
 *
 * @param article  the article to code
 * @param warnings what was changed on the way in (an over-long text cut), for the response
 */
record ArticleRequest(Article article, List<String> warnings) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param contentType the request's Content-Type, or null
     * @param body        the request body
     * @param queryId     {@code ?id=}, or null
     * @param queryDate   {@code ?date=}, or null
     */
    static ArticleRequest parse(String contentType, byte[] body, String queryId, String queryDate) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        boolean json = ct.contains("json") || (!ct.startsWith("text/") && text.stripLeading().startsWith("{"));
        return json ? fromJson(text, queryId, queryDate) : fromText(text, queryId, queryDate);
    }

    private static ArticleRequest fromJson(String body, String queryId, String queryDate) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ApiException.badRequest("malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        if (n == null || n.isMissingNode()) throw ApiException.badRequest("empty request body: send {\"id\", \"date\", \"text\"}");
        if (!n.isObject()) throw ApiException.badRequest("expected a JSON object {\"id\", \"date\", \"text\"}, not " + kind(n));
        String text = string(n, "text");
        if (text == null) throw ApiException.badRequest("the article has no \"text\"");
        if (!n.get("text").isTextual()) throw ApiException.badRequest("\"text\" must be a string, not " + kind(n.get("text")));
        String id = string(n, "id");
        if (id == null) id = queryId;
        String date = string(n, "date");
        if (date == null) date = queryDate;
        return build(id, date(date), text, string(n, "url"), string(n, "source"), string(n, "title"));
    }

    private static ArticleRequest fromText(String body, String queryId, String queryDate) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        LocalDate date = date(queryDate);
        Matcher m = ArticleSource.DATELINE.matcher(text);
        if (m.find()) {
            // a dateline is taken off the text, as for text files; ?date= wins over it
            LocalDate d = ArticleSource.parseDate(m.group(1));
            if (d != null) {
                text = text.substring(m.end());
                if (date == null) date = d;
            }
        }
        return build(queryId, date, text, null, null, null);
    }

    private static ArticleRequest build(String id, LocalDate date, String text, String url, String publisher, String title) {
        if (text.isBlank()) throw ApiException.badRequest("the article has no text");
        text = text.replace("\r\n", "\n");
        List<String> warnings = new ArrayList<>();
        if (text.length() > ArticleSource.MAX_ARTICLE_CHARS) {
            warnings.add("the article has " + text.length() + " characters: only the first " + ArticleSource.MAX_ARTICLE_CHARS
                    + " are coded");
            text = text.substring(0, ArticleSource.MAX_ARTICLE_CHARS);
        }
        if (id == null || id.isBlank()) id = "web-" + ArticleRecord.hash(text).substring(0, 12);
        id = id.strip();
        if (id.length() > 300) throw ApiException.badRequest("the article id is over 300 characters");
        return new ArticleRequest(new Article(id, date, text, url, publisher, title, id), List.copyOf(warnings));
    }

    /** {@code YYYY-MM-DD} or {@code YYYYMMDD}; blank is no date; anything else is a 400. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        LocalDate d = ArticleSource.parseDate(s.strip());
        if (d == null) throw ApiException.badRequest("date must be YYYY-MM-DD or YYYYMMDD, not '" + s + "'");
        return d;
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode() || v.isBinary()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string, not " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isObject() ? "an object" : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean"
                : n.isTextual() ? "a string" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
