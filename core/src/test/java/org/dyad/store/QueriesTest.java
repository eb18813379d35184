package org.dyad.store;

import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Events.bundle;
import static org.dyad.store.Events.event;

/** Filters, the timeline and mentions on events built directly (no coder). */
class QueriesTest {
    @TempDir Path dir;

    static Filter filter(String dyad, String root, String from, String to, List<String> modes, String historical) {
        return new Filter(null, null, dyad, null, root, null, Filter.date(from, false, "--from"), Filter.date(to, true, "--to"),
                modes, historical, null, List.of());
    }

    Store store() {
        Store s = Store.open(dir.resolve("q.duckdb"));
        s.write(List.of(
                bundle("a", "Reuters", "2022-03-02", event("a", "Reuters", 0, "USAGOV", "RUS", "111", "2022-03-01"),
                        event("a", "Reuters", 2, "USAGOV", "RUS", "111", "2022-03-01"),
                        event("a", "Reuters", 3, "USA", "RUSMIL", "190", "2022-03-02")),
                bundle("b", "AP", "2022-03-20", event("b", "AP", 1, "USA", "RUS", "040", "2022-03-20"),
                        event("b", "AP", 2, "USA", "RUS", "190", "2022-03", null, Mode.ASSERTED)),
                bundle("c", "BBC", "2022-05-03", event("c", "BBC", 0, "USA", "RUS", "057", "2022-05-03", null, Mode.FUTURE),
                        event("c", "BBC", 1, "RUS", "USA", "112", "2022-05-03"))));
        return s;
    }

    @Test
    void timelineCountsPerQuadWithEmptyPeriodsAndOnlyPreciseEnoughDates() {
        try (Store s = store()) {
            // asserted USA -> RUS, countries matching any actor of them: 111 and 190 on March 1-2, 040 on March 20; the
            // month-precision 190 counts by month, not by day; the future 057 and the reverse dyad not at all
            List<Queries.Period> days = Queries.timeline(s.connection(), filter("USA:RUS", null, "2022-03-01", "2022-03-03", List.of("asserted"), null), "day");
            assertThat(days).extracting(p -> p.start().toString()).containsExactly("2022-03-01", "2022-03-02", "2022-03-03");
            assertThat(days.get(0).quad()).containsExactly(0, 0, 1, 0);
            assertThat(days.get(1).quad()).containsExactly(0, 0, 0, 1);
            assertThat(days.get(2).total()).isZero();
            assertThat(days.get(2).goldsteinMean()).isNull();
            List<Queries.Period> months = Queries.timeline(s.connection(), filter("USA:RUS", null, null, null, List.of("asserted"), null), "month");
            assertThat(months).extracting(p -> p.start().toString()).containsExactly("2022-03-01");
            assertThat(months.get(0).total()).isEqualTo(4);
            assertThat(months.get(0).goldsteinSum()).isEqualTo(-8.0);
            assertThat(months.get(0).goldsteinMean()).isEqualTo(-2.0);
            List<Queries.Period> weeks = Queries.timeline(s.connection(), filter("USA:RUS", null, null, null, List.of(), null), "week");
            assertThat(weeks.get(0).start()).isEqualTo(LocalDate.of(2022, 2, 28)); // ISO weeks start on Monday
            assertThat(weeks.stream().mapToInt(Queries.Period::total).sum()).isEqualTo(4); // month-precision excluded
        }
    }

    @Test
    void filtersSelectClusters() {
        try (Store s = store()) {
            assertThat(ids(s, filter("USAGOV:RUS", null, null, null, List.of(), null))).hasSize(1);
            assertThat(ids(s, filter("USA:*", null, null, null, List.of(), null))).hasSize(5);
            assertThat(ids(s, filter("*:USA", null, null, null, List.of(), null))).hasSize(1);
            assertThat(ids(s, filter(null, "19", null, null, List.of(), null))).hasSize(2);
            assertThat(ids(s, filter(null, null, "2022-05", "2022-05", List.of(), null))).hasSize(2);
            assertThat(ids(s, filter(null, null, null, null, List.of("future"), null))).hasSize(1);
            assertThat(ids(s, filter(null, null, null, null, List.of(), "only"))).isEmpty();
            Filter pub = new Filter(null, "USA", null, null, null, null, null, null, List.of(), null, "bbc", List.of());
            assertThat(ids(s, pub)).hasSize(2);
            Filter text = new Filter("RUSMIL", null, null, null, null, null, null, null, List.of(), null, null, List.of("did", "190"));
            assertThat(ids(s, text)).hasSize(1);
            assertThat(Queries.countClusters(s.connection(), Filter.ALL)).isEqualTo(6);
        }
    }

    @Test
    void mentionsListEveryReportWithItsSentence() {
        try (Store s = store()) {
            List<Queries.MentionRow> rows = new ArrayList<>();
            Queries.mentions(s.connection(), filter("USAGOV:RUS", null, null, null, List.of(), null), 0, rows::add);
            assertThat(rows).extracting(Queries.MentionRow::sentenceIndex).containsExactly(0, 2);
            assertThat(rows).extracting(Queries.MentionRow::primary).containsExactly(true, false);
            assertThat(rows.get(1).sentence()).contains("(2)");
            assertThat(rows.get(1).trigger().text()).isEqualTo("did");
        }
    }

    @Test
    void badFilterValuesAreRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> filter("USA", null, null, null, List.of(), null)).hasMessageContaining("--dyad");
        assertThatThrownBy(() -> filter(null, "21", null, null, List.of(), null)).hasMessageContaining("--root");
        assertThatThrownBy(() -> filter(null, null, "2022-13-01", null, List.of(), null)).hasMessageContaining("--from");
        assertThatThrownBy(() -> filter(null, null, "2022-03", "2022-02", List.of(), null)).hasMessageContaining("before");
        assertThat(Filter.date("2022-02", true, "--to")).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(Filter.modes("asserted, negated")).containsExactly("asserted", "negated");
        assertThat(Filter.modes("all")).isEmpty();
        assertThat(Filter.inline("a = ? AND b = '?' AND c = ?", List.of("it's", 3))).isEqualTo("a = 'it''s' AND b = '?' AND c = 3");
        assertThat(GdeltExport.fractionDate(LocalDate.of(2004, 11, 26))).isEqualTo("2004.8932");
        assertThat(GdeltExport.fractionDate(LocalDate.of(2013, 11, 24))).isEqualTo("2013.8877");
    }

    static List<String> ids(Store s, Filter f) {
        List<String> out = new ArrayList<>();
        Queries.clusters(s.connection(), f, 0, false, c -> out.add(c.clusterId()));
        return out;
    }
}
