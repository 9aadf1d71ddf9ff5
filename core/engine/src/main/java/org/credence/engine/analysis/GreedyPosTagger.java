package org.credence.engine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;

/**
 * Tags with an OpenNLP maxent part-of-speech model the way {@code POSTaggerME} does with a beam of one, but without
 * building and hashing each token's feature strings again for every sentence the word appears in.
 *
 * <p>The UD English model's features for a token are of three sorts: the word's own (prefixes, suffixes, lower-case
 * form, shape and the constant "def"), its neighbours' lower-case forms two either side, and the two previous tags
 * (with "sentence begins here" markers). A maxent model scores a tag by summing the weights of the features present,
 * so each word's entry is made once and kept: the summed weights of its own features and its weights as a neighbour
 * one or two before or after. Tagging a token is then one lookup by word, a few additions, and the previous tags'
 * weights from a table; no string is built per token, and since only the best tag is wanted no exponent is taken.
 * The word's own features come from OpenNLP's own context generator, so they are exactly the model's; a test
 * compares the tags with {@code POSTaggerME}'s (decision 0017). Thread-safe.
 */
final class GreedyPosTagger {

    /** Distinct words whose entries are kept, about 450 bytes each; words met after that are worked out each time. */
    static final int MAX_CACHED_WORDS = 60_000;
    private static final String SENTENCE_BEGIN = "S=begin";

    private final POSContextGenerator contexts;
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final int outcomeCount;
    private final Map<String, Context> previous1 = new HashMap<>();
    private final Map<String, Context> previous2 = new HashMap<>();
    private final Map<String, Context> next1 = new HashMap<>();
    private final Map<String, Context> next2 = new HashMap<>();
    private final Context[] beginAt = new Context[3];
    private final Context[] previousTag;
    private final Context[][] previousTwoTags;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final int maxCachedWords;

    GreedyPosTagger(POSModel model) {
        this(model, MAX_CACHED_WORDS);
    }

    /** @param maxCachedWords how many distinct words' weights to keep (about 450 bytes each) */
    @SuppressWarnings("unchecked")
    GreedyPosTagger(POSModel model, int maxCachedWords) {
        this.maxCachedWords = maxCachedWords;
        AbstractModel maxent = (AbstractModel) model.getArtifact("pos.model");
        Object[] data = maxent.getDataStructures();
        this.features = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.outcomeCount = outcomes.length;
        this.contexts = model.getFactory().getPOSContextGenerator();
        if (model.getFactory().getTagDictionary() != null) {
            throw new IllegalArgumentException("a model with a tag dictionary needs POSTaggerME");
        }
        for (Map.Entry<String, Context> e : features.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("p1w=")) {
                previous1.put(key.substring(4), e.getValue());
            } else if (key.startsWith("p2w=")) {
                previous2.put(key.substring(4), e.getValue());
            } else if (key.startsWith("n1w=")) {
                next1.put(key.substring(4), e.getValue());
            } else if (key.startsWith("n2w=")) {
                next2.put(key.substring(4), e.getValue());
            }
        }
        beginAt[0] = features.get(SENTENCE_BEGIN);
        beginAt[1] = features.get("p1" + SENTENCE_BEGIN);
        beginAt[2] = features.get("p2" + SENTENCE_BEGIN);
        previousTag = new Context[outcomeCount];
        previousTwoTags = new Context[outcomeCount][outcomeCount];
        for (int a = 0; a < outcomeCount; a++) {
            previousTag[a] = features.get("t=" + outcomes[a]);
            for (int b = 0; b < outcomeCount; b++) {
                previousTwoTags[a][b] = features.get("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
    }

    /** @return one tag per word, as the model names them */
    String[] tag(String[] sentence) {
        int n = sentence.length;
        Word[] at = new Word[n];
        for (int i = 0; i < n; i++) {
            at[i] = word(sentence[i]);
        }
        int[] best = new int[n];
        String[] tags = new String[n];
        double[] sums = new double[outcomeCount];
        for (int i = 0; i < n; i++) {
            System.arraycopy(at[i].own(), 0, sums, 0, outcomeCount);
            if (i >= 1) {
                add(at[i - 1].asPrevious1(), sums);
            }
            if (i >= 2) {
                add(at[i - 2].asPrevious2(), sums);
            }
            if (i + 1 < n) {
                add(at[i + 1].asNext1(), sums);
            }
            if (i + 2 < n) {
                add(at[i + 2].asNext2(), sums);
            }
            if (i < beginAt.length) {
                add(beginAt[i], sums);
            }
            if (i >= 1) {
                add(previousTag[best[i - 1]], sums);
            }
            if (i >= 2) {
                add(previousTwoTags[best[i - 2]][best[i - 1]], sums);
            }
            int top = 0;
            for (int o = 1; o < outcomeCount; o++) {
                if (sums[o] > sums[top]) {
                    top = o;
                }
            }
            best[i] = top;
            tags[i] = outcomes[top];
        }
        return tags;
    }

    /**
     * What the model knows of a word wherever it stands: the summed weights of its own features, and its weights as
     * the word one or two before or after the one being tagged.
     */
    private record Word(double[] own, Context asPrevious1, Context asPrevious2, Context asNext1, Context asNext2) {
    }

    private Word word(String word) {
        Word cached = words.get(word);
        if (cached != null) {
            return cached;
        }
        double[] own = new double[outcomeCount];
        for (String feature : ownFeatures(word)) {
            add(features.get(feature), own);
        }
        String lower = StringUtil.toLowerCase(word);   // as OpenNLP's token feature generator writes it
        Word made = new Word(own, previous1.get(lower), previous2.get(lower), next1.get(lower), next2.get(lower));
        if (words.size() < maxCachedWords) {
            words.put(word, made);
        }
        return made;
    }

    /**
     * A word's own features: OpenNLP's context for the word alone in a sentence, less what comes from its place
     * (the sentence-begin marker, since neighbours and previous tags do not appear for a lone word).
     */
    List<String> ownFeatures(String word) {
        String[] alone = {word};
        String[] context;
        synchronized (contexts) {   // OpenNLP's generators keep a per-sentence cache; this runs once per new word
            context = contexts.getContext(0, alone, new String[1], null);
        }
        List<String> out = new ArrayList<>();
        for (String feature : context) {
            if (!feature.equals(SENTENCE_BEGIN)) {
                out.add(feature);
            }
        }
        return out;
    }

    private static void add(Context context, double[] sums) {
        if (context == null) {
            return;
        }
        int[] active = context.getOutcomes();
        double[] weights = context.getParameters();
        for (int k = 0; k < active.length; k++) {
            sums[active[k]] += weights[k];
        }
    }
}
