package org.credence.engine.corpus.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credence.api.AnalyzedArticle;
import org.credence.api.Quantity;
import org.credence.api.QuantityKind;
import org.credence.api.Sentence;
import org.credence.engine.analysis.TokenList;

/**
 * Reduces an analysed article to its {@link StorySummary}, from the sentences, tokens and figures the analysis
 * already has: one pass over the tokens, no model. Stateless and thread-safe; run it as each article is analysed.
 *
 * <p>Names are found by capital letter rather than by part-of-speech tag, since the tagger skips sentences without
 * figures or cues. A capitalised word inside a sentence is a name unless it is a function word or one of the
 * lexicon's not-names; a capitalised word that opens a sentence, and any word of a title-case headline, is a name
 * only when the body also has it capitalised inside a sentence (or the tagger called it a proper noun).
 */
public final class StorySummarizer {

    /** At most this many names and pairs of names, the most frequent first. */
    static final int MAX_NAMES = 40;
    /** At most this many key terms, those of the headline and the opening first, then the most frequent. */
    static final int MAX_TERMS = 40;
    static final int MAX_FIGURES = 16;
    /** The sketch keeps this many of the smallest phrase hashes. */
    static final int SKETCH = 64;
    /** Body sentences counted as the article's opening, where news puts the event. */
    private static final int OPENING = 3;
    /** Counts below this ("two people", "three times") say nothing about which event it is. */
    private static final double SMALL_COUNT = 10;

    private final StoryWords words;

    public StorySummarizer(StoryWords words) {
        this.words = words;
    }

    private enum Place { HEADLINE, OPENS_SENTENCE, INSIDE }

    /** One word token, as the passes below see it. */
    private record Token(String lower, StoryWords.Word word, boolean capitalised, Place place, boolean properNoun,
                         int sentence) {
    }

    public StorySummary summarize(AnalyzedArticle article) {
        List<Token> tokens = tokens(article);
        Set<String> namesInside = new HashSet<>();
        for (Token t : tokens) {
            if (t.capitalised() && t.place() == Place.INSIDE && !t.word().notName()) {
                namesInside.add(t.lower());
            }
        }
        Map<Integer, int[]> names = new HashMap<>();   // hash -> {weight, first position}
        Map<Integer, int[]> terms = new HashMap<>();
        List<Integer> shingles = new ArrayList<>();
        int previousName = 0;
        int previousSentence = -1;
        int[] window = new int[2];
        int windowSize = 0;
        int firstBodySentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() != previousSentence) {
                previousName = 0;
                windowSize = 0;
                previousSentence = t.sentence();
                if (t.place() != Place.HEADLINE && firstBodySentence < 0) {
                    firstBodySentence = t.sentence();
                }
            }
            int boost = t.place() == Place.HEADLINE ? 2
                    : firstBodySentence >= 0 && t.sentence() - firstBodySentence < OPENING ? 1 : 0;
            if (isName(t, namesInside)) {
                int h = FeatureHash.of(FeatureHash.NAME, t.lower());
                count(names, h, 1 + boost, i);
                if (previousName != 0) {
                    count(names, FeatureHash.of(FeatureHash.NAME, previousName, h), 1 + boost, i);
                }
                previousName = h;
            } else {
                previousName = 0;
                if (isContentWord(t) && !t.word().generic()) {
                    count(terms, FeatureHash.of(FeatureHash.TERM, t.word().stem()), 1 + boost, i);
                }
            }
            if (t.place() != Place.HEADLINE && !t.word().stop()) {
                // headlines are rewritten by each outlet; the body's phrasing is what reports share
                int h = FeatureHash.of(FeatureHash.SHINGLE, t.lower());
                if (windowSize == 2) {
                    shingles.add(FeatureHash.of(FeatureHash.SHINGLE, window[0], window[1], h));
                    window[0] = window[1];
                    window[1] = h;
                } else {
                    window[windowSize++] = h;
                }
            }
        }
        return new StorySummary(article.id(), StoryDates.dayOf(article.article()), top(names, MAX_NAMES),
                top(terms, MAX_TERMS), figures(article), smallest(shingles, SKETCH));
    }

    private static boolean isName(Token t, Set<String> namesInside) {
        if (!t.capitalised() || t.lower().length() < 2 || t.word().notName()) {
            return false;
        }
        return switch (t.place()) {
            case INSIDE -> true;
            case OPENS_SENTENCE -> t.properNoun() || namesInside.contains(t.lower());
            case HEADLINE -> namesInside.contains(t.lower());
        };
    }

    private static boolean isContentWord(Token t) {
        String lower = t.lower();
        if (lower.length() < 3 || t.word().stop()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static void count(Map<Integer, int[]> counts, int hash, int weight, int position) {
        int[] c = counts.get(hash);
        if (c == null) {
            counts.put(hash, new int[] {weight, position});
        } else {
            c[0] += weight;
        }
    }

    /** The {@code limit} heaviest features, ties to the earliest, as a sorted array of hashes. */
    private static int[] top(Map<Integer, int[]> counts, int limit) {
        List<Map.Entry<Integer, int[]>> all = new ArrayList<>(counts.entrySet());
        all.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : Integer.compare(a.getValue()[1], b.getValue()[1]));
        int n = Math.min(limit, all.size());
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = all.get(i).getKey();
        }
        Arrays.sort(out);
        return out;
    }

    private static int[] smallest(List<Integer> hashes, int k) {
        int[] all = new int[hashes.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = hashes.get(i);
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length && n < k; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Each figure as its value to two significant digits, alone and with the stem of its noun. */
    private int[] figures(AnalyzedArticle article) {
        Set<Integer> out = new HashSet<>();
        for (Quantity q : article.quantities()) {
            double v = q.value();
            if (!(v > 0) || q.kind() == QuantityKind.COUNT && q.high() < SMALL_COUNT) {
                continue;
            }
            int exponent = (int) Math.floor(Math.log10(v)) - 1;
            long digits = Math.round(v / Math.pow(10, exponent));
            String value = q.kind().name().charAt(0) + Long.toString(digits) + "e" + exponent;
            if (out.size() < MAX_FIGURES) {
                out.add(FeatureHash.of(FeatureHash.FIGURE, value));
            }
            if (!q.noun().isBlank() && out.size() < MAX_FIGURES) {
                String noun = q.noun().toLowerCase(Locale.ROOT);
                out.add(FeatureHash.of(FeatureHash.FIGURE, value + " " + words.word(noun).stem()));
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The word tokens in text order: lower case, capitalised or not, where they stand. */
    private List<Token> tokens(AnalyzedArticle article) {
        String text = article.text();
        List<Token> out = new ArrayList<>(text.length() / 6);
        for (Sentence s : article.sentences()) {
            List<org.credence.api.Token> tokens = s.tokens();
            TokenList compact = tokens instanceof TokenList t ? t : null;
            boolean opening = true;
            for (int i = 0; i < tokens.size(); i++) {
                int start = compact != null ? compact.start(i) : tokens.get(i).span().start();
                int end = compact != null ? compact.end(i) : tokens.get(i).span().end();
                if (start >= end || end > text.length()) {
                    continue;
                }
                char first = text.charAt(start);
                if (!Character.isLetter(first)) {
                    // a quotation mark or a colon opens a sentence within the sentence: "..., he said: "We ..."
                    opening |= first == '"' || first == '\u201C' || first == ':' || first == '\u2014';
                    continue;
                }
                String raw = text.substring(start, end);
                if (raw.endsWith("'s") || raw.endsWith("\u2019s")) {
                    raw = raw.substring(0, raw.length() - 2);
                }
                if (raw.isEmpty()) {
                    continue;
                }
                String tag = compact != null ? compact.tag(i) : tokens.get(i).tag();
                Place place = s.headline() ? Place.HEADLINE : opening ? Place.OPENS_SENTENCE : Place.INSIDE;
                String lower = raw.toLowerCase(Locale.ROOT);
                out.add(new Token(lower, words.word(lower), Character.isUpperCase(first), place,
                        tag.equals("PROPN"), s.index()));
                opening = false;
            }
        }
        return out;
    }
}
