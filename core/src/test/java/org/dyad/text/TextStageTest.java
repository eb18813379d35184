package org.dyad.text;

import org.dyad.model.Article;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TextStageTest {
    private static ArticleDoc run(String text) {
        return Pipeline.builder().add(new TextStage()).build().process(Article.of("a", LocalDate.of(2023, 1, 1), text));
    }

    @Test
    void htmlMarkupIsRemovedAndParagraphsKept() {
        ArticleDoc d = run("<p>NATO&#39;s chief visited Kyiv on Thursday.</p><script>var x='<b>';</script>"
                + "<!-- ad --><div>He met the president&nbsp;and the prime minister of Ukraine.</div>");
        assertThat(d.failed()).isFalse();
        assertThat(d.text()).isEqualTo("NATO's chief visited Kyiv on Thursday.\nHe met the president and the prime minister of Ukraine.");
    }

    @Test
    void plainTextIsLeftAlone() {
        String t = "Russia accused Ukraine of shelling civilians in the east of the country on Tuesday, officials said.";
        assertThat(run(t).text()).isSameAs(t);
    }

    @Test
    void nonEnglishArticlesAreRejectedWithAMessage() {
        ArticleDoc d = run("La ministre française des Affaires étrangères a reçu mardi son homologue ukrainien à Paris "
                + "pour discuter de la situation sur le front et de l'aide militaire promise par les pays européens.");
        assertThat(d.failed()).isTrue();
        assertThat(d.diagnostics().get(0).message()).contains("does not look like English").contains("skipped");
    }

    @Test
    void shortTextsInOtherScriptsAreRejectedToo() {
        ArticleDoc ru = run("Россия обвинила Украину.");
        assertThat(ru.failed()).isTrue();
        assertThat(ru.diagnostics().get(0).message()).isEqualTo("article 'a' is written mostly in Cyrillic script, not English: skipped");
        assertThat(run("中国外交部发言人表示反对。").diagnostics().get(0).message()).contains("Han script");
        // a few foreign names in an English text are fine
        assertThat(run("Russian Foreign Minister Sergei Lavrov (Сергей Лавров) met Wang Yi (王毅) in Beijing on Monday.").failed()).isFalse();
    }

    @Test
    void pathologicalMarkupTakesLinearTime() {
        // "<b " 66,666 times without a '>' took 160 s with the old markup pattern
        long t0 = System.nanoTime();
        ArticleDoc d = run("<b ".repeat(66_666));
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(5);
        assertThat(d.diagnostics().get(0).message()).contains("does not look like English");
        // 200,000 spaces in markup took about a minute when trailing spaces were removed
        t0 = System.nanoTime();
        String spaces = TextStage.stripMarkup("<p>Russia accused Ukraine." + " ".repeat(200_000) + "It denied it. \t \n</p>");
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(5);
        assertThat(spaces).startsWith("Russia accused Ukraine.    ").endsWith("It denied it.");
    }

    @Test
    void particlesOfNamesAreNotForeignWords() {
        // "del" and "al" between capitalised words belong to names; a short Spanish sentence is still rejected
        assertThat(run("President Andres Pastrana met FARC leader Manuel Marulanda in San Vicente del Caguan.").failed()).isFalse();
        assertThat(run("Saudi Foreign Minister Prince Saud al-Faisal met Defense Secretary Dick Cheney in Jeddah.").failed()).isFalse();
        assertThat(run("El presidente de Colombia se reunió con los jefes de la guerrilla en la zona del Caguán.").failed()).isTrue();
    }

    @Test
    void shortTextsAreNotJudged() {
        assertThat(run("Kyiv, Ukraine.").failed()).isFalse();
    }

    @Test
    void aShortNameDenseWireSentenceIsEnglish() {
        // no English function word at all, and an initial that is a Czech preposition
        assertThat(run("Foreign Minister Lakshman Kadirgamar met Indian Prime Minister P.V. Narasimha Rao.").failed()).isFalse();
        // a short Spanish sentence is still not English
        assertThat(run("El ministro de Defensa de Colombia se reunió con los jefes de la policía en Bogotá el martes.").failed()).isTrue();
    }
}
