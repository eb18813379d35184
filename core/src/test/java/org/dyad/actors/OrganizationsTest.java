package org.dyad.actors;

import org.dyad.engine.Dyad;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations of 1975-2015 news: armed groups, parties, regional bodies, unions. */
class OrganizationsTest {
    static final ActorDictionary D = ActorDictionary.standard();

    static String code(String name) {
        ActorDictionary.Entry e = D.name(name);
        return e == null ? null : e.code();
    }

    @Test
    void rivalGroupsHaveTheirOwnCodes() {
        // Taylor's NPFL and the LURD that fought him; Kabila's AFDL and the RCD that fought him
        assertThat(code("NPFL")).isEqualTo("LBRREBNPF");
        assertThat(code("LURD")).isEqualTo("LBRREBLRD");
        assertThat(code("AFDL")).isEqualTo("CODREBAFD");
        assertThat(code("RCD-Goma")).isEqualTo("CODREBRCD");
        assertThat(code("MRTA")).isEqualTo("PERINSMRT");
        assertThat(code("Shining Path")).isEqualTo("PERINSSHP");
    }

    @Test
    void nationalGroupsCarryTheirCountry() {
        assertThat(D.name("Revolutionary United Front").country()).isEqualTo("SLE");
        assertThat(D.name("UNITA").country()).isEqualTo("AGO");
        assertThat(D.name("Solidarnosc").code()).isEqualTo("POLLABSOL");
        assertThat(D.name("COSATU").country()).isEqualTo("ZAF");
        // global bodies have none
        assertThat(D.name("Comecon").country()).isNull();
    }

    @Test
    void ambiguousBareFormsAreLeftOut() {
        assertThat(D.name("National Union of Mineworkers")).isNull();
        assertThat(D.name("Baath Party")).isNull();
        assertThat(D.name("PRD")).isNull();
        assertThat(D.name("APC")).isNull();
    }

    @Test
    void periodOrganisationsAreCoded() {
        List<Event> es = Dyad.shared(Dyad.Config.DEFAULT).code(Article.of("o", LocalDate.of(1995, 6, 1),
                "The Revolutionary United Front attacked ECOMOG troops near Freetown, the Red Cross said.")).events();
        assertThat(ActorsTest.dyads(es)).contains("SLEREBRUF>IGOWAFWAS");
        List<Event> contras = Dyad.shared(Dyad.Config.DEFAULT).code(Article.of("c", LocalDate.of(1988, 2, 11),
                "The Contras accused the Sandinistas of violating the ceasefire.")).events();
        assertThat(ActorsTest.dyads(contras)).contains("NICREBCNT>NICPTYFSL");
    }
}
