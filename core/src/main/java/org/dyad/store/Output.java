package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.model.Event;
import org.dyad.output.EventWriter;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes clusters, mentions and timelines as a table, TSV, CSV or JSON Lines. */
public final class Output {
    private Output() {
    }

    public enum Format { TABLE, JSONL, TSV, CSV }

    /** A cluster as JSON: the event fields of {@code dyad code} (its first evidence) plus the cluster's counts. */
    public static ObjectNode json(Queries.ClusterRow c) {
        ObjectNode n = EventWriter.toJson(c.event(), false);
        n.put("cluster_id", c.clusterId());
        n.put("global_event_id", c.globalEventId());
        n.put("num_mentions", c.numMentions());
        n.put("num_sources", c.numSources());
        n.put("num_articles", c.numArticles());
        n.put("num_events", c.numEvents());
        n.put("date_first", c.dateFirst() == null ? null : c.dateFirst().toString());
        n.put("date_last", c.dateLast() == null ? null : c.dateLast().toString());
        return n;
    }

    static String line(ObjectNode n) {
        try {
            return EventWriter.JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String dyad(Event e) {
        return e.source().code() + " -> " + (e.target() == null ? "---" : e.target().code());
    }

    static String cut(String s, int w) {
        if (s == null) return "";
        s = s.replace('\n', ' ').replace('\t', ' ');
        return s.length() <= w ? s : s.substring(0, Math.max(0, w - 1)) + "…";
    }

    static String tsv(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static String num(Double d) {
        return d == null ? "" : Double.toString(d);
    }

    /** Streams clusters in one format. */
    public static final class Clusters {
        static final String[] TSV = {"cluster_id", "date", "date_precision", "date_first", "date_last", "source_code",
                "target_code", "cameo", "root", "quad_class", "goldstein", "mode", "num_mentions", "num_sources",
                "num_articles", "article_id", "publisher", "sentence"};
        private final PrintWriter out;
        private final Format format;

        public Clusters(PrintWriter out, Format format) {
            this.out = out;
            this.format = format == Format.CSV ? Format.TSV : format;
            if (this.format == Format.TSV) out.println(String.join("\t", TSV));
            if (this.format == Format.TABLE) {
                out.println(String.format(Locale.ROOT, "%-10s  %-22s  %-4s  %1s  %5s  %-8s  %4s  %3s  %3s  %s", "date", "dyad",
                        "code", "q", "gold", "mode", "ment", "src", "art", "first evidence"));
            }
        }

        public void row(Queries.ClusterRow c) {
            Event e = c.event();
            switch (format) {
                case JSONL -> out.println(line(json(c)));
                case TSV -> out.println(String.join("\t", c.clusterId(), tsv(e.date()), tsv(e.datePrecision()),
                        c.dateFirst() == null ? "" : c.dateFirst().toString(), c.dateLast() == null ? "" : c.dateLast().toString(),
                        e.source().code(), e.target() == null ? "" : e.target().code(), e.cameo(), e.root(),
                        Integer.toString(e.quadClass()), num(e.goldstein()), e.mode().json(), Integer.toString(c.numMentions()),
                        Integer.toString(c.numSources()), Integer.toString(c.numArticles()), tsv(e.articleId()),
                        tsv(e.publisher()), tsv(e.sentence())));
                default -> out.println(String.format(Locale.ROOT, "%-10s  %-22s  %-4s  %1d  %5s  %-8s  %4d  %3d  %3d  %s",
                        e.date() == null ? "?" : e.date(), cut(dyad(e), 22), e.cameo(), e.quadClass(),
                        e.goldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.goldstein()), e.mode().json(),
                        c.numMentions(), c.numSources(), c.numArticles(),
                        cut((e.publisher() != null ? e.publisher() : e.articleId()) + ": " + e.sentence(), 80)));
            }
        }
    }

    /** Streams mentions in one format. */
    public static final class Mentions {
        static final String[] TSV = {"cluster_id", "event_id", "article_id", "article_date", "publisher", "sentence_index",
                "primary", "date", "source_code", "target_code", "cameo", "mode", "trigger", "sentence"};
        private final PrintWriter out;
        private final Format format;

        public Mentions(PrintWriter out, Format format) {
            this.out = out;
            this.format = format == Format.CSV ? Format.TSV : format;
            if (this.format == Format.TSV) out.println(String.join("\t", TSV));
            if (this.format == Format.TABLE) {
                out.println(String.format(Locale.ROOT, "%-16s  %-10s  %-22s  %-4s  %-24s  %3s  %s", "cluster", "date", "dyad",
                        "code", "article", "sen", "sentence"));
            }
        }

        public void row(Queries.MentionRow m) {
            Event e = m.event();
            switch (format) {
                case JSONL -> {
                    ObjectNode n = json(m.cluster());
                    n.put("mention_sentence_index", m.sentenceIndex());
                    n.put("mention_sentence", m.sentence());
                    if (m.trigger() == null) {
                        n.putNull("mention_trigger");
                    } else {
                        n.set("mention_trigger", EventWriter.JSON.valueToTree(m.trigger()));
                    }
                    n.put("mention_primary", m.primary());
                    out.println(line(n));
                }
                case TSV -> out.println(String.join("\t", m.cluster().clusterId(), e.eventId(), tsv(e.articleId()),
                        tsv(m.articleDate()), tsv(e.publisher()), Integer.toString(m.sentenceIndex()), Boolean.toString(m.primary()),
                        tsv(e.date()), e.source().code(), e.target() == null ? "" : e.target().code(), e.cameo(), e.mode().json(),
                        m.trigger() == null ? "" : tsv(m.trigger().text()), tsv(m.sentence())));
                default -> out.println(String.format(Locale.ROOT, "%-16s  %-10s  %-22s  %-4s  %-24s  %3d  %s",
                        m.cluster().clusterId(), e.date() == null ? "?" : e.date(), cut(dyad(e), 22), e.cameo(),
                        cut((e.publisher() != null ? e.publisher() + " " : "") + e.articleId(), 24), m.sentenceIndex(),
                        cut(m.sentence(), 80)));
            }
        }
    }

    /** A timeline in one format. */
    public static void timeline(List<Queries.Period> periods, Format format, PrintWriter out) {
        String[] head = {"period", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "clusters",
                "goldstein_sum", "goldstein_mean"};
        switch (format) {
            case JSONL -> {
                for (Queries.Period p : periods) {
                    ObjectNode n = EventWriter.JSON.createObjectNode();
                    n.put("period", p.start().toString());
                    for (int q = 0; q < 4; q++) n.put(head[q + 1], p.quad()[q]);
                    n.put("clusters", p.total());
                    n.put("goldstein_sum", round(p.goldsteinSum()));
                    if (p.goldsteinMean() == null) n.putNull("goldstein_mean");
                    else n.put("goldstein_mean", round(p.goldsteinMean()));
                    out.println(line(n));
                }
            }
            case TSV, CSV -> {
                String sep = format == Format.CSV ? "," : "\t";
                out.println(String.join(sep, head));
                for (Queries.Period p : periods) {
                    out.println(String.join(sep, p.start().toString(), Integer.toString(p.quad()[0]), Integer.toString(p.quad()[1]),
                            Integer.toString(p.quad()[2]), Integer.toString(p.quad()[3]), Integer.toString(p.total()),
                            fmt(p.goldsteinSum()), p.goldsteinMean() == null ? "" : fmt(p.goldsteinMean())));
                }
            }
            default -> {
                out.println(String.format(Locale.ROOT, "%-10s  %6s  %6s  %6s  %6s  %7s  %9s  %7s", "period", "v.coop", "m.coop",
                        "v.conf", "m.conf", "total", "gold.sum", "mean"));
                for (Queries.Period p : periods) {
                    out.println(String.format(Locale.ROOT, "%-10s  %6d  %6d  %6d  %6d  %7d  %9s  %7s", p.start(), p.quad()[0],
                            p.quad()[1], p.quad()[2], p.quad()[3], p.total(), fmt(p.goldsteinSum()),
                            p.goldsteinMean() == null ? "-" : fmt(p.goldsteinMean())));
                }
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
}
