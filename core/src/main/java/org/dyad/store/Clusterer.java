package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-article deduplication: groups stored events into clusters, one per real-world event.
 *
 * <p>The rule, applied to the events of one cluster key (source, target, CAMEO root, mode):
 * <ol>
 *   <li>Day-precision events: the distinct days are cut into runs of consecutive days (a gap of two
 *       days or more ends a run: the ±1-day neighbours of a union-find); a run is cut from its first
 *       day into windows of three days {@code [d, d+2]}, so every event of a window is within one day
 *       of the window's middle day, and a story reported every day for weeks is not one event.</li>
 *   <li>Month- and year-precision events form a window per month or year; events without a date are
 *       each their own cluster.</li>
 *   <li>Within a window, events are split by place: with at most one distinct specific place (a city
 *       or region the sentence gives, {@link StoredEvent#placeKey()}), the window is one cluster;
 *       with several, one cluster per place, plus one for the events that give no specific place.</li>
 * </ol>
 * <p>The result depends only on the set of events of each key, never on the order they arrived in,
 * so re-clustering only the keys touched by new events gives the same clusters as clustering
 * everything at once. A cluster's id is its smallest event id; its representative ("first
 * evidence") is the event of the earliest article (then article id, sentence, event id).
 */
public final class Clusterer {
    private Clusterer() {
    }

    /** One stored event, as clustering sees it. */
    public record Item(String eventId, String clusterKey, String date, String precision, LocalDate day, String placeKey,
                       String articleId, LocalDate articleDate, int sentenceIndex, String sourceKey, int mentions,
                       boolean historical, String currentClusterId, boolean fresh) {
    }

    /**
     * A cluster and its GDELT-style counts. {@code signature} changes whenever anything stored about
     * the cluster would: its members, counts, dates or representative.
     */
    public record Cluster(String clusterId, long globalEventId, String clusterKey, Item representative, List<Item> members,
                          LocalDate dateFirst, LocalDate dateLast, String placeKey, int numEvents, int numMentions,
                          int numSources, int numArticles, boolean isRoot, boolean allHistorical, String signature) {
    }

    static final Comparator<Item> FIRST_EVIDENCE = Comparator
            .comparing(Item::articleDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::articleId)
            .thenComparingInt(Item::sentenceIndex)
            .thenComparing(Item::eventId);

    /** Clusters the given events; they must be all the events of each cluster key present. */
    public static List<Cluster> cluster(List<Item> items) {
        Map<String, List<Item>> byKey = new TreeMap<>();
        for (Item it : items) byKey.computeIfAbsent(it.clusterKey(), k -> new ArrayList<>()).add(it);
        List<Cluster> out = new ArrayList<>();
        for (List<Item> group : byKey.values()) {
            for (List<Item> window : windows(group)) {
                for (List<Item> members : byPlace(window)) out.add(summarise(members));
            }
        }
        return out;
    }

    static List<List<Item>> windows(List<Item> group) {
        List<List<Item>> out = new ArrayList<>();
        TreeMap<LocalDate, List<Item>> days = new TreeMap<>();
        Map<String, List<Item>> coarse = new TreeMap<>();
        List<Item> undated = new ArrayList<>();
        for (Item it : group) {
            if (it.day() != null && "day".equals(it.precision()) && it.date() != null && it.date().length() == 10) {
                days.computeIfAbsent(it.day(), d -> new ArrayList<>()).add(it);
            } else if (it.day() != null && ("month".equals(it.precision()) || "year".equals(it.precision()))) {
                coarse.computeIfAbsent(it.precision() + ":" + it.date(), d -> new ArrayList<>()).add(it);
            } else {
                undated.add(it);
            }
        }
        List<Item> current = null;
        LocalDate windowStart = null, previous = null;
        for (Map.Entry<LocalDate, List<Item>> e : days.entrySet()) {
            LocalDate d = e.getKey();
            boolean newRun = previous == null || d.isAfter(previous.plusDays(1));
            boolean windowFull = windowStart != null && d.isAfter(windowStart.plusDays(2));
            if (newRun || windowFull) {
                current = new ArrayList<>();
                out.add(current);
                windowStart = d;
            }
            current.addAll(e.getValue());
            previous = d;
        }
        out.addAll(coarse.values());
        for (Item it : undated) out.add(List.of(it));
        return out;
    }

    static List<List<Item>> byPlace(List<Item> window) {
        Set<String> places = new TreeSet<>();
        for (Item it : window) if (it.placeKey() != null) places.add(it.placeKey());
        if (places.size() <= 1) return List.of(window);
        Map<String, List<Item>> parts = new LinkedHashMap<>();
        for (Item it : window) parts.computeIfAbsent(Objects.toString(it.placeKey(), ""), k -> new ArrayList<>()).add(it);
        return new ArrayList<>(parts.values());
    }

    static Cluster summarise(List<Item> members) {
        List<Item> sorted = new ArrayList<>(members);
        sorted.sort(FIRST_EVIDENCE);
        Item rep = sorted.get(0);
        String id = null;
        LocalDate first = null, last = null;
        int mentions = 0;
        boolean isRoot = false, historical = true;
        Set<String> sources = new HashSet<>(), articles = new HashSet<>();
        String place = null;
        for (Item it : sorted) {
            if (id == null || it.eventId().compareTo(id) < 0) id = it.eventId();
            if (it.day() != null) {
                if (first == null || it.day().isBefore(first)) first = it.day();
                if (last == null || it.day().isAfter(last)) last = it.day();
            }
            mentions += Math.max(1, it.mentions());
            if (it.sentenceIndex() == 0) isRoot = true;
            historical &= it.historical();
            sources.add(it.sourceKey());
            articles.add(it.articleId());
            if (place == null && it.placeKey() != null) place = it.placeKey();
        }
        List<String> parts = new ArrayList<>();
        parts.add(id);
        parts.add(rep.eventId());
        parts.add(first + "/" + last + "/" + place + "/" + sorted.size() + "/" + mentions + "/" + sources.size() + "/"
                + articles.size() + "/" + isRoot + "/" + historical);
        sorted.stream().map(Item::eventId).sorted().forEach(parts::add);
        String sig = ArticleRecord.hash(parts.toArray(new String[0])).substring(0, 32);
        return new Cluster(id, globalEventId(id), rep.clusterKey(), rep, List.copyOf(sorted), first, last, place, sorted.size(),
                mentions, sources.size(), articles.size(), isRoot, historical, sig);
    }

    /** A positive 63-bit integer id for GDELT's GlobalEventID, derived from the cluster id. */
    public static long globalEventId(String clusterId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(clusterId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who published an article, for {@code num_sources}: the publisher, else the URL's host, else the article itself. */
    public static String sourceKey(String publisher, String url, String articleId) {
        if (publisher != null && !publisher.isBlank()) return "p:" + publisher.trim().toLowerCase(java.util.Locale.ROOT);
        if (url != null && !url.isBlank()) {
            try {
                String host = java.net.URI.create(url.trim()).getHost();
                if (host != null) {
                    host = host.toLowerCase(java.util.Locale.ROOT);
                    if (host.startsWith("www.")) host = host.substring(4);
                    return "h:" + host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL: fall through
            }
        }
        return "a:" + articleId;
    }
}
