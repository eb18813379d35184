package org.dyad.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The CoreNLP models, loaded once per JVM and per profile and shared by all threads and all
 * pipelines (tests included). Loading takes ~10 s and ~1 GB of heap.
 */
public final class NlpModels {
    private static final Map<NlpProfile, NlpModels> CACHE = new ConcurrentHashMap<>();

    public final StanfordCoreNLP tokens;
    /** tokenize and ssplit only: the first step of {@link TokensStage}. */
    public final StanfordCoreNLP split;
    /** pos and lemma (the same pooled annotators as {@link #tokens}) on already split sentences. */
    public final StanfordCoreNLP tagger;
    /** The NER CRF on tagged sentences (pooled with {@link #tokens}); null without statistical NER. */
    public final StanfordCoreNLP ner;
    public final DependencyParser parser;
    /** The same parse as {@link #parser}, faster; null if CoreNLP's internals changed (then {@link #parser} is used). */
    public final FastParser fastParser;
    public final TimeAnnotator sutime;
    public final NlpProfile profile;

    private NlpModels(NlpProfile profile) {
        this.profile = profile;
        this.tokens = new StanfordCoreNLP(profile.tokenProperties());
        this.split = new StanfordCoreNLP(profile.splitProperties());
        this.tagger = new StanfordCoreNLP(profile.tagProperties(), false);
        this.ner = profile.nerProperties() == null ? null : new StanfordCoreNLP(profile.nerProperties(), false);
        java.util.Properties pp = prefixed("depparse", profile.parseProperties());
        this.parser = DependencyParser.loadFromModelFile(pp.getProperty("model"), pp);
        this.fastParser = FastParser.create(parser);
        this.sutime = new TimeAnnotator("sutime", profile.sutimeProperties());
    }

    private static java.util.Properties prefixed(String prefix, java.util.Properties p) {
        java.util.Properties r = new java.util.Properties();
        for (String k : p.stringPropertyNames()) {
            r.setProperty(k.startsWith(prefix + ".") ? k.substring(prefix.length() + 1) : k, p.getProperty(k));
        }
        return r;
    }

    /** Parses one tagged sentence: {@link FastParser} when available, else CoreNLP's own. */
    public edu.stanford.nlp.trees.GrammaticalStructure parse(edu.stanford.nlp.util.CoreMap sentence) {
        return fastParser != null ? fastParser.predict(sentence) : parser.predict(sentence);
    }

    public static NlpModels get(NlpProfile profile) {
        return CACHE.computeIfAbsent(profile, NlpModels::new);
    }
}
