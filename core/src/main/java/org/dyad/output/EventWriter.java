package org.dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleDoc;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes events as JSON Lines, TSV or a human-readable listing. */
public abstract class EventWriter {
    public enum Format { JSONL, TSV, PRETTY }

    /** The JSON mapper for the output contract (snake_case fields, nulls kept). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertiesNaming.SNAKE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Holder to keep the naming strategy in one place. */
    static final class PropertiesNaming {
        static final com.fasterxml.jackson.databind.PropertyNamingStrategy SNAKE = PropertyNamingStrategies.SNAKE_CASE;
    }

    protected final PrintWriter out;
    protected final boolean explain;

    protected EventWriter(PrintWriter out, boolean explain) {
        this.out = out;
        this.explain = explain;
    }

    public static EventWriter of(Format f, PrintWriter out, boolean explain) {
        return switch (f) {
            case JSONL -> new Jsonl(out, explain);
            case TSV -> new Tsv(out, explain);
            case PRETTY -> new Pretty(out, explain);
        };
    }

    public void begin() {}

    public abstract void article(ArticleDoc doc, List<Event> events);

    public void end() { out.flush(); }

    /** One event as a JSON object; with explain, its trace as {@code "explain"}. */
    public static ObjectNode toJson(Event e, boolean explain) {
        ObjectNode n = JSON.valueToTree(e);
        if (explain) {
            var arr = n.putArray("explain");
            e.trace().forEach(arr::add);
        }
        return n;
    }

    static final class Jsonl extends EventWriter {
        Jsonl(PrintWriter out, boolean explain) { super(out, explain); }

        @Override
        public void article(ArticleDoc doc, List<Event> events) {
            for (Event e : events) {
                try {
                    out.println(JSON.writeValueAsString(toJson(e, explain)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            if (explain) {
                for (Map.Entry<Integer, List<String>> m : doc.misses.entrySet()) {
                    var n = JSON.createObjectNode();
                    n.put("article_id", doc.article().id());
                    n.put("sentence_index", m.getKey());
                    n.put("no_event", true);
                    var arr = n.putArray("explain");
                    m.getValue().forEach(arr::add);
                    out.println(n);
                }
            }
        }
    }

    static final class Tsv extends EventWriter {
        static final String[] COLS = {"article_id", "event_id", "sentence_index", "date", "date_precision", "date_basis",
                "source_code", "source_text", "target_code", "target_text", "cameo", "root", "quad_class", "goldstein",
                "plover", "mode", "reported_by", "trigger", "location", "lat", "lon", "confidence"};

        Tsv(PrintWriter out, boolean explain) { super(out, explain); }

        @Override public void begin() { out.println(String.join("\t", COLS) + (explain ? "\texplain" : "")); }

        @Override
        public void article(ArticleDoc doc, List<Event> events) {
            for (Event e : events) {
                ActorRef t = e.target();
                String[] v = {e.articleId(), e.eventId(), Integer.toString(e.sentenceIndex()), s(e.date()), s(e.datePrecision()),
                        s(e.dateBasis()), e.source().code(), e.source().text(), t == null ? "" : t.code(), t == null ? "" : t.text(),
                        e.cameo(), e.root(), Integer.toString(e.quadClass()), e.goldstein() == null ? "" : e.goldstein().toString(),
                        s(e.plover()), e.mode().json(), s(e.reportedBy()), e.trigger().text(),
                        e.location() == null ? "" : e.location().name(), e.location() == null ? "" : Double.toString(e.location().lat()),
                        e.location() == null ? "" : Double.toString(e.location().lon()), Double.toString(e.confidence())};
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) b.append('\t');
                    b.append(clean(v[i]));
                }
                if (explain) b.append('\t').append(clean(String.join(" | ", e.trace())));
                out.println(b);
            }
        }

        private static String s(String x) { return x == null ? "" : x; }

        private static String clean(String x) { return x.replace('\t', ' ').replace('\n', ' '); }
    }

    static final class Pretty extends EventWriter {
        Pretty(PrintWriter out, boolean explain) { super(out, explain); }

        @Override
        public void article(ArticleDoc doc, List<Event> events) {
            out.println("== " + doc.article().id() + (doc.article().date() == null ? " (no date)" : " " + doc.article().date())
                    + ": " + events.size() + " event(s)");
            for (Event e : events) {
                out.printf("  [%d] %s %s -> %s  %s %s  (%s)%n", e.sentenceIndex(), e.date() == null ? "????" : e.date(),
                        e.source().code(), e.target() == null ? "---" : e.target().code(), e.cameo(),
                        e.mode() == org.dyad.model.Mode.ASSERTED ? "" : e.mode().json(), e.trigger().text());
                out.printf("      %s -> %s%s%s%n", e.source().text(), e.target() == null ? "-" : e.target().text(),
                        e.reportedBy() == null ? "" : "   reported by: " + e.reportedBy(),
                        e.location() == null ? "" : "   at: " + e.location().name() + ", " + e.location().country());
                if (explain) for (String t : e.trace()) out.println("      · " + t);
            }
            if (explain) {
                for (Map.Entry<Integer, List<String>> m : doc.misses.entrySet()) {
                    out.println("  [" + m.getKey() + "] no event: " + String.join("; ", m.getValue()));
                }
            }
        }
    }
}
