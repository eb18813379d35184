package org.dyad.coding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PatternLintTest {
    private static List<String> lint(String name, String text) throws Exception {
        List<String> errors = new ArrayList<>();
        PatternSet.parse(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CameoOntology.standard(), errors);
        return errors;
    }

    @Test
    void shippedPatternFilesPassTheLint() {
        PatternSet set = PatternSet.load(CameoOntology.standard());
        assertThat(set.all()).isNotEmpty();
        // every root has at least one pattern family
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertThat(set.all()).as("patterns for root " + root).anyMatch(p -> p.code().startsWith(root));
        }
    }

    @Test
    void everyCameoCodeHasAPattern() {
        PatternSet set = PatternSet.standard();
        List<String> missing = new ArrayList<>();
        for (CameoOntology.Code c : CameoOntology.standard().all()) {
            if (c.level() == 1) continue; // roots are covered by their X0 codes
            if (set.all().stream().noneMatch(p -> p.code().equals(c.code()))) missing.add(c.code());
        }
        assertThat(missing).as("CAMEO codes without any pattern").isEmpty();
    }

    @Test
    void reportsUnknownCodeWithFileAndLine() throws Exception {
        assertThat(lint("11-x.patterns", "# c\n999 verb accuse | Russia accused Ukraine of shelling.\n"))
                .containsExactly("11-x.patterns:2: unknown CAMEO code '999'");
    }

    @Test
    void reportsCodeOutsideTheFilesRoot() throws Exception {
        assertThat(lint("11-x.patterns", "190 verb shell | Russia shelled the Ukrainian town.\n"))
                .singleElement().asString().contains("11-x.patterns:1").contains("belongs to root 19");
    }

    @Test
    void reportsMissingExampleUnknownRoleAndAttribute() throws Exception {
        List<String> e = lint("11-x.patterns", """
                112 verb accuse src=subj tgt=obj
                112 verb blame tgt=dobj | France blamed Italy for the delay.
                112 verb charge color=red | Spain charged Morocco with neglect.
                111 nonsense criticize | Chile criticized Peru sharply today.
                """);
        assertThat(e).hasSize(4);
        assertThat(e.get(0)).startsWith("11-x.patterns:1: no example");
        assertThat(e.get(1)).startsWith("11-x.patterns:2: unknown role 'dobj'");
        assertThat(e.get(2)).startsWith("11-x.patterns:3: unknown attribute 'color'");
        assertThat(e.get(3)).startsWith("11-x.patterns:4: unknown kind 'nonsense'");
    }

    @Test
    void statementsNeedATarget() throws Exception {
        assertThat(lint("01-x.patterns", "010 verb comment tgt=none | Iran commented on the talks today.\n"))
                .singleElement().asString().contains("need a target");
    }

    @Test
    void parsesAlternativesParticlesAndAttributes() throws Exception {
        List<String> errors = new ArrayList<>();
        List<Pattern> ps = PatternSet.parse("08-x.patterns", new ByteArrayInputStream(
                "0874 verb pull+out|withdraw src=subj tgt=obl:from|nmod:from | Russia pulled out of the treaty talks.\n"
                        .getBytes(StandardCharsets.UTF_8)), CameoOntology.standard(), errors);
        assertThat(errors).isEmpty();
        Pattern p = ps.get(0);
        assertThat(p.triggers()).containsExactly(List.of("pull"), List.of("withdraw"));
        assertThat(p.particles()).containsExactly("out", null);
        assertThat(p.tgt()).containsExactly("obl:from", "nmod:from");
        assertThat(p.example()).isEqualTo("Russia pulled out of the treaty talks.");
        assertThat(p.where()).isEqualTo("08-x.patterns:1");
    }

    @Test
    void duplicatesAreRejectedAcrossTheSet() {
        // the shipped set loads, so it has no duplicates; a duplicate is found by load()'s key
        PatternSet set = PatternSet.standard();
        long distinct = set.all().stream().map(p -> p.code() + p.kind() + p.source().replaceAll("\\s+", " ")).distinct().count();
        assertThat(distinct).isEqualTo(set.all().size());
    }
}
