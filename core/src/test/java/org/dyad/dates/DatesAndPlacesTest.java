package org.dyad.dates;

import org.dyad.engine.Dyad;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event's own date and place, from the text that governs it (articles written for these tests). */
class DatesAndPlacesTest {
    /** 2021-12-06 is a Monday; 2022-01-05 a Wednesday. */
    static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);
    static final LocalDate JAN = LocalDate.of(2022, 1, 5);

    static List<Event> code(LocalDate d, String text) {
        return Dyad.shared(Dyad.Config.DEFAULT).code(Article.of("d", d, text)).events();
    }

    static Event first(LocalDate d, String text) {
        List<Event> es = code(d, text);
        assertThat(es).as("events of: " + text).isNotEmpty();
        return es.get(0);
    }

    @Test
    void weekdayInPastTenseIsTheDayBeforeTheDateline() {
        Event e = first(MONDAY, "The foreign ministers of France and Germany met on Tuesday in Paris.");
        assertThat(e.date()).isEqualTo("2021-11-30");
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.dateBasis()).isEqualTo("relative");
        assertThat(e.dateText()).contains("Tuesday");
    }

    @Test
    void weekdayInFutureTenseIsTheDayAfterTheDatelineAndTheEventIsFuture() {
        Event e = first(MONDAY, "The presidents of Russia and the United States will meet on Tuesday.");
        assertThat(e.date()).isEqualTo("2021-12-07");
        assertThat(e.mode()).isEqualTo(Mode.FUTURE);
        assertThat(List.of(e.source().code(), e.target().code())).containsExactlyInAnyOrder("RUSGOV", "USAGOV");
    }

    @Test
    void compositeExpressionStillGivesTheDay() {
        Event e = first(MONDAY, "Lavrov and Blinken argued on December 1, the day before the official meeting.");
        assertThat(e.date()).isEqualTo("2021-12-01");
        assertThat(e.dateBasis()).isEqualTo("explicit");
    }

    @Test
    void yearOnlyEventsMoreThanAYearBackAreHistorical() {
        Event e = first(MONDAY, "Russia annexed Crimea in 2014.");
        assertThat(e.date()).isEqualTo("2014");
        assertThat(e.datePrecision()).isEqualTo("year");
        assertThat(e.historical()).isTrue();
        assertThat(first(MONDAY, "Russia accused Ukraine of shelling civilians on Sunday.").historical()).isFalse();
    }

    @Test
    void lastDecemberInAJanuaryStoryIsThePreviousYear() {
        Event e = first(JAN, "Kazakhstan condemned Russia last December, officials said.");
        assertThat(e.date()).isEqualTo("2021-12");
        assertThat(e.datePrecision()).isEqualTo("month");
    }

    @Test
    void pastWeekdayAcrossAYearBoundary() {
        assertThat(first(JAN, "Japan and India signed a trade pact on Friday.").date()).isEqualTo("2021-12-31");
    }

    @Test
    void earlierThisWeekHasWeekPrecision() {
        Event e = first(LocalDate.of(2021, 12, 9), "Poland accused Belarus earlier this week of pushing migrants toward its border.");
        assertThat(e.datePrecision()).isEqualTo("week");
        assertThat(e.date()).isEqualTo("2021-12-06");
    }

    @Test
    void noTemporalExpressionFallsBackToTheDateline() {
        Event e = first(MONDAY, "Iran condemned Israel.");
        assertThat(e.date()).isEqualTo("2021-12-06");
        assertThat(e.dateBasis()).isEqualTo("dateline");
    }

    @Test
    void noDatelineLeavesTheDateUnknown() {
        Event e = first(null, "Iran condemned Israel on Tuesday.");
        assertThat(e.date()).isNull();
        assertThat(e.dateBasis()).isEqualTo("unknown");
    }

    @Test
    void placeAttachedToTheClauseWins() {
        Event e = first(MONDAY, "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday.");
        assertThat(e.location()).isNotNull();
        assertThat(e.location().country()).isEqualTo("CHE");
        assertThat(e.location().basis()).isEqualTo("clause");
        String text = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday.";
        assertThat(text.substring(e.location().start(), e.location().end())).isEqualTo("Geneva");
    }

    @Test
    void ambiguousPlaceNamesAreSettledByTheActorsCountries() {
        Event lebanon = first(MONDAY, "Lebanese troops clashed with gunmen from Syria in Tripoli on Sunday.");
        assertThat(lebanon.location().country()).isEqualTo("LBN");
        Event libya = first(MONDAY, "Turkey criticized Egypt at a conference in Tripoli.");
        assertThat(libya.location().country()).isEqualTo("LBY");
    }

    @Test
    void theDatelineCityPlacesEventsWithoutAPlaceOfTheirOwn() {
        Event e = first(MONDAY, "KYIV, Ukraine - Ukraine accused Russia of massing troops near its border.");
        assertThat(e.location()).isNotNull();
        assertThat(e.location().name()).isEqualTo("Kyiv");
    }
}
