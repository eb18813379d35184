package org.dyad.store;

import org.dyad.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * An article as the store keeps it: row of table {@code articles}.
 *
 * @param id          the article id (file name, JSON {@code id}, or Parquet {@code article_id})
 * @param date        dateline / publication date, or null
 * @param publisher   the outlet, or null
 * @param url         where it came from, or null
 * @param title       headline, or null
 * @param text        the text all offsets point into (null for Parquet articles given only by their events)
 * @param contentHash hash of date, publisher, url, title and text: same id and same hash means "already stored"
 * @param origin      where it was read ({@code file}, {@code file:line}, {@code parquet:FILE})
 */
public record ArticleRecord(String id, LocalDate date, String publisher, String url, String title, String text,
                            String contentHash, String origin) {

    public static ArticleRecord of(Article a) {
        return new ArticleRecord(a.id(), a.date(), a.publisher(), a.url(), a.title(), a.text(), contentHash(a), a.origin());
    }

    /** The content hash of an article: SHA-256 (hex) of its date, publisher, url, title and text. */
    public static String contentHash(Article a) {
        return hash(a.date() == null ? null : a.date().toString(), a.publisher(), a.url(), a.title(), a.text());
    }

    /** SHA-256 (hex) of the parts, each preceded by a marker so that null, "" and shifted parts differ. */
    public static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                if (p == null) {
                    md.update((byte) 0);
                } else {
                    md.update((byte) 1);
                    byte[] b = p.getBytes(StandardCharsets.UTF_8);
                    md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                    md.update((byte) ':');
                    md.update(b);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
