package org.dyad.store;

import org.dyad.model.EventRow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * An event as the store keeps it: the {@link EventRow} columns plus what the store derives.
 *
 * @param row           the event, first mention's fields
 * @param locationStart offset of the location text in the article, or null (not in EventRow)
 * @param locationEnd   its end, or null
 * @param locationKind  {@code city}, {@code capital}, {@code region}, {@code country} or null
 * @param mentions      the sentences of the article reporting it, the first one primary
 */
public record StoredEvent(EventRow row, Integer locationStart, Integer locationEnd, String locationKind,
                          List<Mention> mentions) {

    /** Events with the same key may form one cluster: source, target, CAMEO root and mode. */
    public String clusterKey() {
        return clusterKey(row.sourceCode(), row.targetCode(), row.root(), row.mode());
    }

    public static String clusterKey(String source, String target, String root, String mode) {
        return source + "|" + (target == null ? "---" : target) + "|" + root + "|" + mode;
    }

    /**
     * A 64-bit hash of a cluster key: the store finds a key's events and clusters by scanning this
     * integer column, which is much cheaper than scanning the strings (collisions are checked).
     */
    public static long clusterHash(String key) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
            return v;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first day of the event's date (a month-precision date gives the 1st), or null. */
    public LocalDate day() {
        return day(row.date(), row.datePrecision());
    }

    public static LocalDate day(String date, String precision) {
        if (date == null || date.isBlank()) return null;
        try {
            if (date.length() == 10) return LocalDate.parse(date);
            if (date.length() == 7) return LocalDate.parse(date + "-01");
            if (date.length() == 4) return LocalDate.parse(date + "-01-01");
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /**
     * The place that tells this event apart from others on the same day, or null: a named place
     * below country level that the sentence itself gives (a dateline city says where the reporter
     * was, not where the event was).
     */
    public String placeKey() {
        return placeKey(row.locationName(), row.locationCountry(), row.locationBasis(), locationKind);
    }

    public static String placeKey(String name, String country, String basis, String kind) {
        if (name == null || name.isBlank()) return null;
        if ("dateline".equals(basis) || "country".equals(kind)) return null;
        return name.trim().toLowerCase(Locale.ROOT) + "|" + (country == null ? "" : country);
    }
}
