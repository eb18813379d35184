package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The token order ParseStage gives the parser for a sentence that ends in ", SPEAKER said." (mechanics, no models). */
class AttributionTailTest {

    /** "word/TAG/lemma" items. */
    private static CoreMap sentence(String... items) {
        List<CoreLabel> toks = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split("/");
            CoreLabel t = new CoreLabel();
            t.setWord(p[0]);
            t.setValue(p[0]);
            t.setTag(p[1]);
            t.setLemma(p[2]);
            t.setIndex(i + 1);
            toks.add(t);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, toks);
        return s;
    }

    @Test
    void aTailOfSayingGoesFirstWithThatBeforeTheMainClause() {
        CoreMap s = sentence("China/NNP/China", "eased/VBD/ease", "rules/NNS/rule", ",/,/,", "the/DT/the", "ministry/NN/ministry",
                "said/VBD/say", "on/IN/on", "Monday/NNP/Monday", "././.");
        int[] order = ParseStage.tailFirst(s);
        // "the ministry said on Monday that China eased rules ." (the comma, index 3, left out; -1 is the "that")
        assertThat(order).containsExactly(4, 5, 6, 7, 8, -1, 0, 1, 2, 9);
        List<CoreLabel> toks = ParseStage.reordered(s, order).get(CoreAnnotations.TokensAnnotation.class);
        assertThat(toks.get(5).word()).isEqualTo("that");
        assertThat(toks.get(6).word()).isEqualTo("China");
        assertThat(toks.get(6).index()).isEqualTo(7);
    }

    @Test
    void otherTailsAreLeftAsTheyAre() {
        // a participle clause is the subject's own act, not an attribution
        assertThat(ParseStage.tailFirst(sentence("Gunmen/NNS/gunman", "attacked/VBD/attack", "a/DT/a", "bus/NN/bus", ",/,/,",
                "killing/VBG/kill", "seven/CD/seven", "people/NNS/person", "././."))).isNull();
        // a relative clause after the comma
        assertThat(ParseStage.tailFirst(sentence("Iran/NNP/Iran", "denied/VBD/deny", "the/DT/the", "report/NN/report", ",/,/,",
                "which/WDT/which", "the/DT/the", "ministry/NN/ministry", "said/VBD/say", "was/VBD/be", "false/JJ/false", "././."))).isNull();
        // no verb in the main part
        assertThat(ParseStage.tailFirst(sentence("More/JJR/more", "talks/NNS/talk", "soon/RB/soon", ",/,/,", "officials/NNS/official",
                "said/VBD/say", "././."))).isNull();
    }
}
