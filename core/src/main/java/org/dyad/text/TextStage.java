package org.dyad.text;

import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ArticleDoc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.util.DataFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prepares an article's text: removes HTML markup that scraped text often carries (tags,
 * scripts, comments, entities) with jsoup, and checks that the text is English by the share of
 * English function words ({@code dyad/text/english-function-words.txt}). A non-English article is
 * skipped with an error diagnostic, never coded as English. Provides {@link Layer#TEXT}.
 */
public final class TextStage implements Stage {
    /** Detects markup; {@code [^<>]*}, not {@code [^>]*}: "<b <b <b ..." without a '>' must not take quadratic time. */
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z]|!--)[^<>]*>|&(?:[a-zA-Z]{2,8}|#\\d{2,5}|#x[0-9a-fA-F]{2,4});");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "blockquote", "section", "article", "header", "footer", "figcaption", "pre", "table", "ul", "ol");
    /** Below this share of English function words (among words) a text is not English. */
    static final double MIN_ENGLISH_SHARE = 0.12;
    /**
     * A text of fewer than {@link #LONG_TEXT} words (one or two sentences in wire or headline style) can be English with
     * few function words ("Islamic State fighters attacked a Syrian army base near Deir ez-Zor": 8%): below the share it
     * is not English only when other languages' function words ({@code dyad/text/other-function-words.txt}) are at least
     * as many, and at least two.
     */
    static final int LONG_TEXT = 40;
    /** Texts with fewer words than this are not judged. */
    static final int MIN_WORDS_TO_JUDGE = 12;

    private final Set<String> functionWords;
    private final Set<String> otherFunctionWords;

    public TextStage() {
        this.functionWords = words("dyad/text/english-function-words.txt");
        this.otherFunctionWords = words("dyad/text/other-function-words.txt");
    }

    private static Set<String> words(String resource) {
        Set<String> w = new HashSet<>();
        for (String l : DataFile.text(resource).split("\n")) {
            l = l.trim();
            if (!l.isEmpty() && !l.startsWith("#")) w.add(l);
        }
        return w;
    }

    @Override public String name() { return "text"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.RAW); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TEXT); }

    @Override
    public void process(ArticleDoc doc) {
        Article a = doc.article();
        String text = a.text();
        if (MARKUP.matcher(text).find()) {
            String cleaned = stripMarkup(text);
            doc.diagnose(Diagnostic.Severity.INFO, name(), "HTML markup removed (" + text.length() + " -> " + cleaned.length() + " characters)");
            text = cleaned;
            doc.replaceArticle(new Article(a.id(), a.date(), text, a.url(), a.publisher(), a.title(), a.origin()));
        }
        String script = foreignScript(text);
        if (script != null) {
            throw new NotEnglishException("article '" + a.id() + "' is written mostly in " + script
                    + " script, not English: skipped");
        }
        int[] c = counts(text);
        double share = c[0] < MIN_WORDS_TO_JUDGE ? -1 : (double) c[1] / c[0];
        boolean shortText = c[0] < LONG_TEXT;
        if (share >= 0 && share < MIN_ENGLISH_SHARE && (!shortText || c[2] >= Math.max(2, c[1]))) {
            throw new NotEnglishException(String.format(Locale.ROOT,
                    "article '%s' does not look like English (%.0f%% English function words, need %.0f%%): skipped",
                    a.id(), share * 100, MIN_ENGLISH_SHARE * 100));
        }
    }

    /** The article is skipped; the pipeline turns this into an error diagnostic. */
    static final class NotEnglishException extends org.dyad.pipeline.ArticleRejected {
        NotEnglishException(String m) { super(m); }
    }

    /**
     * The script most letters are written in when fewer than half are Latin (Cyrillic, Han,
     * Arabic...), or null. Judges short texts too, which the function-word share cannot.
     */
    static String foreignScript(String text) {
        int letters = 0, latin = 0;
        java.util.Map<Character.UnicodeScript, Integer> other = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0, n = Math.min(text.length(), 20_000); i < n; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.LATIN) latin++;
            else other.merge(sc, 1, Integer::sum);
        }
        if (letters < 8 || latin * 2 >= letters) return null;
        Character.UnicodeScript top = other.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
        String name = top.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Share of words that are English function words, or -1 when the text is too short to judge. */
    double englishShare(String text) {
        int[] c = counts(text);
        return c[0] < MIN_WORDS_TO_JUDGE ? -1 : (double) c[1] / c[0];
    }

    /** Words (the first 2,000), English function words and other languages' function words among them, in one pass. */
    private int[] counts(String text) {
        int words = 0, english = 0, other = 0;
        String[] ws = text.split("[^\\p{L}']+");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            words++;
            if (functionWords.contains(w)) english++;
            // (not an initial: "P.V. Narasimha Rao" has no Czech "v")
            else if (otherFunctionWords.contains(w) && !nameParticle(ws, i) && !(ws[i].length() == 1 && Character.isUpperCase(ws[i].charAt(0)))) other++;
            if (words >= 2000) break;
        }
        return new int[]{words, english, other};
    }

    /**
     * A word between two capitalised words is a particle of a name in English news ("San Vicente del Caguan", "Saud
     * al-Faisal", "Lula da Silva"), not a word of another language.
     */
    private static boolean nameParticle(String[] ws, int i) {
        return i > 0 && i + 1 < ws.length && capitalised(ws[i - 1]) && capitalised(ws[i + 1]);
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Markup removed; spaces before a line end dropped (matched from the start of a run only: linear time). */
    static String stripMarkup(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        d.select("script, style, noscript, template, iframe").remove();
        StringBuilder b = new StringBuilder();
        for (Element e : d.body().getAllElements()) {
            if (BLOCKS.contains(e.normalName())) e.appendText("\n");
        }
        b.append(d.body().wholeText());
        return b.toString().replace('\u00A0', ' ').replaceAll("(?<![ \\t])[ \\t]++\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
