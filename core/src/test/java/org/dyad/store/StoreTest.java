package org.dyad.store;

import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Events.bundle;
import static org.dyad.store.Events.event;

class StoreTest {
    @TempDir Path dir;

    @Test
    void writingTheSameArticlesTwiceLeavesTheSameTables() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            List<Bundle> batch = List.of(
                    bundle("a1", "Reuters", "2021-12-06", event("a1", "Reuters", 0, "RUS", "UKR", "112", "2021-12-05")),
                    bundle("a2", "AP", "2021-12-06", event("a2", "AP", 0, "FRA", "IRN", "111", "2021-12-06")));
            s.write(batch);
            List<String> first = Events.snapshot(s);
            s.write(batch);
            assertThat(Events.snapshot(s)).isEqualTo(first);
            assertThat(s.count("articles")).isEqualTo(2);
            assertThat(s.count("events")).isEqualTo(2);
            assertThat(s.count("clusters")).isEqualTo(2);
        }
    }

    @Test
    void theSameEventFromThreePublishersIsOneCluster() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            s.write(List.of(bundle("r1", "Reuters", "2021-12-06", event("r1", "Reuters", 0, "RUS", "UKR", "112", "2021-12-05"))));
            s.write(List.of(bundle("p1", "AP", "2021-12-06", event("p1", "AP", 2, "RUS", "UKR", "112", "2021-12-05")),
                    bundle("b1", "BBC", "2021-12-07", event("b1", "BBC", 1, "RUS", "UKR", "111", "2021-12-06"))));
            List<List<String>> c = s.rows("SELECT num_articles, num_sources, num_mentions, num_events, article_id, \"date\", date_first, date_last FROM clusters");
            assertThat(c).containsExactly(List.of("3", "3", "3", "3", "p1", "2021-12-05", "2021-12-05", "2021-12-06"));
            assertThat(s.rows("SELECT count(DISTINCT cluster_id) FROM events")).containsExactly(List.of("1"));
        }
    }

    @Test
    void twoDifferentEventsOnTheSameDayBetweenTheSameCountriesStayTwo() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            // different kinds of event: a condemnation and a meeting
            s.write(List.of(bundle("x1", "Reuters", "2021-12-06", event("x1", "Reuters", 0, "FRA", "IRN", "111", "2021-12-06")),
                    bundle("x2", "AP", "2021-12-06", event("x2", "AP", 0, "FRA", "IRN", "040", "2021-12-06"))));
            // same kind, same day, two cities: two strikes
            s.write(List.of(bundle("y1", "Reuters", "2022-03-01", event("y1", "Reuters", 0, "RUSMIL", "UKR", "190", "2022-03-01", "Kharkiv", Mode.ASSERTED)),
                    bundle("y2", "AP", "2022-03-01", event("y2", "AP", 0, "RUSMIL", "UKR", "190", "2022-03-01", "Odesa", Mode.ASSERTED))));
            // same dyad and code, but one report says it did not happen
            s.write(List.of(bundle("z1", "Reuters", "2022-05-01", event("z1", "Reuters", 0, "CHN", "TWN", "190", "2022-05-01")),
                    bundle("z2", "AP", "2022-05-01", event("z2", "AP", 0, "CHN", "TWN", "190", "2022-05-01", null, Mode.NEGATED))));
            assertThat(s.count("clusters")).isEqualTo(6);
            assertThat(s.rows("SELECT max(num_articles) FROM clusters")).containsExactly(List.of("1"));
        }
    }

    @Test
    void aReportWithoutPlaceJoinsTheOnlyPlacedClusterOfItsWindow() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            s.write(List.of(bundle("k1", "Reuters", "2022-03-01", event("k1", "Reuters", 0, "RUSMIL", "UKR", "190", "2022-03-01", "Kharkiv", Mode.ASSERTED)),
                    bundle("k2", "AP", "2022-03-02", event("k2", "AP", 0, "RUSMIL", "UKR", "190", "2022-03-01")),
                    bundle("k3", "BBC", "2022-03-02", event("k3", "BBC", 0, "RUSMIL", "UKR", "190", "2022-03-02", "Kharkiv", Mode.ASSERTED))));
            assertThat(s.rows("SELECT num_articles, place_key FROM clusters")).containsExactly(List.of("3", "kharkiv|RUS"));
        }
    }

    @Test
    void dailyReportsOfAWarAreNotOneEvent() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            List<Bundle> b = new ArrayList<>();
            for (int d = 1; d <= 9; d++) {
                String day = String.format("2022-03-%02d", d);
                b.add(bundle("w" + d, "Reuters", day, event("w" + d, "Reuters", 0, "RUSMIL", "UKR", "190", day)));
            }
            s.write(b);
            // nine consecutive days: windows of three days
            assertThat(s.rows("SELECT date_first, date_last, num_articles FROM clusters ORDER BY date_first")).containsExactly(
                    List.of("2022-03-01", "2022-03-03", "3"), List.of("2022-03-04", "2022-03-06", "3"),
                    List.of("2022-03-07", "2022-03-09", "3"));
        }
    }

    @Test
    void withinAnArticleTheSameEventInSeveralSentencesIsOneEventWithSeveralMentions() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            s.write(List.of(bundle("m1", "Reuters", "2021-12-06",
                    event("m1", "Reuters", 0, "RUS", "UKR", "112", "2021-12-05"),
                    event("m1", "Reuters", 3, "RUS", "UKR", "112", "2021-12-05"),
                    event("m1", "Reuters", 4, "RUS", "UKR", "112", "2021-12-04"))));
            assertThat(s.rows("SELECT sentence_index, num_mentions FROM events ORDER BY sentence_index"))
                    .containsExactly(List.of("0", "2"), List.of("4", "1"));
            assertThat(s.rows("SELECT sentence_index, is_primary FROM mentions ORDER BY sentence_index"))
                    .containsExactly(List.of("0", "true"), List.of("3", "false"), List.of("4", "true"));
            // 12-04 and 12-05 are within a day: one real-world event, three mentions
            assertThat(s.rows("SELECT num_events, num_mentions, num_articles, num_sources FROM clusters"))
                    .containsExactly(List.of("2", "3", "1", "1"));
            assertThat(s.rows("SELECT count(*) FROM sentences")).containsExactly(List.of("3"));
        }
    }

    @Test
    void theSameIdWithNewContentReplacesItsEvents() {
        try (Store s = Events.open(dir, "a.duckdb")) {
            s.write(List.of(bundle("r1", "Reuters", "2021-12-06", event("r1", "Reuters", 0, "RUS", "UKR", "112", "2021-12-05")),
                    bundle("r2", "AP", "2021-12-06", event("r2", "AP", 0, "RUS", "UKR", "112", "2021-12-05"))));
            assertThat(s.rows("SELECT num_articles FROM clusters")).containsExactly(List.of("2"));
            s.write(List.of(bundle("r2", "AP", "2021-12-06", event("r2", "AP", 0, "FRA", "IRN", "111", "2021-12-06"))));
            assertThat(s.count("articles")).isEqualTo(2);
            assertThat(s.rows("SELECT cluster_key, num_articles FROM clusters ORDER BY 1"))
                    .containsExactly(List.of("FRA|IRN|11|asserted", "1"), List.of("RUS|UKR|11|asserted", "1"));
            assertThat(s.rows("SELECT count(*) FROM mentions WHERE article_id = 'r2'")).containsExactly(List.of("1"));
        }
    }

    @Test
    void clusteringInBatchesInAnyOrderEqualsClusteringEverythingAtOnce() {
        List<Bundle> all = randomBundles(new Random(7), 300);
        List<String> reference;
        try (Store s = Events.open(dir, "all.duckdb")) {
            s.write(all);
            reference = Events.snapshot(s);
            s.reclusterAll();
            assertThat(Events.snapshot(s)).isEqualTo(reference);
            assertThat(s.count("clusters")).isLessThan(s.count("events"));
            assertThat(s.rows("SELECT count(*) FROM clusters WHERE num_articles > 1").get(0).get(0)).isNotEqualTo("0");
        }
        for (int run = 0; run < 3; run++) {
            Random r = new Random(100 + run);
            List<Bundle> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, r);
            try (Store s = Events.open(dir, "inc" + run + ".duckdb")) {
                int i = 0;
                while (i < shuffled.size()) {
                    int n = 1 + r.nextInt(40);
                    s.write(shuffled.subList(i, Math.min(shuffled.size(), i + n)));
                    i += n;
                }
                assertThat(Events.snapshot(s)).as("run " + run).isEqualTo(reference);
            }
        }
    }

    @Test
    void replacingArticlesReclustersAsIfTheyHadAlwaysBeenSo() {
        Random r = new Random(11);
        List<Bundle> first = randomBundles(new Random(5), 200);
        List<Bundle> second = randomBundles(new Random(6), 200);
        // the final state: articles 0..199 of the first set, but every third one replaced by the second set's
        List<Bundle> last = new ArrayList<>(first);
        List<Bundle> replacements = new ArrayList<>();
        for (int i = 0; i < last.size(); i += 3) {
            replacements.add(second.get(i));
            last.set(i, second.get(i));
        }
        List<String> reference;
        try (Store s = Events.open(dir, "final.duckdb")) {
            s.write(last);
            reference = Events.snapshot(s);
        }
        try (Store s = Events.open(dir, "replaced.duckdb")) {
            for (int i = 0; i < first.size(); i += 25) s.write(first.subList(i, Math.min(first.size(), i + 25)));
            Collections.shuffle(replacements, r);
            for (int i = 0; i < replacements.size(); i += 7) s.write(replacements.subList(i, Math.min(replacements.size(), i + 7)));
            assertThat(Events.snapshot(s)).isEqualTo(reference);
        }
    }

    /** Random articles over a few dyads, codes, days and places, with repeats so that clusters form. */
    static List<Bundle> randomBundles(Random r, int n) {
        String[] actors = {"RUS", "UKR", "USA", "FRA", "IRN", "RUSMIL", "UKRMIL"};
        String[] codes = {"111", "112", "040", "190", "193", "0233", "020"};
        String[] places = {null, null, "Kharkiv", "Odesa", "Paris"};
        String[] publishers = {"Reuters", "AP", "BBC", "AFP", null};
        String[] modes = {"asserted", "asserted", "asserted", "negated"};
        List<Bundle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "art" + i;
            String pub = publishers[r.nextInt(publishers.length)];
            int k = 1 + r.nextInt(3);
            List<Event> evs = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                String src = actors[r.nextInt(3)], tgt = actors[3 + r.nextInt(4)];
                int day = 1 + r.nextInt(20);
                String date = r.nextInt(10) == 0 ? "2022-03" : String.format("2022-03-%02d", day);
                evs.add(event(id, pub, j, src, tgt, codes[r.nextInt(codes.length)], date, places[r.nextInt(places.length)],
                        org.dyad.model.Mode.parse(modes[r.nextInt(modes.length)])));
            }
            out.add(bundle(id, pub, "2022-03-21", evs.toArray(new Event[0])));
        }
        return out;
    }

    @Test
    void clearErrorsForFilesThatAreNotStores() throws Exception {
        Path notDb = Files.writeString(dir.resolve("x.duckdb"), "hello, not a database");
        assertThatThrownBy(() -> Store.open(notDb)).isInstanceOf(StoreException.class).hasMessageContaining("x.duckdb");
        assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("missing.duckdb"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no database at").hasMessageContaining("missing.duckdb");
    }
}
