package org.credence.engine.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.credence.api.Sentence;
import org.credence.api.Span;

/**
 * Sentences, tokens and Universal Dependencies part-of-speech tags from the Apache OpenNLP English models
 * (opennlp-models-*-en 1.3.0, trained on Universal Dependencies EWT), loaded once from the classpath. Tags are
 * decoded greedily (a beam of one) by {@link GreedyPosTagger}: on 319,282 tokens of news text a beam of three gave
 * the same tags at twice the cost.
 *
 * <p>Paragraphs (text separated by line breaks) are split apart before sentence detection: news pages put
 * captions, datelines and sub-headings on lines of their own without final punctuation.
 */
public final class OpenNlpPipeline implements LanguagePipeline {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final GreedyPosTagger tagger;
    /** Tokens of context tagged on each side of a trigger word in a long sentence. */
    static final int WINDOW = 12;

    /** Where a sentence is worth tagging. */
    @FunctionalInterface
    public interface Triggers {
        /**
         * @param lowerCaseWords the sentence's tokens, lower-cased
         * @param i              a position in it
         * @return true when a trigger starts at token {@code i}
         */
        boolean startsAt(String[] lowerCaseWords, int i);
    }

    private final Triggers trigger;
    private final boolean tagEverything;

    /** Loads the three English models and tags every sentence; takes about a second. */
    public OpenNlpPipeline() {
        this((w, i) -> true, true);
    }

    /**
     * Loads the three English models and tags only what extraction needs, since tagging costs more than splitting
     * and tokenising together: sentences without a trigger (a digit, or what {@code trigger} says) are not tagged,
     * and in long sentences only a window of {@value #WINDOW} tokens around each trigger is. Headlines are always
     * tagged whole.
     */
    public OpenNlpPipeline(Triggers trigger) {
        this(trigger, false);
    }

    private OpenNlpPipeline(Triggers trigger, boolean tagEverything) {
        this.trigger = trigger;
        this.tagEverything = tagEverything;
        try {
            sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
            tagger = new GreedyPosTagger(new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpPipeline.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return in;
    }

    @Override
    public List<Sentence> sentences(String text, Span headline) {
        List<Sentence> out = new ArrayList<>();
        if (!headline.isEmpty()) {
            addSentence(text, trim(text, headline), true, out);
        }
        int from = headline.isEmpty() ? 0 : headline.end();
        for (Span paragraph : paragraphs(text, from)) {
            String para = paragraph.in(text);
            for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(para)) {
                Span span = trim(text, new Span(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd()));
                if (!span.isEmpty()) {
                    addSentence(text, span, false, out);
                }
            }
        }
        return out;
    }

    /** Tokenizes only, for throughput baselines and callers that need no tags. */
    public int countTokens(String text) {
        int n = 0;
        for (Span paragraph : paragraphs(text, 0)) {
            String para = paragraph.in(text);
            for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(para)) {
                n += tokenizer.tokenizePos(para.substring(s.getStart(), s.getEnd())).length;
            }
        }
        return n;
    }

    private void addSentence(String text, Span span, boolean isHeadline, List<Sentence> out) {
        String sentence = span.in(text);
        opennlp.tools.util.Span[] pos = tokenizer.tokenizePos(sentence);
        String[] words = new String[pos.length];
        for (int i = 0; i < pos.length; i++) {
            words[i] = sentence.substring(pos[i].getStart(), pos[i].getEnd());
        }
        String[] tags = isHeadline || tagEverything ? tagger.tag(words) : tagAroundTriggers(words);
        int[] starts = new int[pos.length];
        int[] ends = new int[pos.length];
        for (int i = 0; i < pos.length; i++) {
            starts[i] = span.start() + pos[i].getStart();
            ends[i] = span.start() + pos[i].getEnd();
            tags[i] = canonical(tags[i]);
        }
        out.add(new Sentence(out.size(), span, new TokenList(starts, ends, tags), isHeadline));
    }

    /** One shared string per tag, so millions of tokens don't each hold their own copy. */
    private static String canonical(String tag) {
        return switch (tag) {
            case "NOUN" -> "NOUN";
            case "PROPN" -> "PROPN";
            case "VERB" -> "VERB";
            case "ADJ" -> "ADJ";
            case "ADP" -> "ADP";
            case "DET" -> "DET";
            case "PUNCT" -> "PUNCT";
            case "PRON" -> "PRON";
            case "AUX" -> "AUX";
            case "ADV" -> "ADV";
            case "NUM" -> "NUM";
            case "CCONJ" -> "CCONJ";
            case "SCONJ" -> "SCONJ";
            case "PART" -> "PART";
            case "X" -> "X";
            default -> tag.intern();
        };
    }

    /** Tags the windows around triggers; the rest keeps plain tags. */
    private String[] tagAroundTriggers(String[] words) {
        String[] tags = plainTags(words);
        int n = words.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        int covered = -1;
        for (int i = 0; i < n; i++) {
            if (i <= covered || !isTrigger(lower, i)) {
                continue;
            }
            int from = Math.max(covered + 1, i - WINDOW);
            int to = Math.min(n, i + WINDOW + 1);
            while (to < n && isTriggerNear(lower, to)) {
                to = Math.min(n, to + WINDOW);   // merge overlapping windows
            }
            if (n <= 3 * WINDOW) {
                from = 0;
                to = n;   // a short sentence is tagged whole
            }
            String[] part = Arrays.copyOfRange(words, from, to);
            System.arraycopy(tagger.tag(part), 0, tags, from, part.length);
            covered = to - 1;
        }
        return tags;
    }

    private boolean isTriggerNear(String[] lower, int at) {
        for (int k = at; k < Math.min(lower.length, at + WINDOW); k++) {
            if (isTrigger(lower, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTrigger(String[] lower, int i) {
        String word = lower[i];
        for (int c = 0; c < word.length(); c++) {
            if (Character.isDigit(word.charAt(c))) {
                return true;
            }
        }
        return trigger.startsAt(lower, i);
    }

    /** Tags an untagged sentence can have without a tagger: punctuation and numbers are plain; the rest is X. */
    static String[] plainTags(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean letterOrDigit = false;
            boolean digit = false;
            for (int k = 0; k < w.length() && !letterOrDigit; k++) {
                letterOrDigit = Character.isLetterOrDigit(w.charAt(k));
                digit = Character.isDigit(w.charAt(k));
            }
            tags[i] = !letterOrDigit ? "PUNCT" : digit ? "NUM" : "X";
        }
        return tags;
    }

    /** Lines of text from {@code from} on, each trimmed, blank ones dropped. */
    static List<Span> paragraphs(String text, int from) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int n = text.length();
        for (int i = from; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span p = trim(text, new Span(start, i));
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
