package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.output.EventWriter;
import org.dyad.store.Filter;
import org.dyad.store.Output;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The store-backed endpoints: {@code /api/events}, {@code /api/timeline} and
 * {@code /api/articles/{id}}, all on the store's own query code ({@link Queries}, {@link Filter}).
 *
 * <p>The database is opened read-only for each request and closed after it, one request at a
 * time: between requests the file is free, so {@code dyad ingest} can add to it while the page is
 * served (a request that comes while it writes gets a 503 saying so).
 */
final class StoreApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The filter parameters, named as the options of {@code dyad query} without their dashes. */
    static final List<String> FILTERS = List.of("actor", "country", "dyad", "code", "root", "quad", "from", "to", "mode",
            "historical", "publisher", "text");
    static final int MAX_LIMIT = 1000;

    private final Path db;
    private final ReentrantLock lock = new ReentrantLock();

    StoreApi(Path db) {
        this.db = db;
    }

    Path db() { return db; }

    boolean available() { return db != null && Files.isRegularFile(db); }

    /** {@code GET /api/events}: one page of clusters (real-world events), in date order. */
    ObjectNode events(Map<String, List<String>> params) {
        Params p = new Params(params, "limit", "offset");
        Filter f = filter(p, "all");
        int limit = p.integer("limit", 50, 1, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        return withStore(store -> {
            ObjectNode out = F.objectNode();
            out.put("total", Queries.countClusters(store.connection(), f));
            out.put("offset", offset);
            out.put("limit", limit);
            ArrayNode events = out.putArray("events");
            Queries.clusters(store.connection(), f, limit, offset, false, c -> events.add(Output.json(c)));
            return out;
        });
    }

    /**
     * {@code GET /api/timeline}: clusters per period by quad class with the Goldstein sum and mean.
     * With {@code both=true} and a {@code dyad=A:B}, events of B toward A count too (the sum of the
     * two directed timelines over one common range of periods).
     */
    ObjectNode timeline(Map<String, List<String>> params) {
        Params p = new Params(params, "by", "both");
        Filter f = filter(p, "asserted");
        String by = p.string("by", "month").toLowerCase();
        if (!List.of("day", "week", "month", "year").contains(by)) {
            throw ApiException.badRequest("by must be day, week, month or year, not '" + by + "'");
        }
        boolean both = p.bool("both", false);
        String[] ab = f.dyad() == null ? null : f.dyad().split(":");
        boolean reverse = both && ab != null && !ab[0].equalsIgnoreCase(ab[1]);
        return withStore(store -> {
            List<Queries.Period> periods = Queries.timeline(store.connection(), f, by);
            if (reverse) {
                Filter back = withDyad(f, ab[1] + ":" + ab[0], f.from(), f.to());
                List<Queries.Period> other = Queries.timeline(store.connection(), back, by);
                if (!periods.isEmpty() && !other.isEmpty()) {
                    // one common range, so that the sum has every period between the first and the last
                    LocalDate first = min(periods.get(0).start(), other.get(0).start());
                    LocalDate last = max(end(periods.get(periods.size() - 1).start(), by), end(other.get(other.size() - 1).start(), by));
                    LocalDate from = f.from() != null ? f.from() : first;
                    LocalDate to = f.to() != null ? f.to() : last;
                    periods = Queries.timeline(store.connection(), withDyad(f, f.dyad(), from, to), by);
                    other = Queries.timeline(store.connection(), withDyad(f, back.dyad(), from, to), by);
                }
                periods = sum(periods, other);
            }
            ObjectNode out = F.objectNode();
            out.put("by", by);
            out.put("dyad", f.dyad());
            out.put("both", reverse);
            ArrayNode arr = out.putArray("periods");
            for (Queries.Period x : periods) {
                ObjectNode n = arr.addObject();
                n.put("start", x.start().toString());
                ArrayNode q = n.putArray("quad");
                for (int c : x.quad()) q.add(c);
                n.put("total", x.total());
                n.put("goldstein_sum", x.goldsteinSum());
                n.put("goldstein_mean", x.goldsteinMean());
            }
            return out;
        });
    }

    /** {@code GET /api/articles/{id}}: the stored text with its spans, sentences and events. */
    ObjectNode article(String id) {
        return withStore(store -> {
            Queries.StoredArticle a = Queries.article(store.connection(), id);
            if (a == null) throw ApiException.notFound("no article '" + id + "' in " + db.getFileName());
            if (a.article().text() == null) {
                throw ApiException.notFound("article '" + id + "' was stored from its events only (Parquet): the store has no text for it");
            }
            ObjectNode out = F.objectNode();
            out.put("article_id", a.article().id());
            out.put("date", a.article().date() == null ? null : a.article().date().toString());
            out.put("publisher", a.article().publisher());
            out.put("url", a.article().url());
            out.put("title", a.article().title());
            out.put("text", a.article().text());
            out.set("sentences", Spans.sentences(a.sentences()));
            out.set("spans", Spans.of(a));
            ArrayNode events = out.putArray("events");
            for (Queries.StoredArticleEvent e : a.events()) {
                ObjectNode n = EventWriter.toJson(e.event(), false);
                n.put("cluster_id", e.clusterId());
                events.add(n);
            }
            return out;
        });
    }

    private <T> T withStore(Function<Store, T> body) {
        if (db == null) throw new ApiException(503, "no event database: start dyad serve with --db FILE");
        if (!Files.exists(db)) {
            throw new ApiException(503, "no event database at " + db + " yet: store articles with ./dyad ingest PATH... --db " + db);
        }
        lock.lock();
        try {
            Store store;
            try {
                store = Store.openReadOnly(db);
            } catch (StoreException e) {
                // in use by a writer, empty, not a dyad store, another schema version: the message says which
                throw new ApiException(503, e.getMessage());
            }
            try (store) {
                return body.apply(store);
            } catch (StoreException e) {
                throw new ApiException(500, e.getMessage());
            }
        } finally {
            lock.unlock();
        }
    }

    /** The filter of {@code dyad query} from query parameters; bad values are a 400 with the store's own message. */
    static Filter filter(Params p, String defaultMode) {
        try {
            String text = p.string("text", null);
            List<String> words = text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            String quad = p.string("quad", null);
            Integer q = null;
            if (quad != null) {
                try {
                    q = Integer.parseInt(quad.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("quad must be 1..4, not '" + quad + "'");
                }
            }
            return new Filter(p.string("actor", null), p.string("country", null), p.string("dyad", null), p.string("code", null),
                    p.string("root", null), q, Filter.date(p.string("from", null), false, "from"),
                    Filter.date(p.string("to", null), true, "to"), Filter.modes(p.string("mode", defaultMode)),
                    p.string("historical", null), p.string("publisher", null), words);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(apiWords(e.getMessage()));
        }
    }

    /** The store's messages name CLI options ({@code --root}); the API's parameters have no dashes. */
    static String apiWords(String m) {
        return m == null ? "bad parameter" : m.replaceAll("(?<![-\\w])--(?=[a-z])", "");
    }

    private static Filter withDyad(Filter f, String dyad, LocalDate from, LocalDate to) {
        return new Filter(f.actor(), f.country(), dyad, f.code(), f.root(), f.quad(), from, to, f.modes(), f.historical(),
                f.publisher(), f.text());
    }

    private static List<Queries.Period> sum(List<Queries.Period> a, List<Queries.Period> b) {
        Map<LocalDate, Queries.Period> m = new TreeMap<>();
        for (Queries.Period x : a) m.put(x.start(), x);
        for (Queries.Period y : b) {
            Queries.Period x = m.get(y.start());
            if (x == null) {
                m.put(y.start(), y);
                continue;
            }
            int[] q = new int[4];
            for (int i = 0; i < 4; i++) q[i] = x.quad()[i] + y.quad()[i];
            double s = x.goldsteinSum() + y.goldsteinSum();
            int nx = x.goldsteinMean() == null ? 0 : x.total(), ny = y.goldsteinMean() == null ? 0 : y.total();
            Double mean = nx + ny == 0 ? null
                    : ((x.goldsteinMean() == null ? 0 : x.goldsteinMean() * nx) + (y.goldsteinMean() == null ? 0 : y.goldsteinMean() * ny)) / (nx + ny);
            m.put(x.start(), new Queries.Period(x.start(), q, x.total() + y.total(), s, mean));
        }
        return new ArrayList<>(m.values());
    }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    /** The last day of the period starting on {@code start}. */
    private static LocalDate end(LocalDate start, String by) {
        return switch (by) {
            case "day" -> start;
            case "week" -> start.plusDays(6);
            case "month" -> start.plusMonths(1).minusDays(1);
            default -> start.plusYears(1).minusDays(1);
        };
    }

    /** Query parameters: each given at most once, and only the known ones (a typo is a 400, not a silent "all"). */
    static final class Params {
        private final Map<String, List<String>> params;

        Params(Map<String, List<String>> params, String... extra) {
            this.params = params;
            Set<String> known = new java.util.TreeSet<>(FILTERS);
            known.addAll(List.of(extra));
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                if (!known.contains(e.getKey())) {
                    throw ApiException.badRequest("unknown parameter '" + e.getKey() + "' (known: " + String.join(", ", known) + ")");
                }
                if (e.getValue().size() > 1) throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
        }

        String string(String name, String def) {
            List<String> v = params.get(name);
            if (v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank()) return def;
            return v.get(0).trim();
        }

        int integer(String name, int def, int min, int max) {
            String s = string(name, null);
            if (s == null) return def;
            try {
                int v = Integer.parseInt(s);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException e) {
                // the message below
            }
            throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + s + "'");
        }

        boolean bool(String name, boolean def) {
            String s = string(name, null);
            if (s == null) return def;
            return switch (s.toLowerCase()) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw ApiException.badRequest(name + " must be true or false, not '" + s + "'");
            };
        }
    }
}
