package org.dyad.nlp;

import java.util.Properties;

/**
 * How much NLP to run. Measured on the project's 2-core machine (see README, "Performance"):
 * the default NER with fine-grained labels costs ~27 sentences/s, which is why dyad uses one CRF
 * for PERSON/ORGANIZATION/LOCATION and its own dictionaries for countries, titles and places,
 * runs SUTime only on sentences with a temporal word, and parses only sentences that can hold an
 * event.
 *
 * @param name          profile name shown in bench output
 * @param nerModel      CRF model on the class path, or null for no statistical NER
 * @param maxParseTokens sentences longer than this are not parsed (a diagnostic says so)
 * @param maxTagTokens  sentences longer than this are not POS-tagged properly (CoreNLP pos.maxlen)
 */
public record NlpProfile(String name, String nerModel, int maxParseTokens, int maxTagTokens) {

    public static final NlpProfile DEFAULT = new NlpProfile("default",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", 100, 250);

    /** Properties for the tokenize..ner part of CoreNLP. */
    public Properties tokenProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", nerModel == null ? "tokenize,ssplit,pos,lemma" : "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep quotes, dashes and ellipses as written so offsets and lemmas stay readable
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", Integer.toString(maxTagTokens));
        // a sentence too long to tag is not run through the NER CRF either (2-3 s for 16,000 tokens)
        p.setProperty("ner.maxlen", Integer.toString(maxTagTokens));
        if (nerModel != null) {
            p.setProperty("ner.model", nerModel);
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            p.setProperty("ner.combinationMode", "NORMAL");
            p.setProperty("ner.language", "en");
        }
        return p;
    }

    /** Tokenizer and sentence splitter only (the same settings as {@link #tokenProperties()}). */
    public Properties splitProperties() {
        Properties p = tokenProperties();
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    /** The tagger and lemmatizer, run on sentences already split (requirements not enforced). */
    public Properties tagProperties() {
        Properties p = tokenProperties();
        p.setProperty("annotators", "pos,lemma");
        return p;
    }

    /** The NER CRF alone, run on tagged sentences; null when the profile has no statistical NER. */
    public Properties nerProperties() {
        if (nerModel == null) return null;
        Properties p = tokenProperties();
        p.setProperty("annotators", "ner");
        return p;
    }

    public Properties parseProperties() {
        Properties p = new Properties();
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    public Properties sutimeProperties() {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        return p;
    }
}
