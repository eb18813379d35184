package org.dyad.engine;

import org.dyad.actors.ActorMention;
import org.dyad.coding.CameoOntology;
import org.dyad.coding.EventDraft;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.nlp.Sentence;
import org.dyad.pipeline.ArticleDoc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns a processed document's drafts into output {@link Event} records. */
public final class EventAssembler {
    private final CameoOntology ontology;
    private final String coderVersion;

    public EventAssembler(CameoOntology ontology, String coderVersion) {
        this.ontology = ontology;
        this.coderVersion = coderVersion;
    }

    public List<Event> events(ArticleDoc doc) {
        List<Event> out = new ArrayList<>();
        for (EventDraft d : doc.events) {
            Sentence s = doc.sentences.get(d.sentence);
            CameoOntology.Code c = ontology.expect(d.code);
            int tb = s.token(d.triggerToken).begin(), te = s.token(d.triggerEnd - 1).end();
            Span trigger = new Span(doc.text().substring(tb, te), tb, te);
            ActorRef src = ref(d.source);
            ActorRef tgt = d.target == null ? null : ref(d.target);
            String id = eventId(doc.article().id(), d.sentence, tb, src.code(), tgt == null ? "" : tgt.code(), d.code);
            List<String> trace = new ArrayList<>(d.trace);
            if (!d.alsoInSentences.isEmpty()) trace.add("also reported in sentences " + d.alsoInSentences);
            out.add(new Event(doc.article().id(), id, d.sentence, s.text(), src, tgt, d.code, c.root(), c.quadClass(),
                    c.goldstein(), c.plover(), trigger, d.date, d.datePrecision, d.dateBasis, d.dateText, d.historical,
                    d.mode, d.reportedBy, d.location, d.confidence, doc.article().publisher(), coderVersion, trace));
        }
        return out;
    }

    private static ActorRef ref(ActorMention m) {
        return new ActorRef(m.text(), m.code(), m.country(), m.role(), m.begin(), m.end(), m.basis());
    }

    /** Stable across runs: depends only on the article id, the place in the text, the dyad and the code. */
    static String eventId(String articleId, int sentence, int triggerOffset, String src, String tgt, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((articleId + "\u0000" + sentence + "\u0000" + triggerOffset + "\u0000" + src + "\u0000" + tgt
                    + "\u0000" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
