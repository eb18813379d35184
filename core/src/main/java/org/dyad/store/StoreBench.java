package org.dyad.store;

import org.dyad.coding.CameoOntology;
import org.dyad.model.EventRow;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code dyad bench-store}: fills a fresh database with synthetic events through the same write path
 * as {@code dyad ingest} (DuckDB Appender, one transaction per batch, incremental clustering), then
 * times a dyad timeline query and a filtered query.
 *
 * <p>The synthetic news: about four events an article, 300 publishers, three years; a Zipf-like
 * choice of 60 countries (so a few dyads are busy, as in real data) with roles; 55% of the events an
 * article reports are events other articles already reported in the last days (same dyad and code,
 * date sometimes a day off), so clusters of several articles form.
 */
public final class StoreBench {
    /** The figures of one run. */
    public record Figures(long events, long articles, long clusters, double ingestSeconds, double eventsPerSecond,
                          double articlesPerSecond, double timelineMedianMs, double filteredMedianMs,
                          double mentionsMedianMs, double dbMegabytes) {
    }

    static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PAK",
            "SYR", "IRQ", "AFG", "JPN", "KOR", "PRK", "SAU", "EGY", "LBN", "PSE", "YEM", "QAT", "NGA", "ETH", "SDN", "SOM",
            "KEN", "ZAF", "BRA", "MEX", "VEN", "COL", "ARG", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "POL",
            "ITA", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "LBY", "MLI", "TWN"};
    static final String[] ROLES = {"", "", "", "GOV", "GOV", "MIL", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG"};
    static final String[] CITIES = {null, null, null, "Capital", "North City", "South City", "Port", "Border Town"};

    private StoreBench() {
    }

    public static Figures run(Path db, long events, long seed, int batchArticles, PrintWriter log) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        List<CameoOntology.Code> codes = new ArrayList<>();
        for (CameoOntology.Code c : CameoOntology.standard().all()) if (c.goldstein() != null) codes.add(c);
        codes.sort(Comparator.comparing(CameoOntology.Code::code));
        if (codes.isEmpty()) throw new StoreException("no CAMEO codes: dyad/cameo/cameo-codes.tsv is missing");
        SplittableRandom r = new SplittableRandom(seed);
        double[] zipf = new double[COUNTRIES.length];
        double sum = 0;
        for (int i = 0; i < zipf.length; i++) sum += 1.0 / (i + 1);
        double acc = 0;
        for (int i = 0; i < zipf.length; i++) {
            acc += 1.0 / (i + 1) / sum;
            zipf[i] = acc;
        }
        long written = 0, articles = 0;
        long t0 = System.nanoTime();
        PlaceKinds kinds = PlaceKinds.none();
        LocalDate start = LocalDate.of(2022, 1, 1);
        int days = 3 * 365;
        long articlesTotal = Math.max(1, events / 4);
        Deque<Real> recent = new ArrayDeque<>();
        try (Store store = Store.open(db)) {
            List<Bundle> batch = new ArrayList<>();
            while (written < events) {
                long a = articles++;
                LocalDate adate = start.plusDays(Math.min(days - 1, a * days / articlesTotal));
                String id = String.format(Locale.ROOT, "syn-%08d", a);
                String publisher = String.format(Locale.ROOT, "Publisher %03d", r.nextInt(300));
                int k = 1 + r.nextInt(7);
                List<Bundle.EventInput> evs = new ArrayList<>(k);
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < k && written < events; j++) {
                    Real e;
                    if (!recent.isEmpty() && r.nextDouble() < 0.55) {
                        e = pick(recent, r);
                    } else {
                        String s = COUNTRIES[country(zipf, r)] + ROLES[r.nextInt(ROLES.length)];
                        String t = COUNTRIES[country(zipf, r)] + ROLES[r.nextInt(ROLES.length)];
                        CameoOntology.Code c = codes.get(r.nextInt(codes.size()));
                        e = new Real(s, t, c, adate.minusDays(r.nextInt(3)), CITIES[r.nextInt(CITIES.length)]);
                        recent.addFirst(e);
                        if (recent.size() > 4000) recent.removeLast();
                    }
                    LocalDate d = r.nextInt(5) == 0 ? e.day.plusDays(r.nextInt(3) - 1) : e.day;
                    String sentence = e.source + " did " + e.code.code() + " to " + e.target + (e.city == null ? "" : " in " + e.city) + ".";
                    int off = text.length();
                    text.append(sentence).append(' ');
                    String mode = r.nextInt(20) == 0 ? "negated" : r.nextInt(25) == 0 ? "future" : "asserted";
                    String eid = String.format(Locale.ROOT, "%016x", r.nextLong());
                    String sc = e.source.substring(0, 3), tc = e.target.substring(0, 3);
                    EventRow row = new EventRow(eid, id, adate.toString(), publisher, "https://news.example/" + id, j, sentence,
                            e.source, e.source, sc, e.source.length() > 3 ? e.source.substring(3) : null, off, off + e.source.length(),
                            e.target, e.target, tc, e.target.length() > 3 ? e.target.substring(3) : null, off + 10, off + 10 + e.target.length(),
                            e.code.code(), e.code.root(), e.code.quadClass(), e.code.goldstein(), null,
                            "did", off + e.source.length() + 1, off + e.source.length() + 4,
                            d.toString(), "day", "explicit", d.toString(), false, mode, null,
                            e.city, e.city, e.city == null ? null : sc, e.city == null ? null : 10.0, e.city == null ? null : 20.0,
                            e.city == null ? null : "sentence", 0.7, "dyad bench-store; synthetic");
                    evs.add(new Bundle.EventInput(row));
                    written++;
                }
                ArticleRecord art = new ArticleRecord(id, adate, publisher, "https://news.example/" + id, null, text.toString().strip(),
                        ArticleRecord.hash(id, text.toString()), "bench-store");
                batch.add(Bundle.derived(art, evs, kinds));
                if (batch.size() >= batchArticles) {
                    store.write(batch, false);
                    batch.clear();
                    log.printf(Locale.ROOT, "\r  %,d events stored (%.0f events/s)", written, written / ((System.nanoTime() - t0) / 1e9));
                    log.flush();
                }
            }
            store.write(batch, false);
            try (var st = store.connection().createStatement()) {
                st.execute("CHECKPOINT");
            } catch (java.sql.SQLException e) {
                throw new StoreException("checkpoint failed: " + Store.clean(e), e);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            log.println();
            long stored = store.count("events"), clusters = store.count("clusters");
            Filter timeline = new Filter(null, null, "USA:RUS", null, null, null, null, null, List.of("asserted"), "include", null, List.of());
            Filter filtered = new Filter(null, "IRN", null, null, "19", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30),
                    List.of(), "include", null, List.of());
            double tl = median(20, () -> Queries.timeline(store.connection(), timeline, "month"));
            double fq = median(20, () -> Queries.clusters(store.connection(), filtered, 100, false, c -> { }));
            double mq = median(20, () -> Queries.mentions(store.connection(), filtered, 100, m -> { }));
            return new Figures(stored, articles, clusters, secs, written / secs, articles / secs, tl, fq, mq,
                    Files.size(db) / 1048576.0);
        }
    }

    record Real(String source, String target, CameoOntology.Code code, LocalDate day, String city) {
    }

    static Real pick(Deque<Real> recent, SplittableRandom r) {
        int i = Math.min(recent.size() - 1, (int) Math.abs(r.nextGaussian() * 300));
        var it = recent.iterator();
        Real e = null;
        for (int j = 0; j <= i; j++) e = it.next();
        return e;
    }

    static int country(double[] zipf, SplittableRandom r) {
        double u = r.nextDouble();
        int i = Arrays.binarySearch(zipf, u);
        return Math.min(zipf.length - 1, i >= 0 ? i : -i - 1);
    }

    /** Median wall time in milliseconds of {@code n} runs after two warm-up runs. */
    static double median(int n, Runnable q) {
        for (int i = 0; i < 2; i++) q.run();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            q.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }

    public static void print(Figures f, PrintWriter out) {
        out.printf(Locale.ROOT, "events stored:          %,d (%,d articles, %,d clusters)%n", f.events(), f.articles(), f.clusters());
        out.printf(Locale.ROOT, "ingest:                 %.1f s, %,.0f events/s, %,.0f articles/s (with clustering)%n",
                f.ingestSeconds(), f.eventsPerSecond(), f.articlesPerSecond());
        out.printf(Locale.ROOT, "timeline USA:RUS/month: %.1f ms (median of 20)%n", f.timelineMedianMs());
        out.printf(Locale.ROOT, "filtered query:         %.1f ms (median of 20; --country IRN --root 19, half a year, 100 rows)%n", f.filteredMedianMs());
        out.printf(Locale.ROOT, "filtered mentions:      %.1f ms (median of 20; the same with --mentions)%n", f.mentionsMedianMs());
        out.printf(Locale.ROOT, "database size:          %.0f MB%n", f.dbMegabytes());
    }
}
